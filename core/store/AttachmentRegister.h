#pragma once

#include "core/model/Attachment.h"
#include "core/store/AuditTrail.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QList>

namespace foi::core {

class StoreConnection;

// The attachments of each case: metadata, kind and content hash, every addition, change of kind
// and removal audited. The content itself is kept outside the store (see
// services/AttachmentService).
class AttachmentRegister
{
public:
    AttachmentRegister(StoreConnection &connection, AuditTrail &audit, Clock clock);

    // Records `content`'s size and SHA-256 under the case `reference`; `messageId` is the
    // Message-ID of an email kept whole (empty for any other file).
    [[nodiscard]] Result<Attachment> add(const QString &reference, const QString &fileName,
                                         const QString &mediaType, const QByteArray &content,
                                         AttachmentKind kind, const QString &officer,
                                         const QString &messageId = {});
    // The reference of a case that keeps an email with one of these Message-IDs (the first
    // found), or an empty string when none does. At most 100 ids are looked up.
    [[nodiscard]] Result<QString> caseWithMessage(const QStringList &messageIds);
    [[nodiscard]] Result<QList<Attachment>> attachmentsOf(const QString &reference);
    // Removes attachment `id` of case `reference`; fails with StoreErrorCode::NotFound when the
    // case has no such attachment. The removal and its audit row commit together.
    [[nodiscard]] Status remove(const QString &reference, qint64 id, const QString &officer);
    // Says what attachment `id` of case `reference` is. Fails with StoreErrorCode::NotFound
    // when the case has no such attachment; the same kind again changes and audits nothing.
    [[nodiscard]] Status setKind(const QString &reference, qint64 id, AttachmentKind kind,
                                 const QString &officer);
    // How many attachments (of any case) have this content.
    [[nodiscard]] Result<qint64> countWithContent(const QString &sha256);

private:
    [[nodiscard]] Result<QJsonObject> metadataOf(const QString &reference, qint64 id,
                                                 const QString &what, const QString &ifMissing);

    StoreConnection &m_connection;
    AuditTrail &m_audit;
    Clock m_clock;
};

} // namespace foi::core
