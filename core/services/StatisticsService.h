#pragma once

#include "core/law/ExemptionCatalogue.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/StatisticsRecord.h"
#include "core/services/StatisticsReportWriter.h"
#include "core/support/Result.h"

#include <QList>

namespace foi::core {

class StoreRepositories;

// The published statistics over the cases in the store: reads each case's statistics record
// from the store's summary table (StatisticsSummaries, kept with each save), and runs a report
// over them (StatisticsReports). Before reading, a case with no summary yet, or one counted on
// another calendar than the one passed in (the program's effective one), is summarised from its
// case file (StatisticsRecords), which after migration 17 or a calendar change reads each
// document once. A store open read-only is never written: when its summaries are not up to
// date, the records are made from the case files instead. The due date the store
// keeps is read only to warn when it differs from the lawful one; it never decides timeliness.
// Fails with "statistics.bad-period" for a query StatisticsReports::check refuses, with
// "statistics.unreadable-case" naming a case whose file does not read, and with the store's
// error when the store cannot be read. Holds references to what it is given, which must outlive
// it.
class StatisticsService
{
public:
    StatisticsService(StoreRepositories &store, const WorkingDayCalendar &calendar,
                      const ExemptionCatalogue &catalogue);

    // Brings every case's summary up to date (see above); cheap when they already are. On a store
    // open read-only whose summaries are not up to date, fails with
    // "statistics.summaries-out-of-date".
    [[nodiscard]] Status summarise();
    // Whether every case's summary is up to date on this calendar (two counts and an index
    // lookup): when it is not, summarise() reads documents, which the GUI does off its thread.
    [[nodiscard]] Result<bool> summariesCurrent();
    // False for a store open read-only, whose summaries are never written.
    bool maySummarise() const;
    const ExemptionCatalogue &catalogue() const { return m_catalogue; }
    // "statistics.summaries-out-of-date": the summaries need writing and the store is read-only.
    static Error summariesOutOfDate();
    [[nodiscard]] Result<QList<StatisticsRecord>> records();
    [[nodiscard]] Result<StatisticsReport> run(const StatisticsQuery &query);

private:
    static Error unreadable(const QString &reference, const Error &why);
    // Every case's record made from its case file (a store open read-only whose summaries are
    // not up to date).
    [[nodiscard]] Result<QList<StatisticsRecord>> recordsFromDocuments();

    StoreRepositories &m_store;
    const WorkingDayCalendar &m_calendar;
    const ExemptionCatalogue &m_catalogue;
};

} // namespace foi::core
