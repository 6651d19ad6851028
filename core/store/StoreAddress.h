#pragma once

#include "core/support/Result.h"

#include <QString>

namespace foi::core {

// Which case store to open, as the officer names it with --store or File ▸ Open case store:
// a SQLite file on this computer (one officer; the default) or a PostgreSQL database on the
// team's server, written as libpq's URI, postgresql://[user@]host[:port]/database[?sslmode=…].
// A password is refused in the address: it would sit in shell histories, process lists and
// settings. libpq finds it in ~/.pgpass or the file PGPASSFILE names (issue 20 point 1).
class StoreAddress
{
public:
    enum class Kind { LocalFile, TeamServer };

    // The default PostgreSQL port, used when the address names none.
    static constexpr int defaultPort = 5432;

    // Reads `text`. Anything without a "scheme://" is a file path. Errors say what is wrong
    // with the address and how to write it, under codes "store.address.*".
    [[nodiscard]] static Result<StoreAddress> parse(const QString &text);

    // The address of the store file at `path` (which parse() would also give for it).
    static StoreAddress file(const QString &path);

    Kind kind() const { return m_kind; }
    bool isTeamServer() const { return m_kind == Kind::TeamServer; }

    // For a local file: its path as given.
    const QString &filePath() const { return m_filePath; }

    // For a team server.
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    // Empty when the address names no user: libpq then uses PGUSER or the login name.
    const QString &user() const { return m_user; }
    const QString &database() const { return m_database; }
    // libpq's sslmode; "prefer" (TLS when the server offers it) when the address names none.
    const QString &sslMode() const { return m_sslMode; }

    // The options Qt's QPSQL driver passes on to libpq (QSqlDatabase::setConnectOptions).
    QString connectOptions() const;
    // The address as libpq's keyword/value connection string ("host='…' port=… dbname='…'"),
    // for pg_dump and pg_restore's --dbname; never a password.
    QString libpqConnectionString() const;
    // The address in the form the officer typed it (normalised), safe to show and to log.
    QString display() const;

private:
    StoreAddress() = default;

    Kind m_kind = Kind::LocalFile;
    QString m_filePath;
    QString m_host;
    int m_port = defaultPort;
    QString m_user;
    QString m_database;
    QString m_sslMode;
};

} // namespace foi::core
