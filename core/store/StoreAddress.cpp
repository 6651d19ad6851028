#include "core/store/StoreAddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace foi::core {

namespace {

const QString serverForm = QStringLiteral("postgresql://[user@]host[:port]/database");

// libpq's sslmode values (PostgreSQL 15, "Connection Strings"), weakest first.
const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                              QStringLiteral("prefer"),    QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

Error addressError(const QString &what, const QString &message, const QString &text)
{
    return Error::make(QStringLiteral("store.address.") + what, message,
                       QStringLiteral("store address: ") + text);
}

// The address with any password replaced, so an error never repeats a secret into a log.
QString withoutPassword(const QString &text)
{
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.password().isEmpty())
        return text;
    url.setPassword(QStringLiteral("hidden"));
    return url.toString();
}

} // namespace

StoreAddress StoreAddress::file(const QString &path)
{
    StoreAddress local;
    local.m_kind = Kind::LocalFile;
    local.m_filePath = path;
    return local;
}

Result<StoreAddress> StoreAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return addressError(QStringLiteral("empty"),
                            QStringLiteral("No store was named. Give a file path for a store on "
                                           "this computer, or %1 for a team store.")
                                .arg(serverForm),
                            text);

    static const QRegularExpression schemePrefix(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch scheme = schemePrefix.match(trimmed);
    if (!scheme.hasMatch())
        return file(text);

    const QString schemeName = scheme.captured(1).toLower();
    if (schemeName != QLatin1String("postgresql") && schemeName != QLatin1String("postgres"))
        return addressError(
            QStringLiteral("scheme"),
            QStringLiteral("\"%1\" is not a kind of store the workbench can open. Give a file path "
                           "for a store on this computer, or %2 for a team store on PostgreSQL.")
                .arg(scheme.captured(1), serverForm),
            withoutPassword(trimmed));

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return addressError(QStringLiteral("invalid"),
                            QStringLiteral("The team store address cannot be read (%1). Write it "
                                           "as %2.")
                                .arg(url.errorString(), serverForm),
                            withoutPassword(trimmed));
    if (!url.password().isEmpty())
        return addressError(
            QStringLiteral("password"),
            QStringLiteral("The address holds a password, which would be kept where others can "
                           "read it. Remove it and put it in ~/.pgpass (or the file PGPASSFILE "
                           "names) as host:port:database:user:password, readable only by you."),
            withoutPassword(trimmed));
    if (url.host().isEmpty())
        return addressError(QStringLiteral("host"),
                            QStringLiteral("The address names no server. Write it as %1, for "
                                           "example postgresql://foi-db.example.police.uk/foi.")
                                .arg(serverForm),
                            trimmed);

    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(QLatin1Char('/')))
        database.remove(0, 1);
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        return addressError(QStringLiteral("database"),
                            QStringLiteral("The address must end with the name of one database "
                                           "after the server, as in %1.")
                                .arg(serverForm),
                            trimmed);

    StoreAddress server;
    server.m_kind = Kind::TeamServer;
    server.m_host = url.host();
    server.m_port = url.port(defaultPort);
    server.m_user = url.userName(QUrl::FullyDecoded);
    server.m_database = database;
    server.m_sslMode = QStringLiteral("prefer");

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("sslmode"))
            return addressError(QStringLiteral("parameter"),
                                QStringLiteral("The address sets \"%1\", which the workbench does "
                                               "not take. Only sslmode may follow the database "
                                               "name, as in ?sslmode=require.")
                                    .arg(key),
                                trimmed);
        if (!sslModes.contains(value))
            return addressError(QStringLiteral("sslmode"),
                                QStringLiteral("sslmode \"%1\" is not one libpq knows. Use one of: "
                                               "%2.")
                                    .arg(value, sslModes.join(QStringLiteral(", "))),
                                trimmed);
        server.m_sslMode = value;
    }
    return server;
}

QString StoreAddress::connectOptions() const
{
    if (m_kind != Kind::TeamServer)
        return {};
    return QStringLiteral("sslmode=%1").arg(m_sslMode);
}

QString StoreAddress::libpqConnectionString() const
{
    if (m_kind != Kind::TeamServer)
        return {};
    // libpq's quoting: a value in single quotes, with \ and ' escaped by a backslash.
    const auto quoted = [](QString value) {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    QStringList parts{QStringLiteral("host=") + quoted(m_host),
                      QStringLiteral("port=%1").arg(m_port),
                      QStringLiteral("dbname=") + quoted(m_database),
                      QStringLiteral("sslmode=") + quoted(m_sslMode)};
    if (!m_user.isEmpty())
        parts.append(QStringLiteral("user=") + quoted(m_user));
    return parts.join(QLatin1Char(' '));
}

QString StoreAddress::display() const
{
    if (m_kind == Kind::LocalFile)
        return m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    if (m_port != defaultPort)
        url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    if (m_sslMode != QLatin1String("prefer"))
        url.setQuery(QStringLiteral("sslmode=") + m_sslMode);
    return url.toString();
}

} // namespace foi::core
