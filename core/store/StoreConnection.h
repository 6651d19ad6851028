#pragma once

#include "core/support/Result.h"

#include "core/store/StoreAddress.h"
#include "core/store/StoreDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

namespace foi::core {

// One named Qt Sql connection to a store file, used only on the thread that opened it.
// Opening applies the per-connection pragmas (SqliteDialect); every statement goes through
// run() or select(), which check the result and turn a failure into an Error whose detail
// holds the SQL error. Removes its connection from Qt's registry when destroyed.
//
// A team store's connection finds its way back after the server restarts or the network drops
// it (issue 20 point 6): a statement that fails with StoreErrorCode::Unreachable outside a write
// transaction reconnects (same address and options, the session settings again, no prepared
// statement kept, the LISTEN channels subscribed again) and, when it changes nothing, runs once
// more. Inside a write transaction the transaction fails as a whole with Unreachable, and the
// next statement after it reconnects. Gives up on a server that does not answer after libpq's
// connect_timeout (5 s) when connecting, and on a silent network after about 30 s (keepalives,
// tcp_user_timeout: PostgresDialect::connectionOptions).
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

    // How many times this connection has reconnected to its server since it was opened.
    int reconnections() const { return m_reconnections; }

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
    // Opens the team store's QSqlDatabase (set up by openServer) and applies the session
    // settings; Unreachable, AccessDenied or Missing when it cannot.
    [[nodiscard]] Status connectToServer(const QString &doing);
    // On a team store whose session was lost, outside a write transaction: closes the
    // connection, forgets the prepared statements, connects again and listens again on the lost
    // session's channels.
    [[nodiscard]] Status reconnect(const QString &doing);
    // Runs `attempt` (a statement), reconnecting first when the session is known to be lost;
    // when it fails because the session was lost, reconnects and runs it once more if `sql`
    // changes nothing, so that a statement that may have reached the server is never made
    // twice. Inside a write transaction it never reconnects: the transaction fails.
    template<typename Attempt>
    auto withReconnect(const QString &sql, const QString &what, Attempt attempt)
        -> decltype(attempt());
    // errorFrom, naming this connection's server when it cannot be reached.
    Error failure(const QSqlQuery &query, const QString &what) const;
    Status runOnce(const QString &sql, const QVariantList &values, const QString &what);
    Result<std::optional<QVariantList>>
    selectRowOnce(const QString &sql, const QVariantList &values, const QString &what);
    Result<QSqlQuery> selectOnce(const QString &sql, const QVariantList &values,
                                 const QString &what);
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
    // The team store's server as host:port, for messages saying which server is unreachable.
    QString m_server;
    int m_reconnections = 0;
    // The LISTEN channels of the lost session, subscribed again on reconnecting.
    QStringList m_channels;
    // True after a reconnect that found no server: the connection is closed until one succeeds.
    bool m_awaitingServer = false;
    Transaction m_transaction = Transaction::None;
};

} // namespace foi::core
