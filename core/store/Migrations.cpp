#include "core/store/Migrations.h"

#include "core/model/RequesterKeys.h"
#include "core/store/CaseRepository.h"
#include "core/store/ReviewStatusColumn.h"
#include "core/store/SqliteDialect.h"
#include "core/store/StoreConnection.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"

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
    return SqliteDialect::createCaseIndexStatements(SqliteDialect::IndexedText::UpToVersion10);
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
    return SqliteDialect::rebuildCaseIndexStatements(SqliteDialect::IndexedText::UpToVersion10);
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

// The files to be released with a case's reply (issue 19): which attachments are marked, the
// last scan of each (the SHA-256 of the bytes scanned and the findings, as JSON) and the
// officer's reason for each finding kept. They go with the attachment (ON DELETE CASCADE), and
// with the mark: taking a file out of the release forgets its scan and resolutions.
QStringList releaseFileTables()
{
    return {
        QStringLiteral("CREATE TABLE release_files (attachment_id INTEGER PRIMARY KEY "
                       "REFERENCES attachments(id) ON DELETE CASCADE, marked_at TEXT NOT NULL, "
                       "marked_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE release_scans (attachment_id INTEGER PRIMARY KEY "
                       "REFERENCES release_files(attachment_id) ON DELETE CASCADE, "
                       "sha256 TEXT NOT NULL, scanned_at TEXT NOT NULL, scanned_by TEXT NOT NULL, "
                       "findings TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE release_resolutions (id INTEGER PRIMARY KEY, "
                       "attachment_id INTEGER NOT NULL REFERENCES release_files(attachment_id) "
                       "ON DELETE CASCADE, sha256 TEXT NOT NULL, code TEXT NOT NULL, "
                       "location TEXT NOT NULL, reason TEXT NOT NULL, resolved_at TEXT NOT NULL, "
                       "resolved_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX release_resolutions_by_file ON "
                       "release_resolutions(attachment_id)"),
    };
}

// The covering indexes of the case list's orders (migrations 5, 6 and 10) as migration 11 left
// them: the key, the id, then the page's columns. Migrations 12 and 18 make each again with
// the columns they add to a page at the end.
struct ListIndex
{
    const char *name;
    const char *columns;
    bool openOnly;
};

const ListIndex listIndexes[] = {
    {"cases_list_by_received",
     "date_received DESC, id DESC, reference, regime, status, outcome, requester_name, "
     "updated_at, hold, due_date",
     false},
    {"cases_list_by_status",
     "status, date_received DESC, id DESC, reference, regime, outcome, requester_name, "
     "updated_at, hold, due_date",
     false},
    {"cases_list_by_reference",
     "reference COLLATE NOCASE, id, regime, date_received, status, outcome, requester_name, "
     "updated_at, hold, due_date",
     false},
    {"cases_list_by_requester",
     "requester_name COLLATE NOCASE, id, reference, regime, date_received, status, outcome, "
     "updated_at, hold, due_date",
     false},
    {"cases_list_by_due",
     "COALESCE(due_date, ''), id, reference, regime, date_received, status, outcome, "
     "requester_name, updated_at, hold, due_date",
     false},
    {"cases_list_by_status_id",
     "status, id, reference, regime, date_received, outcome, requester_name, updated_at, "
     "hold, due_date",
     false},
    {"cases_list_by_outcome",
     "outcome, id, reference, regime, date_received, status, requester_name, updated_at, "
     "hold, due_date",
     false},
    {"cases_open_by_reference",
     "reference COLLATE NOCASE, id, regime, date_received, status, outcome, requester_name, "
     "updated_at, hold, due_date",
     true},
    {"cases_open_by_requester",
     "requester_name COLLATE NOCASE, id, reference, regime, date_received, status, outcome, "
     "updated_at, hold, due_date",
     true},
    {"cases_open_by_due",
     "COALESCE(due_date, ''), id, reference, regime, date_received, status, outcome, "
     "requester_name, updated_at, hold, due_date",
     true},
    {"cases_open_by_outcome",
     "outcome, id, reference, regime, date_received, status, requester_name, updated_at, "
     "hold, due_date",
     true},
};

// Each case's review state as a column (ReviewStatusColumn), filled from the review tables for
// the cases already sent for review, so that the case list shows and filters it from its indexes
// instead of reading the review tables for every row. Every covering index of the list is made
// again with the column as its last, so that a page still reads no table row (a column added
// by ALTER TABLE sits after the case document, in its overflow pages); and one more index,
// by review state then id, serves the list ordered by it and the review filter in any order
// (with its partial index of the open cases, as migration 10 gave the other orders).
QStringList reviewStatusColumn()
{
    QStringList statements{
        QStringLiteral("ALTER TABLE cases ADD COLUMN review_status TEXT NOT NULL DEFAULT '' "
                       "CHECK (review_status IN ('', 'awaiting', 'returned', 'approved', "
                       "'changed'))"),
        QStringLiteral("UPDATE cases SET review_status = (%1) WHERE id IN (SELECT case_id FROM "
                       "review_exports)")
            .arg(ReviewStatusColumn::derivation()),
    };
    for (const ListIndex &index : listIndexes) {
        const QString name = QString::fromLatin1(index.name);
        statements.append(QStringLiteral("DROP INDEX %1").arg(name));
        statements.append(
            QStringLiteral("CREATE INDEX %1 ON cases(%2, review_status)%3")
                .arg(name, QString::fromLatin1(index.columns),
                     index.openOnly ? QStringLiteral(" WHERE status = 'open'") : QString()));
    }
    // The search finds the reasons given and the requester's email address too (issue 24,
    // point 11): two columns filled from each case file as CaseRecordMapper fills them (the
    // claims' reasons, harm, public interest and opinion, the NCND harm), and the index built
    // again over them.
    statements << QStringLiteral("ALTER TABLE cases ADD COLUMN reasons_text TEXT NOT NULL "
                                 "DEFAULT ''")
               << QStringLiteral("ALTER TABLE cases ADD COLUMN requester_email TEXT NOT NULL "
                                 "DEFAULT ''")
               << QStringLiteral(
                      "UPDATE cases SET requester_email = COALESCE(json_extract(CAST(document "
                      "AS TEXT), '$.requester.email'), ''), reasons_text = COALESCE((SELECT "
                      "group_concat(t.value, char(10)) FROM json_tree(CAST(cases.document AS "
                      "TEXT)) t WHERE t.type = 'text' AND (t.fullkey = '$.ncndHarm' OR "
                      "(t.path LIKE '$.claims[%' AND (t.key IN ('reason', 'interest', 'harm', "
                      "'balance', 'opinion') OR t.path LIKE '%.favouringDisclosure' OR t.path "
                      "LIKE '%.favouringExemption')))), '') "
                      "WHERE json_valid(CAST(document AS TEXT))");
    statements +=
        SqliteDialect::rebuildCaseIndexStatements(SqliteDialect::IndexedText::WithReasonsAndEmail);
    const QString byReview = QStringLiteral("(review_status, id, reference, regime, date_received, "
                                            "status, outcome, requester_name, updated_at, hold, "
                                            "due_date)");
    statements.append(QStringLiteral("CREATE INDEX cases_list_by_review ON cases") + byReview);
    // Like migration 10's: the default view (open cases) in the review order.
    statements.append(QStringLiteral("CREATE INDEX cases_open_by_review ON cases") + byReview +
                      QStringLiteral(" WHERE status = 'open'"));
    return statements;
}

// A case's title (its subject, in the officer's words), for the case list's Title column. In a
// table of its own, keyed by the case's id, rather than a column of `cases`: every covering
// index of the list would otherwise have to be rebuilt to hold it (each as large as the
// store's list), or a page would read each case's row, whose end lies behind its document. A
// page reads its titles afterwards, one seek each. No case stored before has a title (the case
// file had no such field), so there is nothing to fill.
QStringList caseTitles()
{
    return {
        QStringLiteral("CREATE TABLE case_titles (case_id INTEGER PRIMARY KEY "
                       "REFERENCES cases(id), title TEXT NOT NULL)"),
    };
}

// Enforcement notices (FOIA s52) and practice recommendations (s48): matters of the authority as
// a whole, which belong to no case. One row each, the matter as a JSON document
// (AuthorityMatterJson), with its kind and the day it closed beside it so the open ones are
// found without reading every document. A store before this version had none: nothing to fill.
QStringList authorityMatters()
{
    return {
        QStringLiteral("CREATE TABLE authority_matters (id TEXT PRIMARY KEY, kind TEXT NOT NULL "
                       "CHECK (kind IN ('enforcement-notice', 'practice-recommendation')), "
                       "document TEXT NOT NULL, closed_on TEXT)"),
        QStringLiteral("CREATE INDEX authority_matters_open ON authority_matters(closed_on)"),
    };
}

// The disclosure log (issue 18 point 5): each version of a case's entry, one row, its content a
// JSON document (DisclosureLogRegister) that holds no detail of the requester. Versions of one
// case are numbered from 1; the index serves the export of a period by publication date. A new
// table: nothing to fill, no cost on a large store.
QStringList disclosureLog()
{
    return {
        QStringLiteral("CREATE TABLE disclosure_log_entries (id INTEGER PRIMARY KEY, case_id "
                       "INTEGER NOT NULL REFERENCES cases(id), version INTEGER NOT NULL, status "
                       "TEXT NOT NULL, published_on TEXT, entry TEXT NOT NULL, updated_at TEXT "
                       "NOT NULL, UNIQUE (case_id, version))"),
        QStringLiteral("CREATE INDEX disclosure_log_by_publication ON "
                       "disclosure_log_entries(published_on) WHERE published_on IS NOT NULL"),
    };
}

// The summary of each case that the published statistics read (issue 18, point 4), so that
// neither a report nor the Statistics view reads every case document. A case's lawful due date
// is counted on the program's calendar, which SQL cannot do, so the cases already stored get
// their summaries from StatisticsService the first time it runs (StatisticsSummaries::stale):
// a case without a row, or whose row was counted on another calendar, is summarised then.
QStringList statisticsSummaries()
{
    return {
        QStringLiteral("CREATE TABLE case_statistics (case_id INTEGER PRIMARY KEY "
                       "REFERENCES cases(id), regime TEXT NOT NULL, received TEXT, sent TEXT, "
                       "lawful_due TEXT, outcome TEXT NOT NULL, refusal_reason TEXT NOT NULL, "
                       "suspended_on TEXT, resumed_on TEXT, extended_on TEXT, "
                       "calendar TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE case_statistics_exemptions (case_id INTEGER NOT NULL "
                       "REFERENCES cases(id), seq INTEGER NOT NULL, provision TEXT NOT NULL, "
                       "PRIMARY KEY (case_id, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE case_statistics_reviews (case_id INTEGER NOT NULL "
                       "REFERENCES cases(id), seq INTEGER NOT NULL, review_id TEXT NOT NULL, "
                       "received TEXT, due TEXT, decided TEXT, PRIMARY KEY (case_id, seq)) "
                       "WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX case_statistics_by_calendar ON case_statistics(calendar)"),
        // Covering indexes of the Statistics view's figures: the requests received in a period
        // (with what decides their standing as at a day), and those answered or still open.
        QStringLiteral("CREATE INDEX case_statistics_by_received ON case_statistics(received, "
                       "regime, sent, lawful_due, outcome, suspended_on, resumed_on)"),
        QStringLiteral("CREATE INDEX case_statistics_by_sent ON case_statistics(sent, regime, "
                       "received, outcome)"),
    };
}

// The language of correspondence (issue 23 point 2) as a column, so that the case list filters
// by it: filled from each case file's languageOfCorrespondence (a case file without one is in
// English, as is a document that is not JSON). Like migration 12's review state, the column is
// added to the end of every covering index of the list (each made again), so that a page
// filtered by language still reads its order's index alone and no case row.
// Every covering index of the list (those of listIndexes with migration 12's review state, and
// migration 12's by review state) dropped and made again with `tail` as its last columns.
QStringList remakeListIndexes(const QString &tail)
{
    struct Remade
    {
        QString name;
        QString columns;
        bool openOnly;
    };
    QList<Remade> indexes;
    for (const ListIndex &index : listIndexes)
        indexes.append({QString::fromLatin1(index.name),
                        QString::fromLatin1(index.columns) + QStringLiteral(", review_status"),
                        index.openOnly});
    // Migration 12's indexes by review state, whose key leads with it.
    const QString byReview = QStringLiteral("review_status, id, reference, regime, date_received, "
                                            "status, outcome, requester_name, updated_at, hold, "
                                            "due_date");
    indexes.append({QStringLiteral("cases_list_by_review"), byReview, false});
    indexes.append({QStringLiteral("cases_open_by_review"), byReview, true});
    QStringList statements;
    for (const Remade &index : std::as_const(indexes)) {
        statements.append(QStringLiteral("DROP INDEX %1").arg(index.name));
        statements.append(
            QStringLiteral("CREATE INDEX %1 ON cases(%2, %3)%4")
                .arg(index.name, index.columns, tail,
                     index.openOnly ? QStringLiteral(" WHERE status = 'open'") : QString()));
    }
    return statements;
}

QStringList languageColumn()
{
    return QStringList{
               QStringLiteral("ALTER TABLE cases ADD COLUMN language TEXT NOT NULL DEFAULT 'en' "
                              "CHECK (language IN ('en', 'cy', 'bilingual'))"),
               QStringLiteral("UPDATE cases SET language = json_extract(CAST(document AS TEXT), "
                              "'$.languageOfCorrespondence') WHERE json_valid(CAST(document AS "
                              "TEXT)) AND json_extract(CAST(document AS TEXT), "
                              "'$.languageOfCorrespondence') IN ('cy', 'bilingual')"),
           } +
           remakeListIndexes(QStringLiteral("language"));
}

// Welsh text indexed without the English stemmer (issue 23 point 5): the cases in Welsh or in
// both languages leave case_index for an index of their own whose words are kept as written
// (SqliteDialect::welshCaseIndexStatements). Only those cases are read: the English index is
// not rebuilt, their tokens are deleted from it.
QStringList welshSearchIndex()
{
    return SqliteDialect::welshCaseIndexStatements();
}

// Team work (issue 20 point 3), as on a team store: each case's version, 1 when it was first
// saved and one more at every save that changes it, against which a save is checked
// (optimistic concurrency); and the officer the case is allocated to (NULL: unallocated). The
// officer is added to the end of every covering index of the list (each made again, as
// migration 18 did with the language), so that a page of "my cases" or of the unallocated ones
// still reads its order's index alone.
QStringList teamColumns()
{
    return QStringList{
               QStringLiteral("ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1 "
                              "CHECK (version >= 1)"),
               QStringLiteral("ALTER TABLE cases ADD COLUMN assigned_officer TEXT"),
           } +
           remakeListIndexes(QStringLiteral("language, assigned_officer"));
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
    return 20;
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
        return releaseFileTables();
    case 12:
        return reviewStatusColumn();
    case 13:
        return caseTitles();
    case 14:
        return attachmentMessageIds();
    case 15:
        return authorityMatters();
    case 16:
        return disclosureLog();
    case 17:
        return statisticsSummaries();
    case 18:
        return languageColumn();
    case 19:
        return welshSearchIndex();
    case 20:
        return teamColumns();
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
