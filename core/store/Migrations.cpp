#include "Migrations.h"

#include "CaseRepository.h"
#include "model/RequesterKeys.h"
#include "SqliteDialect.h"
#include "StoreConnection.h"
#include "StoreErrorCode.h"
#include "WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

namespace {

QStringList auditTrail()
{
    return {
        QStringLiteral("CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, recorded_at TEXT NOT NULL, "
            "officer TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, "
            "entity_key TEXT NOT NULL, summary TEXT NOT NULL, before_sha256 TEXT, "
            "after_sha256 TEXT, prev_hash TEXT NOT NULL, row_hash TEXT NOT NULL)"),
        // Before and after documents, addressed by their SHA-256 (which the chain covers), so
        // that erasing personal data from one later leaves the chain itself intact.
        QStringLiteral("CREATE TABLE audit_snapshot (sha256 TEXT PRIMARY KEY, body BLOB NOT NULL, "
                       "erased_by_seq INTEGER REFERENCES audit_log(seq))"),
        QStringLiteral("CREATE INDEX audit_log_by_entity ON audit_log(entity, entity_key, seq)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        // Stops INSERT OR REPLACE (which deletes without a DELETE trigger unless recursive
        // triggers are on) and any row that does not extend the chain at its head.
        QStringLiteral(
            "CREATE TRIGGER audit_log_append_at_head BEFORE INSERT ON audit_log "
            "WHEN NEW.seq IS NOT COALESCE((SELECT MAX(seq) FROM audit_log), 0) + 1 "
            "OR NEW.prev_hash IS NOT COALESCE((SELECT row_hash FROM audit_log ORDER BY seq DESC "
            "LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') "
            "BEGIN SELECT RAISE(ABORT, 'audit rows are only appended at the head of the chain'); "
            "END"),
        QStringLiteral("CREATE TRIGGER audit_snapshot_once BEFORE INSERT ON audit_snapshot "
                       "WHEN EXISTS (SELECT 1 FROM audit_snapshot WHERE sha256 = NEW.sha256) "
                       "BEGIN SELECT RAISE(IGNORE); END"),
        QStringLiteral("CREATE TRIGGER audit_snapshot_no_delete BEFORE DELETE ON audit_snapshot "
                       "BEGIN SELECT RAISE(ABORT, 'audit snapshots are kept'); END"),
        // The one change allowed: an audited erasure blanks personal data in a snapshot.
        QStringLiteral(
            "CREATE TRIGGER audit_snapshot_erase_only BEFORE UPDATE ON audit_snapshot "
            "WHEN OLD.erased_by_seq IS NOT NULL OR NEW.sha256 IS NOT OLD.sha256 "
            "OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.erased_by_seq "
            "AND action = 'erase-requester') "
            "BEGIN SELECT RAISE(ABORT, 'audit snapshots change only by an audited erasure'); END"),
    };
}

QStringList casesAndRecords()
{
    return {
        QStringLiteral(
            "CREATE TABLE cases (id INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE, "
            "regime TEXT NOT NULL, date_received TEXT NOT NULL, due_date TEXT, "
            "status TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT '', "
            "requester_name TEXT NOT NULL DEFAULT '', closed_on TEXT, "
            "hold TEXT NOT NULL DEFAULT '', requester_erased INTEGER NOT NULL DEFAULT 0, "
            "request_text TEXT NOT NULL DEFAULT '', questions_text TEXT NOT NULL DEFAULT '', "
            "answers_text TEXT NOT NULL DEFAULT '', document BLOB NOT NULL, "
            "document_sha256 TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX cases_by_received ON cases(date_received DESC, id DESC)"),
        QStringLiteral("CREATE INDEX cases_by_updated ON cases(updated_at DESC, id DESC)"),
        QStringLiteral("CREATE INDEX cases_by_status ON cases(status, date_received DESC)"),
        QStringLiteral(
            "CREATE INDEX cases_by_closed ON cases(closed_on) WHERE closed_on IS NOT NULL"),
        QStringLiteral(
            "CREATE TABLE attachments (id INTEGER PRIMARY KEY, "
            "case_id INTEGER NOT NULL REFERENCES cases(id), file_name TEXT NOT NULL, "
            "media_type TEXT NOT NULL, size_bytes INTEGER NOT NULL, sha256 TEXT NOT NULL, "
            "added_at TEXT NOT NULL, added_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX attachments_by_case ON attachments(case_id)"),
        QStringLiteral(
            "CREATE TABLE sent_replies (id INTEGER PRIMARY KEY, "
            "case_id INTEGER NOT NULL REFERENCES cases(id), sent_at TEXT NOT NULL, "
            "sent_by TEXT NOT NULL, file_name TEXT NOT NULL, media_type TEXT NOT NULL, "
            "content BLOB NOT NULL, sha256 TEXT NOT NULL, audit_head_seq INTEGER NOT NULL, "
            "audit_head_hash TEXT NOT NULL, erased_by_seq INTEGER REFERENCES audit_log(seq))"),
        QStringLiteral("CREATE INDEX sent_replies_by_case ON sent_replies(case_id)"),
        QStringLiteral("CREATE TRIGGER sent_replies_no_delete BEFORE DELETE ON sent_replies "
                       "BEGIN SELECT RAISE(ABORT, 'a sent reply is kept as sent'); END"),
        QStringLiteral("CREATE TRIGGER sent_replies_erase_only BEFORE UPDATE ON sent_replies "
                       "WHEN OLD.erased_by_seq IS NOT NULL OR NEW.sha256 IS NOT OLD.sha256 "
                       "OR NEW.sent_at IS NOT OLD.sent_at OR NEW.case_id IS NOT OLD.case_id "
                       "OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.erased_by_seq "
                       "AND action = 'erase-requester') "
                       "BEGIN SELECT RAISE(ABORT, 'a sent reply is kept as sent'); END"),
    };
}

QStringList fullTextIndex()
{
    return SqliteDialect::createCaseIndexStatements();
}

// Offline review (docs/review-bundle.md): each bundle exported, and each signed decision
// imported, for a case. Decisions are kept as imported; the case's review status is derived
// from the latest one and the case's document hash (an approval covers one version only).
QStringList reviews()
{
    return {
        QStringLiteral(
            "CREATE TABLE review_exports (id INTEGER PRIMARY KEY, "
            "case_id INTEGER NOT NULL REFERENCES cases(id), bundle_sha256 TEXT NOT NULL UNIQUE, "
            "document_sha256 TEXT NOT NULL, exported_at TEXT NOT NULL, exported_by TEXT NOT NULL, "
            "exporter_fingerprint TEXT NOT NULL, reviewer TEXT NOT NULL DEFAULT '', "
            "requester_included INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX review_exports_by_case ON review_exports(case_id)"),
        QStringLiteral(
            "CREATE TABLE review_decisions (id INTEGER PRIMARY KEY, "
            "case_id INTEGER NOT NULL REFERENCES cases(id), "
            "export_id INTEGER NOT NULL REFERENCES review_exports(id), "
            "response_sha256 TEXT NOT NULL UNIQUE, "
            "decision TEXT NOT NULL CHECK (decision IN ('approve', 'return')), "
            "reviewer TEXT NOT NULL, reviewer_fingerprint TEXT NOT NULL, comment TEXT NOT NULL, "
            "comments_json TEXT NOT NULL, responded_at TEXT NOT NULL, imported_at TEXT NOT NULL, "
            "imported_by TEXT NOT NULL, audit_seq INTEGER NOT NULL REFERENCES audit_log(seq))"),
        QStringLiteral("CREATE INDEX review_decisions_by_case ON review_decisions(case_id, id)"),
        QStringLiteral("CREATE TRIGGER review_decisions_kept BEFORE UPDATE ON review_decisions "
                       "BEGIN SELECT RAISE(ABORT, 'a review decision is kept as imported'); END"),
        QStringLiteral("CREATE TRIGGER review_decisions_no_delete BEFORE DELETE ON "
                       "review_decisions BEGIN SELECT RAISE(ABORT, 'a review decision is kept as "
                       "imported'); END"),
    };
}

// The case list reads its pages from these indexes alone (they cover every column it shows),
// so a page costs a few index pages instead of one table row each, whose last columns sit
// behind the case document in overflow pages. They replace the two narrower indexes.
QStringList coveringListIndexes()
{
    return {
        QStringLiteral(
            "CREATE INDEX cases_list_by_received ON cases(date_received DESC, id DESC, "
            "reference, regime, status, outcome, requester_name, updated_at, hold, due_date)"),
        QStringLiteral("DROP INDEX cases_by_received"),
        QStringLiteral(
            "CREATE INDEX cases_list_by_status ON cases(status, date_received DESC, "
            "id DESC, reference, regime, outcome, requester_name, updated_at, hold, due_date)"),
        QStringLiteral("DROP INDEX cases_by_status"),
    };
}

// The case list's other orders (CaseRepository::list), one covering index each like those of
// migration 5: each starts with the order's key exactly as the query writes it (collation and
// expression included, or SQLite will not use it) and the id that breaks ties, then every
// column a page shows, so that a page anywhere in a million cases is one seek and sorts nothing.
QStringList coveringSortIndexes()
{
    return {
        QStringLiteral("CREATE INDEX cases_list_by_reference ON cases(reference COLLATE NOCASE, "
                       "id, regime, date_received, status, outcome, requester_name, updated_at, "
                       "hold, due_date)"),
        QStringLiteral("CREATE INDEX cases_list_by_requester ON cases(requester_name COLLATE "
                       "NOCASE, id, reference, regime, date_received, status, outcome, "
                       "updated_at, hold, due_date)"),
        QStringLiteral("CREATE INDEX cases_list_by_due ON cases(COALESCE(due_date, ''), id, "
                       "reference, regime, date_received, status, outcome, requester_name, "
                       "updated_at, hold, due_date)"),
        QStringLiteral("CREATE INDEX cases_list_by_status_id ON cases(status, id, reference, "
                       "regime, date_received, outcome, requester_name, updated_at, hold, "
                       "due_date)"),
        QStringLiteral("CREATE INDEX cases_list_by_outcome ON cases(outcome, id, reference, "
                       "regime, date_received, status, requester_name, updated_at, hold, "
                       "due_date)"),
    };
}

// What each attached file is (the request as received, correspondence, search evidence).
// Files attached before kinds were kept read as "other" until the officer says otherwise.
QStringList attachmentKindColumn()
{
    return {
        QStringLiteral("ALTER TABLE attachments ADD COLUMN kind TEXT NOT NULL DEFAULT 'other' "
                       "CHECK (kind IN ('request', 'correspondence', 'search-evidence', "
                       "'other'))"),
    };
}

// Prefix indexes for 4 and 5 letters as well as 2 and 3: a search typed as far as "recog"
// otherwise merges the doclist of every word starting so, which at a million cases is the
// slowest search there is. FTS5 cannot add a prefix index to a built index, so it is rebuilt.
QStringList longerPrefixIndexes()
{
    return SqliteDialect::rebuildCaseIndexStatements();
}

// The open cases in each order whose covering index does not start with the status (migration
// 6): partial indexes of the open cases only. In a store of many closed cases and a few open
// ones, the default filter ("open") sorted by reference otherwise walks the whole reference
// index to find a page of open cases (1.1 s at a million). Closed cases are not in them, so an
// import of closed cases does not pay for them. CaseRepository names them in INDEXED BY.
QStringList openCaseSortIndexes()
{
    const QString columns = QStringLiteral("regime, date_received, status, outcome, "
                                           "requester_name, updated_at, hold, due_date");
    const QString open = QStringLiteral(" WHERE status = 'open'");
    return {
        QStringLiteral("CREATE INDEX cases_open_by_reference ON cases(reference COLLATE NOCASE, "
                       "id, %1)")
                .arg(columns) +
            open,
        QStringLiteral("CREATE INDEX cases_open_by_requester ON cases(requester_name COLLATE "
                       "NOCASE, id, reference, %1)")
                .arg(columns) +
            open,
        QStringLiteral("CREATE INDEX cases_open_by_due ON cases(COALESCE(due_date, ''), id, "
                       "reference, %1)")
                .arg(columns) +
            open,
        QStringLiteral("CREATE INDEX cases_open_by_outcome ON cases(outcome, id, reference, %1)")
                .arg(columns) +
            open,
    };
}

// The Message-ID of an email kept with a case (the request as received, correspondence), so
// that a later message that replies to it (In-Reply-To, References) is offered for the same
// case (services/EmailIntakeService). On the attachment's row: erasing the letter erases it.
QStringList attachmentMessageIds()
{
    return {
        QStringLiteral("ALTER TABLE attachments ADD COLUMN message_id TEXT"),
        QStringLiteral("CREATE INDEX attachments_by_message_id ON attachments(message_id) "
                       "WHERE message_id IS NOT NULL"),
    };
}

// The keys a case's requester is found by for aggregation (Fees Regulations reg 5): its name,
// email and postal address, normalised (RequesterKeys) and digested
// (CaseRepository::requesterKeyDigest), one row each, sought by key and date.
// Without them the lookup read every document received within 100 days of the case (about
// 50,000 at a million cases). Filled for the cases already stored by fillRequesterKeys().
constexpr int requesterKeysVersion = 9;

QStringList requesterKeysTable()
{
    return {
        QStringLiteral("CREATE TABLE requester_keys (key BLOB NOT NULL, "
                       "date_received TEXT NOT NULL, "
                       "case_id INTEGER NOT NULL REFERENCES cases(id), "
                       "PRIMARY KEY (key, date_received, case_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX requester_keys_by_case ON requester_keys(case_id)"),
    };
}

// The requester of each stored case, read from its document by SQLite's JSON functions and
// normalised as a save normalises it. A document that is not JSON gives no keys (the store's
// own checks report it); nor does a case whose requester was erased (its document has none).
Status fillRequesterKeys(StoreConnection &connection)
{
    const QString what = QStringLiteral("indexing the requesters of the cases stored");
    Result<QSqlQuery> rows = connection.select(
        QStringLiteral("SELECT id, date_received, CASE WHEN json_valid(CAST(document AS TEXT)) "
                       "THEN json_extract(CAST(document AS TEXT), '$.requester') END FROM cases"),
        {}, what);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QJsonObject stored =
            QJsonDocument::fromJson(rows->value(2).toString().toUtf8()).object();
        const Requester requester{
            stored.value(QStringLiteral("name")).toString(),
            stored.value(QStringLiteral("addressForCorrespondence")).toString(),
            stored.value(QStringLiteral("email")).toString()};
        for (const QString &key : RequesterKeys(requester).lookupKeys()) {
            if (Status added = connection.run(
                    QStringLiteral("INSERT INTO requester_keys (key, date_received, case_id) "
                                   "VALUES (?, ?, ?)"),
                    {CaseRepository::requesterKeyDigest(key), rows->value(1), rows->value(0)},
                    what);
                !added)
                return added;
        }
    }
    if (rows->lastError().isValid())
        return StoreConnection::errorFrom(*rows, what);
    return success();
}

Status setVersion(StoreConnection &connection, int version)
{
    // PRAGMA values cannot be bound; `version` is our own integer.
    return connection.run(QStringLiteral("PRAGMA user_version = %1").arg(version), {},
                          QStringLiteral("recording the store's version"));
}

} // namespace

int Migrations::latestVersion()
{
    return 11;
}

QStringList Migrations::statements(int version)
{
    switch (version) {
    case 1:
        return auditTrail();
    case 2:
        return casesAndRecords();
    case 3:
        return fullTextIndex();
    case 4:
        return reviews();
    case 5:
        return coveringListIndexes();
    case 6:
        return coveringSortIndexes();
    case 7:
        return attachmentKindColumn();
    case 8:
        return longerPrefixIndexes();
    case requesterKeysVersion:
        return requesterKeysTable();
    case 10:
        return openCaseSortIndexes();
    case 11:
        return attachmentMessageIds();
    default:
        return {};
    }
}

Result<int> Migrations::currentVersion(StoreConnection &connection)
{
    Result<QSqlQuery> query = connection.select(QStringLiteral("PRAGMA user_version"), {},
                                                QStringLiteral("reading the store's version"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Status Migrations::upgrade(StoreConnection &connection, int target)
{
    Result<int> current = currentVersion(connection);
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return Error::make(StoreErrorCode::NewerSchema,
                           QStringLiteral("The case store was written by a newer FOI Workbench "
                                          "(store version %1; this one knows up to %2). Open it "
                                          "with the newer workbench, open it read-only, or open "
                                          "another file.")
                               .arg(*current)
                               .arg(latestVersion()));
    }
    for (int version = *current + 1; version <= target; ++version) {
        WriteTransaction transaction(connection);
        if (Status status = transaction.begin(); !status)
            return status;
        if (version == 1) {
            if (Status status = connection.run(
                    QStringLiteral("PRAGMA application_id = %1").arg(SqliteDialect::applicationId));
                !status)
                return status;
        }
        const QString what = QStringLiteral("upgrading the store to version %1").arg(version);
        for (const QString &sql : statements(version)) {
            if (Status status = connection.run(sql, {}, what); !status)
                return status;
        }
        if (version == requesterKeysVersion) {
            if (Status status = fillRequesterKeys(connection); !status)
                return status;
        }
        if (Status status = setVersion(connection, version); !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
    }
    return success();
}

} // namespace foi::core
