#include "core/services/AttachmentService.h"

#include "core/model/CaseFile.h"
#include "core/reply/AtomicFile.h"
#include "core/services/SearchEvidence.h"
#include "core/store/AuditTrail.h"
#include "core/store/StoreAddress.h"
#include "core/store/StoreRepositories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace foi::core {

namespace {

Error attachmentError(const QString &message, const QString &detail = {})
{
    return Error::make(QStringLiteral("attachment"), message, detail);
}

} // namespace

AttachmentService::AttachmentService(StoreRepositories &store, QString contentFolder)
    : m_store(store)
    , m_contentFolder(std::move(contentFolder))
{}

QString AttachmentService::contentFolderFor(const QString &storePath)
{
    const QFileInfo store(storePath);
    return store.dir().filePath(store.completeBaseName() + QStringLiteral("-attachments"));
}

QString AttachmentService::contentFolderFor(const StoreAddress &teamStore,
                                           const QString &dataFolder)
{
    // Host, port and database make the name; anything a file name cannot hold becomes '_'.
    QString name = QStringLiteral("%1-%2-%3-attachments")
                       .arg(teamStore.host())
                       .arg(teamStore.port())
                       .arg(teamStore.database());
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    name.replace(unsafe, QStringLiteral("_"));
    return QDir(dataFolder).filePath(QStringLiteral("team-stores/") + name);
}

QString AttachmentService::pathFor(const QString &sha256) const
{
    return QDir(m_contentFolder).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

Result<Attachment> AttachmentService::add(const QString &reference, const QString &filePath,
                                          AttachmentKind kind, const QString &officer)
{
    const QFileInfo info(filePath);
    QFile file(filePath);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return attachmentError(QStringLiteral("%1 cannot be read (%2). Check that the file "
                                              "exists and that you may open it.")
                                   .arg(QDir::toNativeSeparators(filePath), file.errorString()));
    if (info.size() > maxBytes)
        return attachmentError(QStringLiteral("%1 is %2 MiB; attachments are limited to %3 MiB. "
                                              "Attach a smaller copy or keep the file in your "
                                              "records system and note where it is.")
                                   .arg(info.fileName())
                                   .arg(info.size() / (1024 * 1024))
                                   .arg(maxBytes / (1024 * 1024)));
    return addContent(reference, info.fileName(), file.readAll(), kind, officer);
}

Result<Attachment> AttachmentService::addContent(const QString &reference, const QString &fileName,
                                                 const QByteArray &content, AttachmentKind kind,
                                                 const QString &officer, const QString &messageId)
{
    if (content.size() > maxBytes)
        return attachmentError(QStringLiteral("%1 is %2 MiB; attachments are limited to %3 MiB. "
                                              "Attach a smaller copy or keep the file in your "
                                              "records system and note where it is.")
                                   .arg(fileName)
                                   .arg(content.size() / (1024 * 1024))
                                   .arg(maxBytes / (1024 * 1024)));
    const QString sha256 = AuditTrail::sha256Hex(content);
    const QString kept = pathFor(sha256);
    const bool alreadyKept = QFile::exists(kept);
    if (!alreadyKept) {
        if (!QDir().mkpath(QFileInfo(kept).absolutePath()))
            return attachmentError(QStringLiteral("The folder for attachments, %1, cannot be "
                                                  "made. Check that you may write beside the "
                                                  "case store.")
                                       .arg(QDir::toNativeSeparators(m_contentFolder)));
        if (Status written = AtomicFile::write(kept, content); !written)
            return written.error();
        QFile::setPermissions(kept, QFile::ReadOwner | QFile::WriteOwner);
    }
    const QString mediaType = QMimeDatabase().mimeTypeForFileNameAndData(fileName, content).name();
    auto added = m_store.attachments().add(reference, fileName, mediaType, content, kind, officer,
                                           messageId);
    if (!added && !alreadyKept)
        QFile::remove(kept);
    return added;
}

Result<QList<Attachment>> AttachmentService::attachmentsOf(const QString &reference)
{
    return m_store.attachments().attachmentsOf(reference);
}

Result<QString> AttachmentService::contentPath(const Attachment &attachment)
{
    const QString kept = pathFor(attachment.sha256);
    QFile file(kept);
    if (!file.open(QIODevice::ReadOnly))
        return attachmentError(QStringLiteral("The copy of %1 kept with the case store is "
                                              "missing (%2). Restore the folder %3 from a "
                                              "backup, or remove the attachment and add it "
                                              "again.")
                                   .arg(attachment.fileName, file.errorString(),
                                        QDir::toNativeSeparators(m_contentFolder)));
    if (AuditTrail::sha256Hex(file.readAll()) != attachment.sha256)
        return attachmentError(QStringLiteral("The copy of %1 kept with the case store has been "
                                              "altered since it was attached (its SHA-256 no "
                                              "longer matches). Restore it from a backup.")
                                   .arg(attachment.fileName));
    return kept;
}

Status AttachmentService::remove(const Attachment &attachment, const QString &officer)
{
    // A search that cites the file must not be left citing nothing (see SearchEvidence).
    auto stored = m_store.cases().load(attachment.reference);
    if (!stored)
        return stored.error();
    auto theCase = CaseFile::read(stored->record.document);
    if (!theCase)
        return theCase.error();
    auto attached = m_store.attachments().attachmentsOf(attachment.reference);
    if (!attached)
        return attached.error();
    if (Status allowed = SearchEvidence::mayRemove(*theCase, *attached, attachment); !allowed)
        return allowed;
    if (Status removed = m_store.attachments().remove(attachment.reference, attachment.id, officer);
        !removed)
        return removed;
    // The copy goes once nothing refers to it; one that cannot be deleted is only clutter.
    discardCopies({attachment.sha256});
    return success();
}

QStringList AttachmentService::discardCopies(const QStringList &sha256)
{
    QStringList left;
    for (const QString &sha : sha256) {
        Result<qint64> listed = m_store.attachments().countWithContent(sha);
        if (!listed || *listed > 0)
            continue; // still someone's attachment, or not countable: kept, not lost
        const QString path = pathFor(sha);
        if (QFile::exists(path) && !QFile::remove(path))
            left.append(QDir::toNativeSeparators(path));
    }
    return left;
}

Status AttachmentService::setKind(const Attachment &attachment, AttachmentKind kind,
                                  const QString &officer)
{
    return m_store.attachments().setKind(attachment.reference, attachment.id, kind, officer);
}

} // namespace foi::core
