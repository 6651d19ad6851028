#pragma once

#include "core/law/WorkingDayCalendar.h"
#include "core/model/Case.h"
#include "core/store/CaseRecord.h"

namespace foi::core {

// Turns a model Case into what the store keeps: its case file (compact JSON, as CaseFile writes
// it; it holds everything in the model) and the columns the store lists and searches by. A case is
// closed once its reply has been sent (the date it was sent) or when it lapsed or was withdrawn.
// The due date kept with it is counted with `calendar`, the program's effective one.
class CaseRecordMapper
{
public:
    static CaseRecord toRecord(const Case &theCase, const WorkingDayCalendar &calendar);
    // The case file as the store keeps it (compact JSON).
    static QByteArray documentOf(const Case &theCase);
    // The case with its requester's name and addresses removed, for the retention policy.
    static Case withoutRequester(Case theCase);
};

} // namespace foi::core
