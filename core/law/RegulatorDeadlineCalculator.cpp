#include "core/law/RegulatorDeadlineCalculator.h"

#include "core/law/DeadlineCalculator.h"

namespace foi::core {

RegulatorDeadlineCalculator::RegulatorDeadlineCalculator(const RegulatorClocks &clocks,
                                                         const BankHolidayCalendar &holidays)
    : m_clocks(clocks)
    , m_holidays(holidays)
{}

QString RegulatorDeadlineCalculator::reasonNotWorking(const QDate &date,
                                                      std::optional<UkDivision> division) const
{
    if (date.dayOfWeek() == Qt::Saturday)
        return QStringLiteral("Saturday");
    if (date.dayOfWeek() == Qt::Sunday)
        return QStringLiteral("Sunday");
    for (const BankHoliday &holiday : m_holidays.holidays(date.year())) {
        if (holiday.date != date || (division && holiday.division != *division))
            continue;
        return division
                   ? holiday.title
                   : QStringLiteral("%1 (%2)").arg(holiday.title, ukDivisionName(holiday.division));
    }
    return {};
}

RegulatorDate RegulatorDeadlineCalculator::dateFor(const RegulatorClock &clock,
                                                   const QDate &from) const
{
    RegulatorDate result;
    result.countEnds = from.addDays(clock.calendarDays);
    result.due = result.countEnds;
    QString reason = reasonNotWorking(result.due, clock.workingDaysOf);
    if (reason.isEmpty())
        return result;
    if (clock.onNonWorkingDay == NonWorkingDayRule::Stays) {
        result.warning =
            QStringLiteral("%1 is %2, not a working day, but the date does not move: the notice "
                           "sets %3 calendar days and no rule moves them. Aim for the working "
                           "day before.")
                .arg(DeadlineCalculator::formatDate(result.due), reason)
                .arg(clock.calendarDays);
        return result;
    }
    // At most a long Christmas and a weekend: bounded, never a loop on bad data.
    for (int step = 0; step < 14 && !reason.isEmpty(); ++step) {
        result.movedOver.append({result.due, reason});
        result.due = result.due.addDays(1);
        reason = reasonNotWorking(result.due, clock.workingDaysOf);
    }
    return result;
}

Result<DecisionNoticeDeadlines>
RegulatorDeadlineCalculator::decisionNotice(const QDate &dated) const
{
    const int lastYear = BankHolidayCalendar::lastSupportedYear;
    if (!dated.isValid() || dated.year() < BankHolidayCalendar::firstSupportedYear ||
        dated.addDays(400).year() > lastYear)
        return Error::make(QStringLiteral("law.deadline.date_out_of_range"),
                           QStringLiteral("The date of the decision notice must be a real date "
                                          "from %1 to %2.")
                               .arg(BankHolidayCalendar::firstSupportedYear)
                               .arg(lastYear - 1));
    DecisionNoticeDeadlines deadlines;
    deadlines.dated = dated;
    deadlines.steps = dateFor(m_clocks.decisionNoticeStepsClock(), dated);
    deadlines.appeal = dateFor(m_clocks.tribunalAppealClock(), dated);
    return deadlines;
}

} // namespace foi::core
