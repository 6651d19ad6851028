#pragma once

#include "Attachment.h"
#include "AuditTrail.h"
#include "support/Result.h"

#include <QByteArray>
#include <QList>

namespace foi::core {

class StoreConnection;

// The attachments of each case: metadata and content hash, every addition audited.
class AttachmentRegister
{
public:
    AttachmentRegister(StoreConnection &connection, AuditTrail &audit, AuditTrail::Clock clock);

    // Records `content`'s size and SHA-256 under the case `reference`.
    [[nodiscard]] Result<Attachment> add(const QString &reference, const QString &fileName,
                                         const QString &mediaType, const QByteArray &content,
                                         const QString &officer);
    [[nodiscard]] Result<QList<Attachment>> attachmentsOf(const QString &reference);

private:
    StoreConnection &m_connection;
    AuditTrail &m_audit;
    AuditTrail::Clock m_clock;
};

} // namespace foi::core
