#include "core/store/AuditTrail.h"

#include "core/store/StoreConnection.h"
#include "core/support/StoreErrorCode.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

namespace {

void addField(QCryptographicHash &hash, const std::optional<QString> &field)
{
    // Length-prefixed, so that no two different rows can give the same byte stream;
    // a NULL is a length no string can have.
    if (!field) {
        hash.addData(QByteArrayView("\xff\xff\xff\xff", 4));
        return;
    }
    const QByteArray bytes = field->toUtf8();
    const quint32 size = quint32(bytes.size());
    const char prefix[4] = {char(size >> 24), char(size >> 16), char(size >> 8), char(size)};
    hash.addData(QByteArrayView(prefix, 4));
    hash.addData(bytes);
}

std::optional<QString> optionalText(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

QVariant nullable(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::QString));
}

// One audit row from a query whose first columns are rowColumns, in that order.
const QString rowColumns =
    QStringLiteral("seq, recorded_at, officer, action, entity, entity_key, summary, "
                   "before_sha256, after_sha256, prev_hash");

AuditTrail::Row rowFrom(const QSqlQuery &query)
{
    AuditTrail::Row row;
    row.seq = query.value(0).toLongLong();
    row.recordedAt = query.value(1).toString();
    row.officer = query.value(2).toString();
    row.action = query.value(3).toString();
    row.entity = query.value(4).toString();
    row.entityKey = query.value(5).toString();
    row.summary = query.value(6).toString();
    row.beforeSha256 = optionalText(query.value(7));
    row.afterSha256 = optionalText(query.value(8));
    row.prevHash = query.value(9).toString();
    return row;
}

} // namespace

AuditTrail::AuditTrail(StoreConnection &connection, Clock clock)
    : m_connection(connection)
    , m_clock(std::move(clock))
{}

QString AuditTrail::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString AuditTrail::rowHash(const Row &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(row.prevHash.toLatin1());
    addField(hash, QString::number(row.seq));
    addField(hash, row.recordedAt);
    addField(hash, row.officer);
    addField(hash, row.action);
    addField(hash, row.entity);
    addField(hash, row.entityKey);
    addField(hash, row.summary);
    addField(hash, row.beforeSha256);
    addField(hash, row.afterSha256);
    return QString::fromLatin1(hash.result().toHex());
}

Result<AuditAnchor> AuditTrail::head()
{
    Result<std::optional<QVariantList>> row = m_connection.selectRow(
        QStringLiteral("SELECT seq, row_hash FROM audit_log ORDER BY seq DESC LIMIT 1"), {},
        QStringLiteral("reading the audit trail"));
    if (!row)
        return row.error();
    if (!*row)
        return AuditAnchor{0, AuditAnchor::genesisHash()};
    return AuditAnchor{(**row).at(0).toLongLong(), (**row).at(1).toString()};
}

Status AuditTrail::storeSnapshot(const QString &sha256, const QByteArray &body)
{
    // A snapshot seen before is skipped by the audit_snapshot_once trigger.
    return m_connection.run(
        QStringLiteral("INSERT INTO audit_snapshot (sha256, body) VALUES (?, ?)"), {sha256, body},
        QStringLiteral("recording the change in the audit trail"));
}

Result<AuditAnchor> AuditTrail::record(const AuditEntry &entry)
{
    return record(entry, entry.after ? sha256Hex(*entry.after) : QString());
}

Result<AuditAnchor> AuditTrail::record(const AuditEntry &entry, const QString &afterSha256)
{
    if (Status locked = m_connection.dialect().lockAuditHead(m_connection); !locked)
        return locked.error();
    Result<AuditAnchor> previous = head();
    if (!previous)
        return previous.error();
    Row row;
    row.seq = previous->seq + 1;
    row.recordedAt = m_clock().toUTC().toString(Qt::ISODateWithMs);
    row.officer = entry.officer;
    row.action = entry.action;
    row.entity = entry.entity;
    row.entityKey = entry.entityKey;
    row.summary = entry.summary;
    row.prevHash = previous->hash;
    if (entry.before) {
        row.beforeSha256 = sha256Hex(*entry.before);
        if (Status status = storeSnapshot(*row.beforeSha256, *entry.before); !status)
            return status.error();
    }
    if (entry.after) {
        row.afterSha256 = afterSha256;
        if (Status status = storeSnapshot(*row.afterSha256, *entry.after); !status)
            return status.error();
    }
    const QString hash = rowHash(row);
    if (Status status = m_connection.run(
            QStringLiteral("INSERT INTO audit_log (seq, recorded_at, officer, action, entity, "
                           "entity_key, summary, before_sha256, after_sha256, prev_hash, row_hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {row.seq, row.recordedAt, row.officer, row.action, row.entity, row.entityKey,
             row.summary, nullable(row.beforeSha256), nullable(row.afterSha256), row.prevHash,
             hash},
            QStringLiteral("recording the change in the audit trail"));
        !status)
        return status.error();
    return AuditAnchor{row.seq, hash};
}

Result<QList<AuditTrail::Row>> AuditTrail::rowsFor(const QString &entityKey,
                                                   const QStringList &entities)
{
    return selectRows(entities, entityKey, Order::OldestFirst, std::nullopt,
                      QStringLiteral("reading the case's audit trail"));
}

Status AuditTrail::verifyChain(AuditReport &report, const QList<AuditAnchor> &anchors)
{
    QHash<qint64, AuditAnchor> anchorAt;
    AuditAnchor furthest;
    for (const AuditAnchor &anchor : anchors) {
        anchorAt.insert(anchor.seq, anchor);
        if (anchor.seq >= furthest.seq)
            furthest = anchor;
    }
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT %1, row_hash FROM audit_log ORDER BY seq").arg(rowColumns), {},
        QStringLiteral("checking the audit trail"));
    if (!query)
        return query.error();
    AuditAnchor previous{0, AuditAnchor::genesisHash()};
    const auto fail = [&report](qint64 seq, const QString &problem) {
        report.intact = false;
        report.firstBadSeq = seq;
        report.problem = problem;
    };
    while (query->next()) {
        Row row = rowFrom(*query);
        const QString storedHash = query->value(10).toString();
        ++report.rowsChecked;
        if (row.seq != previous.seq + 1) {
            fail(row.seq, QStringLiteral("row %1 follows row %2: the row(s) between are missing")
                              .arg(row.seq)
                              .arg(previous.seq));
            return success();
        }
        if (row.prevHash != previous.hash) {
            fail(row.seq, QStringLiteral("row %1 does not follow on from row %2: a row was "
                                         "deleted, inserted or moved here")
                              .arg(row.seq)
                              .arg(previous.seq));
            return success();
        }
        if (rowHash(row) != storedHash) {
            fail(row.seq, QStringLiteral("row %1 was altered after it was recorded: its content "
                                         "does not match its hash")
                              .arg(row.seq));
            return success();
        }
        if (const auto anchor = anchorAt.constFind(row.seq);
            anchor != anchorAt.cend() && storedHash != anchor->hash) {
            fail(row.seq, QStringLiteral("row %1 does not match the anchor %2: the chain was "
                                         "rebuilt or rewritten up to here")
                              .arg(row.seq)
                              .arg(anchor->toString()));
            return success();
        }
        previous = AuditAnchor{row.seq, storedHash};
    }
    report.head = previous;
    report.anchorChecked = !anchors.isEmpty();
    if (furthest.seq > previous.seq) {
        report.intact = false;
        report.firstBadSeq = previous.seq + 1;
        report.problem = QStringLiteral("the chain ends at row %1, but the anchor %2 shows it once "
                                        "reached row %3: rows were removed from the end")
                             .arg(previous.seq)
                             .arg(furthest.toString())
                             .arg(furthest.seq);
    } else if (const auto genesis = anchorAt.constFind(0);
               genesis != anchorAt.cend() && genesis->hash != AuditAnchor::genesisHash()) {
        report.intact = false;
        report.problem =
            QStringLiteral("the anchor %1 is not a point of this chain").arg(genesis->toString());
    }
    return success();
}

Status AuditTrail::verifySnapshots(AuditReport &report)
{
    // A change whose before or after document is missing.
    Result<QSqlQuery> missing = m_connection.select(
        QStringLiteral("SELECT a.seq FROM audit_log a WHERE "
                       "(a.before_sha256 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM audit_snapshot "
                       "s WHERE s.sha256 = a.before_sha256)) OR (a.after_sha256 IS NOT NULL AND "
                       "NOT EXISTS (SELECT 1 FROM audit_snapshot s WHERE s.sha256 = "
                       "a.after_sha256)) ORDER BY a.seq LIMIT 1"),
        {}, QStringLiteral("checking the audit trail's documents"));
    if (!missing)
        return missing.error();
    if (missing->next()) {
        report.intact = false;
        report.firstBadSeq = missing->value(0).toLongLong();
        report.problem = QStringLiteral("the document recorded by row %1 has been removed")
                             .arg(report.firstBadSeq);
        return success();
    }
    Result<QSqlQuery> snapshots = m_connection.select(
        QStringLiteral("SELECT s.sha256, s.body, s.erased_by_seq, e.action FROM audit_snapshot s "
                       "LEFT JOIN audit_log e ON e.seq = s.erased_by_seq"),
        {}, QStringLiteral("checking the audit trail's documents"));
    if (!snapshots)
        return snapshots.error();
    while (snapshots->next()) {
        const QString sha = snapshots->value(0).toString();
        const bool erased = !snapshots->value(2).isNull();
        if (erased && snapshots->value(3).toString() == QLatin1String("erase-requester"))
            continue;
        if (erased || sha256Hex(snapshots->value(1).toByteArray()) != sha) {
            report.intact = false;
            report.problem = QStringLiteral("the recorded document %1 was altered").arg(sha);
            return success();
        }
    }
    return success();
}

Result<AuditReport> AuditTrail::verify(const QList<AuditAnchor> &anchors)
{
    AuditReport report;
    if (Status status = verifyChain(report, anchors); !status)
        return status.error();
    if (!report.intact)
        return report;
    if (Status status = verifySnapshots(report); !status)
        return status.error();
    return report;
}

Result<QByteArray> AuditTrail::snapshot(const QString &sha256)
{
    Result<QSqlQuery> query =
        m_connection.select(QStringLiteral("SELECT body FROM audit_snapshot WHERE sha256 = ?"),
                            {sha256}, QStringLiteral("reading the audit trail"));
    if (!query)
        return query.error();
    if (!query->next())
        return Error::make(StoreErrorCode::NotFound,
                           QStringLiteral("The audit trail has no document %1.").arg(sha256));
    return query->value(0).toByteArray();
}

Result<QList<AuditTrail::Row>> AuditTrail::rowsAbout(const QStringList &entities,
                                                     const QString &entityKey, int limit)
{
    return selectRows(entities, entityKey, Order::NewestFirst, limit,
                      QStringLiteral("reading the history of %1").arg(entityKey));
}

Result<QList<AuditTrail::Row>> AuditTrail::selectRows(const QStringList &entities,
                                                      const QString &entityKey, Order order,
                                                      std::optional<int> limit, const QString &what)
{
    if (entities.isEmpty())
        return QList<Row>{};
    QStringList marks;
    QVariantList values;
    for (const QString &entity : entities) {
        marks.append(QStringLiteral("?"));
        values.append(entity);
    }
    values.append(entityKey);
    QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE entity IN (%2) AND entity_key = ? "
                                 "ORDER BY seq %3")
                      .arg(rowColumns, marks.join(QLatin1Char(',')),
                           order == Order::NewestFirst ? QStringLiteral("DESC") : QString());
    if (limit) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(*limit);
    }
    // audit_log_by_entity (entity, entity_key, seq) serves each entity's part of the IN list.
    Result<QSqlQuery> query = m_connection.select(sql, values, what);
    if (!query)
        return query.error();
    QList<Row> rows;
    while (query->next())
        rows.append(rowFrom(*query));
    return rows;
}

Status AuditTrail::eraseSnapshot(const QString &sha256, const QByteArray &redacted, qint64 erasedBy)
{
    return m_connection.run(
        QStringLiteral("UPDATE audit_snapshot SET body = ?, erased_by_seq = ? WHERE sha256 = ? "
                       "AND erased_by_seq IS NULL"),
        {redacted, erasedBy, sha256}, QStringLiteral("erasing personal data from the audit trail"));
}

} // namespace foi::core
