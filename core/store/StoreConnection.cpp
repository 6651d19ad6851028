#include "core/store/StoreConnection.h"

#include "core/store/PostgresDialect.h"
#include "core/store/SqliteDialect.h"
#include "core/support/StoreErrorCode.h"

#include <QAtomicInteger>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

namespace foi::core {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("foi-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The Error for a PostgreSQL failure sorted by PostgresDialect; `address`, when known, names
// the store, and `server` (host:port) the server that cannot be reached.
Error postgresError(PostgresDialect::Failure failure, const QString &doing, const QString &address,
                    const QString &server, const QString &detail)
{
    const QString where = address.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(address);
    using Failure = PostgresDialect::Failure;
    switch (failure) {
    case Failure::Unreachable:
        return Error::make(
            StoreErrorCode::Unreachable,
            QStringLiteral("The team store's server%1 cannot be reached, so %2 "
                           "could not finish. Check the network, or ask IT whether "
                           "the server is running; the store connects again by "
                           "itself once it answers.")
                .arg(server.isEmpty() ? QString() : QStringLiteral(" at ") + server, doing),
            detail);
    case Failure::AccessDenied:
        return Error::make(
            StoreErrorCode::AccessDenied,
            QStringLiteral("The team store's server%1 did not accept your login. Check the user "
                           "name in the address and your password in ~/.pgpass "
                           "(or the file PGPASSFILE names), or ask IT for access.")
                .arg(where),
            detail);
    case Failure::MissingDatabase:
        return Error::make(
            StoreErrorCode::Missing,
            QStringLiteral("The team store's server%1 has no such database. Check the name "
                           "after the last / of the address.")
                .arg(where),
            detail);
    case Failure::Forbidden:
        return Error::make(StoreErrorCode::Forbidden,
                           QStringLiteral("Your role on the team store does not allow this, so "
                                          "%1 was refused. Ask your FOI manager if you need it.")
                               .arg(doing),
                           detail);
    case Failure::ReadOnly:
        return Error::make(StoreErrorCode::ReadOnly,
                           QStringLiteral("The team store is open read-only, so %1 could not "
                                          "finish.")
                               .arg(doing),
                           detail);
    case Failure::Conflict:
        return Error::make(StoreErrorCode::Locked,
                           QStringLiteral("Another officer's change reached the team store at "
                                          "the same moment, so %1 could not finish. Nothing was "
                                          "lost: try again.")
                               .arg(doing),
                           detail);
    case Failure::Corrupt:
        return Error::make(StoreErrorCode::Corrupt,
                           QStringLiteral("The team store's server reports damaged data, so %1 "
                                          "could not finish. Tell IT: the server's backups are "
                                          "the way back.")
                               .arg(doing),
                           detail);
    case Failure::Interrupted:
        return Error::make(StoreErrorCode::Interrupted,
                           QStringLiteral("Stopped %1: a newer request replaced it.").arg(doing),
                           detail);
    case Failure::Other:
        break;
    }
    return Error::make(StoreErrorCode::Sql,
                       QStringLiteral("The team store failed while %1.").arg(doing), detail);
}

} // namespace

StoreConnection::StoreConnection(QString name, QString path, Access access)
    : m_name(std::move(name))
    , m_path(std::move(path))
    , m_access(access)
{}

StoreConnection::~StoreConnection()
{
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<StoreConnection>> StoreConnection::open(const QString &path, Access access,
                                                               int busyTimeoutMs)
{
    const QString name = nextConnectionName();
    std::unique_ptr<StoreConnection> connection(new StoreConnection(name, path, access));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (access == Access::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            return Error::make(StoreErrorCode::Sql,
                               QStringLiteral("The case store %1 could not be opened.").arg(path),
                               db.lastError().text());
        }
    }
    for (const QString &pragma : SqliteDialect::connectionPragmas(access == Access::ReadOnly)) {
        if (Status status = connection->run(pragma, {}, QStringLiteral("preparing the store"));
            !status)
            return status.error();
    }
    return connection;
}

Result<std::unique_ptr<StoreConnection>> StoreConnection::openServer(const StoreAddress &address,
                                                                     Access access)
{
    if (!address.isTeamServer())
        return Error::make(
            StoreErrorCode::Invalid,
            QStringLiteral("%1 is a file, not a team store's address.").arg(address.display()));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::make(StoreErrorCode::Unreachable,
                           QStringLiteral("This installation cannot reach a team store: Qt's "
                                          "PostgreSQL driver is missing. Install the Debian "
                                          "package libqt6sql6-psql."));
    const QString name = nextConnectionName();
    std::unique_ptr<StoreConnection> connection(
        new StoreConnection(name, address.display(), access));
    connection->m_onServer = true;
    connection->m_server = QStringLiteral("%1:%2").arg(address.host()).arg(address.port());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host());
        db.setPort(address.port());
        db.setDatabaseName(address.database());
        if (!address.user().isEmpty())
            db.setUserName(address.user());
        db.setConnectOptions(PostgresDialect::connectionOptions(address.sslMode()));
    }
    if (Status connected = connection->connectToServer(QStringLiteral("opening the team store"));
        !connected)
        return connected.error();
    return connection;
}

Status StoreConnection::connectToServer(const QString &doing)
{
    QSqlDatabase db = database();
    if (!db.open()) {
        const QString text = db.lastError().text();
        return postgresError(PostgresDialect::classifyConnectionFailure(text), doing, m_path,
                             m_server, text);
    }
    for (const QString &setting : PostgresDialect::sessionSettings(m_access == Access::ReadOnly)) {
        if (Status status = runOnce(setting, {}, QStringLiteral("preparing the store")); !status)
            return status.error();
    }
    return success();
}

Status StoreConnection::reconnect(const QString &doing)
{
    QSqlDatabase db = database();
    // The channels the lost session listened on (the driver forgets them on close(), so not
    // after a reconnect that failed): a new session listens on none.
    if (!m_awaitingServer)
        m_channels = db.driver()->subscribedToNotifications();
    // Statements prepared in the lost session exist in no other.
    m_prepared.clear();
    db.close();
    m_awaitingServer = true;
    if (Status connected = connectToServer(doing); !connected)
        return connected;
    m_awaitingServer = false;
    for (const QString &channel : std::as_const(m_channels)) {
        if (!db.driver()->subscribeToNotification(channel))
            return Error::make(StoreErrorCode::Unreachable,
                               QStringLiteral("The team store's server at %1 answers again, but "
                                              "changes other officers make will not show until "
                                              "the store is opened again.")
                                   .arg(m_server),
                               QStringLiteral("LISTEN %1 failed: %2")
                                   .arg(channel, db.driver()->lastError().text()));
    }
    ++m_reconnections;
    return success();
}

namespace {

// True when `sql` only reads or sets up the session, so that running it again after a lost
// connection cannot make a change twice.
bool changesNothing(const QString &sql)
{
    static const QStringList harmless{QStringLiteral("SELECT"), QStringLiteral("SHOW"),
                                      QStringLiteral("SET"), QStringLiteral("BEGIN"),
                                      QStringLiteral("START")};
    static const QRegularExpression firstWord(QStringLiteral("^\\s*([A-Za-z]+)"));
    const QRegularExpressionMatch match = firstWord.match(sql);
    return match.hasMatch() && harmless.contains(match.captured(1).toUpper());
}

} // namespace

template<typename Attempt>
auto StoreConnection::withReconnect(const QString &sql, const QString &what, Attempt attempt)
    -> decltype(attempt())
{
    const QString doing = what.isEmpty() ? QStringLiteral("working on the team store") : what;
    // Qt's driver counts a session libpq knows to be lost as closed, and runs nothing on it.
    if (m_onServer && !database().isOpen()) {
        if (m_transaction != Transaction::None)
            return postgresError(PostgresDialect::Failure::Unreachable, doing, {}, m_server,
                                 QStringLiteral("the connection was lost during a change"));
        if (Status back = reconnect(doing); !back)
            return back.error();
    }
    auto result = attempt();
    if (result.ok() || !m_onServer || m_transaction != Transaction::None ||
        result.error().code != StoreErrorCode::Unreachable)
        return result;
    if (Status back = reconnect(doing); !back)
        return result;
    if (!changesNothing(sql))
        return result;
    return attempt();
}

Error StoreConnection::failure(const QSqlQuery &query, const QString &what) const
{
    Error error = errorFrom(query, what);
    if (m_onServer && error.code == StoreErrorCode::Unreachable) {
        const QString doing = what.isEmpty() ? QStringLiteral("working on the team store") : what;
        error =
            postgresError(PostgresDialect::Failure::Unreachable, doing, {}, m_server, error.detail);
    }
    return error;
}

Error StoreConnection::errorFrom(const QSqlQuery &query, const QString &what)
{
    const QSqlError sqlError = query.lastError();
    const QSqlDriver *driver = query.driver();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL) {
        const QString doing = what.isEmpty() ? QStringLiteral("working on the team store") : what;
        const QString detail =
            QStringLiteral("%1 [SQLSTATE %2] in: %3")
                .arg(sqlError.text(), sqlError.nativeErrorCode(), query.lastQuery());
        PostgresDialect::Failure failure = PostgresDialect::classify(sqlError.nativeErrorCode());
        // A lost connection has no SQLSTATE: libpq says so in words.
        if (failure == PostgresDialect::Failure::Other && sqlError.nativeErrorCode().isEmpty())
            failure = PostgresDialect::classifyConnectionFailure(sqlError.text());
        return postgresError(failure, doing, {}, {}, detail);
    }
    const int primary = sqlError.nativeErrorCode().toInt() & 0xff;
    const QString detail = QStringLiteral("%1 [SQLite %2] in: %3")
                               .arg(sqlError.text(), sqlError.nativeErrorCode(), query.lastQuery());
    const QString doing = what.isEmpty() ? QStringLiteral("working on the case store") : what;
    switch (SqliteDialect::classify(primary)) {
    case SqliteDialect::Failure::Busy:
        return Error::make(StoreErrorCode::Locked,
                           QStringLiteral("The case store is in use by another program, so %1 "
                                          "could not finish. Close the other program (or wait for "
                                          "it) and try again.")
                               .arg(doing),
                           detail);
    case SqliteDialect::Failure::ReadOnly:
        return Error::make(StoreErrorCode::ReadOnly,
                           QStringLiteral("The case store cannot be written, so %1 could not "
                                          "finish. Check the file's permissions or open it "
                                          "read-only.")
                               .arg(doing),
                           detail);
    case SqliteDialect::Failure::Corrupt:
        return Error::make(StoreErrorCode::Corrupt,
                           QStringLiteral("The case store is damaged, so %1 could not finish. "
                                          "Open the latest backup.")
                               .arg(doing),
                           detail);
    case SqliteDialect::Failure::Interrupted:
        return Error::make(StoreErrorCode::Interrupted,
                           QStringLiteral("Stopped %1: a newer request replaced it.").arg(doing),
                           detail);
    case SqliteDialect::Failure::Other:
        break;
    }
    return Error::make(StoreErrorCode::Sql,
                       QStringLiteral("The case store failed while %1.").arg(doing), detail);
}

Result<QSqlQuery *> StoreConnection::prepared(const QString &sql, const QString &what)
{
    auto found = m_prepared.find(sql);
    if (found == m_prepared.end()) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return failure(query, what);
        found = m_prepared.emplace(sql, std::move(query));
    }
    return &*found;
}

const StoreDialect &StoreConnection::dialect() const
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    if (m_onServer)
        return postgres;
    return sqlite;
}

bool StoreConnection::runsUnprepared(const QVariantList &values) const
{
    return m_onServer && values.isEmpty();
}

QSqlQuery StoreConnection::runDirectly(const QString &sql, bool *ran) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    *ran = query.exec(sql);
    return query;
}

Status StoreConnection::run(const QString &sql, const QVariantList &values, const QString &what)
{
    return withReconnect(sql, what, [&] { return runOnce(sql, values, what); });
}

Status StoreConnection::runOnce(const QString &sql, const QVariantList &values, const QString &what)
{
    if (runsUnprepared(values)) {
        bool ran = false;
        QSqlQuery query = runDirectly(sql, &ran);
        if (!ran)
            return failure(query, what);
        return success();
    }
    Result<QSqlQuery *> statement = prepared(sql, what);
    if (!statement)
        return statement.error();
    QSqlQuery &query = **statement;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    const bool ran = query.exec();
    query.finish();
    if (!ran) {
        Error error = failure(query, what);
        // A statement can go stale (the schema changed under it): prepare afresh next time.
        m_prepared.remove(sql);
        return error;
    }
    return success();
}

Result<std::optional<QVariantList>>
StoreConnection::selectRow(const QString &sql, const QVariantList &values, const QString &what)
{
    return withReconnect(sql, what, [&] { return selectRowOnce(sql, values, what); });
}

Result<std::optional<QVariantList>>
StoreConnection::selectRowOnce(const QString &sql, const QVariantList &values, const QString &what)
{
    const auto firstRow = [](QSqlQuery &query) {
        std::optional<QVariantList> row;
        if (query.next()) {
            QVariantList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i));
            row = columns;
        }
        query.finish();
        return row;
    };
    if (runsUnprepared(values)) {
        bool ran = false;
        QSqlQuery query = runDirectly(sql, &ran);
        if (!ran)
            return failure(query, what);
        return firstRow(query);
    }
    Result<QSqlQuery *> statement = prepared(sql, what);
    if (!statement)
        return statement.error();
    QSqlQuery &query = **statement;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        Error error = failure(query, what);
        m_prepared.remove(sql);
        return error;
    }
    return firstRow(query);
}

Result<QSqlQuery> StoreConnection::select(const QString &sql, const QVariantList &values,
                                          const QString &what)
{
    return withReconnect(sql, what, [&] { return selectOnce(sql, values, what); });
}

Result<QSqlQuery> StoreConnection::selectOnce(const QString &sql, const QVariantList &values,
                                              const QString &what)
{
    if (runsUnprepared(values)) {
        bool ran = false;
        QSqlQuery query = runDirectly(sql, &ran);
        if (!ran)
            return failure(query, what);
        return query;
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return failure(query, what);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failure(query, what);
    return query;
}

} // namespace foi::core
