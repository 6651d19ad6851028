#pragma once

#include "core/law/WorkingDayCalendar.h"
#include "core/model/StatisticsSeries.h"
#include "core/store/StoreAddress.h"
#include "core/support/Clock.h"
#include "core/support/Result.h"

#include <QString>

#include <functional>
#include <memory>

namespace foi::core {

class BackgroundStoreReader;
class StatisticsFigures;
class StatisticsService;

// Counts the Statistics view's series for a period from the store's summary table: received
// and answered per month, the share answered in time per month and quarter, the outcomes, the
// ten most used exemptions and the open requests by age. Each is one aggregate query
// (StatisticsFigures); the only work per request is nothing, and per day of receipt of an open
// request, one count of working days. Ages are counted in working days (FOIA s10(6), EIR
// reg 2(1)) on the calendar given, the program's effective one, from the day of receipt (day 0)
// to the "as at" day. Fails with "statistics.bad-period" for a period StatisticsReports::check
// refuses, else only with the store's error.
class StatisticsViewService
{
public:
    // The age buckets of the open requests, in working days: 0-10, 11-20, 21-40, 41-60, over 60.
    static QList<AgeBucket> ageBuckets();
    // How many provisions the exemptions chart shows.
    static constexpr int topExemptionCount = 10;

    StatisticsViewService(StatisticsService &statistics, StoreAddress store,
                          const WorkingDayCalendar &calendar, Clock clock);
    ~StatisticsViewService();
    StatisticsViewService(const StatisticsViewService &) = delete;
    StatisticsViewService &operator=(const StatisticsViewService &) = delete;

    [[nodiscard]] static Result<StatisticsSeries> series(StatisticsFigures &figures,
                                                         const StatisticsPeriod &period,
                                                         const WorkingDayCalendar &calendar);

    // Counts the series on a worker thread with its own read-only connection. When the
    // summaries are not up to date (cases stored before migration 17, or counted on another
    // calendar), the worker first brings them up to date through a store connection of its own
    // that may write (StatisticsService::summarise): on a large store that reads every case
    // document once, which on this thread would freeze the window for minutes. `done` runs on
    // this thread, only for the newest request; a newer request replaces an older one.
    void request(const StatisticsPeriod &period,
                 std::function<void(const Result<StatisticsSeries> &)> done);

private:
    StatisticsService &m_statistics;
    const WorkingDayCalendar &m_calendar;
    StoreAddress m_store;
    Clock m_clock; // for the worker's own store, which dates what it writes
    std::unique_ptr<BackgroundStoreReader> m_reader;
};

} // namespace foi::core
