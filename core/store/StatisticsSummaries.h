#pragma once

#include "core/model/StatisticsRecord.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace foi::core {

class StoreConnection;

// The summary table of the published statistics (migration 17): one row per case with what
// StatisticsRecord holds (its reference and stored due date aside, which stay in `cases`), its
// exemptions and its internal reviews in two child tables, and the fingerprint of the calendar
// its lawful due date was counted on. CaseRepository writes a case's summary in the same
// transaction as the case itself; the reports and the Statistics view read it instead of every
// case document. A case stored before the table existed, or counted on another calendar, is
// "stale": StatisticsService fills it from its document (fillStale) before reading. Every
// failure is the store's error, saying what was being done.
class StatisticsSummaries
{
public:
    explicit StatisticsSummaries(StoreConnection &connection);

    // Writes (or, given none, removes) the summary of the stored case `reference`, inside the
    // caller's transaction. `what` names the save for an error.
    [[nodiscard]] Status replace(const QString &reference,
                                 const std::optional<StatisticsRecord> &summary,
                                 const QString &calendar, const QString &what);
    // Removes the summary of the stored case `reference` (before the case itself goes).
    [[nodiscard]] Status remove(const QString &reference, const QString &what);

    // Whether every case has a summary counted on `calendar`: two counts and two seeks in the
    // index of calendars, however many cases there are.
    [[nodiscard]] Result<bool> isCurrent(const QString &calendar);
    // Up to `limit` cases after the case id `afterId` whose summary is missing or was counted
    // on another calendar, in id order, with their documents; fills `lastId` with the last id
    // read (for the next call). Nothing left: an empty list.
    struct Stale
    {
        QString reference;
        QByteArray document;
    };
    [[nodiscard]] Result<QList<Stale>> stale(const QString &calendar, qint64 afterId, int limit,
                                             qint64 &lastId);
    // Every summary with its case's reference and stored due date, in reference order.
    [[nodiscard]] Result<QList<StatisticsRecord>> all();

private:
    [[nodiscard]] Status writeChildren(const QString &reference, const StatisticsRecord &summary,
                                       const QString &what);

    StoreConnection &m_connection;
};

} // namespace foi::core
