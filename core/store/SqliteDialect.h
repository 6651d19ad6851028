#pragma once

#include "core/store/StoreDialect.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace foi::core {

// THE SQLITE-ONLY PART OF THE STORE. Everything that only SQLite understands lives here:
// connection pragmas, the file header, the FTS5 index and its query syntax, integrity checks,
// WAL checkpoints and the online backup API on the driver's native handle. The repositories
// use portable SQL plus the StoreDialect calls, which this class answers for SQLite (and
// PostgresDialect for a team store); the static calls are the file's own (pragmas, checks,
// backups) and serve only the SQLite store.
class SqliteDialect final : public StoreDialect
{
public:
    // Marks a file as a FOI Workbench store (PRAGMA application_id): 'FOIW'.
    static constexpr int applicationId = 0x464F4957;

    // How many of the newest matches a search ranks (see caseSearch).
    static constexpr int candidateLimit = 2000;

    enum class Failure { Busy, ReadOnly, Corrupt, Interrupted, Other };
    // Sorts a primary SQLite result code into the failures the store reports differently.
    static Failure classify(int primaryResultCode);

    // Run on every new connection: foreign keys, recursive triggers (so that INSERT OR REPLACE
    // fires the audit trail's DELETE guard), secure delete, full sync, and WAL for writers.
    static QStringList connectionPragmas(bool readOnly);

    // True when `header` (the first 16 bytes of a file) is SQLite's magic string.
    static bool isSqliteHeader(const QByteArray &header);
    // The size the header of a SQLite file says the file has (page size x page count), or -1
    // when the header does not record it reliably.
    static qint64 declaredFileSize(const QByteArray &first100Bytes);

    // The full-text index over cases (external content on the cases table, kept in step by
    // triggers), as the migration that adds it runs it.
    // The columns the full-text index covers: before migration 12, and since.
    enum class IndexedText { UpToVersion10, WithReasonsAndEmail };
    static QStringList createCaseIndexStatements(IndexedText columns);
    // Drops the index and its triggers and makes them again as above, from the cases table:
    // for a migration that changes how the index is built.
    static QStringList rebuildCaseIndexStatements(IndexedText columns);
    // Migration 19: the cases in Welsh or both languages leave case_index (Porter's English
    // stemmer) for case_index_cy (the same columns, words as written), and the triggers keep
    // each case in the one its language picks.
    static QStringList welshCaseIndexStatements();
    // An FTS5 query matching any of `terms`, each quoted so that none can be a syntax error
    // (similar-request lookup).
    static QString anyOfExpression(const QStringList &terms);
    // What an officer typed as a search of case_index (English cases, stemmed) and
    // case_index_cy (Welsh and bilingual cases, words as written, each word also in its
    // mutated forms: WelshMutations) for at most `limit` cases, best first (bm25, SQLite's
    // ranking function, each case scored in its own index); an empty `sql` when nothing is
    // searchable.
    Statement caseSearch(const QString &typed, int limit) const override;
    Statement similarCases(const QStringList &words, qint64 caseId, const QString &received,
                           int limit) const override;
    Statement countCaseMatches(const QString &word, qint64 from, qint64 to) const override;
    // 'optimize' (one segment) when the import is at least a quarter of the store, else a
    // bounded merge whose cost does not grow with it.
    QString tidyCaseIndexSql(qint64 imported, qint64 stored) const override;
    // Rebuilds the FTS5 b-tree and empties the WAL (secure_delete blanks the freed pages).
    [[nodiscard]] Status purgeErasedTraces(StoreConnection &connection) const override;
    // BEGIN IMMEDIATE already holds the file's one write lock: nothing more to do.
    [[nodiscard]] Status lockAuditHead(StoreConnection &connection) const override;
    // BEGIN IMMEDIATE, COLLATE NOCASE, INDEXED BY, the unary +, CROSS JOIN and the rowid.
    QString beginWrite() const override;
    QString caseBlind(const QString &expression) const override;
    QString notSought(const QString &expression) const override;
    QString from(const QString &table, const QString &alias, const QString &index) const override;
    QString joinInOrder() const override;
    QString insertionOrder() const override;
    QString copiedColumnsSql() const override;
    QString resumeNumberingSql(const QString &table) const override;
    // The FTS5 expression for a word still being typed: its prefix, or a whole word it may be
    // the start of, so that a prefix typed past the stem still finds it (see the .cpp).
    static QString prefixExpression(const QString &typed);
    // Earlier cases matching any of the words of their request and questions (binds: match
    // expression, the case's own id (only cases logged before it count), its date of receipt,
    // limit).
    static QString similarCasesSql();
    // How many cases with an id in [from, to) use the words of a match expression in their
    // request or questions, as similarCasesSql() matches them (binds: expression, from, to).
    static QString countCaseMatchesSql();
    // Rebuilds the FTS5 b-tree so that no deleted token (erased personal data) survives in it.
    static QString optimiseCaseIndexSql();
    // The same for the index of the Welsh and bilingual cases (migration 19).
    static QString optimiseWelshCaseIndexSql();
    // PRAGMA data_version: a number that changes when another connection (another process, or
    // another connection of this one) commits to the file; this connection's own commits leave
    // it as it was.
    static QString dataVersionSql();

    // PRAGMA quick_check (fast, run on every open) and integrity_check (before a restore):
    // an empty list means the file is sound; otherwise SQLite's complaints.
    [[nodiscard]] static Result<QStringList> checkIntegrity(const QSqlDatabase &db, bool quick);
    // PRAGMA quick_check limited to the b-trees of `tables` (and their indexes): the bounded
    // check a large store gets on open, whose cost does not grow with the number of cases.
    [[nodiscard]] static Result<QStringList> checkTables(const QSqlDatabase &db,
                                                         const QStringList &tables);
    // Asks FTS5 to merge up to `pages` pages of small index segments, so that searches after a
    // bulk import read few segments; bounded work, unlike 'optimize' over the whole index.
    static QString mergeCaseIndexSql(int pages);
    // Copies the WAL into the main file and empties it, so that erased pages leave the -wal.
    [[nodiscard]] static Status checkpoint(const QSqlDatabase &db);
    // Stops whatever `db` is running from any thread (sqlite3_interrupt, which is thread-safe):
    // the statement fails with an error of code StoreErrorCode::Interrupted. The handle is
    // taken on the connection's own thread with nativeHandle() and stays valid while it is open.
    static void *nativeHandle(const QSqlDatabase &db);
    static void interrupt(void *nativeHandle);

    // Told after each step of a backup how many pages are copied of how many; returning false
    // stops the backup (StoreErrorCode::Cancelled).
    using PageProgress = std::function<bool(qint64 copied, qint64 total)>;

    // Online backup of the open store into `target` (a new file), `pagesPerStep` pages at a
    // time, while other readers and writers carry on. The copy is taken in one read transaction
    // of `db` (begun here unless one is open), so writers elsewhere never make it start again.
    // `target` is created owner-only by the caller.
    [[nodiscard]] static Status backupInto(const QSqlDatabase &db, const QString &target,
                                           const PageProgress &progress = {},
                                           int pagesPerStep = 1024);
    // Replaces the open store's content with the SQLite file `source`, through the same API.
    [[nodiscard]] static Status restoreFrom(const QSqlDatabase &db, const QString &source);
};

} // namespace foi::core
