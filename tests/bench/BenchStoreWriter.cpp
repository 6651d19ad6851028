#include "tests/bench/BenchStoreWriter.h"

#include "tests/bench/CaseGenerator.h"

#include "core/services/CaseRecordMapper.h"
#include "core/store/AuditTrail.h"
#include "core/store/CaseStore.h"
#include "core/store/SqliteDialect.h"
#include "tests/support/StoreOptions.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sqlite3.h>

using namespace foi::core;

namespace {

class Connection
{
public:
    explicit Connection(const QString &path)
    {
        if (sqlite3_open(QFile::encodeName(path).constData(), &m_db) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    ~Connection()
    {
        for (sqlite3_stmt *statement : m_statements)
            sqlite3_finalize(statement);
        sqlite3_close(m_db);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    qint64 lastInsertedId() const { return sqlite3_last_insert_rowid(m_db); }
    const QString &error() const { return m_error; }

    void exec(const QString &sql)
    {
        if (!ok())
            return;
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK)
            m_error = QStringLiteral("%1: %2").arg(sql.left(80), QString::fromUtf8(message));
        sqlite3_free(message);
    }

    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
            SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statements.append(statement);
        return statement;
    }

    void step(sqlite3_stmt *statement)
    {
        if (ok() && sqlite3_step(statement) != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
    QList<sqlite3_stmt *> m_statements;
};

void bindText(sqlite3_stmt *statement, int at, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    sqlite3_bind_text(statement, at, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

void bindDate(sqlite3_stmt *statement, int at, const QDate &date)
{
    if (date.isValid())
        bindText(statement, at, date.toString(Qt::ISODate));
    else
        sqlite3_bind_null(statement, at);
}

void bindBlob(sqlite3_stmt *statement, int at, const QByteArray &bytes)
{
    sqlite3_bind_blob(statement, at, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

struct SummaryStatements
{
    sqlite3_stmt *summary;
    sqlite3_stmt *exemption;
    sqlite3_stmt *review;
};

// The case's statistics summary, as StatisticsSummaries::replace writes it.
void writeSummary(Connection &db, const SummaryStatements &statements, qint64 caseId,
                  const CaseRecord &record)
{
    if (!record.statistics)
        return;
    const StatisticsRecord &s = *record.statistics;
    sqlite3_bind_int64(statements.summary, 1, caseId);
    bindText(statements.summary, 2, regimeCode(s.regime));
    bindDate(statements.summary, 3, s.received);
    bindDate(statements.summary, 4, s.sent);
    bindDate(statements.summary, 5, s.lawfulDue);
    bindText(statements.summary, 6, requestOutcomeCode(s.outcome));
    bindText(statements.summary, 7, refusalReasonCode(s.refusalReason));
    bindDate(statements.summary, 8, s.suspendedOn);
    bindDate(statements.summary, 9, s.resumedOn);
    bindDate(statements.summary, 10, s.extendedOn);
    bindText(statements.summary, 11, record.statisticsCalendar);
    db.step(statements.summary);
    for (qsizetype i = 0; i < s.exemptions.size(); ++i) {
        sqlite3_bind_int64(statements.exemption, 1, caseId);
        sqlite3_bind_int64(statements.exemption, 2, i);
        bindText(statements.exemption, 3, s.exemptions.at(i));
        db.step(statements.exemption);
    }
    for (qsizetype i = 0; i < s.reviews.size(); ++i) {
        const ReviewStatistics &review = s.reviews.at(i);
        sqlite3_bind_int64(statements.review, 1, caseId);
        sqlite3_bind_int64(statements.review, 2, i);
        bindText(statements.review, 3, review.id);
        bindDate(statements.review, 4, review.received);
        bindDate(statements.review, 5, review.due);
        bindDate(statements.review, 6, review.decided);
        db.step(statements.review);
    }
}

} // namespace

QString BenchStoreWriter::write(const QString &path, int cases, quint32 seed)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    {
        // The schema exactly as the workbench makes it.
        auto store = CaseStore::open(path, CaseStore::OpenMode::CreateIfMissing,
                                     testsupport::storeOptions());
        if (!store)
            return store.error().message + QLatin1Char(' ') + store.error().detail;
    }
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    Connection db(path);
    db.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
    db.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    db.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    // The index is built once after the data: drop it (and its triggers) for the load.
    for (const char *trigger : {"case_index_insert", "case_index_delete", "case_index_update"})
        db.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger)));
    db.exec(QStringLiteral("DROP TABLE case_index"));
    sqlite3_stmt *insertCase = db.prepare(
        "INSERT INTO cases (regime, date_received, due_date, status, outcome, requester_name, "
        "closed_on, request_text, questions_text, answers_text, document, document_sha256, "
        "updated_at, reference, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *insertKey =
        db.prepare("INSERT INTO requester_keys (key, date_received, case_id) VALUES (?, ?, ?)");
    sqlite3_stmt *insertSummary = db.prepare(
        "INSERT INTO case_statistics (case_id, regime, received, sent, lawful_due, outcome, "
        "refusal_reason, suspended_on, resumed_on, extended_on, calendar) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *insertExemption = db.prepare(
        "INSERT INTO case_statistics_exemptions (case_id, seq, provision) VALUES (?, ?, ?)");
    sqlite3_stmt *insertReview =
        db.prepare("INSERT INTO case_statistics_reviews (case_id, seq, review_id, received, due, "
                   "decided) VALUES (?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *insertSnapshot =
        db.prepare("INSERT INTO audit_snapshot (sha256, body) VALUES (?, ?)");
    sqlite3_stmt *insertAudit =
        db.prepare("INSERT INTO audit_log (seq, recorded_at, officer, action, entity, entity_key, "
                   "summary, before_sha256, after_sha256, prev_hash, row_hash) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)");
    if (!db.ok())
        return db.error();

    CaseGenerator generator(seed);
    generator.leaveOpenFrom(cases - openCases(cases));
    const QString officer = QStringLiteral("Bench Officer");
    QString previousHash = AuditAnchor::genesisHash();
    const int batch = 50000;
    for (int serial = 0; serial < cases && db.ok(); ++serial) {
        if (serial % batch == 0)
            db.exec(QStringLiteral("BEGIN"));
        const CaseRecord record =
            CaseRecordMapper::toRecord(generator.next(serial), WorkingDayCalendar::builtIn());
        const QString sha = AuditTrail::sha256Hex(record.document);
        // Logged as the officer would have: on the day after receipt.
        const QString now = QDateTime(record.dateReceived.addDays(1), QTime(9, 30), Qt::UTC)
                                .toString(Qt::ISODateWithMs);
        bindText(insertCase, 1, record.regime);
        bindText(insertCase, 2, record.dateReceived.toString(Qt::ISODate));
        bindDate(insertCase, 3, record.dueDate);
        bindText(insertCase, 4, record.status);
        bindText(insertCase, 5, record.outcome);
        bindText(insertCase, 6, record.requesterName);
        bindDate(insertCase, 7, record.closedOn);
        bindText(insertCase, 8, record.requestText);
        bindText(insertCase, 9, record.questionsText);
        bindText(insertCase, 10, record.answersText);
        bindBlob(insertCase, 11, record.document);
        bindText(insertCase, 12, sha);
        bindText(insertCase, 13, now);
        bindText(insertCase, 14, record.reference);
        bindText(insertCase, 15, now);
        db.step(insertCase);
        const qint64 caseId = db.lastInsertedId();
        for (const QString &key : record.requesterKeys) {
            const QByteArray digest = CaseRepository::requesterKeyDigest(key);
            sqlite3_bind_blob(insertKey, 1, digest.constData(), int(digest.size()),
                              SQLITE_TRANSIENT);
            bindText(insertKey, 2, record.dateReceived.toString(Qt::ISODate));
            sqlite3_bind_int64(insertKey, 3, caseId);
            db.step(insertKey);
        }
        writeSummary(db, {insertSummary, insertExemption, insertReview}, caseId, record);
        bindText(insertSnapshot, 1, sha);
        bindBlob(insertSnapshot, 2, record.document);
        db.step(insertSnapshot);
        AuditTrail::Row row;
        row.seq = serial + 1;
        row.recordedAt = now;
        row.officer = officer;
        row.action = QStringLiteral("create-case");
        row.entity = QStringLiteral("case");
        row.entityKey = record.reference;
        row.summary = QStringLiteral("case created");
        row.afterSha256 = sha;
        row.prevHash = previousHash;
        previousHash = AuditTrail::rowHash(row);
        sqlite3_bind_int64(insertAudit, 1, row.seq);
        bindText(insertAudit, 2, row.recordedAt);
        bindText(insertAudit, 3, row.officer);
        bindText(insertAudit, 4, row.action);
        bindText(insertAudit, 5, row.entity);
        bindText(insertAudit, 6, row.entityKey);
        bindText(insertAudit, 7, row.summary);
        bindText(insertAudit, 8, sha);
        bindText(insertAudit, 9, row.prevHash);
        bindText(insertAudit, 10, previousHash);
        db.step(insertAudit);
        if (serial % batch == batch - 1 || serial == cases - 1) {
            db.exec(QStringLiteral("COMMIT"));
            out << "  " << serial + 1 << " cases written in " << timer.elapsed() / 1000 << " s\n";
            out.flush();
        }
    }
    if (!db.ok())
        return db.error();
    // The index, its triggers and a first 'rebuild', as migration 3 makes them; then merged
    // into one segment, as a store that has been optimised after a bulk import is.
    db.exec(QStringLiteral("BEGIN"));
    for (const QString &sql :
         SqliteDialect::createCaseIndexStatements(SqliteDialect::IndexedText::WithReasonsAndEmail))
        db.exec(sql);
    db.exec(QStringLiteral("COMMIT"));
    out << "  full-text index built after " << timer.elapsed() / 1000 << " s\n";
    out.flush();
    db.exec(QStringLiteral("INSERT INTO case_index(case_index) VALUES ('optimize')"));
    db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    out << "  optimised after " << timer.elapsed() / 1000 << " s\n";
    out.flush();
    return db.error();
}
