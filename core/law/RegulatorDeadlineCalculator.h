#pragma once

#include "core/law/BankHolidayCalendar.h"
#include "core/law/DecisionNoticeDeadlines.h"
#include "core/law/RegulatorClocks.h"
#include "core/support/Result.h"

namespace foi::core {

// Works out the clocks that follow a decision of the Information Commissioner, in calendar days
// as resources/law/regulator-clocks.json states them: a clock that "stays" keeps a date that
// falls on a non-working day and says so; one that moves is in time on the next working day of
// the part of the UK its rules name (England and Wales for the tribunal). Bank holidays come
// from the effective calendar the caller passes (built-in data with the officer's imported
// GOV.UK file over it). A date outside the calendar's years fails with
// "law.deadline.date_out_of_range". Holds references to both arguments, which must outlive it.
class RegulatorDeadlineCalculator
{
public:
    RegulatorDeadlineCalculator(const RegulatorClocks &clocks, const BankHolidayCalendar &holidays);

    [[nodiscard]] Result<DecisionNoticeDeadlines> decisionNotice(const QDate &dated) const;

    // Why `date` is not a working day in `division` (or in any part of the UK when none is
    // named): "Saturday", "Good Friday"; empty for a working day.
    QString reasonNotWorking(const QDate &date, std::optional<UkDivision> division) const;

private:
    RegulatorDate dateFor(const RegulatorClock &clock, const QDate &from) const;

    const RegulatorClocks &m_clocks;
    const BankHolidayCalendar &m_holidays;
};

} // namespace foi::core
