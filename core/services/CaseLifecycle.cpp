#include "core/services/CaseLifecycle.h"

#include "core/support/CoreText.h"

#include <QCoreApplication>
#include <QLocale>

namespace foi::core {

namespace {

QString tr(const char *text)
{
    return coreText("foi::core::CaseLifecycle", text);
}

QString longDate(const QDate &date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

Status CaseLifecycle::checkDay(const Case &theCase, const QDate &on, const QDate &today,
                               const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::make(QStringLiteral("lifecycle.no-reason"),
                           tr("Give the reason (for example how the requester said so): it is "
                              "kept in the case's history."));
    if (!on.isValid())
        return Error::make(QStringLiteral("lifecycle.no-date"),
                           tr("Give the day it happened, for example 7 December 2026."));
    if (today.isValid() && on > today)
        return Error::make(QStringLiteral("lifecycle.future-date"),
                           tr("%1 is in the future: give the day it happened, today (%2) at the "
                              "latest.")
                               .arg(longDate(on), longDate(today)));
    if (theCase.dateOfReceipt.isValid() && on < theCase.dateOfReceipt)
        return Error::make(QStringLiteral("lifecycle.before-receipt"),
                           tr("%1 is before the request was received (%2): give a day on or "
                              "after it.")
                               .arg(longDate(on), longDate(theCase.dateOfReceipt)));
    return success();
}

Status CaseLifecycle::checkMayClose(const Case &theCase)
{
    if (const std::optional<LifecycleEvent> closure = theCase.closure())
        return Error::make(QStringLiteral("lifecycle.already-closed"),
                           tr("%1 is already closed: %2. Reopen it first if that was wrong.")
                               .arg(theCase.reference, describe(*closure).toLower()));
    if (!theCase.reply.sent.isEmpty() || theCase.reply.sentOn.isValid())
        return Error::make(QStringLiteral("lifecycle.replied"),
                           tr("A reply to %1 was already sent, so the request was answered and "
                              "cannot be withdrawn or lapse. Record a later withdrawal of a "
                              "review or complaint on that matter instead.")
                               .arg(theCase.reference));
    return success();
}

Case CaseLifecycle::recorded(const Case &theCase, LifecycleKind kind, const QDate &on,
                             const QString &reason, const QString &officer)
{
    Case changed = theCase;
    changed.lifecycle.append(LifecycleEvent{kind, on, reason.trimmed(), officer});
    return changed;
}

Result<Case> CaseLifecycle::withdraw(const Case &theCase, const QDate &on, const QString &reason,
                                     const QString &officer, const QDate &today)
{
    if (Status day = checkDay(theCase, on, today, reason); !day)
        return day.error();
    if (Status may = checkMayClose(theCase); !may)
        return may.error();
    return recorded(theCase, LifecycleKind::Withdrawn, on, reason, officer);
}

QDate CaseLifecycle::clarificationOutstandingSince(const Case &theCase)
{
    QDate sought;
    for (const ClockChange &change : theCase.clockChanges) {
        if (change.kind == ClockChangeKind::ClarificationSought && change.date.isValid() &&
            (!sought.isValid() || change.date >= sought))
            sought = change.date;
    }
    for (const ClockChange &change : theCase.clockChanges) {
        if (change.kind == ClockChangeKind::ClarificationReceived && sought.isValid() &&
            change.date >= sought)
            return {};
    }
    return sought;
}

Result<Case> CaseLifecycle::lapse(const Case &theCase, const QDate &on, const QString &reason,
                                  const QString &officer, const QDate &today,
                                  const LapsePolicy &policy)
{
    if (Status day = checkDay(theCase, on, today, reason); !day)
        return day.error();
    if (Status may = checkMayClose(theCase); !may)
        return may.error();
    // s1(3): only a request waiting for clarification the authority asked for can lapse.
    const QDate sought = clarificationOutstandingSince(theCase);
    if (!sought.isValid())
        return Error::make(QStringLiteral("lapse.no-clarification"),
                           tr("%1 is not waiting for clarification: a request lapses only when "
                              "the authority asked the requester what they want (s1(3)) and "
                              "no answer came. Record the clarification sought on the Clock "
                              "step first, or withdraw the request if the requester withdrew it.")
                               .arg(theCase.reference));
    const QDate earliest = policy.earliestLapse(sought);
    if (on < earliest)
        return Error::make(QStringLiteral("lapse.too-early"),
                           tr("Clarification was sought on %1; the requester has until %2 (%3 "
                              "months) to answer before the request can lapse. Wait until then, "
                              "or withdraw it if the requester withdrew it.")
                               .arg(longDate(sought), longDate(earliest))
                               .arg(policy.clarificationWaitMonths()));
    return recorded(theCase, LifecycleKind::Lapsed, on, reason, officer);
}

Result<Case> CaseLifecycle::reopen(const Case &theCase, const QDate &on, const QString &reason,
                                   const QString &officer, const QDate &today)
{
    const std::optional<LifecycleEvent> closure = theCase.closure();
    if (!closure)
        return Error::make(QStringLiteral("lifecycle.not-closed"),
                           tr("%1 is open: only a withdrawn or lapsed request can be reopened.")
                               .arg(theCase.reference));
    if (Status day = checkDay(theCase, on, today, reason); !day)
        return day.error();
    if (on < closure->on)
        return Error::make(QStringLiteral("lifecycle.before-closure"),
                           tr("%1 is before the request was closed (%2): give a day on or after "
                              "it.")
                               .arg(longDate(on), longDate(closure->on)));
    return recorded(theCase, LifecycleKind::Reopened, on, reason, officer);
}

QString CaseLifecycle::describe(const LifecycleEvent &event)
{
    switch (event.kind) {
    case LifecycleKind::Withdrawn:
        return tr("Withdrawn on %1").arg(longDate(event.on));
    case LifecycleKind::Lapsed:
        return tr("Lapsed on %1").arg(longDate(event.on));
    case LifecycleKind::Reopened:
        return tr("Reopened on %1").arg(longDate(event.on));
    }
    return {};
}

} // namespace foi::core
