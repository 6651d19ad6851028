#include "core/store/StatisticsSummaries.h"

#include "core/store/StoreConnection.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

namespace {

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

RequestOutcome outcomeFromCode(const QString &code)
{
    for (const RequestOutcome outcome :
         {RequestOutcome::NotYetProcessed, RequestOutcome::GrantedInFull,
          RequestOutcome::PartlyDisclosedPartlyRefused,
          RequestOutcome::PartlyDisclosedPartlyNotHeld, RequestOutcome::RefusedNotHeld,
          RequestOutcome::RefusedInFull, RequestOutcome::LapsedOrWithdrawn}) {
        if (requestOutcomeCode(outcome) == code)
            return outcome;
    }
    return RequestOutcome::NotYetProcessed;
}

RefusalReason reasonFromCode(const QString &code)
{
    for (const RefusalReason reason :
         {RefusalReason::None, RefusalReason::Cost, RefusalReason::VexatiousOrRepeated,
          RefusalReason::OtherExemptions}) {
        if (refusalReasonCode(reason) == code)
            return reason;
    }
    return RefusalReason::None;
}

const QString caseIdOf = QStringLiteral("(SELECT id FROM cases WHERE reference = ?)");

} // namespace

StatisticsSummaries::StatisticsSummaries(StoreConnection &connection)
    : m_connection(connection)
{}

Status StatisticsSummaries::remove(const QString &reference, const QString &what)
{
    for (const char *table :
         {"case_statistics_exemptions", "case_statistics_reviews", "case_statistics"}) {
        if (Status removed = m_connection.run(QStringLiteral("DELETE FROM %1 WHERE case_id = %2")
                                                  .arg(QLatin1String(table), caseIdOf),
                                              {reference}, what);
            !removed)
            return removed;
    }
    return success();
}

Status StatisticsSummaries::replace(const QString &reference,
                                    const std::optional<StatisticsRecord> &summary,
                                    const QString &calendar, const QString &what)
{
    if (Status removed = remove(reference, what); !removed)
        return removed;
    if (!summary)
        return success();
    const StatisticsRecord &s = *summary;
    if (Status written = m_connection.run(
            QStringLiteral("INSERT INTO case_statistics (case_id, regime, received, sent, "
                           "lawful_due, outcome, refusal_reason, suspended_on, resumed_on, "
                           "extended_on, calendar) SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                           "FROM cases WHERE reference = ?"),
            {regimeCode(s.regime), dateOrNull(s.received), dateOrNull(s.sent),
             dateOrNull(s.lawfulDue), requestOutcomeCode(s.outcome),
             refusalReasonCode(s.refusalReason), dateOrNull(s.suspendedOn), dateOrNull(s.resumedOn),
             dateOrNull(s.extendedOn), calendar, reference},
            what);
        !written)
        return written;
    return writeChildren(reference, s, what);
}

Status StatisticsSummaries::writeChildren(const QString &reference, const StatisticsRecord &summary,
                                          const QString &what)
{
    for (qsizetype i = 0; i < summary.exemptions.size(); ++i) {
        if (Status written = m_connection.run(
                QStringLiteral("INSERT INTO case_statistics_exemptions (case_id, seq, provision) "
                               "SELECT id, ?, ? FROM cases WHERE reference = ?"),
                {qint64(i), summary.exemptions.at(i), reference}, what);
            !written)
            return written;
    }
    for (qsizetype i = 0; i < summary.reviews.size(); ++i) {
        const ReviewStatistics &review = summary.reviews.at(i);
        if (Status written = m_connection.run(
                QStringLiteral("INSERT INTO case_statistics_reviews (case_id, seq, review_id, "
                               "received, due, decided) SELECT id, ?, ?, ?, ?, ? FROM cases "
                               "WHERE reference = ?"),
                {qint64(i), review.id, dateOrNull(review.received), dateOrNull(review.due),
                 dateOrNull(review.decided), reference},
                what);
            !written)
            return written;
    }
    return success();
}

Result<bool> StatisticsSummaries::isCurrent(const QString &calendar)
{
    const QString what = QStringLiteral("checking the statistics summaries");
    Result<std::optional<QVariantList>> row = m_connection.selectRow(
        QStringLiteral("SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM "
                       "case_statistics), EXISTS (SELECT 1 FROM case_statistics WHERE calendar "
                       "< ?) OR EXISTS (SELECT 1 FROM case_statistics WHERE calendar > ?)"),
        {calendar, calendar}, what);
    if (!row)
        return row.error();
    if (!*row)
        return false;
    const QVariantList &values = **row;
    return values.at(0).toLongLong() == values.at(1).toLongLong() && values.at(2).toInt() == 0;
}

Result<QList<StatisticsSummaries::Stale>>
StatisticsSummaries::stale(const QString &calendar, qint64 afterId, int limit, qint64 &lastId)
{
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT c.id, c.reference, c.document FROM cases c LEFT JOIN "
                       "case_statistics s ON s.case_id = c.id WHERE c.id > ? AND (s.case_id IS "
                       "NULL OR s.calendar <> ?) ORDER BY c.id LIMIT ?"),
        {afterId, calendar, limit}, QStringLiteral("finding the cases to summarise"));
    if (!query)
        return query.error();
    QList<Stale> found;
    while (query->next()) {
        lastId = query->value(0).toLongLong();
        found.append({query->value(1).toString(), query->value(2).toByteArray()});
    }
    return found;
}

Result<QList<StatisticsRecord>> StatisticsSummaries::all()
{
    const QString what = QStringLiteral("reading the statistics summaries");
    Result<QSqlQuery> rows = m_connection.select(
        QStringLiteral("SELECT s.case_id, c.reference, c.due_date, s.regime, s.received, s.sent, "
                       "s.lawful_due, s.outcome, s.refusal_reason, s.suspended_on, s.resumed_on, "
                       "s.extended_on FROM case_statistics s JOIN cases c ON c.id = s.case_id "
                       "ORDER BY c.reference"),
        {}, what);
    if (!rows)
        return rows.error();
    QList<StatisticsRecord> records;
    QHash<qint64, qsizetype> indexOfCase;
    while (rows->next()) {
        StatisticsRecord r;
        r.reference = rows->value(1).toString();
        r.storedDue = dateOf(rows->value(2));
        r.regime = regimeFromCode(rows->value(3).toString()).value_or(Regime::Foia);
        r.received = dateOf(rows->value(4));
        r.sent = dateOf(rows->value(5));
        r.lawfulDue = dateOf(rows->value(6));
        r.outcome = outcomeFromCode(rows->value(7).toString());
        r.refusalReason = reasonFromCode(rows->value(8).toString());
        r.suspendedOn = dateOf(rows->value(9));
        r.resumedOn = dateOf(rows->value(10));
        r.extendedOn = dateOf(rows->value(11));
        indexOfCase.insert(rows->value(0).toLongLong(), records.size());
        records.append(r);
    }
    Result<QSqlQuery> exemptions = m_connection.select(
        QStringLiteral("SELECT case_id, provision FROM case_statistics_exemptions ORDER BY "
                       "case_id, seq"),
        {}, what);
    if (!exemptions)
        return exemptions.error();
    while (exemptions->next()) {
        const auto at = indexOfCase.constFind(exemptions->value(0).toLongLong());
        if (at != indexOfCase.cend())
            records[*at].exemptions.append(exemptions->value(1).toString());
    }
    Result<QSqlQuery> reviews =
        m_connection.select(QStringLiteral("SELECT case_id, review_id, received, due, decided FROM "
                                           "case_statistics_reviews ORDER BY case_id, seq"),
                            {}, what);
    if (!reviews)
        return reviews.error();
    while (reviews->next()) {
        const auto at = indexOfCase.constFind(reviews->value(0).toLongLong());
        if (at != indexOfCase.cend())
            records[*at].reviews.append({reviews->value(1).toString(), dateOf(reviews->value(2)),
                                         dateOf(reviews->value(3)), dateOf(reviews->value(4))});
    }
    return records;
}

} // namespace foi::core
