#include "core/services/StatisticsReportWriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace foi::core {

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString regimeName(const StatisticsQuery &query)
{
    return query.regime ? regimeCode(*query.regime) : QStringLiteral("all");
}

QJsonObject recordJson(const StatisticsRecord &record)
{
    QJsonArray reviews;
    for (const ReviewStatistics &review : record.reviews)
        reviews.append(QJsonObject{{QStringLiteral("id"), review.id},
                                   {QStringLiteral("received"), dateValue(review.received)},
                                   {QStringLiteral("due"), dateValue(review.due)},
                                   {QStringLiteral("decided"), dateValue(review.decided)}});
    return {{QStringLiteral("reference"), record.reference},
            {QStringLiteral("regime"), regimeCode(record.regime)},
            {QStringLiteral("received"), dateValue(record.received)},
            {QStringLiteral("sent"), dateValue(record.sent)},
            {QStringLiteral("lawfulDue"), dateValue(record.lawfulDue)},
            {QStringLiteral("storedDue"), dateValue(record.storedDue)},
            {QStringLiteral("outcome"), requestOutcomeCode(record.outcome)},
            {QStringLiteral("refusalReason"), refusalReasonCode(record.refusalReason)},
            {QStringLiteral("exemptions"), QJsonArray::fromStringList(record.exemptions)},
            {QStringLiteral("suspendedOn"), dateValue(record.suspendedOn)},
            {QStringLiteral("resumedOn"), dateValue(record.resumedOn)},
            {QStringLiteral("extendedOn"), dateValue(record.extendedOn)},
            {QStringLiteral("reviews"), reviews}};
}

QByteArray csvCell(const QString &cell)
{
    QByteArray bytes = cell.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') &&
        !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray csvLine(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvCell(cells.at(i));
    }
    return line + '\n';
}

QJsonValue cellValue(const QString &cell)
{
    if (cell.isEmpty())
        return QJsonValue();
    bool number = false;
    const qint64 count = cell.toLongLong(&number);
    return number ? QJsonValue(count) : QJsonValue(cell);
}

} // namespace

QString StatisticsReportWriter::inputsSha256(const StatisticsQuery &query,
                                             const QList<StatisticsRecord> &records)
{
    QList<StatisticsRecord> sorted;
    for (const StatisticsRecord &record : records) {
        if (!query.regime || record.regime == *query.regime)
            sorted.append(record);
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const StatisticsRecord &a, const StatisticsRecord &b) {
                  return a.reference < b.reference;
              });
    QJsonArray inputs;
    for (const StatisticsRecord &record : sorted)
        inputs.append(recordJson(record));
    const QJsonObject canonical{{QStringLiteral("report"), StatisticsReports::nameOf(query.kind)},
                                {QStringLiteral("from"), dateValue(query.from)},
                                {QStringLiteral("to"), dateValue(query.to)},
                                {QStringLiteral("asAt"), dateValue(query.asAt)},
                                {QStringLiteral("regime"), regimeName(query)},
                                {QStringLiteral("records"), inputs}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

StatisticsReport StatisticsReportWriter::make(const StatisticsQuery &query,
                                              const QList<StatisticsRecord> &records)
{
    return {query, StatisticsReports::run(query, records), inputsSha256(query, records)};
}

QByteArray StatisticsReportWriter::csv(const StatisticsTable &table)
{
    QByteArray bytes = csvLine(table.columns);
    for (const QStringList &row : table.rows)
        bytes += csvLine(row);
    return bytes;
}

QByteArray StatisticsReportWriter::json(const StatisticsReport &report)
{
    QJsonArray rows;
    for (const QStringList &row : report.table.rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < row.size() && i < report.table.columns.size(); ++i)
            object.insert(report.table.columns.at(i), cellValue(row.at(i)));
        rows.append(object);
    }
    const QJsonObject document{
        {QStringLiteral("report"), StatisticsReports::nameOf(report.query.kind)},
        {QStringLiteral("from"), dateValue(report.query.from)},
        {QStringLiteral("to"), dateValue(report.query.to)},
        {QStringLiteral("asAt"), dateValue(report.query.asAt)},
        {QStringLiteral("regime"), regimeName(report.query)},
        {QStringLiteral("inputsSha256"), report.inputsSha256},
        {QStringLiteral("columns"), QJsonArray::fromStringList(report.table.columns)},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.table.warnings)}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace foi::core
