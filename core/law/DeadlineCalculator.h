#pragma once

#include "core/law/Deadline.h"
#include "core/law/DeadlineRequest.h"
#include "core/law/ReviewDeadline.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/support/Result.h"

#include <optional>

namespace foi::core {

// Statutory deadlines for a request, counted in working days on a WorkingDayCalendar.
//
// The date of receipt is day 0 and day 1 is the first working day after it, even when the
// request arrived on a non-working day (the ICO's reading). 20 working days (FOIA s10(1), EIR
// reg 5(2)); a clarification restarts the count from its own day (s1(3), s10(6)); working days
// from a fees notice to the fee's arrival, both inclusive, are disregarded (s10(2)); a s10(3)
// extension moves the full response but never the s17(1) refusal notice; EIR reg 7 extends
// both to at most 40. calculate() costs a few table lookups; skippedDays() walks the span for
// the explanation. Contradictory or out-of-range dates give an Error (codes "law.deadline.*")
// whose message says which date is wrong and why. Holds a reference to the calendar, which
// must outlive it.
class DeadlineCalculator
{
public:
    static constexpr int standardWorkingDays = 20; // FOIA s10(1), EIR reg 5(2)
    static constexpr int reasonableExtension = 20; // ICO: a s10(3) extension of at most 20 more
    static constexpr int eirMaximumExtension = 20; // EIR reg 7(1): to 40 working days

    explicit DeadlineCalculator(const WorkingDayCalendar &calendar);

    [[nodiscard]] Result<Deadline> calculate(const DeadlineRequest &request) const;

    // Every day after day 0 up to the due date that did not count, with the reason.
    QList<SkippedDay> skippedDays(const Deadline &deadline) const;

    [[nodiscard]] Result<ReviewDeadline> internalReview(Regime regime,
                                                        const QDate &requested) const;

    // "30 Nov 2026 - St Andrew's Day (Scotland)"
    static QString describe(const SkippedDay &day);
    static QString formatDate(const QDate &date); // "30 Nov 2026"

private:
    std::optional<Error> check(const DeadlineRequest &request) const;
    QDate countedDay(const Deadline &deadline, int n) const; // the n-th counted working day
    static void applyRegime(Deadline &deadline, int extensionDays, const QDate &twentieth);
    void addWarnings(Deadline &deadline) const;

    const WorkingDayCalendar &m_calendar;
};

} // namespace foi::core
