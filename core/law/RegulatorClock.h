#pragma once

#include "core/law/UkDivision.h"

#include <QString>

#include <optional>

namespace foi::core {

// What happens when a clock counted in calendar days ends on a day that is not a working day.
enum class NonWorkingDayRule {
    Stays,                // the date holds; the officer is warned (ICO decision-notice steps)
    MovesToNextWorkingDay // in time on the next working day (tribunal rules, r12(2))
};

// A clock that starts after the reply, counted in calendar days from a dated document (an ICO
// decision notice), as resources/law/regulator-clocks.json states it with its source.
struct RegulatorClock
{
    QString id; // "decision-notice-steps", "tribunal-appeal"
    QString title;
    int calendarDays = 0;
    NonWorkingDayRule onNonWorkingDay = NonWorkingDayRule::Stays;
    // Whose bank holidays decide what a working day is for the roll-forward; none: the UK's.
    std::optional<UkDivision> workingDaysOf;
    QString source;
};

} // namespace foi::core
