#include "core/store/CaseRepository.h"

#include "core/store/CaseSummaryRow.h"
#include "core/store/ReviewStatusColumn.h"
#include "core/store/StoreConnection.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
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

QString holdDocument(CaseHold hold)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("hold"), caseHoldCode(hold)}})
            .toJson(QJsonDocument::Compact));
}

// The error for a reference the store holds no case of.
Error noSuchCase(const QString &reference)
{
    return Error::make(StoreErrorCode::NotFound,
                       QStringLiteral("There is no case %1 in the store. Check the reference "
                                      "(the case list shows them all).")
                           .arg(reference));
}

} // namespace

CaseRepository::CaseRepository(StoreConnection &connection, AuditTrail &audit, Clock clock)
    : m_connection(connection)
    , m_audit(audit)
    , m_clock(std::move(clock))
    , m_statistics(connection)
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

namespace {

// The columns a save writes, in the order caseValues() gives them; an insert adds created_at.
const QString savedColumns =
    QStringLiteral("regime, date_received, due_date, status, outcome, requester_name, closed_on, "
                   "request_text, questions_text, answers_text, reasons_text, requester_email, "
                   "language, document, document_sha256, updated_at, reference");

void appendCaseValues(QVariantList &values, const CaseRecord &record, const QString &sha,
                      const QString &now)
{
    values << text(record.regime) << record.dateReceived.toString(Qt::ISODate)
           << dateOrNull(record.dueDate) << text(record.status) << text(record.outcome)
           << text(record.requesterName) << dateOrNull(record.closedOn) << text(record.requestText)
           << text(record.questionsText) << text(record.answersText) << text(record.reasonsText)
           << text(record.requesterEmail) << letterLanguageCode(record.language) << record.document
           << sha << now << record.reference;
}

// INSERT of `rows` new cases in one statement.
QString insertCasesSql(qsizetype rows)
{
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QString sql = QStringLiteral("INSERT INTO cases (%1, created_at) VALUES ").arg(savedColumns);
    for (qsizetype i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QStringLiteral(", ");
        sql += row;
    }
    return sql;
}

} // namespace

// New cases wait here to be inserted several to a statement. Inside a transaction every
// statement that may fail half way opens a savepoint, and FTS5 writes its pending index terms
// to disk at each savepoint: one case per statement left one tiny index segment per case, and
// merging those was most of an import's time. A statement inserting many cases indexes them
// all in FTS5's memory first.
struct CaseRepository::PendingCreates
{
    struct Pending
    {
        const CaseRecord *record;
        QString sha;
    };
    QList<Pending> cases;
    QSet<QString> references;
};

Status CaseRepository::insertPending(PendingCreates &pending, const QString &officer,
                                     const QString &now)
{
    // Statements of 256, 128, ... 1 rows: few different statements for any number of cases.
    qsizetype next = 0;
    while (next < pending.cases.size()) {
        qsizetype rows = maxCasesPerInsert;
        while (rows > pending.cases.size() - next)
            rows /= 2;
        QVariantList values;
        values.reserve(rows * 18);
        for (qsizetype i = next; i < next + rows; ++i) {
            appendCaseValues(values, *pending.cases.at(i).record, pending.cases.at(i).sha, now);
            values << now;
        }
        const QString what =
            rows == 1
                ? QStringLiteral("saving case %1").arg(pending.cases.at(next).record->reference)
                : QStringLiteral("saving %1 cases").arg(rows);
        if (Status written = m_connection.run(insertCasesSql(rows), values, what); !written)
            return written;
        next += rows;
    }
    for (const PendingCreates::Pending &created : std::as_const(pending.cases)) {
        const QString what = QStringLiteral("saving case %1").arg(created.record->reference);
        if (Status keys = replaceRequesterKeys(*created.record, what, KeysBefore::None); !keys)
            return keys;
        if (Status title = replaceTitle(*created.record, what, KeysBefore::None); !title)
            return title;
        if (Status summary =
                m_statistics.replace(created.record->reference, created.record->statistics,
                                     created.record->statisticsCalendar, what);
            !summary)
            return summary;
        AuditEntry entry{officer,
                         QStringLiteral("create-case"),
                         QStringLiteral("case"),
                         created.record->reference,
                         QStringLiteral("case created"),
                         std::nullopt,
                         created.record->document};
        if (Result<AuditAnchor> recorded = m_audit.record(entry, created.sha); !recorded)
            return recorded.error();
    }
    pending.cases.clear();
    pending.references.clear();
    return success();
}

Error CaseRepository::notUpdated(const QString &reference, qint64 version)
{
    // On a team store, row-level security hides from an officer's UPDATE a case allocated to
    // another officer: the row is there, at the version read, but was not theirs to change.
    Result<std::optional<QVariantList>> row = m_connection.selectRow(
        QStringLiteral("SELECT version, assigned_officer FROM cases WHERE reference = ?"),
        {reference}, QStringLiteral("reading case %1").arg(reference));
    if (row && *row && (**row).at(0).toLongLong() == version) {
        const QString holder = (**row).at(1).toString();
        return Error::make(
            StoreErrorCode::Forbidden,
            QStringLiteral("Case %1 is allocated to %2, so only they (or an FOI "
                           "manager) may change it; your change was not saved. "
                           "Ask your manager to reallocate it if you should work "
                           "on it.")
                .arg(reference, holder.isEmpty() ? QStringLiteral("another officer") : holder),
            QStringLiteral("the server's row-level security refused the update of "
                           "%1")
                .arg(reference));
    }
    return changedSince(reference, version);
}

Error CaseRepository::changedSince(const QString &reference, qint64 version)
{
    // Who changed it and when, from the audit trail's last row for the case.
    Result<std::optional<QVariantList>> last = m_connection.selectRow(
        QStringLiteral("SELECT officer, recorded_at FROM audit_log WHERE entity = 'case' AND "
                       "entity_key = ? ORDER BY seq DESC LIMIT 1"),
        {reference}, QStringLiteral("finding who last changed case %1").arg(reference));
    QString by = QStringLiteral("another officer");
    QString at;
    if (last && *last) {
        by = (**last).at(0).toString();
        const QDateTime when = QDateTime::fromString((**last).at(1).toString(), Qt::ISODateWithMs);
        at = QStringLiteral(" at %1").arg(
            when.toLocalTime().toString(QStringLiteral("HH:mm 'on' d MMMM yyyy")));
    }
    return Error::make(StoreErrorCode::Changed,
                       QStringLiteral("Case %1 was changed by %2%3 since you opened it (you "
                                      "opened version %4). Your change was not saved, and theirs "
                                      "is kept: open the case again to see their change, then "
                                      "make yours again.")
                           .arg(reference, by, at)
                           .arg(version),
                       QStringLiteral("save of %1 based on version %2 refused: the store holds a "
                                      "newer version")
                           .arg(reference)
                           .arg(version));
}

Result<CaseRepository::SaveResult> CaseRepository::saveInTransaction(const CaseRecord &record,
                                                                     const QString &officer,
                                                                     const QString &now,
                                                                     PendingCreates &pending)
{
    if (Status valid = validate(record); !valid)
        return valid.error();
    // The same case twice in one save: the first must be in the table before the second is
    // compared with it.
    if (pending.references.contains(record.reference)) {
        if (Status inserted = insertPending(pending, officer, now); !inserted)
            return inserted.error();
    }
    const QString what = QStringLiteral("saving case %1").arg(record.reference);
    Result<std::optional<QVariantList>> existing =
        m_connection.selectRow(QStringLiteral("SELECT document, version FROM cases WHERE "
                                              "reference = ?"),
                               {record.reference}, what);
    if (!existing)
        return existing.error();
    if (!*existing) {
        pending.cases.append({&record, AuditTrail::sha256Hex(record.document)});
        pending.references.insert(record.reference);
        return SaveResult::Created;
    }
    const QByteArray before = (**existing).at(0).toByteArray();
    const qint64 storedVersion = (**existing).at(1).toLongLong();
    if (before == record.document)
        return SaveResult::Unchanged;
    if (record.basedOnVersion && *record.basedOnVersion < storedVersion)
        return changedSince(record.reference, *record.basedOnVersion);
    // The audit rows keep the order of the saves: the cases created before this one first.
    if (Status inserted = insertPending(pending, officer, now); !inserted)
        return inserted.error();
    const QString sha = AuditTrail::sha256Hex(record.document);
    QVariantList values;
    values.reserve(18);
    appendCaseValues(values, record, sha, now);
    values << storedVersion;
    // Only the version read above is replaced: a writer on another connection that saved the
    // case since (a team store's transactions do not lock what they read) leaves no row to
    // update here, and this save is refused rather than overwriting it.
    Result<std::optional<QVariantList>> written = m_connection.selectRow(
        QStringLiteral("UPDATE cases SET regime = ?, date_received = ?, due_date = ?, "
                       "status = ?, outcome = ?, requester_name = ?, closed_on = ?, "
                       "request_text = ?, questions_text = ?, answers_text = ?, "
                       "reasons_text = ?, requester_email = ?, language = ?, "
                       "document = ?, document_sha256 = ?, updated_at = ?, version = version + 1 "
                       "WHERE reference = ? AND version = ? RETURNING version"),
        values, what);
    if (!written)
        return written.error();
    if (!*written)
        return notUpdated(record.reference, storedVersion);
    if (Status keys = replaceRequesterKeys(record, what, KeysBefore::Some); !keys)
        return keys.error();
    if (Status review = ReviewStatusColumn::refreshAfterEdit(m_connection, record.reference, what);
        !review)
        return review.error();
    if (Status title = replaceTitle(record, what, KeysBefore::Some); !title)
        return title.error();
    if (Status summary = m_statistics.replace(record.reference, record.statistics,
                                              record.statisticsCalendar, what);
        !summary)
        return summary.error();
    AuditEntry entry{officer,          QStringLiteral("update-case"),  QStringLiteral("case"),
                     record.reference, QStringLiteral("case updated"), before,
                     record.document};
    if (Result<AuditAnchor> recorded = m_audit.record(entry, sha); !recorded)
        return recorded.error();
    return SaveResult::Updated;
}

QByteArray CaseRepository::requesterKeyDigest(const QString &key)
{
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).left(16);
}

Status CaseRepository::replaceRequesterKeys(const CaseRecord &record, const QString &what,
                                            KeysBefore before)
{
    // A case just inserted has no keys to remove.
    if (before == KeysBefore::Some) {
        if (Status removed =
                m_connection.run(QStringLiteral("DELETE FROM requester_keys WHERE case_id = "
                                                "(SELECT id FROM cases WHERE reference = ?)"),
                                 {record.reference}, what);
            !removed)
            return removed;
    }
    for (const QString &key : record.requesterKeys) {
        if (Status added = m_connection.run(
                QStringLiteral("INSERT INTO requester_keys (key, date_received, case_id) "
                               "SELECT ?, date_received, id FROM cases WHERE reference = ?"),
                {requesterKeyDigest(key), record.reference}, what);
            !added)
            return added;
    }
    return success();
}

Status CaseRepository::replaceTitle(const CaseRecord &record, const QString &what,
                                    KeysBefore before)
{
    const QString title = record.title.trimmed();
    if (title.isEmpty()) {
        if (before == KeysBefore::None)
            return success();
        return m_connection.run(QStringLiteral("DELETE FROM case_titles WHERE case_id = "
                                               "(SELECT id FROM cases WHERE reference = ?)"),
                                {record.reference}, what);
    }
    return m_connection.run(QStringLiteral("INSERT INTO case_titles (case_id, title) "
                                           "SELECT id, ? FROM cases WHERE reference = ? "
                                           "ON CONFLICT (case_id) DO UPDATE SET title = "
                                           "excluded.title"),
                            {title, record.reference}, what);
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
    PendingCreates pending;
    for (const CaseRecord &record : records) {
        Result<SaveResult> saved = saveInTransaction(record, officer, now, pending);
        if (!saved)
            return saved.error();
        results.append(*saved);
    }
    if (Status inserted = insertPending(pending, officer, now); !inserted)
        return inserted.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return results;
}

Result<StoredCase> CaseRepository::load(const QString &reference)
{
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT id, reference, regime, date_received, due_date, status, outcome, "
                       "requester_name, closed_on, request_text, questions_text, answers_text, "
                       "document, hold, requester_erased, created_at, updated_at, language, "
                       "version, assigned_officer FROM cases WHERE reference = ?"),
        {reference}, QStringLiteral("reading case %1").arg(reference));
    if (!query)
        return query.error();
    if (!query->next()) {
        return noSuchCase(reference);
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
    record.language =
        letterLanguageFromCode(query->value(17).toString()).value_or(LetterLanguage::English);
    stored.version = query->value(18).toLongLong();
    stored.assignedOfficer = query->value(19).toString();
    record.basedOnVersion = stored.version;
    return stored;
}

QString CaseRepository::storePath() const
{
    return m_connection.path();
}

namespace {

// Seeks (key, date) in the primary key of requester_keys, then each case by its id, in the
// order of that key: nothing is sorted and no range of cases is read. CROSS JOIN keeps SQLite
// from reading the cases of the date range instead.
QString requesterKeySql(const StoreDialect &dialect)
{
    return QStringLiteral("SELECT %1 FROM requester_keys k %2 cases c ON c.id = k.case_id "
                          "WHERE k.key = ? AND k.date_received BETWEEN ? AND ? "
                          "ORDER BY k.date_received, k.case_id LIMIT ?")
        .arg(CaseSummaryRow::columns(), dialect.joinInOrder());
}

} // namespace

Result<QList<CaseSummary>> CaseRepository::receivedWithRequesterKey(const QString &key,
                                                                    const QDate &from,
                                                                    const QDate &to, int limit)
{
    Result<QSqlQuery> rows =
        m_connection.select(requesterKeySql(m_connection.dialect()),
                            {requesterKeyDigest(key), from.toString(Qt::ISODate),
                             to.toString(Qt::ISODate), qMax(1, limit)},
                            QStringLiteral("finding requests from the same requester"));
    if (!rows)
        return rows.error();
    QList<CaseSummary> cases;
    while (rows->next())
        cases.append(CaseSummaryRow::read(*rows));
    return cases;
}

Result<QStringList> CaseRepository::requesterKeyPlan()
{
    Result<QSqlQuery> rows = m_connection.select(
        QStringLiteral("EXPLAIN QUERY PLAN ") + requesterKeySql(m_connection.dialect()),
        {requesterKeyDigest(QStringLiteral("email:someone@example.org")),
         QStringLiteral("2026-01-01"), QStringLiteral("2026-04-01"), 50},
        QStringLiteral("explaining the requester lookup's query"));
    if (!rows)
        return rows.error();
    QStringList steps;
    while (rows->next())
        steps.append(rows->value(3).toString());
    return steps;
}

Result<qint64> CaseRepository::version(const QString &reference)
{
    Result<std::optional<QVariantList>> row =
        m_connection.selectRow(QStringLiteral("SELECT version FROM cases WHERE reference = ?"),
                               {reference}, QStringLiteral("reading case %1").arg(reference));
    if (!row)
        return row.error();
    if (!*row)
        return noSuchCase(reference);
    return (**row).at(0).toLongLong();
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

Status CaseRepository::eachDocument(
    const std::function<bool(const QString &, const QDate &, const QByteArray &)> &visit)
{
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT reference, due_date, document FROM cases ORDER BY reference"), {},
        QStringLiteral("reading every case for a report"));
    if (!query)
        return query.error();
    while (query->next()) {
        if (!visit(query->value(0).toString(),
                   QDate::fromString(query->value(1).toString(), Qt::ISODate),
                   query->value(2).toByteArray()))
            return success();
    }
    if (query->lastError().isValid())
        return StoreConnection::errorFrom(*query,
                                          QStringLiteral("reading every case for a report"));
    return success();
}

Result<QStringList> CaseRepository::referencesOnHold()
{
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT reference FROM cases WHERE hold <> '' ORDER BY reference"), {},
        QStringLiteral("listing the cases on hold"));
    if (!query)
        return query.error();
    QStringList references;
    while (query->next())
        references.append(query->value(0).toString());
    return references;
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
        return transaction.commit(); // nothing to change; a joined outer transaction goes on
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

namespace {

QByteArray allocationDocument(const QString &officer)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("assignedOfficer"),
                                      officer.isEmpty() ? QJsonValue() : QJsonValue(officer)}})
        .toJson(QJsonDocument::Compact);
}

QString allocationSummary(const QString &from, const QString &to)
{
    if (from.isEmpty())
        return QStringLiteral("allocated to %1").arg(to);
    if (to.isEmpty())
        return QStringLiteral("allocated to nobody (was %1)").arg(from);
    return QStringLiteral("reallocated from %1 to %2").arg(from, to);
}

} // namespace

Result<CaseRepository::Allocation>
CaseRepository::allocate(const QString &reference, const QString &to, const QString &officer)
{
    const QString what = QStringLiteral("allocating case %1").arg(reference);
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<std::optional<QVariantList>> row = m_connection.selectRow(
        QStringLiteral("SELECT assigned_officer FROM cases WHERE reference = ?"), {reference},
        what);
    if (!row)
        return row.error();
    if (!*row)
        return noSuchCase(reference);
    Allocation allocation{(**row).at(0).toString(), to, false};
    if (allocation.from == allocation.to) {
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return allocation;
    }
    if (Status written =
            m_connection.run(QStringLiteral("UPDATE cases SET assigned_officer = ?, updated_at = ? "
                                            "WHERE reference = ?"),
                             {to.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(to),
                              m_clock().toUTC().toString(Qt::ISODateWithMs), reference},
                             what);
        !written)
        return written.error();
    AuditEntry entry{officer,
                     QStringLiteral("allocate-case"),
                     QStringLiteral("case-allocation"),
                     reference,
                     allocationSummary(allocation.from, allocation.to),
                     allocationDocument(allocation.from),
                     allocationDocument(allocation.to)};
    if (Result<AuditAnchor> recorded = m_audit.record(entry); !recorded)
        return recorded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    allocation.changed = true;
    return allocation;
}

Result<QStringList> CaseRepository::closedBefore(const QDate &date)
{
    Result<QSqlQuery> query = m_connection.select(
        // Also a case erased before its letters went with the requester that still has some.
        QStringLiteral("SELECT reference FROM cases c WHERE closed_on IS NOT NULL AND closed_on "
                       "< ? AND (requester_erased = 0 OR EXISTS (SELECT 1 FROM attachments a "
                       "WHERE a.case_id = c.id AND a.kind IN ('request', 'correspondence'))) "
                       "ORDER BY closed_on"),
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

namespace {

QByteArray dueDatesDocument(const QList<CaseRepository::DueDateChange> &changes, bool after)
{
    QJsonObject dates;
    for (const CaseRepository::DueDateChange &change : changes) {
        const QDate date = after ? change.after : change.before;
        dates.insert(change.reference,
                     date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue());
    }
    return QJsonDocument(dates).toJson(QJsonDocument::Compact);
}

Error refusedDeletion(const QString &code, const QString &message)
{
    return Error::make(code, message);
}

} // namespace

Result<CaseRepository::DueDateRecount> CaseRepository::recountOpenDueDates(
    const std::function<std::optional<QDate>(const QByteArray &)> &dueOf, const QString &officer,
    const QString &why)
{
    const QString what = QStringLiteral("recounting the due dates of the open cases");
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT reference, due_date, document FROM cases WHERE status = 'open' "
                       "ORDER BY reference"),
        {}, what);
    if (!query)
        return query.error();
    QList<DueDateChange> changes;
    int open = 0;
    while (query->next()) {
        ++open;
        const QDate before = QDate::fromString(query->value(1).toString(), Qt::ISODate);
        const std::optional<QDate> after = dueOf(query->value(2).toByteArray());
        if (after && *after != before)
            changes.append({query->value(0).toString(), before, *after});
    }
    query->finish();
    for (const DueDateChange &change : changes) {
        if (Status written = m_connection.run(
                QStringLiteral("UPDATE cases SET due_date = ? WHERE reference = ?"),
                {dateOrNull(change.after), change.reference}, what);
            !written)
            return written.error();
    }
    if (!changes.isEmpty()) {
        AuditEntry entry{officer,
                         QStringLiteral("recount-due-dates"),
                         QStringLiteral("due-dates"),
                         QStringLiteral("open-cases"),
                         QStringLiteral("%1 of %2 open cases' due dates moved: %3")
                             .arg(changes.size())
                             .arg(open)
                             .arg(why),
                         dueDatesDocument(changes, false),
                         dueDatesDocument(changes, true)};
        if (Result<AuditAnchor> recorded = m_audit.record(entry); !recorded)
            return recorded.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return DueDateRecount{open, changes};
}

Result<CaseRepository::Deletable> CaseRepository::checkDeletable(const QString &reference)
{
    const QString what = QStringLiteral("checking whether case %1 may be deleted").arg(reference);
    Result<std::optional<QVariantList>> row = m_connection.selectRow(
        QStringLiteral("SELECT id, document, created_at, "
                       "(SELECT COUNT(*) FROM sent_replies s WHERE s.case_id = c.id), "
                       "(SELECT COUNT(*) FROM review_exports r WHERE r.case_id = c.id), "
                       "(SELECT COUNT(*) FROM attachments a WHERE a.case_id = c.id) "
                       "FROM cases c WHERE reference = ?"),
        {reference}, what);
    if (!row)
        return row.error();
    if (!*row)
        return noSuchCase(reference);
    const QVariantList &values = **row;
    const QDate created =
        QDateTime::fromString(values.at(2).toString(), Qt::ISODateWithMs).toLocalTime().date();
    const QDate today = m_clock().toLocalTime().date();
    if (created != today)
        return refusedDeletion(
            QStringLiteral("delete.not-today"),
            QStringLiteral("%1 was created on %2, not today: only a case created in error today "
                           "can be deleted. Withdraw it, or close it as lapsed, instead; its "
                           "record then stays for the statistics.")
                .arg(reference, created.toString(QStringLiteral("d MMMM yyyy"))));
    if (values.at(3).toLongLong() > 0)
        return refusedDeletion(QStringLiteral("delete.sent"),
                               QStringLiteral("A reply to %1 was sent, and a sent reply is kept "
                                              "as a fact: the case cannot be deleted.")
                                   .arg(reference));
    if (values.at(4).toLongLong() > 0)
        return refusedDeletion(QStringLiteral("delete.exported"),
                               QStringLiteral("%1 was exported for review, so a copy of it is "
                                              "out with a reviewer: the case cannot be deleted. "
                                              "Withdraw it instead.")
                                   .arg(reference));
    if (values.at(5).toLongLong() > 0)
        return refusedDeletion(QStringLiteral("delete.attachments"),
                               QStringLiteral("%1 has %2 attached file(s): remove them first "
                                              "(Request step, Attached files), then delete "
                                              "the case.")
                                   .arg(reference)
                                   .arg(values.at(5).toLongLong()));
    return Deletable{values.at(0).toLongLong(), values.at(1).toByteArray()};
}

Result<bool> CaseRepository::referenceTaken(const QString &reference)
{
    Result<std::optional<QVariantList>> row = m_connection.selectRow(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM cases WHERE reference = ?) OR EXISTS "
                       "(SELECT 1 FROM audit_log WHERE entity = 'case' AND entity_key = ?)"),
        {reference, reference},
        QStringLiteral("checking whether reference %1 is taken").arg(reference));
    if (!row)
        return row.error();
    return *row && (**row).at(0).toBool();
}

Status CaseRepository::mayDeleteCreatedInError(const QString &reference)
{
    Result<Deletable> deletable = checkDeletable(reference);
    if (!deletable)
        return deletable.error();
    return success();
}

Status CaseRepository::deleteCreatedInError(const QString &reference, const QString &reason,
                                            const QString &officer)
{
    if (reason.trimmed().isEmpty())
        return refusedDeletion(QStringLiteral("delete.no-reason"),
                               QStringLiteral("Say why %1 is deleted (for example: logged twice, "
                                              "or not a request): the reason stays in the audit "
                                              "trail.")
                                   .arg(reference));
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<Deletable> deletable = checkDeletable(reference);
    if (!deletable)
        return deletable.error();
    const QString what = QStringLiteral("deleting case %1").arg(reference);
    if (Status summary = m_statistics.remove(reference, what); !summary)
        return summary;
    for (const QString &sql : {QStringLiteral("DELETE FROM requester_keys WHERE case_id = ?"),
                               QStringLiteral("DELETE FROM case_titles WHERE case_id = ?"),
                               QStringLiteral("DELETE FROM cases WHERE id = ?")}) {
        if (Status removed = m_connection.run(sql, {deletable->id}, what); !removed)
            return removed;
    }
    // The summary stays in the chain for good, so it holds the officer's reason and no more.
    AuditEntry entry{officer,
                     QStringLiteral("delete-case"),
                     QStringLiteral("case"),
                     reference,
                     QStringLiteral("case deleted, created in error: %1").arg(reason.trimmed()),
                     deletable->document,
                     std::nullopt};
    if (Result<AuditAnchor> recorded = m_audit.record(entry); !recorded)
        return recorded.error();
    return transaction.commit();
}

} // namespace foi::core
