#include "core/store/PostgresMigrations.h"

#include "core/store/PostgresDialect.h"
#include "core/store/StoreConnection.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"

#include <QVariant>

namespace foi::core {

namespace {

// A trigger function that refuses the change with `message` (PL/pgSQL's RAISE EXCEPTION,
// SQLSTATE P0001), for rows that are kept as written.
QString refusal(const QString &function, const QString &message)
{
    return QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                          "RAISE EXCEPTION '%2'; END $$")
        .arg(function, message);
}

// The audit trail as on SQLite (Migrations 1): the same columns, the same refusals as
// triggers. `seq` is given by AuditTrail (the chain numbers its rows), so it is no identity.
// Times stay ISO 8601 text: the chain hashes recorded_at as written, and TIMESTAMPTZ would
// give it back in another spelling.
QStringList auditTrail()
{
    return {
        QStringLiteral("CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log (seq BIGINT PRIMARY KEY, recorded_at TEXT NOT NULL, "
                       "officer TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, "
                       "entity_key TEXT NOT NULL, summary TEXT NOT NULL, before_sha256 TEXT, "
                       "after_sha256 TEXT, prev_hash TEXT NOT NULL, row_hash TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_snapshot (sha256 TEXT PRIMARY KEY, body BYTEA NOT NULL, "
                       "erased_by_seq BIGINT REFERENCES audit_log(seq))"),
        QStringLiteral("CREATE INDEX audit_log_by_entity ON audit_log(entity, entity_key, seq)"),
        refusal(QStringLiteral("audit_log_append_only"),
                QStringLiteral("the audit trail is append-only")),
        QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
        QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                       "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"),
        // A row that does not extend the chain at its head is refused. Two writers reading the
        // same head are kept apart by PostgresDialect::lockAuditHead; without it the second
        // fails on the primary key rather than forking the chain.
        QStringLiteral(
            "CREATE FUNCTION audit_log_at_head() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.seq IS DISTINCT FROM COALESCE((SELECT max(seq) FROM audit_log), 0) + 1 "
            "OR NEW.prev_hash IS DISTINCT FROM COALESCE((SELECT row_hash FROM audit_log "
            "ORDER BY seq DESC LIMIT 1), "
            "'0000000000000000000000000000000000000000000000000000000000000000') THEN "
            "RAISE EXCEPTION 'audit rows are only appended at the head of the chain'; END IF; "
            "RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER audit_log_append_at_head BEFORE INSERT ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION audit_log_at_head()"),
        // A snapshot seen before is skipped, as SQLite's RAISE(IGNORE) skips it.
        QStringLiteral("CREATE FUNCTION audit_snapshot_once() RETURNS trigger LANGUAGE plpgsql "
                       "AS $$ BEGIN IF EXISTS (SELECT 1 FROM audit_snapshot WHERE sha256 = "
                       "NEW.sha256) THEN RETURN NULL; END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER audit_snapshot_once BEFORE INSERT ON audit_snapshot "
                       "FOR EACH ROW EXECUTE FUNCTION audit_snapshot_once()"),
        refusal(QStringLiteral("audit_snapshot_kept"), QStringLiteral("audit snapshots are kept")),
        QStringLiteral("CREATE TRIGGER audit_snapshot_no_delete BEFORE DELETE ON audit_snapshot "
                       "FOR EACH ROW EXECUTE FUNCTION audit_snapshot_kept()"),
        QStringLiteral("CREATE TRIGGER audit_snapshot_no_truncate BEFORE TRUNCATE ON "
                       "audit_snapshot FOR EACH STATEMENT EXECUTE FUNCTION audit_snapshot_kept()"),
        // The one change allowed: an audited erasure blanks personal data in a snapshot.
        QStringLiteral(
            "CREATE FUNCTION audit_snapshot_erase_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN IF OLD.erased_by_seq IS NOT NULL OR NEW.sha256 IS DISTINCT FROM OLD.sha256 "
            "OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.erased_by_seq "
            "AND action = 'erase-requester') THEN "
            "RAISE EXCEPTION 'audit snapshots change only by an audited erasure'; END IF; "
            "RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER audit_snapshot_erase_only BEFORE UPDATE ON audit_snapshot "
                       "FOR EACH ROW EXECUTE FUNCTION audit_snapshot_erase_only()"),
    };
}

// The words the search finds, as one tsvector kept by the server (a generated column): each
// text in the english configuration (stemmed, English stop words left out) and in the simple
// one (each word as written, for text in Welsh or another language, names, and a prefix typed
// past an English stem). Weights: A the reference, B the requester, C the request and
// questions (the similar-request lookup reads only these), D the answers and reasons.
QString searchVector(bool english = true)
{
    const auto weighed = [english](const QString &text, char weight) {
        const QString simple = QStringLiteral("setweight(to_tsvector('simple', %1), '%2')")
                                   .arg(text, QChar::fromLatin1(weight));
        if (!english)
            return simple;
        return QStringLiteral("setweight(to_tsvector('english', %1), '%2') || ")
                   .arg(text, QChar::fromLatin1(weight)) +
               simple;
    };
    return QStringList{weighed(QStringLiteral("reference"), 'A'),
                       weighed(QStringLiteral("requester_name || ' ' || requester_email"), 'B'),
                       weighed(QStringLiteral("request_text || ' ' || questions_text"), 'C'),
                       weighed(QStringLiteral("answers_text || ' ' || reasons_text"), 'D')}
        .join(QStringLiteral(" || "));
}

// Cases and what hangs from them (Migrations 2, 7, 12, 14). The columns the list sorts and
// pages by compare byte by byte (COLLATE "C"), as SQLite's do, whatever the database's locale.
QStringList cases()
{
    return {
        QStringLiteral(
            "CREATE TABLE cases (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "reference TEXT COLLATE \"C\" NOT NULL UNIQUE, regime TEXT COLLATE \"C\" NOT NULL, "
            "date_received TEXT COLLATE \"C\" NOT NULL, due_date TEXT COLLATE \"C\", "
            "status TEXT COLLATE \"C\" NOT NULL, outcome TEXT COLLATE \"C\" NOT NULL DEFAULT '', "
            "requester_name TEXT COLLATE \"C\" NOT NULL DEFAULT '', closed_on TEXT, "
            "hold TEXT NOT NULL DEFAULT '', requester_erased INTEGER NOT NULL DEFAULT 0, "
            "request_text TEXT NOT NULL DEFAULT '', questions_text TEXT NOT NULL DEFAULT '', "
            "answers_text TEXT NOT NULL DEFAULT '', document BYTEA NOT NULL, "
            "document_sha256 TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
            "review_status TEXT COLLATE \"C\" NOT NULL DEFAULT '' CHECK (review_status IN ('', "
            "'awaiting', 'returned', 'approved', 'changed')), "
            "reasons_text TEXT NOT NULL DEFAULT '', requester_email TEXT NOT NULL DEFAULT '', "
            "search_vector tsvector GENERATED ALWAYS AS (%1) STORED)")
            .arg(searchVector()),
        QStringLiteral("CREATE INDEX cases_search ON cases USING gin (search_vector)"),
        QStringLiteral("CREATE INDEX cases_by_updated ON cases(updated_at DESC, id DESC)"),
        QStringLiteral(
            "CREATE INDEX cases_by_closed ON cases(closed_on) WHERE closed_on IS NOT NULL"),
        // One index per order of the case list (CaseRepository::list): its key as the query
        // writes it, then the id that breaks ties.
        QStringLiteral("CREATE INDEX cases_list_by_received ON cases(date_received DESC, "
                       "id DESC)"),
        QStringLiteral("CREATE INDEX cases_list_by_status ON cases(status, date_received DESC, "
                       "id DESC)"),
        QStringLiteral("CREATE INDEX cases_list_by_reference ON cases(lower(reference), id)"),
        QStringLiteral("CREATE INDEX cases_list_by_requester ON cases(lower(requester_name), id)"),
        QStringLiteral("CREATE INDEX cases_list_by_due ON cases(COALESCE(due_date, ''), id)"),
        QStringLiteral("CREATE INDEX cases_list_by_status_id ON cases(status, id)"),
        QStringLiteral("CREATE INDEX cases_list_by_outcome ON cases(outcome, id)"),
        QStringLiteral("CREATE INDEX cases_list_by_review ON cases(review_status, id)"),
        QStringLiteral(
            "CREATE TABLE attachments (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "case_id BIGINT NOT NULL REFERENCES cases(id), file_name TEXT NOT NULL, "
            "media_type TEXT NOT NULL, size_bytes BIGINT NOT NULL, sha256 TEXT NOT NULL, "
            "added_at TEXT NOT NULL, added_by TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'other' "
            "CHECK (kind IN ('request', 'correspondence', 'search-evidence', 'other')), "
            "message_id TEXT)"),
        QStringLiteral("CREATE INDEX attachments_by_case ON attachments(case_id)"),
        QStringLiteral("CREATE INDEX attachments_by_message_id ON attachments(message_id) "
                       "WHERE message_id IS NOT NULL"),
        QStringLiteral(
            "CREATE TABLE sent_replies (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "case_id BIGINT NOT NULL REFERENCES cases(id), sent_at TEXT NOT NULL, "
            "sent_by TEXT NOT NULL, file_name TEXT NOT NULL, media_type TEXT NOT NULL, "
            "content BYTEA NOT NULL, sha256 TEXT NOT NULL, audit_head_seq BIGINT NOT NULL, "
            "audit_head_hash TEXT NOT NULL, erased_by_seq BIGINT REFERENCES audit_log(seq))"),
        QStringLiteral("CREATE INDEX sent_replies_by_case ON sent_replies(case_id)"),
        refusal(QStringLiteral("sent_replies_kept"),
                QStringLiteral("a sent reply is kept as sent")),
        QStringLiteral("CREATE TRIGGER sent_replies_no_delete BEFORE DELETE ON sent_replies "
                       "FOR EACH ROW EXECUTE FUNCTION sent_replies_kept()"),
        QStringLiteral("CREATE TRIGGER sent_replies_no_truncate BEFORE TRUNCATE ON sent_replies "
                       "FOR EACH STATEMENT EXECUTE FUNCTION sent_replies_kept()"),
        QStringLiteral(
            "CREATE FUNCTION sent_replies_erase_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN IF OLD.erased_by_seq IS NOT NULL OR NEW.sha256 IS DISTINCT FROM OLD.sha256 "
            "OR NEW.sent_at IS DISTINCT FROM OLD.sent_at "
            "OR NEW.case_id IS DISTINCT FROM OLD.case_id "
            "OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.erased_by_seq "
            "AND action = 'erase-requester') THEN "
            "RAISE EXCEPTION 'a sent reply is kept as sent'; END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER sent_replies_erase_only BEFORE UPDATE ON sent_replies "
                       "FOR EACH ROW EXECUTE FUNCTION sent_replies_erase_only()"),
        QStringLiteral("CREATE TABLE case_titles (case_id BIGINT PRIMARY KEY "
                       "REFERENCES cases(id), title TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE requester_keys (key BYTEA NOT NULL, "
                       "date_received TEXT COLLATE \"C\" NOT NULL, "
                       "case_id BIGINT NOT NULL REFERENCES cases(id), "
                       "PRIMARY KEY (key, date_received, case_id))"),
        QStringLiteral("CREATE INDEX requester_keys_by_case ON requester_keys(case_id)"),
    };
}

// Offline review (Migrations 4) and the files released with a reply (Migrations 11).
QStringList reviewsAndReleases()
{
    return {
        QStringLiteral(
            "CREATE TABLE review_exports (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "case_id BIGINT NOT NULL REFERENCES cases(id), bundle_sha256 TEXT NOT NULL UNIQUE, "
            "document_sha256 TEXT NOT NULL, exported_at TEXT NOT NULL, exported_by TEXT NOT NULL, "
            "exporter_fingerprint TEXT NOT NULL, reviewer TEXT NOT NULL DEFAULT '', "
            "requester_included INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX review_exports_by_case ON review_exports(case_id)"),
        QStringLiteral(
            "CREATE TABLE review_decisions (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY "
            "KEY, case_id BIGINT NOT NULL REFERENCES cases(id), "
            "export_id BIGINT NOT NULL REFERENCES review_exports(id), "
            "response_sha256 TEXT NOT NULL UNIQUE, "
            "decision TEXT NOT NULL CHECK (decision IN ('approve', 'return')), "
            "reviewer TEXT NOT NULL, reviewer_fingerprint TEXT NOT NULL, comment TEXT NOT NULL, "
            "comments_json TEXT NOT NULL, responded_at TEXT NOT NULL, imported_at TEXT NOT NULL, "
            "imported_by TEXT NOT NULL, audit_seq BIGINT NOT NULL REFERENCES audit_log(seq))"),
        QStringLiteral("CREATE INDEX review_decisions_by_case ON review_decisions(case_id, id)"),
        refusal(QStringLiteral("review_decisions_kept"),
                QStringLiteral("a review decision is kept as imported")),
        QStringLiteral("CREATE TRIGGER review_decisions_kept BEFORE UPDATE OR DELETE ON "
                       "review_decisions FOR EACH ROW EXECUTE FUNCTION review_decisions_kept()"),
        QStringLiteral("CREATE TABLE release_files (attachment_id BIGINT PRIMARY KEY "
                       "REFERENCES attachments(id) ON DELETE CASCADE, marked_at TEXT NOT NULL, "
                       "marked_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE release_scans (attachment_id BIGINT PRIMARY KEY "
                       "REFERENCES release_files(attachment_id) ON DELETE CASCADE, "
                       "sha256 TEXT NOT NULL, scanned_at TEXT NOT NULL, scanned_by TEXT NOT NULL, "
                       "findings TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE release_resolutions (id BIGINT GENERATED BY DEFAULT AS "
                       "IDENTITY PRIMARY KEY, attachment_id BIGINT NOT NULL "
                       "REFERENCES release_files(attachment_id) ON DELETE CASCADE, "
                       "sha256 TEXT NOT NULL, code TEXT NOT NULL, location TEXT NOT NULL, "
                       "reason TEXT NOT NULL, resolved_at TEXT NOT NULL, "
                       "resolved_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX release_resolutions_by_file ON "
                       "release_resolutions(attachment_id)"),
    };
}

// The authority's own matters, the disclosure log and the statistics summaries (Migrations 15,
// 16, 17). `position` keeps the matters in the order they were logged (SQLite's rowid).
QStringList authorityLogAndStatistics()
{
    return {
        QStringLiteral("CREATE TABLE authority_matters (id TEXT PRIMARY KEY, kind TEXT NOT NULL "
                       "CHECK (kind IN ('enforcement-notice', 'practice-recommendation')), "
                       "document TEXT NOT NULL, closed_on TEXT, "
                       "position BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE)"),
        QStringLiteral("CREATE INDEX authority_matters_open ON authority_matters(closed_on)"),
        QStringLiteral("CREATE TABLE disclosure_log_entries (id BIGINT GENERATED BY DEFAULT AS "
                       "IDENTITY PRIMARY KEY, case_id BIGINT NOT NULL REFERENCES cases(id), "
                       "version INTEGER NOT NULL, status TEXT NOT NULL, published_on TEXT, "
                       "entry TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (case_id, version))"),
        QStringLiteral("CREATE INDEX disclosure_log_by_publication ON "
                       "disclosure_log_entries(published_on) WHERE published_on IS NOT NULL"),
        QStringLiteral("CREATE TABLE case_statistics (case_id BIGINT PRIMARY KEY "
                       "REFERENCES cases(id), regime TEXT NOT NULL, received TEXT, sent TEXT, "
                       "lawful_due TEXT, outcome TEXT NOT NULL, refusal_reason TEXT NOT NULL, "
                       "suspended_on TEXT, resumed_on TEXT, extended_on TEXT, "
                       "calendar TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE case_statistics_exemptions (case_id BIGINT NOT NULL "
                       "REFERENCES cases(id), seq INTEGER NOT NULL, provision TEXT NOT NULL, "
                       "PRIMARY KEY (case_id, seq))"),
        QStringLiteral("CREATE TABLE case_statistics_reviews (case_id BIGINT NOT NULL "
                       "REFERENCES cases(id), seq INTEGER NOT NULL, review_id TEXT NOT NULL, "
                       "received TEXT, due TEXT, decided TEXT, PRIMARY KEY (case_id, seq))"),
        QStringLiteral("CREATE INDEX case_statistics_by_calendar ON case_statistics(calendar)"),
        QStringLiteral("CREATE INDEX case_statistics_by_received ON case_statistics(received, "
                       "regime, sent, lawful_due, outcome, suspended_on, resumed_on)"),
        QStringLiteral("CREATE INDEX case_statistics_by_sent ON case_statistics(sent, regime, "
                       "received, outcome)"),
    };
}

// Version 2 (SQLite's migration 18): the language of correspondence, filled from each case
// file. The document is searched for the field as CaseFileWriter writes it (compact JSON, at
// the top level, absent for English) rather than parsed, so that a document that is not JSON
// stays English instead of stopping the upgrade. The list filters by it with the order's own
// index; the planner, which has statistics, needs no index of its own for it.
QStringList languageColumn()
{
    QStringList statements{QStringLiteral(
        "ALTER TABLE cases ADD COLUMN language TEXT COLLATE \"C\" NOT NULL DEFAULT 'en' "
        "CHECK (language IN ('en', 'cy', 'bilingual'))")};
    for (const char *code : {"cy", "bilingual"})
        statements.append(
            QStringLiteral("UPDATE cases SET language = '%1' WHERE position(convert_to("
                           "'\"languageOfCorrespondence\":\"%1\"', 'UTF8') IN document) > 0")
                .arg(QLatin1String(code)));
    return statements;
}

// Version 3 (SQLite's migration 19, issue 23 point 5): the words of a case in Welsh or both
// languages go into the search vector in the simple configuration only (as written), never
// through the English stemmer; English cases keep both. A generated column's expression
// cannot be altered on PostgreSQL 15, so the column (and its index) is made again: every
// case's vector is computed once, at the upgrade.
QStringList welshSearchVector()
{
    return {
        QStringLiteral("ALTER TABLE cases DROP COLUMN search_vector"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
                       "(CASE WHEN language = 'en' THEN %1 ELSE %2 END) STORED")
            .arg(searchVector(), searchVector(false)),
        QStringLiteral("CREATE INDEX cases_search ON cases USING gin (search_vector)"),
    };
}

// Version 4 (SQLite's migration 20, issue 20 point 3): each case's version, against which a
// save is checked (optimistic concurrency), and the officer it is allocated to (NULL:
// unallocated), with an index for the list of one officer's cases in the list's first order.
QStringList teamColumns()
{
    return {
        QStringLiteral("ALTER TABLE cases ADD COLUMN version BIGINT NOT NULL DEFAULT 1 "
                       "CHECK (version >= 1)"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN assigned_officer TEXT COLLATE \"C\""),
        QStringLiteral("CREATE INDEX cases_by_officer ON cases(assigned_officer, "
                       "date_received DESC, id DESC)"),
    };
}

// Version 5 (issue 20 point 4): the team's roles, enforced by the server. Four group roles
// (NOLOGIN; the IT department grants them to the officers' login roles, `store grant`):
// foi_officer reads every case and changes only those allocated to them or to nobody;
// foi_reviewer reads every case and records reviews; foi_manager may also allocate (the
// assigned officer) and erase (retention); foi_administrator owns the schema, so only its
// members run upgrades. Nobody may change or remove an audit row: no role is granted UPDATE,
// DELETE or TRUNCATE on audit_log, and its triggers (version 1) refuse even the owner. The roles
// belong to the server, not to the database, so a second store on the same server finds them
// made already. The login running this needs CREATEROLE (or to be a superuser).
QStringList teamRoles()
{
    const QString allRoles = QStringLiteral("foi_officer, foi_reviewer, foi_manager");
    // Who may change a case row: the officer it is allocated to, or anyone while unallocated.
    const QString ownOrUnallocated =
        QStringLiteral("(assigned_officer IS NULL OR assigned_officer = current_user)");
    return {
        QStringLiteral(
            "DO $$ DECLARE role TEXT; BEGIN FOREACH role IN ARRAY ARRAY['foi_officer', "
            "'foi_reviewer', 'foi_manager', 'foi_administrator'] LOOP IF NOT EXISTS (SELECT "
            "FROM pg_roles WHERE rolname = role) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', "
            "role); END IF; END LOOP; END $$"),
        // The login that makes the store hands it to the administrators' role, which it joins.
        QStringLiteral("DO $$ DECLARE r RECORD; BEGIN "
                       "IF NOT pg_has_role('foi_administrator', 'MEMBER') THEN "
                       "EXECUTE format('GRANT foi_administrator TO %I', current_user); END IF; "
                       "EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO foi_administrator', "
                       "current_schema()); "
                       "EXECUTE format('GRANT USAGE ON SCHEMA %I TO foi_officer, foi_reviewer, "
                       "foi_manager', current_schema()); "
                       "FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = "
                       "current_schema() LOOP EXECUTE format('ALTER TABLE %I OWNER TO "
                       "foi_administrator', r.tablename); END LOOP; "
                       "FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN "
                       "pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = "
                       "current_schema() LOOP EXECUTE format('ALTER FUNCTION %s OWNER TO "
                       "foi_administrator', r.f); END LOOP; END $$"),
        QStringLiteral("DO $$ BEGIN "
                       "EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO foi_officer, "
                       "foi_reviewer, foi_manager', current_schema()); "
                       "EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO "
                       "foi_officer, foi_reviewer, foi_manager', current_schema()); "
                       "EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                       "%I TO foi_officer, foi_manager', current_schema()); END $$"),
        // The audit trail is appended to, never changed; the store's version is the
        // administrator's. An erasure (a manager's) blanks snapshots, which its trigger allows.
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_log, audit_snapshot, "
                       "store_meta FROM %1")
            .arg(allRoles),
        QStringLiteral("GRANT INSERT ON audit_log, audit_snapshot TO %1").arg(allRoles),
        QStringLiteral("GRANT UPDATE ON audit_snapshot TO foi_manager"),
        // Only a manager allocates: an officer may change every column of a case but that one.
        QStringLiteral("REVOKE UPDATE ON cases FROM foi_officer"),
        QStringLiteral("DO $$ BEGIN EXECUTE (SELECT format('GRANT UPDATE (%s) ON cases TO "
                       "foi_officer', string_agg(quote_ident(column_name), ', ')) FROM "
                       "information_schema.columns WHERE table_schema = current_schema() AND "
                       "table_name = 'cases' AND column_name NOT IN ('id', 'assigned_officer', "
                       "'search_vector')); END $$"),
        // A reviewer records reviews and the review state they give the case list.
        QStringLiteral("GRANT INSERT, UPDATE ON review_exports, review_decisions TO foi_reviewer"),
        QStringLiteral("GRANT UPDATE (review_status, updated_at) ON cases TO foi_reviewer"),
        QStringLiteral("ALTER TABLE cases ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY cases_read ON cases FOR SELECT TO %1 USING (true)")
            .arg(allRoles),
        QStringLiteral("CREATE POLICY cases_officer_insert ON cases FOR INSERT TO foi_officer "
                       "WITH CHECK %1")
            .arg(ownOrUnallocated),
        QStringLiteral("CREATE POLICY cases_officer_update ON cases FOR UPDATE TO foi_officer "
                       "USING %1 WITH CHECK %1")
            .arg(ownOrUnallocated),
        QStringLiteral("CREATE POLICY cases_officer_delete ON cases FOR DELETE TO foi_officer "
                       "USING %1")
            .arg(ownOrUnallocated),
        QStringLiteral("CREATE POLICY cases_reviewer_update ON cases FOR UPDATE TO foi_reviewer "
                       "USING (true) WITH CHECK (true)"),
        QStringLiteral("CREATE POLICY cases_manager ON cases FOR ALL TO foi_manager USING (true) "
                       "WITH CHECK (true)"),
    };
}

// Version 6 (issue 20 point 3): every committed change to the cases table is announced on
// PostgresDialect::casesChangedChannel(), so that an open case list shows another officer's
// change at once (LISTEN/NOTIFY) rather than by asking the server over and over. Once per
// statement, not per row: an import of thousands of cases is one notice, and PostgreSQL folds
// identical notices of one transaction into one, delivered on commit.
QStringList caseChangeNotices()
{
    return {
        QStringLiteral("CREATE FUNCTION cases_changed_notify() RETURNS trigger LANGUAGE plpgsql "
                       "AS $$ BEGIN PERFORM pg_notify('%1', ''); RETURN NULL; END $$")
            .arg(PostgresDialect::casesChangedChannel()),
        QStringLiteral("ALTER FUNCTION cases_changed_notify() OWNER TO foi_administrator"),
        QStringLiteral("CREATE TRIGGER cases_changed AFTER INSERT OR UPDATE OR DELETE ON cases "
                       "FOR EACH STATEMENT EXECUTE FUNCTION cases_changed_notify()"),
        QStringLiteral("CREATE TRIGGER cases_truncated AFTER TRUNCATE ON cases "
                       "FOR EACH STATEMENT EXECUTE FUNCTION cases_changed_notify()"),
    };
}

// Who may write a row of a table that belongs to a case (through `caseOf`, an expression over
// the row giving its case's id): the officer the case is allocated to, or any officer while it
// is unallocated; the same rule as version 5's on the cases themselves.
QString ownOrUnallocatedCase(const QString &caseOf)
{
    return QStringLiteral("(EXISTS (SELECT 1 FROM cases c WHERE c.id = %1 AND "
                          "(c.assigned_officer IS NULL OR c.assigned_officer = current_user)))")
        .arg(caseOf);
}

// Row-level security on one table of a case's records: every role reads every row; an officer
// writes only those of their own or unallocated cases; `writesAll` (the manager, and for the
// review tables the reviewer too, who reviews other officers' cases) writes any. The grants of
// version 5 still say which commands each role may run at all.
QStringList caseRecordPolicies(const QString &table, const QString &caseOf,
                               const QString &writesAll)
{
    const QString own = ownOrUnallocatedCase(caseOf);
    return {
        QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
        QStringLiteral("CREATE POLICY %1_read ON %1 FOR SELECT TO foi_officer, foi_reviewer, "
                       "foi_manager USING (true)")
            .arg(table),
        QStringLiteral("CREATE POLICY %1_officer ON %1 FOR ALL TO foi_officer USING %2 "
                       "WITH CHECK %2")
            .arg(table, own),
        QStringLiteral("CREATE POLICY %1_all ON %1 FOR ALL TO %2 USING (true) WITH CHECK (true)")
            .arg(table, writesAll),
    };
}

// Version 7 (issue 20 point 4): version 5's rule for the cases table, that an officer changes
// only the cases allocated to them or to nobody, now holds for every table of a case's records
// too (its attachments, sent replies, reviews, released files, title, requester keys, disclosure
// log entries and statistics), so that no direct INSERT gets round it. And the tables later
// versions add get version 5's grants by default: each upgrade from this one on runs as
// foi_administrator (PostgresMigrations::upgrade), whose new tables these default privileges
// cover.
QStringList caseRecordSecurity()
{
    QStringList statements;
    for (const char *table :
         {"attachments", "sent_replies", "case_titles", "requester_keys", "disclosure_log_entries",
          "case_statistics", "case_statistics_exemptions", "case_statistics_reviews"})
        statements += caseRecordPolicies(QLatin1String(table),
                                         QLatin1String(table) + QStringLiteral(".case_id"),
                                         QStringLiteral("foi_manager"));
    for (const char *table : {"review_exports", "review_decisions"})
        statements += caseRecordPolicies(QLatin1String(table),
                                         QLatin1String(table) + QStringLiteral(".case_id"),
                                         QStringLiteral("foi_manager, foi_reviewer"));
    // A released file belongs to its case through the attachment it is.
    for (const char *table : {"release_files", "release_scans", "release_resolutions"})
        statements += caseRecordPolicies(
            QLatin1String(table),
            QStringLiteral("(SELECT a.case_id FROM attachments a WHERE a.id = %1.attachment_id)")
                .arg(QLatin1String(table)),
            QStringLiteral("foi_manager"));
    statements.append(QStringLiteral(
        "DO $$ BEGIN "
        "EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE foi_administrator IN SCHEMA %I "
        "GRANT SELECT ON TABLES TO foi_officer, foi_reviewer, foi_manager', current_schema()); "
        "EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE foi_administrator IN SCHEMA %I "
        "GRANT INSERT, UPDATE, DELETE ON TABLES TO foi_officer, foi_manager', "
        "current_schema()); "
        "EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE foi_administrator IN SCHEMA %I "
        "GRANT USAGE ON SEQUENCES TO foi_officer, foi_reviewer, foi_manager', "
        "current_schema()); END $$"));
    return statements;
}

// The first version whose statements run as foi_administrator (see caseRecordSecurity).
constexpr int firstVersionAsAdministrator = 7;

// The key of the advisory lock an upgrade holds ('FOIM'), apart from the audit head's.
constexpr qint64 upgradeLockKey = 0x464F494D;

} // namespace

int PostgresMigrations::latestVersion()
{
    return 7;
}

QStringList PostgresMigrations::statements(int version)
{
    switch (version) {
    case 1:
        return auditTrail() + cases() + reviewsAndReleases() + authorityLogAndStatistics();
    case 2:
        return languageColumn();
    case 3:
        return welshSearchVector();
    case 4:
        return teamColumns();
    case 5:
        return teamRoles();
    case 6:
        return caseChangeNotices();
    case 7:
        return caseRecordSecurity();
    default:
        return {};
    }
}

Result<int> PostgresMigrations::currentVersion(StoreConnection &connection)
{
    const QString what = QStringLiteral("reading the store's version");
    Result<std::optional<QVariantList>> exists = connection.selectRow(
        QStringLiteral("SELECT to_regclass('store_meta') IS NOT NULL"), {}, what);
    if (!exists)
        return exists.error();
    if (!*exists || !(**exists).at(0).toBool())
        return 0;
    Result<std::optional<QVariantList>> row =
        connection.selectRow(QStringLiteral("SELECT value FROM store_meta WHERE key = ?"),
                             {QStringLiteral("schema_version")}, what);
    if (!row)
        return row.error();
    return *row ? (**row).at(0).toInt() : 0;
}

Status PostgresMigrations::upgrade(StoreConnection &connection, int target)
{
    for (;;) {
        WriteTransaction transaction(connection);
        if (Status status = transaction.begin(); !status)
            return status;
        // Another workbench upgrading the same database at once waits here, then finds the
        // version it reached.
        if (Status locked = connection.run(
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(upgradeLockKey), {},
                QStringLiteral("waiting for another upgrade of the store"));
            !locked)
            return locked;
        Result<int> current = currentVersion(connection);
        if (!current)
            return current.error();
        if (*current > latestVersion()) {
            return Error::make(StoreErrorCode::NewerSchema,
                               QStringLiteral("The team store was written by a newer FOI "
                                              "Workbench (store version %1; this one knows up to "
                                              "%2). Use the newer workbench for it.")
                                   .arg(*current)
                                   .arg(latestVersion()));
        }
        if (*current >= target)
            return success();
        const int version = *current + 1;
        const QString what = QStringLiteral("upgrading the team store to version %1").arg(version);
        // What the upgrade makes belongs to the schema's owner, with its default privileges,
        // whichever administrator's login runs it; SET LOCAL ends with the transaction.
        if (version >= firstVersionAsAdministrator) {
            if (Status status =
                    connection.run(QStringLiteral("SET LOCAL ROLE foi_administrator"), {}, what);
                !status)
                return status;
        }
        for (const QString &sql : statements(version)) {
            if (Status status = connection.run(sql, {}, what); !status)
                return status;
        }
        if (Status status = connection.run(
                QStringLiteral("INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT "
                               "(key) DO UPDATE SET value = excluded.value"),
                {QStringLiteral("schema_version"), QString::number(version)}, what);
            !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
    }
}

} // namespace foi::core
