#pragma once

#include "core/model/SentReply.h"
#include "core/store/AuditTrail.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace foi::core {

class StoreConnection;

// Replies as they were sent: the exact bytes with their SHA-256, so what was sent can be shown
// and proved years later. Recording one is audited, and the record keeps the audit chain's
// head after that audit row (an anchor outside the chain). Sent replies are never changed,
// except that an audited erasure of the requester's details empties the bytes (the hash stays).
class ReplyArchive
{
public:
    ReplyArchive(StoreConnection &connection, AuditTrail &audit, Clock clock);

    [[nodiscard]] Result<SentReply> record(const QString &reference, const QByteArray &content,
                                           const QString &fileName, const QString &mediaType,
                                           const QString &officer);
    // The same, with `note` added to the audit row's record (a correction's version and
    // reason, a review override's reason) so the case's history can say so.
    [[nodiscard]] Result<SentReply> record(const QString &reference, const QByteArray &content,
                                           const QString &fileName, const QString &mediaType,
                                           const QString &officer, const QJsonObject &note);
    [[nodiscard]] Result<QList<SentReply>> repliesTo(const QString &reference);
    // The bytes as sent; fails if they no longer match their recorded hash.
    [[nodiscard]] Result<QByteArray> content(qint64 id);
    // Anchors recorded with sent replies, newest first (for `audit verify` to check against).
    [[nodiscard]] Result<QList<AuditAnchor>> recordedAnchors();

private:
    StoreConnection &m_connection;
    AuditTrail &m_audit;
    Clock m_clock;
};

} // namespace foi::core
