#pragma once

#include "core/law/WorkingDayCalendar.h"
#include "core/model/Case.h"
#include "core/model/StatisticsRecord.h"

namespace foi::core {

// Builds the statistics record of a case: its outcome and refusal reason (RequestOutcomeRule),
// the day its first reply was sent, the lawful due date counted on the calendar passed in (the
// program's effective one) by CaseDeadline, the time it waited for the requester, its lawful
// extension, and each internal review with its own clock (InternalReviewRules::clock). Pure: no
// I/O; a case the law cannot date (no date of receipt, an unpaid fee) gets an invalid lawfulDue.
class StatisticsRecords
{
public:
    static StatisticsRecord of(const Case &theCase, const WorkingDayCalendar &calendar);

    // The day the first reply went: the earliest letter recorded as sent (SentReplyService),
    // else the reply's own sent date (a case imported with its reply already sent).
    static QDate firstSent(const Case &theCase);
};

} // namespace foi::core
