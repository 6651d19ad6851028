#include "core/store/CasePresence.h"

#include "core/store/StoreConnection.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <algorithm>

namespace foi::core {

namespace {

// The keys' epoch: seconds since then fit a 31-bit key until 2088.
const QDateTime keyEpoch(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());

} // namespace

CasePresence::CasePresence(StoreConnection &connection)
    : m_connection(connection)
{}

qint32 CasePresence::referenceKey(const QString &reference)
{
    // A digest every workbench computes alike (qHash is seeded per process), kept positive so
    // that the server's unsigned oid column reads it back unchanged.
    const QByteArray digest =
        QCryptographicHash::hash(reference.toUtf8(), QCryptographicHash::Sha256);
    const quint32 first = (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16) |
                          (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
    return qint32(first & 0x7FFFFFFFu);
}

qint32 CasePresence::sinceKey(const QDateTime &since)
{
    return qint32(std::clamp<qint64>(keyEpoch.secsTo(since), 0, 0x7FFFFFFF));
}

QDateTime CasePresence::sinceFromKey(qint64 key)
{
    return keyEpoch.addSecs(key);
}

Status CasePresence::announce(const QString &reference, const QDateTime &since)
{
    if (!m_connection.isOnServer())
        return success();
    if (Status left = withdraw(); !left)
        return left;
    const std::pair<qint32, qint32> keys{referenceKey(reference), sinceKey(since)};
    Result<std::optional<QVariantList>> taken = m_connection.selectRow(
        QStringLiteral("SELECT pg_try_advisory_lock_shared(CAST(? AS integer), "
                       "CAST(? AS integer))"),
        {keys.first, keys.second}, QStringLiteral("saying that case %1 is open").arg(reference));
    if (!taken)
        return taken.error();
    m_held = keys;
    return success();
}

Status CasePresence::withdraw()
{
    if (!m_connection.isOnServer() || !m_held)
        return success();
    const std::pair<qint32, qint32> keys = *m_held;
    m_held.reset();
    Result<std::optional<QVariantList>> released = m_connection.selectRow(
        QStringLiteral("SELECT pg_advisory_unlock_shared(CAST(? AS integer), "
                       "CAST(? AS integer))"),
        {keys.first, keys.second}, QStringLiteral("saying that the case is closed"));
    if (!released)
        return released.error();
    return success();
}

Result<QList<CaseEditor>> CasePresence::othersOn(const QString &reference)
{
    if (!m_connection.isOnServer())
        return QList<CaseEditor>{};
    // A lock taken with two integer keys is recorded with objsubid 2, the first key in classid
    // and the second in objid (PostgreSQL 15, "pg_locks").
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT a.usename, l.objid::bigint FROM pg_locks l JOIN pg_stat_activity "
                       "a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND "
                       "l.granted AND l.classid::bigint = ? AND l.pid <> pg_backend_pid() AND "
                       "l.database = (SELECT oid FROM pg_database WHERE datname = "
                       "current_database()) ORDER BY l.objid"),
        {qint64(referenceKey(reference))},
        QStringLiteral("finding who else has case %1 open").arg(reference));
    if (!query)
        return query.error();
    QList<CaseEditor> editors;
    while (query->next())
        editors.append({query->value(0).toString(), sinceFromKey(query->value(1).toLongLong())});
    return editors;
}

} // namespace foi::core
