#include "core/services/CaseTimetable.h"

#include "core/rules/CaseDeadline.h"

#include "core/law/DeadlineCalculator.h"

#include <QObject>

namespace foi::core {

Result<Deadline> CaseTimetable::of(const Case &theCase, const WorkingDayCalendar &calendar)
{
    return DeadlineCalculator(calendar).calculate(CaseDeadline::requestFor(theCase));
}

int CaseTimetable::workingDaysLeft(const Deadline &deadline, const QDate &today,
                                   const WorkingDayCalendar &calendar)
{
    if (today <= deadline.due)
        return calendar.workingDaysBetween(today.addDays(1), deadline.due);
    return -calendar.workingDaysBetween(deadline.due.addDays(1), today);
}

QStringList CaseTimetable::explain(const Deadline &deadline, const WorkingDayCalendar &calendar,
                                   const std::function<QString(const QDate &)> &formatDate)
{
    QStringList lines;
    if (deadline.dayZero != deadline.received)
        lines.append(QObject::tr("%1: request received").arg(formatDate(deadline.received)));
    lines.append(QObject::tr("%1: day 0, the count starts the next working day")
                     .arg(formatDate(deadline.dayZero)));
    int day = 0;
    for (QDate date = deadline.dayZero.addDays(1); date.isValid() && date <= deadline.due;
         date = date.addDays(1)) {
        const bool paused = deadline.feeNoticeGiven && deadline.feeReceived &&
                            date >= *deadline.feeNoticeGiven && date <= *deadline.feeReceived;
        if (!calendar.isWorkingDay(date))
            lines.append(QObject::tr("%1: not a working day (%2)")
                             .arg(formatDate(date), calendar.reasonNotWorking(date)));
        else if (paused)
            lines.append(QObject::tr("%1: does not count, waiting for the fee (s10(2))")
                             .arg(formatDate(date)));
        else
            lines.append(QObject::tr("%1: working day %2").arg(formatDate(date)).arg(++day));
    }
    lines.append(QObject::tr("Due by the end of %1 (%2 working days).")
                     .arg(formatDate(deadline.due))
                     .arg(deadline.workingDays));
    for (const QString &warning : deadline.warnings)
        lines.append(warning);
    return lines;
}

} // namespace foi::core
