#pragma once

#include "core/law/Deadline.h"
#include "core/law/DeadlineRequest.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/Case.h"
#include "core/support/Result.h"

#include <QStringList>

#include <functional>

namespace foi::core {

// The timetable of a case as the officer sees it: its deadline worked out by DeadlineCalculator
// from the request rules/CaseDeadline reads off the case's clock changes, the working days left,
// and the count explained day by day. A case with no date of receipt, or dates the rules
// reject, gives the calculator's Error.
class CaseTimetable
{
public:
    [[nodiscard]] static Result<Deadline> of(const Case &theCase,
                                             const WorkingDayCalendar &calendar);

    // Working days from `today` to the due date: positive ahead of it, 0 on it, negative after.
    static int workingDaysLeft(const Deadline &deadline, const QDate &today,
                               const WorkingDayCalendar &calendar);

    // The count day by day, for the officer: day 0, then each day to the due date, working days
    // numbered and the others with the reason they do not count. `formatDate` writes a date.
    static QStringList explain(const Deadline &deadline, const WorkingDayCalendar &calendar,
                               const std::function<QString(const QDate &)> &formatDate);
};

} // namespace foi::core
