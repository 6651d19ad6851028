#include "core/store/AttachmentRegister.h"

#include "core/store/StoreConnection.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

AttachmentRegister::AttachmentRegister(StoreConnection &connection, AuditTrail &audit, Clock clock)
    : m_connection(connection)
    , m_audit(audit)
    , m_clock(std::move(clock))
{}

Result<Attachment> AttachmentRegister::add(const QString &reference, const QString &fileName,
                                           const QString &mediaType, const QByteArray &content,
                                           AttachmentKind kind, const QString &officer,
                                           const QString &messageId)
{
    const QString what = QStringLiteral("attaching %1 to case %2").arg(fileName, reference);
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<QSqlQuery> found = m_connection.select(
        QStringLiteral("SELECT id FROM cases WHERE reference = ?"), {reference}, what);
    if (!found)
        return found.error();
    if (!found->next())
        return Error::make(
            StoreErrorCode::NotFound,
            QStringLiteral("There is no case %1 to attach %2 to.").arg(reference, fileName));
    const qint64 caseId = found->value(0).toLongLong();
    found->finish();
    Attachment attachment;
    attachment.reference = reference;
    attachment.fileName = fileName;
    attachment.mediaType = mediaType;
    attachment.size = content.size();
    attachment.sha256 = AuditTrail::sha256Hex(content);
    attachment.addedAt = m_clock().toUTC().toString(Qt::ISODateWithMs);
    attachment.addedBy = officer;
    attachment.kind = kind;
    Result<std::optional<QVariantList>> inserted = m_connection.selectRow(
        QStringLiteral("INSERT INTO attachments (case_id, file_name, media_type, size_bytes, "
                       "sha256, added_at, added_by, kind, message_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {caseId, fileName, mediaType, attachment.size, attachment.sha256, attachment.addedAt,
         officer, attachmentKindCode(kind),
         messageId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(messageId)},
        what);
    if (!inserted)
        return inserted.error();
    attachment.id = *inserted ? (**inserted).value(0).toLongLong() : 0;
    const QJsonObject metadata{{QStringLiteral("file_name"), fileName},
                               {QStringLiteral("media_type"), mediaType},
                               {QStringLiteral("size"), attachment.size},
                               {QStringLiteral("sha256"), attachment.sha256},
                               {QStringLiteral("kind"), attachmentKindCode(kind)}};
    Result<AuditAnchor> recorded = m_audit.record(
        {officer, QStringLiteral("add-attachment"), QStringLiteral("attachment"), reference,
         // Never the file's name in the chained summary: it is often the requester's and only
         // the snapshot below can be blanked when the requester is erased.
         QStringLiteral("attachment added (%1), SHA-256 %2")
             .arg(attachmentKindCode(kind), attachment.sha256),
         std::nullopt, QJsonDocument(metadata).toJson(QJsonDocument::Compact)});
    if (!recorded)
        return recorded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return attachment;
}

Status AttachmentRegister::remove(const QString &reference, qint64 id, const QString &officer)
{
    const QString what = QStringLiteral("removing an attachment from case %1").arg(reference);
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<QJsonObject> metadata =
        metadataOf(reference, id, what, QStringLiteral("it may have been removed already."));
    if (!metadata)
        return metadata.error();
    const QString sha256 = metadata->value(QStringLiteral("sha256")).toString();
    if (Status deleted =
            m_connection.run(QStringLiteral("DELETE FROM attachments WHERE id = ?"), {id}, what);
        !deleted)
        return deleted;
    Result<AuditAnchor> recorded =
        m_audit.record({officer, QStringLiteral("remove-attachment"), QStringLiteral("attachment"),
                        reference, QStringLiteral("attachment removed, SHA-256 %1").arg(sha256),
                        QJsonDocument(*metadata).toJson(QJsonDocument::Compact), std::nullopt});
    if (!recorded)
        return recorded.error();
    return transaction.commit();
}

Status AttachmentRegister::setKind(const QString &reference, qint64 id, AttachmentKind kind,
                                   const QString &officer)
{
    const QString what =
        QStringLiteral("changing the kind of an attachment of case %1").arg(reference);
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<QJsonObject> found =
        metadataOf(reference, id, what,
                   QStringLiteral("it may have been removed meanwhile. Look at the list again."));
    if (!found)
        return found.error();
    QJsonObject metadata = *found;
    const QString sha256 = metadata.value(QStringLiteral("sha256")).toString();
    const QString previous = metadata.value(QStringLiteral("kind")).toString();
    const QString code = attachmentKindCode(kind);
    if (previous == code)
        return success();
    if (Status updated = m_connection.run(
            QStringLiteral("UPDATE attachments SET kind = ? WHERE id = ?"), {code, id}, what);
        !updated)
        return updated;
    const QByteArray before = QJsonDocument(metadata).toJson(QJsonDocument::Compact);
    metadata.insert(QStringLiteral("kind"), code);
    Result<AuditAnchor> recorded = m_audit.record(
        {officer, QStringLiteral("set-attachment-kind"), QStringLiteral("attachment"), reference,
         QStringLiteral("attachment SHA-256 %1 is now %2 (was %3)").arg(sha256, code, previous),
         before, QJsonDocument(metadata).toJson(QJsonDocument::Compact)});
    if (!recorded)
        return recorded.error();
    return transaction.commit();
}

Result<qint64> AttachmentRegister::countWithContent(const QString &sha256)
{
    Result<std::optional<QVariantList>> row =
        m_connection.selectRow(QStringLiteral("SELECT COUNT(*) FROM attachments WHERE sha256 = ?"),
                               {sha256}, QStringLiteral("counting attachments"));
    if (!row)
        return row.error();
    return *row ? (**row).at(0).toLongLong() : 0;
}

Result<QString> AttachmentRegister::caseWithMessage(const QStringList &messageIds)
{
    QStringList ids = messageIds;
    ids.removeAll(QString());
    ids.removeDuplicates();
    ids = ids.mid(0, 100);
    if (ids.isEmpty())
        return QString();
    QVariantList values;
    for (const QString &id : std::as_const(ids))
        values.append(id);
    const QString placeholders = QStringList(ids.size(), QStringLiteral("?")).join(u',');
    Result<QSqlQuery> found = m_connection.select(
        QStringLiteral("SELECT c.reference FROM attachments a JOIN cases c ON c.id = a.case_id "
                       "WHERE a.message_id IN (%1) ORDER BY a.id LIMIT 1")
            .arg(placeholders),
        values, QStringLiteral("finding the case of an email thread"));
    if (!found)
        return found.error();
    return found->next() ? found->value(0).toString() : QString();
}

Result<QList<Attachment>> AttachmentRegister::attachmentsOf(const QString &reference)
{
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT a.id, a.file_name, a.media_type, a.size_bytes, a.sha256, "
                       "a.added_at, a.added_by, a.kind FROM attachments a JOIN cases c ON c.id = "
                       "a.case_id WHERE c.reference = ? ORDER BY a.id"),
        {reference}, QStringLiteral("reading the attachments of case %1").arg(reference));
    if (!query)
        return query.error();
    QList<Attachment> attachments;
    while (query->next()) {
        Attachment attachment;
        attachment.id = query->value(0).toLongLong();
        attachment.reference = reference;
        attachment.fileName = query->value(1).toString();
        attachment.mediaType = query->value(2).toString();
        attachment.size = query->value(3).toLongLong();
        attachment.sha256 = query->value(4).toString();
        attachment.addedAt = query->value(5).toString();
        attachment.addedBy = query->value(6).toString();
        // Rows from before kinds were kept read as "other" (the column's default).
        attachment.kind =
            attachmentKindFromCode(query->value(7).toString()).value_or(AttachmentKind::Other);
        attachments.append(attachment);
    }
    return attachments;
}

// An attachment's details as the audit trail records them before a change.
Result<QJsonObject> AttachmentRegister::metadataOf(const QString &reference, qint64 id,
                                                   const QString &what, const QString &ifMissing)
{
    Result<QSqlQuery> found = m_connection.select(
        QStringLiteral("SELECT a.file_name, a.media_type, a.size_bytes, a.sha256, a.kind FROM "
                       "attachments a JOIN cases c ON c.id = a.case_id WHERE c.reference = ? AND "
                       "a.id = ?"),
        {reference, id}, what);
    if (!found)
        return found.error();
    if (!found->next())
        return Error::make(
            StoreErrorCode::NotFound,
            QStringLiteral("Case %1 has no such attachment: %2").arg(reference, ifMissing));
    QJsonObject metadata{{QStringLiteral("file_name"), found->value(0).toString()},
                         {QStringLiteral("media_type"), found->value(1).toString()},
                         {QStringLiteral("size"), found->value(2).toLongLong()},
                         {QStringLiteral("sha256"), found->value(3).toString()},
                         {QStringLiteral("kind"), found->value(4).toString()}};
    found->finish();
    return metadata;
}

} // namespace foi::core
