#include "core/store/ReplyArchive.h"

#include "core/store/StoreConnection.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

ReplyArchive::ReplyArchive(StoreConnection &connection, AuditTrail &audit, Clock clock)
    : m_connection(connection)
    , m_audit(audit)
    , m_clock(std::move(clock))
{}

Result<SentReply> ReplyArchive::record(const QString &reference, const QByteArray &content,
                                       const QString &fileName, const QString &mediaType,
                                       const QString &officer)
{
    return record(reference, content, fileName, mediaType, officer, QJsonObject());
}

Result<SentReply> ReplyArchive::record(const QString &reference, const QByteArray &content,
                                       const QString &fileName, const QString &mediaType,
                                       const QString &officer, const QJsonObject &note)
{
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    const QString what = QStringLiteral("recording the reply sent on case %1").arg(reference);
    Result<QSqlQuery> found = m_connection.select(
        QStringLiteral("SELECT id FROM cases WHERE reference = ?"), {reference}, what);
    if (!found)
        return found.error();
    if (!found->next()) {
        return Error::make(
            StoreErrorCode::NotFound,
            QStringLiteral("There is no case %1 to record a reply on.").arg(reference));
    }
    const qint64 caseId = found->value(0).toLongLong();
    found->finish();

    SentReply reply;
    reply.reference = reference;
    reply.sentAt = m_clock().toUTC().toString(Qt::ISODateWithMs);
    reply.sentBy = officer;
    reply.fileName = fileName;
    reply.mediaType = mediaType;
    reply.size = content.size();
    reply.sha256 = AuditTrail::sha256Hex(content);
    QJsonObject metadata = note;
    metadata.insert(QStringLiteral("file_name"), fileName);
    metadata.insert(QStringLiteral("media_type"), mediaType);
    metadata.insert(QStringLiteral("size"), reply.size);
    metadata.insert(QStringLiteral("sha256"), reply.sha256);
    Result<AuditAnchor> recorded =
        m_audit.record({officer, QStringLiteral("record-reply"), QStringLiteral("reply"), reference,
                        QStringLiteral("reply sent: %1, SHA-256 %2").arg(fileName, reply.sha256),
                        std::nullopt, QJsonDocument(metadata).toJson(QJsonDocument::Compact)});
    if (!recorded)
        return recorded.error();
    reply.auditHead = *recorded;
    Result<std::optional<QVariantList>> inserted = m_connection.selectRow(
        QStringLiteral("INSERT INTO sent_replies (case_id, sent_at, sent_by, file_name, "
                       "media_type, content, sha256, audit_head_seq, audit_head_hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {caseId, reply.sentAt, officer, fileName, mediaType, content, reply.sha256,
         reply.auditHead.seq, reply.auditHead.hash},
        what);
    if (!inserted)
        return inserted.error();
    reply.id = *inserted ? (**inserted).value(0).toLongLong() : 0;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return reply;
}

Result<QList<SentReply>> ReplyArchive::repliesTo(const QString &reference)
{
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT r.id, r.sent_at, r.sent_by, r.file_name, r.media_type, "
                       "length(r.content), r.sha256, r.audit_head_seq, r.audit_head_hash, "
                       "r.erased_by_seq FROM sent_replies r JOIN cases c ON c.id = r.case_id "
                       "WHERE c.reference = ? ORDER BY r.id"),
        {reference}, QStringLiteral("reading the replies sent on case %1").arg(reference));
    if (!query)
        return query.error();
    QList<SentReply> replies;
    while (query->next()) {
        SentReply reply;
        reply.id = query->value(0).toLongLong();
        reply.reference = reference;
        reply.sentAt = query->value(1).toString();
        reply.sentBy = query->value(2).toString();
        reply.fileName = query->value(3).toString();
        reply.mediaType = query->value(4).toString();
        reply.size = query->value(5).toLongLong();
        reply.sha256 = query->value(6).toString();
        reply.auditHead = AuditAnchor{query->value(7).toLongLong(), query->value(8).toString()};
        reply.erased = !query->value(9).isNull();
        replies.append(reply);
    }
    return replies;
}

Result<QByteArray> ReplyArchive::content(qint64 id)
{
    Result<QSqlQuery> query =
        m_connection.select(QStringLiteral("SELECT content, sha256, erased_by_seq FROM "
                                           "sent_replies WHERE id = ?"),
                            {id}, QStringLiteral("reading a sent reply"));
    if (!query)
        return query.error();
    if (!query->next())
        return Error::make(StoreErrorCode::NotFound,
                           QStringLiteral("There is no sent reply number %1.").arg(id));
    if (!query->value(2).isNull())
        return Error::make(StoreErrorCode::NotFound,
                           QStringLiteral("The text of sent reply %1 was erased with the "
                                          "requester's details; only its hash is kept.")
                               .arg(id));
    const QByteArray content = query->value(0).toByteArray();
    if (AuditTrail::sha256Hex(content) != query->value(1).toString())
        return Error::make(StoreErrorCode::Corrupt,
                           QStringLiteral("Sent reply %1 is no longer as it was sent: its bytes "
                                          "do not match the recorded SHA-256.")
                               .arg(id));
    return content;
}

Result<QList<AuditAnchor>> ReplyArchive::recordedAnchors()
{
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT audit_head_seq, audit_head_hash FROM sent_replies ORDER BY id DESC"),
        {}, QStringLiteral("reading the anchors of sent replies"));
    if (!query)
        return query.error();
    QList<AuditAnchor> anchors;
    while (query->next())
        anchors.append({query->value(0).toLongLong(), query->value(1).toString()});
    return anchors;
}

} // namespace foi::core
