#pragma once

#include <QString>
#include <QStringList>

namespace foi::core {

// THE POSTGRESQL-ONLY PART OF THE STORE (issue 20), the team store's counterpart of
// SqliteDialect: how PostgreSQL's failures map onto the store's errors, and the settings every
// connection to a team store runs with.
class PostgresDialect
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
    // name in pg_stat_activity, and a bounded wait for an unreachable server.
    static QString connectionOptions(const QString &sslMode);

    // Run on every new connection: UTC for timestamps, UTF-8, and a read-only session when
    // the connection only reads.
    static QStringList sessionSettings(bool readOnly);

    // Seconds libpq waits for a server before giving up.
    static constexpr int connectTimeoutSeconds = 5;
};

} // namespace foi::core
