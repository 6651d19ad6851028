#pragma once

#include "law/ExemptionCatalogue.h"
#include "law/WorkingDayCalendar.h"
#include "model/StatisticsRecord.h"
#include "services/StatisticsReportWriter.h"
#include "support/Result.h"

#include <QList>

namespace foi::core {

class CaseStore;

// The published statistics over the cases in the store: builds each case's statistics record
// (StatisticsRecords, counted on the calendar passed in, the program's effective one) through
// the case repository, and runs a report over them (StatisticsReports). The due date the store
// keeps is read only to warn when it differs from the lawful one; it never decides timeliness.
// Fails with "statistics.bad-period" for a query StatisticsReports::check refuses, with
// "statistics.unreadable-case" naming a case whose file does not read, and with the store's
// error when the store cannot be read. Holds references to what it is given, which must outlive
// it.
class StatisticsService
{
public:
    StatisticsService(CaseStore &store, const WorkingDayCalendar &calendar,
                      const ExemptionCatalogue &catalogue);

    [[nodiscard]] Result<QList<StatisticsRecord>> records();
    [[nodiscard]] Result<StatisticsReport> run(const StatisticsQuery &query);

private:
    CaseStore &m_store;
    const WorkingDayCalendar &m_calendar;
    const ExemptionCatalogue &m_catalogue;
};

} // namespace foi::core
