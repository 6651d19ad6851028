#include "core/store/ServerStore.h"

#include "core/store/PostgresMigrations.h"
#include "core/support/StoreErrorCode.h"

#include <QVariant>

namespace foi::core {

ServerStore::ServerStore(std::unique_ptr<StoreConnection> connection, const Clock &clock)
    : m_connection(std::move(connection))
    , m_repositories(std::make_unique<StoreRepositories>(*m_connection, clock))
{}

ServerStore::~ServerStore() = default;

Result<std::unique_ptr<ServerStore>> ServerStore::open(const StoreAddress &address,
                                                       StoreConnection::Access access, Clock clock)
{
    Result<std::unique_ptr<StoreConnection>> connection =
        StoreConnection::openServer(address, access);
    if (!connection)
        return connection.error();
    Result<int> version = PostgresMigrations::currentVersion(**connection);
    if (!version)
        return version.error();
    if (*version == 0) {
        return Error::make(StoreErrorCode::NotInitialised,
                           QStringLiteral("The database %1 holds no case store yet. Ask the "
                                          "store's administrator to run \"foi-workbench-cli "
                                          "--store %1 store init\" once, then open it again.")
                               .arg(address.display()));
    }
    if (*version != PostgresMigrations::latestVersion() &&
        access == StoreConnection::Access::ReadOnly) {
        return Error::make(StoreErrorCode::NewerSchema,
                           QStringLiteral("The team store %1 is of version %2 and this workbench "
                                          "reads version %3. Open it with a workbench of its "
                                          "version, or open it normally to upgrade it.")
                               .arg(address.display())
                               .arg(*version)
                               .arg(PostgresMigrations::latestVersion()));
    }
    if (access == StoreConnection::Access::ReadWrite) {
        if (Status upgraded = PostgresMigrations::upgrade(**connection); !upgraded)
            return upgraded.error();
    }
    return std::unique_ptr<ServerStore>(
        new ServerStore(std::move(connection).value(), std::move(clock)));
}

QStringList ServerStore::roleWords()
{
    return {QStringLiteral("officer"), QStringLiteral("reviewer"), QStringLiteral("manager"),
            QStringLiteral("administrator")};
}

Status ServerStore::grantRole(const StoreAddress &address, const QString &role,
                              const QString &login)
{
    if (!roleWords().contains(role)) {
        return Error::make(StoreErrorCode::Invalid,
                           QStringLiteral("\"%1\" is not one of the team store's roles: use %2.")
                               .arg(role, roleWords().join(QStringLiteral(", "))));
    }
    Result<std::unique_ptr<StoreConnection>> connection =
        StoreConnection::openServer(address, StoreConnection::Access::ReadWrite);
    if (!connection)
        return connection.error();
    Result<std::optional<QVariantList>> found =
        (*connection)
            ->selectRow(
                QStringLiteral("SELECT rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = ?"),
                {login}, QStringLiteral("looking for the login %1").arg(login));
    if (!found)
        return found.error();
    if (!*found || !(**found).at(0).toBool()) {
        return Error::make(StoreErrorCode::Invalid,
                           QStringLiteral("There is no login role \"%1\" on the server. Create "
                                          "it first (sudo -u postgres createuser %1), then grant "
                                          "it the role.")
                               .arg(login));
    }
    // A role's name cannot be bound: it is quoted as an identifier ("" for a " within it).
    QString quoted = login;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return (*connection)
        ->run(QStringLiteral("GRANT foi_%1 TO \"%2\"").arg(role, quoted), {},
              QStringLiteral("granting the %1 role to %2").arg(role, login));
}

Status ServerStore::initialise(const StoreAddress &address)
{
    Result<std::unique_ptr<StoreConnection>> connection =
        StoreConnection::openServer(address, StoreConnection::Access::ReadWrite);
    if (!connection)
        return connection.error();
    Result<int> version = PostgresMigrations::currentVersion(**connection);
    if (!version)
        return version.error();
    if (*version == 0) {
        // Someone else's tables: the store is not made among them.
        Result<std::optional<QVariantList>> tables =
            (*connection)
                ->selectRow(
                    QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                                   "current_schema()"),
                    {}, QStringLiteral("looking for tables in the database"));
        if (!tables)
            return tables.error();
        if (*tables && (**tables).at(0).toLongLong() > 0) {
            return Error::make(StoreErrorCode::NotEmpty,
                               QStringLiteral("The database %1 already holds other tables, so no "
                                              "case store was made in it. Create an empty "
                                              "database for the team store (createdb) and name "
                                              "that one.")
                                   .arg(address.display()));
        }
    }
    return PostgresMigrations::upgrade(**connection);
}

} // namespace foi::core
