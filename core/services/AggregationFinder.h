#pragma once

#include "law/WorkingDayCalendar.h"
#include "model/Case.h"
#include "support/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace foi::core {

class CaseStore;

// An earlier or later request that may be aggregated with the open one for the s12 estimate.
struct AggregationCandidate
{
    QString reference;
    QDate dateOfReceipt;
    QString requesterName;
    QString requestText;
    int workingDaysApart = 0; // both days counted, as the checker counts the span
};

// Finds the requests whose costs may be added to this one's under the Fees Regulations 2004
// reg 5: made by the same person (reg 5(1)(a); matched here by the requester's name, so requests
// by people acting in concert must be added by hand), received within 60 consecutive working
// days of it (reg 5(2)). Whether they ask for the same or similar information (reg 5(2)(a)) is
// for the officer to judge from the request text given. Fails only when the store cannot be read.
class AggregationFinder
{
public:
    static constexpr int windowWorkingDays = 60;
    static constexpr int maxCandidates = 50;

    AggregationFinder(CaseStore &store, const WorkingDayCalendar &calendar);

    [[nodiscard]] Result<QList<AggregationCandidate>> candidatesFor(const Case &theCase);

private:
    CaseStore &m_store;
    const WorkingDayCalendar &m_calendar;
};

} // namespace foi::core
