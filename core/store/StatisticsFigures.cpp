#include "core/store/StatisticsFigures.h"

#include "core/store/StoreConnection.h"
#include "core/store/StoreDialect.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace foi::core {

namespace {

// One row of the period's parameters, joined to every query: as_at, the cohort's first and last
// day of receipt, and the regimes counted (the same one twice for one regime).
const QString periodRow = QStringLiteral(
    "WITH p(as_at, first_day, last_day, regime_a, regime_b) AS (SELECT ?, ?, ?, ?, ?) ");

QVariantList periodValues(const StatisticsPeriod &period)
{
    const QDate last = std::min(period.to, period.asAt);
    const QString a = period.regime ? regimeCode(*period.regime) : regimeCode(Regime::Foia);
    const QString b = period.regime ? regimeCode(*period.regime) : regimeCode(Regime::Eir);
    return {period.asAt.toString(Qt::ISODate), period.from.toString(Qt::ISODate),
            last.toString(Qt::ISODate), a, b};
}

// A request's standing as at p.as_at, as StatisticsReports counts it (standingOf).
const QString processed =
    QStringLiteral("(s.outcome = 'lapsed-or-withdrawn' OR (s.outcome <> 'not-yet-processed' AND "
                   "s.sent IS NOT NULL AND s.sent <= p.as_at))");
const QString cohort =
    QStringLiteral("FROM p JOIN case_statistics s ON s.received BETWEEN p.first_day AND p.last_day "
                   "AND s.regime IN (p.regime_a, p.regime_b) ");

QString suspended()
{
    return QStringLiteral("(NOT %1 AND s.suspended_on IS NOT NULL AND s.suspended_on <= p.as_at "
                          "AND (s.resumed_on IS NULL OR s.resumed_on > p.as_at))")
        .arg(processed);
}

QString inTime()
{
    return QStringLiteral("(s.lawful_due IS NOT NULL AND %1 AND s.sent IS NOT NULL AND "
                          "s.sent <= p.as_at AND s.sent <= s.lawful_due)")
        .arg(processed);
}

QString late()
{
    return QStringLiteral(
               "(s.lawful_due IS NOT NULL AND CASE WHEN %1 AND s.sent IS NOT NULL AND s.sent <= "
               "p.as_at THEN s.sent > s.lawful_due ELSE NOT %1 AND NOT %2 AND s.lawful_due < "
               "p.as_at END)")
        .arg(processed, suspended());
}

} // namespace

StatisticsFigures::StatisticsFigures(StoreConnection &connection)
    : m_connection(connection)
{}

Result<QMap<QString, int>> StatisticsFigures::receivedByMonth(const StatisticsPeriod &period)
{
    Result<QSqlQuery> rows = m_connection.select(
        periodRow + QStringLiteral("SELECT substr(s.received, 1, 7), count(*) ") + cohort +
            QStringLiteral("GROUP BY 1"),
        periodValues(period), QStringLiteral("counting the requests received"));
    if (!rows)
        return rows.error();
    QMap<QString, int> counts;
    while (rows->next())
        counts.insert(rows->value(0).toString(), rows->value(1).toInt());
    return counts;
}

Result<QMap<QString, int>> StatisticsFigures::answeredByMonth(const StatisticsPeriod &period)
{
    Result<QSqlQuery> rows = m_connection.select(
        periodRow + QStringLiteral("SELECT substr(s.sent, 1, 7), count(*) FROM p JOIN "
                                   "case_statistics s ON s.sent BETWEEN p.first_day AND "
                                   "p.last_day AND s.regime IN (p.regime_a, p.regime_b) "
                                   "GROUP BY 1"),
        periodValues(period), QStringLiteral("counting the requests answered"));
    if (!rows)
        return rows.error();
    QMap<QString, int> counts;
    while (rows->next())
        counts.insert(rows->value(0).toString(), rows->value(1).toInt());
    return counts;
}

Result<QMap<QString, TimelinessPoint>>
StatisticsFigures::timelinessByMonth(const StatisticsPeriod &period)
{
    Result<QSqlQuery> rows = m_connection.select(
        periodRow +
            QStringLiteral("SELECT substr(s.received, 1, 7), count(*) FILTER (WHERE %1 OR %2), "
                           "count(*) FILTER (WHERE %1) ")
                .arg(inTime(), late()) +
            cohort + QStringLiteral("GROUP BY 1"),
        periodValues(period), QStringLiteral("counting the requests answered in time"));
    if (!rows)
        return rows.error();
    QMap<QString, TimelinessPoint> points;
    while (rows->next()) {
        const QString month = rows->value(0).toString();
        points.insert(month, {month, rows->value(1).toInt(), rows->value(2).toInt()});
    }
    return points;
}

Result<QHash<QString, int>> StatisticsFigures::outcomes(const StatisticsPeriod &period)
{
    Result<QSqlQuery> rows = m_connection.select(
        periodRow +
            QStringLiteral("SELECT CASE WHEN %1 THEN s.outcome ELSE 'not-yet-processed' END, "
                           "count(*) ")
                .arg(processed) +
            cohort + QStringLiteral("GROUP BY 1"),
        periodValues(period), QStringLiteral("counting the requests by outcome"));
    if (!rows)
        return rows.error();
    QHash<QString, int> counts;
    while (rows->next())
        counts.insert(rows->value(0).toString(), rows->value(1).toInt());
    return counts;
}

Result<QList<ExemptionCount>> StatisticsFigures::topExemptions(const StatisticsPeriod &period,
                                                               int limit)
{
    QVariantList values = periodValues(period);
    values.append(limit);
    Result<QSqlQuery> rows = m_connection.select(
        periodRow + QStringLiteral("SELECT e.provision, count(*) ") + cohort +
            QStringLiteral("JOIN case_statistics_exemptions e ON e.case_id = s.case_id WHERE %1 "
                           "GROUP BY e.provision ORDER BY count(*) DESC, e.provision LIMIT ?")
                .arg(processed),
        values, QStringLiteral("counting the exemptions used"));
    if (!rows)
        return rows.error();
    QList<ExemptionCount> counts;
    while (rows->next())
        counts.append({rows->value(0).toString(), rows->value(1).toInt()});
    return counts;
}

Result<QMap<QDate, int>> StatisticsFigures::openByDayReceived(const StatisticsPeriod &period)
{
    // Through the index of replies sent: the unanswered requests are few, however many there
    // are in all. notSought() keeps SQLite from reading the index by day of receipt instead,
    // which holds nearly every request received by the day.
    Result<QSqlQuery> rows = m_connection.select(
        periodRow +
            QStringLiteral("SELECT s.received, count(*) FROM p JOIN case_statistics s ON (s.sent "
                           "IS NULL OR s.sent > p.as_at) AND s.regime IN (p.regime_a, p.regime_b) "
                           "WHERE %1 <= p.as_at AND s.outcome <> 'lapsed-or-withdrawn' "
                           "GROUP BY s.received")
                .arg(m_connection.dialect().notSought(QStringLiteral("s.received"))),
        periodValues(period), QStringLiteral("counting the open requests"));
    if (!rows)
        return rows.error();
    QMap<QDate, int> counts;
    while (rows->next())
        counts.insert(QDate::fromString(rows->value(0).toString(), Qt::ISODate),
                      rows->value(1).toInt());
    return counts;
}

} // namespace foi::core
