#pragma once

#include "core/store/StoreDialect.h"

#include <QString>
#include <QStringList>

namespace foi::core {

// THE POSTGRESQL-ONLY PART OF THE STORE (issue 20), the team store's counterpart of
// SqliteDialect: how PostgreSQL's failures map onto the store's errors, the settings every
// connection to a team store runs with, and the StoreDialect calls for PostgreSQL 15: search
// over the cases' tsvector column (PostgresMigrations), the audit chain's head held by an
// advisory lock, no planner hints.
class PostgresDialect final : public StoreDialect
{
public:
    enum class Failure {
        Unreachable,     // no server at the address, or the connection was lost (class 08, 57P0x)
        AccessDenied,    // the server refused the login (class 28)
        MissingDatabase, // the database the address names does not exist (3D000)
        Forbidden,       // the officer's role may not do this (42501)
        ReadOnly,        // a read-only session or a standby server (25006)
        Conflict,        // another officer's transaction got there first (40001, 40P01, 55P03)
        Corrupt,         // the server reports damaged data (XX001, XX002)
        Interrupted,     // a statement cancelled on purpose (57014)
        Other
    };

    // Sorts a SQLSTATE (PostgreSQL 15 manual, Appendix A) into the failures the store reports
    // differently.
    static Failure classify(const QString &sqlState);

    // Sorts a failure to connect, which libpq reports as text only (Qt's driver has no SQLSTATE
    // before a session exists). Reads libpq's own English wording; anything else is Other.
    static Failure classifyConnectionFailure(const QString &message);

    // The libpq options for a connection besides the address's own (sslmode): the program's
    // name in pg_stat_activity, a bounded wait for an unreachable server, and keepalives that
    // notice a dropped network (issue 20 point 6).
    static QString connectionOptions(const QString &sslMode);

    // Run on every new connection: UTC for timestamps, UTF-8, and a read-only session when
    // the connection only reads.
    static QStringList sessionSettings(bool readOnly);

    // The LISTEN/NOTIFY channel on which the server announces each committed change to the
    // cases table (PostgresMigrations version 6), for open case lists to read again.
    static QString casesChangedChannel() { return QStringLiteral("foi_cases_changed"); }

    // Seconds libpq waits for a server before giving up.
    static constexpr int connectTimeoutSeconds = 5;

    // The key of the transaction-scoped advisory lock that serialises audit appends ('FOIW').
    static constexpr qint64 auditHeadLockKey = 0x464F4957;
    // How many of the newest matches a search ranks, as on SQLite.
    static constexpr int candidateLimit = 2000;

    // Every word typed must match, in the english configuration (stemmed) or the simple one
    // (the word as written: text not in English, and a prefix typed past the stem); the last
    // word is a prefix (to_tsquery's :*). Ranked by ts_rank over the whole words, negated so
    // that lower is better as with SQLite's bm25.
    Statement caseSearch(const QString &typed, int limit) const override;
    // Matches the request and questions only: their lexemes carry weight C (PostgresMigrations).
    Statement similarCases(const QStringList &words, qint64 caseId, const QString &received,
                           int limit) const override;
    Statement countCaseMatches(const QString &word, qint64 from, qint64 to) const override;
    // Moves the GIN index's pending list into the index proper.
    QString tidyCaseIndexSql(qint64 imported, qint64 stored) const override;
    // VACUUM of the tables an erasure changes, so that the erased rows' old versions are
    // removed (outside any transaction; the store's owner runs it).
    [[nodiscard]] Status purgeErasedTraces(StoreConnection &connection) const override;
    // pg_advisory_xact_lock(auditHeadLockKey): held until the write transaction ends.
    [[nodiscard]] Status lockAuditHead(StoreConnection &connection) const override;
    // BEGIN (read committed: each statement sees what others committed before it), lower(),
    // no hints (the planner has statistics), a plain JOIN, the `position` column.
    QString beginWrite() const override;
    QString caseBlind(const QString &expression) const override;
    QString notSought(const QString &expression) const override;
    QString from(const QString &table, const QString &alias, const QString &index) const override;
    QString joinInOrder() const override;
    QString insertionOrder() const override;
    QString copiedColumnsSql() const override;
    QString resumeNumberingSql(const QString &table) const override;
};

} // namespace foi::core
