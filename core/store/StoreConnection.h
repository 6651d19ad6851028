#pragma once

#include "core/support/Result.h"

#include "core/store/StoreAddress.h"
#include "core/store/StoreDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace foi::core {

// One named Qt Sql connection to a store file, used only on the thread that opened it.
// Opening applies the per-connection pragmas (SqliteDialect); every statement goes through
// run() or select(), which check the result and turn a failure into an Error whose detail
// holds the SQL error. Removes its connection from Qt's registry when destroyed.
class StoreConnection
{
public:
    enum class Access { ReadWrite, ReadOnly };

    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;
    ~StoreConnection();

    // Opens `path` (which must exist; the caller creates it owner-only first) and applies the
    // pragmas. Fails with StoreErrorCode::Locked when another program holds the file.
    [[nodiscard]] static Result<std::unique_ptr<StoreConnection>>
    open(const QString &path, Access access, int busyTimeoutMs);
    // Connects to the PostgreSQL database a team store address names, through Qt's QPSQL
    // driver, and applies PostgresDialect's session settings. The password, if the server wants
    // one, comes from libpq's own ~/.pgpass or PGPASSFILE. Fails with StoreErrorCode::Unreachable,
    // AccessDenied or Missing, each saying what to check.
    [[nodiscard]] static Result<std::unique_ptr<StoreConnection>>
    openServer(const StoreAddress &address, Access access);

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    const QString &path() const { return m_path; }
    // A team store's connection (PostgreSQL) rather than a file's.
    bool isOnServer() const { return m_onServer; }
    Access access() const { return m_access; }
    // The SQL of this connection's back end (SqliteDialect for a file, PostgresDialect for a
    // team store), for the repositories built over it.
    const StoreDialect &dialect() const;

    // Runs one statement that returns no rows we need. `what` says in words what was being done.
    [[nodiscard]] Status run(const QString &sql, const QVariantList &values = {},
                             const QString &what = {});
    // Prepares and runs one forward-only SELECT; the caller reads it with next().
    [[nodiscard]] Result<QSqlQuery> select(const QString &sql, const QVariantList &values = {},
                                           const QString &what = {});

    // Runs one SELECT that gives at most one row and returns that row's values (nothing when
    // there is no row), reusing the prepared statement like run(): for the lookups a save makes.
    [[nodiscard]] Result<std::optional<QVariantList>>
    selectRow(const QString &sql, const QVariantList &values = {}, const QString &what = {});

    // The Error for a failed query, with the SQL error in `detail` and a code chosen from the
    // SQLite result code or PostgreSQL's SQLSTATE, by the query's driver (locked, read-only,
    // corrupt, or plain sql; unreachable, forbidden for a team store).
    static Error errorFrom(const QSqlQuery &query, const QString &what);

private:
    // The write transaction open on this connection, kept by WriteTransaction so that one begun
    // inside another joins it.
    friend class WriteTransaction;
    enum class Transaction { None, Open, MustRollBack };

    StoreConnection(QString name, QString path, Access access);
    // The prepared statement for `sql`, prepared on first use.
    [[nodiscard]] Result<QSqlQuery *> prepared(const QString &sql, const QString &what);
    // True when `sql` with `values` should run unprepared: on PostgreSQL, which can PREPARE
    // only queries and data changes, a statement binding nothing (DDL, SET, SHOW) runs as it is.
    bool runsUnprepared(const QVariantList &values) const;
    // Runs `sql` unprepared; the query, for its rows or its error.
    QSqlQuery runDirectly(const QString &sql, bool *ran) const;

    QString m_name;
    QString m_path;
    // Statements run() has prepared, by their SQL: an import runs the same few thousands of
    // times, and preparing costs more than running.
    QHash<QString, QSqlQuery> m_prepared;
    Access m_access;
    // A team store's connection (QPSQL) rather than a file's (QSQLITE).
    bool m_onServer = false;
    Transaction m_transaction = Transaction::None;
};

} // namespace foi::core
