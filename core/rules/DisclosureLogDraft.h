#pragma once

#include "core/model/Case.h"
#include "core/model/DisclosureLogEntry.h"
#include "core/model/RequestOutcome.h"
#include "core/support/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace foi::core {

// The rules of a disclosure log entry, as pure functions (docs/disclosure-log.md): what a
// closed case gives the log, how each personal-data hit is decided, and when a version may be
// published. FOIA s40(2) and UK GDPR Art 5(1)(c): the requester's details are never copied into
// an entry; every hit of the scan is redacted or kept with a reason, and a requester's own
// detail can only be redacted. Failures are values with stable codes:
// "disclosure-log.not-closed", "disclosure-log.no-such-hit", "disclosure-log.keep-requester",
// "disclosure-log.reason-missing", "disclosure-log.unresolved-hit".
class DisclosureLogDraft
{
public:
    // The Cabinet Office's words for a request's outcome ("Granted in full", "Withheld in
    // full", "Partially withheld", "Information not held", "Lapsed or withdrawn").
    static QString cabinetOfficeOutcome(RequestOutcome outcome);

    // The reply as the log publishes it: the decision of the last letter sent, paragraph by
    // paragraph; for a letter recorded without one, each question with its answer.
    static QString replyTextOf(const Case &theCase);

    // A new version of the case's entry, scanned and undecided, prepared by `officer` on
    // `today`. Refused ("disclosure-log.not-closed") unless a reply was sent. A released file
    // whose name holds personal data is published as "released-file-<n>" with its extension.
    [[nodiscard]] static Result<DisclosureLogEntry> prepare(const Case &theCase,
                                                            const QList<PublishedFile> &released,
                                                            int version, const QString &officer,
                                                            const QDate &today);

    // The entry with hit `hitId` decided. Keeping needs a reason and is refused for the
    // requester's own details.
    [[nodiscard]] static Result<DisclosureLogEntry> resolve(const DisclosureLogEntry &entry,
                                                            const QString &hitId,
                                                            HitDecision decision,
                                                            const QString &reason);

    // Refused ("disclosure-log.unresolved-hit", naming the case and the first undecided hit)
    // while any hit is undecided.
    [[nodiscard]] static Status checkResolved(const DisclosureLogEntry &entry);

    // "request" or "reply" as published: every hit not kept replaced by the marker.
    static QString publishedText(const DisclosureLogEntry &entry, const QString &field);
};

} // namespace foi::core
