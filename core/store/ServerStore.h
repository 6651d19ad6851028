#pragma once

#include "core/store/AuditTrail.h"
#include "core/store/StoreAddress.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreRepositories.h"
#include "core/support/Result.h"

#include <memory>

namespace foi::core {

// A team's case store in a PostgreSQL database (issue 20): the same repositories as the
// officer's file (StoreRepositories) over a server connection, with the schema of
// PostgresMigrations. It has none of the file's own parts (integrity checks, quarantine, SQLite
// backups, the network-share refusal): the server keeps its data sound, and pg_dump backs it up.
// Opening fails with StoreErrorCode::Unreachable, AccessDenied or Missing (the connection's),
// NotInitialised when the database has no store yet (initialise() makes one), and NewerSchema
// when a newer workbench wrote it; each message says what to do. Used on the thread that opened it.
class ServerStore
{
public:
    ~ServerStore();

    // Opens the store in the database `address` names, which initialise() has prepared; a
    // store of an older version is upgraded (not when read-only).
    [[nodiscard]] static Result<std::unique_ptr<ServerStore>>
    open(const StoreAddress &address, StoreConnection::Access access, Clock clock);

    // Creates the store's schema in the database `address` names, which must be empty (no
    // table of its own) or a store already (then it is brought up to date). Refuses a database
    // holding other tables (StoreErrorCode::NotEmpty), leaving it untouched.
    [[nodiscard]] static Status initialise(const StoreAddress &address);

    // The team's group roles (PostgresMigrations version 5), by the word an IT department types:
    // "officer", "reviewer", "manager" or "administrator" (foi_officer, ...).
    static QStringList roleWords();
    // Grants the group role `role` (one of roleWords()) to the login role `login`, which must
    // exist already on the server (createuser). Fails with StoreErrorCode::Invalid for another
    // word or an unknown login, and with the connection's errors (Forbidden when the login
    // running it may not grant the role: it needs CREATEROLE or the role's admin option).
    [[nodiscard]] static Status grantRole(const StoreAddress &address, const QString &role,
                                          const QString &login);

    // The address, never a password.
    const QString &address() const { return m_connection->path(); }
    StoreRepositories &repositories() { return *m_repositories; }
    const StoreRepositories &repositories() const { return *m_repositories; }

private:
    ServerStore(std::unique_ptr<StoreConnection> connection, const Clock &clock);

    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<StoreRepositories> m_repositories;
};

} // namespace foi::core
