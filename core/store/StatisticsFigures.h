#pragma once

#include "core/model/StatisticsSeries.h"
#include "core/support/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace foi::core {

class StoreConnection;

// The Statistics view's figures counted by aggregate SQL over the summary table (migration 17;
// see StatisticsSummaries), each one pass over a covering index of the period's rows: never a
// case document, never one row per case in memory. Each count takes the requests of
// `period.regime` (both when none). The cohort of a period is what StatisticsReports counts:
// received from `from` to the earlier of `to` and `asAt`. Fails only with the store's error.
class StatisticsFigures
{
public:
    explicit StatisticsFigures(StoreConnection &connection);

    // Requests received per month ("2026-01") in the cohort.
    [[nodiscard]] Result<QMap<QString, int>> receivedByMonth(const StatisticsPeriod &period);
    // Requests whose first reply was sent per month, from `from` to the earlier of `to`
    // and `asAt` (whenever they were received).
    [[nodiscard]] Result<QMap<QString, int>> answeredByMonth(const StatisticsPeriod &period);
    // Per month of receipt, the cohort's requests counted for timeliness and those in time.
    [[nodiscard]] Result<QMap<QString, TimelinessPoint>>
    timelinessByMonth(const StatisticsPeriod &period);
    // The cohort by request-level outcome as at `asAt` (a request not processed by then counts
    // as not yet processed), by outcome code.
    [[nodiscard]] Result<QHash<QString, int>> outcomes(const StatisticsPeriod &period);
    // The `limit` provisions relied on by most of the cohort's requests processed by `asAt`,
    // most first, then by provision.
    [[nodiscard]] Result<QList<ExemptionCount>> topExemptions(const StatisticsPeriod &period,
                                                              int limit);
    // The requests open at the end of `asAt` (received by then, no reply sent by then, not
    // lapsed or withdrawn), counted by day of receipt: whatever their period.
    [[nodiscard]] Result<QMap<QDate, int>> openByDayReceived(const StatisticsPeriod &period);

private:
    StoreConnection &m_connection;
};

} // namespace foi::core
