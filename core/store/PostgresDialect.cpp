#include "PostgresDialect.h"

namespace foi::core {

PostgresDialect::Failure PostgresDialect::classify(const QString &sqlState)
{
    if (sqlState.isEmpty())
        return Failure::Other;
    if (sqlState.startsWith(QLatin1String("08")) || sqlState == QLatin1String("57P01") ||
        sqlState == QLatin1String("57P02") || sqlState == QLatin1String("57P03"))
        return Failure::Unreachable;
    if (sqlState.startsWith(QLatin1String("28")))
        return Failure::AccessDenied;
    if (sqlState == QLatin1String("3D000"))
        return Failure::MissingDatabase;
    if (sqlState == QLatin1String("42501"))
        return Failure::Forbidden;
    if (sqlState == QLatin1String("25006"))
        return Failure::ReadOnly;
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01") ||
        sqlState == QLatin1String("55P03"))
        return Failure::Conflict;
    if (sqlState == QLatin1String("XX001") || sqlState == QLatin1String("XX002"))
        return Failure::Corrupt;
    if (sqlState == QLatin1String("57014"))
        return Failure::Interrupted;
    return Failure::Other;
}

PostgresDialect::Failure PostgresDialect::classifyConnectionFailure(const QString &message)
{
    // The wording of libpq 15 (fe-connect.c) and of the server's FATAL messages in its default
    // English; a server set to another language falls through to Other, which still shows the
    // server's own words.
    if (message.contains(QLatin1String("does not exist")) &&
        message.contains(QLatin1String("database")))
        return Failure::MissingDatabase;
    // "authentication failed" covers password, peer and ident alike.
    if (message.contains(QLatin1String("authentication failed")) ||
        message.contains(QLatin1String("no password supplied")) ||
        message.contains(QLatin1String("no pg_hba.conf entry")) ||
        (message.contains(QLatin1String("role")) &&
         message.contains(QLatin1String("does not exist"))))
        return Failure::AccessDenied;
    if (message.contains(QLatin1String("Connection refused")) ||
        message.contains(QLatin1String("could not translate host name")) ||
        message.contains(QLatin1String("timeout expired")) ||
        message.contains(QLatin1String("No route to host")) ||
        message.contains(QLatin1String("Network is unreachable")) ||
        message.contains(QLatin1String("server closed the connection")) ||
        message.contains(QLatin1String("the database system is starting up")) ||
        message.contains(QLatin1String("the database system is shutting down")))
        return Failure::Unreachable;
    return Failure::Other;
}

QString PostgresDialect::connectionOptions(const QString &sslMode)
{
    return QStringLiteral("sslmode=%1;connect_timeout=%2;application_name=foi-workbench")
        .arg(sslMode)
        .arg(connectTimeoutSeconds);
}

QStringList PostgresDialect::sessionSettings(bool readOnly)
{
    QStringList settings{QStringLiteral("SET TIME ZONE 'UTC'"),
                         QStringLiteral("SET client_encoding TO 'UTF8'")};
    if (readOnly)
        settings.append(QStringLiteral("SET default_transaction_read_only TO on"));
    return settings;
}

} // namespace foi::core
