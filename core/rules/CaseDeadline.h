#pragma once

#include "core/law/DeadlineRequest.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/Case.h"

#include <QDate>

namespace foi::core {

// The deadline of a case, from its date of receipt and clock changes, by the law's deadline
// rules: the last clarification received restarts the count (s10(6)), a fees notice pauses it
// until the fee arrives (s10(2)), and a s10(3) extension adds the 20 working days the ICO treats
// as the most normally reasonable.
class CaseDeadline
{
public:
    static DeadlineRequest requestFor(const Case &theCase);

    // The day the reply is due; a null date when the case has no valid date of receipt or its
    // dates fall outside the calendar.
    static QDate due(const Case &theCase, const WorkingDayCalendar &calendar);

    // The 20th working day, before any extension: the last day for a s17(1) refusal notice,
    // which a s10(3) extension never moves, and for the notice of an EIR reg 7 extension.
    static QDate standardDue(const Case &theCase, const WorkingDayCalendar &calendar);
};

} // namespace foi::core
