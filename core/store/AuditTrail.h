#pragma once

#include "core/model/AuditAnchor.h"
#include "core/store/AuditEntry.h"
#include "core/store/AuditReport.h"
#include "core/support/Clock.h"
#include "core/support/Result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace foi::core {

class StoreConnection;

// The append-only, hash-chained record of every change. Each row's hash is
// SHA-256(previous row's hash || the row's fields, each length-prefixed), so editing,
// deleting, inserting or reordering a row breaks the chain from that row on. Documents
// before and after a change are kept as snapshots addressed by their SHA-256 (which the row
// covers). record() must run inside the caller's write transaction, so that the change and
// its audit row commit together or not at all.
class AuditTrail
{
public:
    AuditTrail(StoreConnection &connection, Clock clock);

    [[nodiscard]] Result<AuditAnchor> record(const AuditEntry &entry);
    // The same, for a caller that has hashed `entry.after` already (sha256Hex): the case
    // store hashes each saved document once, for its row and its audit snapshot alike.
    [[nodiscard]] Result<AuditAnchor> record(const AuditEntry &entry, const QString &afterSha256);
    [[nodiscard]] Result<AuditAnchor> head();
    // Recomputes the whole chain and checks the snapshots. For each anchor, also checks that the
    // anchored row still has the anchored hash (which catches a chain rebuilt from scratch).
    [[nodiscard]] Result<AuditReport> verify(const QList<AuditAnchor> &anchors);
    // A snapshot's body, by its SHA-256.
    [[nodiscard]] Result<QByteArray> snapshot(const QString &sha256);
    // Replaces a snapshot's body by `redacted` and marks it erased by the audit row `erasedBy`.
    [[nodiscard]] Status eraseSnapshot(const QString &sha256, const QByteArray &redacted,
                                       qint64 erasedBy);

    static QString sha256Hex(const QByteArray &bytes);

    struct Row
    {
        qint64 seq = 0;
        QString recordedAt, officer, action, entity, entityKey, summary;
        std::optional<QString> beforeSha256, afterSha256;
        QString prevHash;
    };
    // The hash a row must carry: the chain's rule, in one place.
    static QString rowHash(const Row &row);
    // The rows about one key (a case's reference) of the given entities, oldest first: the
    // audit excerpt a review bundle carries.
    [[nodiscard]] Result<QList<Row>> rowsFor(const QString &entityKey, const QStringList &entities);

    // The rows recorded about `entityKey` (a case's reference) under any of `entities`, newest
    // first, at most `limit` of them. Reads only; the chain is not checked here (see verify()).
    [[nodiscard]] Result<QList<Row>> rowsAbout(const QStringList &entities,
                                               const QString &entityKey, int limit);

private:
    enum class Order { OldestFirst, NewestFirst };
    // The rows about `entityKey` under any of `entities` (filtered in SQL), at most `limit`.
    [[nodiscard]] Result<QList<Row>> selectRows(const QStringList &entities,
                                                const QString &entityKey, Order order,
                                                std::optional<int> limit, const QString &what);
    [[nodiscard]] Status storeSnapshot(const QString &sha256, const QByteArray &body);
    [[nodiscard]] Status verifyChain(AuditReport &report, const QList<AuditAnchor> &anchors);
    [[nodiscard]] Status verifySnapshots(AuditReport &report);

    StoreConnection &m_connection;
    Clock m_clock;
};

} // namespace foi::core
