#include "CaseRepository.h"

#include "StoreConnection.h"
#include "StoreErrorCode.h"
#include "WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

namespace {

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

// A null QString binds as SQL NULL; the text columns want an empty string instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

const QString summaryColumns =
    QStringLiteral("c.reference, c.regime, c.date_received, c.status, c.outcome, c.requester_name, "
                   "c.updated_at, c.hold, c.id, c.due_date");

CaseSummary summaryFrom(const QSqlQuery &query)
{
    CaseSummary summary;
    summary.reference = query.value(0).toString();
    summary.regime = query.value(1).toString();
    summary.dateReceived = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    summary.status = query.value(3).toString();
    summary.outcome = query.value(4).toString();
    summary.requesterName = query.value(5).toString();
    summary.updatedAt = query.value(6).toString();
    summary.hold = caseHoldFromCode(query.value(7).toString()).value_or(CaseHold::None);
    summary.dueDate = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    return summary;
}

QString holdDocument(CaseHold hold)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("hold"), caseHoldCode(hold)}})
            .toJson(QJsonDocument::Compact));
}

} // namespace

CaseRepository::CaseRepository(StoreConnection &connection, AuditTrail &audit,
                               AuditTrail::Clock clock)
    : m_connection(connection)
    , m_audit(audit)
    , m_clock(std::move(clock))
{}

Status CaseRepository::validate(const CaseRecord &record)
{
    QString missing;
    if (record.reference.trimmed().isEmpty())
        missing = QStringLiteral("a reference");
    else if (!record.dateReceived.isValid())
        missing = QStringLiteral("a date of receipt");
    else if (record.document.isEmpty())
        missing = QStringLiteral("its case file");
    if (missing.isEmpty())
        return success();
    return Error::make(
        StoreErrorCode::Invalid,
        QStringLiteral("The case %1 cannot be saved without %2.")
            .arg(record.reference.isEmpty() ? QStringLiteral("(no reference)") : record.reference,
                 missing));
}

Result<CaseRepository::SaveResult> CaseRepository::saveInTransaction(const CaseRecord &record,
                                                                     const QString &officer,
                                                                     const QString &now)
{
    if (Status valid = validate(record); !valid)
        return valid.error();
    const QString what = QStringLiteral("saving case %1").arg(record.reference);
    Result<std::optional<QVariantList>> existing = m_connection.selectRow(
        QStringLiteral("SELECT document FROM cases WHERE reference = ?"), {record.reference}, what);
    if (!existing)
        return existing.error();
    std::optional<QByteArray> before;
    if (*existing)
        before = (**existing).at(0).toByteArray();
    if (before && *before == record.document)
        return SaveResult::Unchanged;

    const QString sha = AuditTrail::sha256Hex(record.document);
    const QVariantList values{text(record.regime),
                              record.dateReceived.toString(Qt::ISODate),
                              dateOrNull(record.dueDate),
                              text(record.status),
                              text(record.outcome),
                              text(record.requesterName),
                              dateOrNull(record.closedOn),
                              text(record.requestText),
                              text(record.questionsText),
                              text(record.answersText),
                              record.document,
                              sha,
                              now,
                              record.reference};
    Status written =
        before ? m_connection.run(
                     QStringLiteral("UPDATE cases SET regime = ?, date_received = ?, due_date = ?, "
                                    "status = ?, outcome = ?, requester_name = ?, closed_on = ?, "
                                    "request_text = ?, questions_text = ?, answers_text = ?, "
                                    "document = ?, document_sha256 = ?, updated_at = ? "
                                    "WHERE reference = ?"),
                     values, what)
               : m_connection.run(
                     QStringLiteral(
                         "INSERT INTO cases (regime, date_received, due_date, status, "
                         "outcome, requester_name, closed_on, request_text, questions_text, "
                         "answers_text, document, document_sha256, updated_at, reference, "
                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     values + QVariantList{now}, what);
    if (!written)
        return written.error();
    AuditEntry entry{officer,
                     before ? QStringLiteral("update-case") : QStringLiteral("create-case"),
                     QStringLiteral("case"),
                     record.reference,
                     before ? QStringLiteral("case updated") : QStringLiteral("case created"),
                     before,
                     record.document};
    if (Result<AuditAnchor> recorded = m_audit.record(entry, sha); !recorded)
        return recorded.error();
    return before ? SaveResult::Updated : SaveResult::Created;
}

Result<CaseRepository::SaveResult> CaseRepository::save(const CaseRecord &record,
                                                        const QString &officer)
{
    Result<QList<SaveResult>> saved = saveAll({record}, officer);
    if (!saved)
        return saved.error();
    return saved->constFirst();
}

Result<QList<CaseRepository::SaveResult>> CaseRepository::saveAll(const QList<CaseRecord> &records,
                                                                  const QString &officer)
{
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    const QString now = m_clock().toUTC().toString(Qt::ISODateWithMs);
    QList<SaveResult> results;
    results.reserve(records.size());
    for (const CaseRecord &record : records) {
        Result<SaveResult> saved = saveInTransaction(record, officer, now);
        if (!saved)
            return saved.error();
        results.append(*saved);
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return results;
}

Result<StoredCase> CaseRepository::load(const QString &reference)
{
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT id, reference, regime, date_received, due_date, status, outcome, "
                       "requester_name, closed_on, request_text, questions_text, answers_text, "
                       "document, hold, requester_erased, created_at, updated_at "
                       "FROM cases WHERE reference = ?"),
        {reference}, QStringLiteral("reading case %1").arg(reference));
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error::make(StoreErrorCode::NotFound,
                           QStringLiteral("There is no case %1 in the store. Check the reference "
                                          "(the case list shows them all).")
                               .arg(reference));
    }
    StoredCase stored;
    stored.id = query->value(0).toLongLong();
    CaseRecord &record = stored.record;
    record.reference = query->value(1).toString();
    record.regime = query->value(2).toString();
    record.dateReceived = QDate::fromString(query->value(3).toString(), Qt::ISODate);
    record.dueDate = QDate::fromString(query->value(4).toString(), Qt::ISODate);
    record.status = query->value(5).toString();
    record.outcome = query->value(6).toString();
    record.requesterName = query->value(7).toString();
    record.closedOn = QDate::fromString(query->value(8).toString(), Qt::ISODate);
    record.requestText = query->value(9).toString();
    record.questionsText = query->value(10).toString();
    record.answersText = query->value(11).toString();
    record.document = query->value(12).toByteArray();
    stored.hold = caseHoldFromCode(query->value(13).toString()).value_or(CaseHold::None);
    stored.requesterErased = query->value(14).toBool();
    stored.createdAt = query->value(15).toString();
    stored.updatedAt = query->value(16).toString();
    return stored;
}

namespace {

// The SQL expression a case-list order sorts by. Text compares case-blind; a missing due date
// sorts as the empty text, before every date.
QString orderExpression(CaseListOrder order)
{
    switch (order) {
    case CaseListOrder::DateReceived:
        return QStringLiteral("c.date_received");
    case CaseListOrder::Reference:
        return QStringLiteral("c.reference COLLATE NOCASE");
    case CaseListOrder::Requester:
        return QStringLiteral("c.requester_name COLLATE NOCASE");
    case CaseListOrder::DueDate:
        return QStringLiteral("COALESCE(c.due_date, '')");
    case CaseListOrder::CaseStatus:
        return QStringLiteral("c.status");
    case CaseListOrder::Outcome:
        return QStringLiteral("c.outcome");
    }
    return QStringLiteral("c.date_received");
}

} // namespace

Result<CasePage> CaseRepository::list(const CaseListQuery &query)
{
    // Keyset pagination: each page starts after the last row of the one before, so no page
    // reads the rows before it. Newest received first reads the cases_list_by_received index, which
    // covers the page, and the first page of a million cases reads no more rows than it shows.
    const QString key = orderExpression(query.order);
    QString sql = QStringLiteral("SELECT %1, %2 FROM cases c").arg(summaryColumns, key);
    QStringList conditions;
    QVariantList values;
    if (query.after) {
        const QString beyond = query.ascending ? QStringLiteral(">") : QStringLiteral("<");
        conditions.append(QStringLiteral("(%1 %2 ? OR (%1 = ? AND c.id %2 ?))").arg(key, beyond));
        values << query.after->key << query.after->key << query.after->id;
    }
    if (!query.status.isEmpty()) {
        conditions.append(QStringLiteral("c.status = ?"));
        values << query.status;
    }
    if (!query.regime.isEmpty()) {
        conditions.append(QStringLiteral("c.regime = ?"));
        values << query.regime;
    }
    if (query.dueOnOrAfter.isValid()) {
        conditions.append(QStringLiteral("c.due_date >= ?"));
        values << query.dueOnOrAfter.toString(Qt::ISODate);
    }
    if (query.dueBefore.isValid()) {
        conditions.append(QStringLiteral("c.due_date < ?"));
        values << query.dueBefore.toString(Qt::ISODate);
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    const QString direction = query.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    sql += QStringLiteral(" ORDER BY %1 %2, c.id %2 LIMIT ?").arg(key, direction);
    const int limit = qMax(1, query.limit);
    values << limit + 1;
    Result<QSqlQuery> rows = m_connection.select(sql, values, QStringLiteral("listing cases"));
    if (!rows)
        return rows.error();
    CasePage page;
    CaseListCursor last;
    while (rows->next()) {
        if (page.cases.size() == limit) {
            page.next = last;
            break;
        }
        page.cases.append(summaryFrom(*rows));
        last = CaseListCursor{rows->value(10).toString(), rows->value(8).toLongLong()};
    }
    return page;
}

Result<QList<CaseSummary>> CaseRepository::receivedFrom(const QString &requesterName,
                                                        const QDate &from, const QDate &to,
                                                        int limit)
{
    Result<QSqlQuery> rows = m_connection.select(
        QStringLiteral("SELECT %1 FROM cases c WHERE c.date_received BETWEEN ? AND ? AND "
                       "lower(trim(c.requester_name)) = lower(trim(?)) "
                       "ORDER BY c.date_received, c.id LIMIT ?")
            .arg(summaryColumns),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate), requesterName, qMax(1, limit)},
        QStringLiteral("finding requests from the same requester"));
    if (!rows)
        return rows.error();
    QList<CaseSummary> cases;
    while (rows->next())
        cases.append(summaryFrom(*rows));
    return cases;
}

Result<qint64> CaseRepository::count()
{
    Result<QSqlQuery> query = m_connection.select(QStringLiteral("SELECT COUNT(*) FROM cases"), {},
                                                  QStringLiteral("counting cases"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<bool> CaseRepository::isEmpty()
{
    Result<std::optional<QVariantList>> row = m_connection.selectRow(
        QStringLiteral("SELECT 1 FROM cases LIMIT 1"), {}, QStringLiteral("counting cases"));
    if (!row)
        return row.error();
    return !row->has_value();
}

Status CaseRepository::setHold(const QString &reference, CaseHold hold, const QString &officer)
{
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<StoredCase> stored = load(reference);
    if (!stored)
        return stored.error();
    if (stored->hold == hold)
        return success();
    const QString what = QStringLiteral("changing the hold on case %1").arg(reference);
    if (Status status = m_connection.run(
            QStringLiteral("UPDATE cases SET hold = ?, updated_at = ? WHERE reference = ?"),
            // No hold is the empty code, never NULL (the column is NOT NULL).
            {caseHoldCode(hold).isNull() ? QStringLiteral("") : caseHoldCode(hold),
             m_clock().toUTC().toString(Qt::ISODateWithMs), reference},
            what);
        !status)
        return status;
    AuditEntry entry{officer,
                     QStringLiteral("set-hold"),
                     QStringLiteral("case-hold"),
                     reference,
                     hold == CaseHold::None
                         ? QStringLiteral("hold released")
                         : QStringLiteral("case on hold: %1").arg(caseHoldCode(hold)),
                     holdDocument(stored->hold).toUtf8(),
                     holdDocument(hold).toUtf8()};
    if (Result<AuditAnchor> recorded = m_audit.record(entry); !recorded)
        return recorded.error();
    return transaction.commit();
}

Result<QStringList> CaseRepository::closedBefore(const QDate &date)
{
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT reference FROM cases WHERE closed_on IS NOT NULL AND closed_on < ? "
                       "AND requester_erased = 0 ORDER BY closed_on"),
        {date.toString(Qt::ISODate)},
        QStringLiteral("finding cases closed before %1").arg(date.toString(Qt::ISODate)));
    if (!query)
        return query.error();
    QStringList references;
    while (query->next())
        references.append(query->value(0).toString());
    return references;
}

Result<QString> CaseRepository::firstCaseDifferingFromAudit()
{
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT c.reference, c.document, c.document_sha256, "
                       "(SELECT a.after_sha256 FROM audit_log a WHERE a.entity = 'case' AND "
                       "a.entity_key = c.reference ORDER BY a.seq DESC LIMIT 1) "
                       "FROM cases c ORDER BY c.id"),
        {}, QStringLiteral("checking the cases against the audit trail"));
    if (!query)
        return query.error();
    while (query->next()) {
        const QString recordedSha = query->value(2).toString();
        if (recordedSha != query->value(3).toString() ||
            AuditTrail::sha256Hex(query->value(1).toByteArray()) != recordedSha)
            return query->value(0).toString();
    }
    return QString();
}

} // namespace foi::core
