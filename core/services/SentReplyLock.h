#pragma once

#include "core/model/Case.h"
#include "core/support/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace foi::core {

// A sent reply is a fact: once a letter is recorded as sent on a case (Reply::sent), the
// decision it gave is locked so that the case keeps matching the letter that went out. Only an
// explicit amendment, opened with a reason, unlocks it, and only until its correction letter is
// sent. Pure functions over a Case; errors carry the code "reply.locked" or "amend.*" and say
// what to do instead.
class SentReplyLock
{
public:
    // A letter was sent and no amendment is open.
    static bool isLocked(const Case &theCase);
    // The amendment being worked on, if one is open.
    static std::optional<Amendment> openAmendment(const Case &theCase);
    // The last letter sent, if any.
    static std::optional<SentLetter> lastSent(const Case &theCase);

    // Succeeds unless `before` is locked and `after` differs from it in anything but the record
    // of what was sent and the amendments (the outcome may still be overridden: a requester
    // may withdraw after a reply).
    [[nodiscard]] static Status allowsChange(const Case &before, const Case &after);

    // The case with an amendment opened on `today` by `officer` for `reason`. Refused when the
    // case is not locked (nothing sent yet, or an amendment already open) or the reason is
    // blank.
    [[nodiscard]] static Result<Case> amend(const Case &theCase, const QString &reason,
                                            const QString &officer, const QDate &today);

    // The case with `letter` recorded as sent: the s10 reply date on the first letter, and a
    // correction closes the open amendment. The decision is locked again afterwards.
    static Case recordSent(const Case &theCase, const SentLetter &letter);

    // The same case with the parts no lock covers cleared: two cases whose decisions are equal
    // compare equal this way.
    static Case decisionOf(const Case &theCase);
};

} // namespace foi::core
