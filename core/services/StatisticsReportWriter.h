#pragma once

#include "core/model/StatisticsRecord.h"
#include "core/rules/StatisticsReports.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace foi::core {

// A report as kept or published: what was asked, the table, and the SHA-256 of its inputs (the
// query and every statistics record it read), so that a stored report says exactly what it was
// computed from and running it again for the same "as at" day gives the same bytes.
struct StatisticsReport
{
    StatisticsQuery query;
    StatisticsTable table;
    QString inputsSha256;
};

// Writes a statistics report as CSV or JSON, byte for byte the same for the same report: UTF-8,
// "\n" line ends, no time of writing. Pure; never fails.
class StatisticsReportWriter
{
public:
    static StatisticsReport make(const StatisticsQuery &query,
                                 const QList<StatisticsRecord> &records);

    // The header and the rows (RFC 4180 quoting where a cell needs it); warnings are not in it.
    static QByteArray csv(const StatisticsTable &table);
    // {report, from, to, asAt, regime, inputsSha256, columns, rows, warnings}: rows as objects
    // keyed by column, counts as numbers, an empty cell as null.
    static QByteArray json(const StatisticsReport &report);

    // SHA-256 (hex) of the canonical JSON of the query and of the records of its regime, in
    // reference order.
    static QString inputsSha256(const StatisticsQuery &query,
                                const QList<StatisticsRecord> &records);
};

} // namespace foi::core
