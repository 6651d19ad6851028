#pragma once

#include "core/law/LapsePolicy.h"
#include "core/model/Case.h"
#include "core/support/Result.h"

#include <QDate>
#include <QString>

namespace foi::core {

// A request that ends without a reply: the requester withdrew it, or it lapsed because the
// clarification sought under s1(3) never came; and its reopening. Each is recorded on the case
// (Case::lifecycle) with the day, the reason and the officer, so that it is audited with the
// case's next save, counted by its outcome ("withdrawn", "lapsed") and shown in its History.
// A closed case's clock is stopped, it is not overdue, and no reply can be sent until it is
// reopened (SendReadiness, "send.closed").
// Pure functions over a Case. They refuse, with codes "lifecycle.*" and "lapse.*" and a message
// saying what to do, a blank reason, a day that is not known, later than `today` or before the
// request was received, closing a case already closed or already replied to, reopening one that
// is open, and a lapse without a clarification outstanding or before the policy's wait is over.
class CaseLifecycle
{
public:
    [[nodiscard]] static Result<Case> withdraw(const Case &theCase, const QDate &on,
                                               const QString &reason, const QString &officer,
                                               const QDate &today);
    [[nodiscard]] static Result<Case> lapse(const Case &theCase, const QDate &on,
                                            const QString &reason, const QString &officer,
                                            const QDate &today, const LapsePolicy &policy);
    [[nodiscard]] static Result<Case> reopen(const Case &theCase, const QDate &on,
                                             const QString &reason, const QString &officer,
                                             const QDate &today);

    // The day the clarification still outstanding was sought (the last one sought with none
    // received after it), or a null date.
    static QDate clarificationOutstandingSince(const Case &theCase);

    // "Withdrawn on 7 December 2026", "Lapsed on …", "Reopened on …".
    static QString describe(const LifecycleEvent &event);

private:
    [[nodiscard]] static Status checkDay(const Case &theCase, const QDate &on, const QDate &today,
                                         const QString &reason);
    [[nodiscard]] static Status checkMayClose(const Case &theCase);
    static Case recorded(const Case &theCase, LifecycleKind kind, const QDate &on,
                         const QString &reason, const QString &officer);
};

} // namespace foi::core
