#pragma once

#include "core/model/Attachment.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

namespace foi::core {

class StoreAddress;
class StoreRepositories;

// Files attached to a case, each of a kind (the request as received, correspondence, search
// evidence, other). The store's register keeps each file's name, kind, type, size, SHA-256 and
// who added it, audited; the bytes are copied into a folder beside the store, named by their
// SHA-256 (so the same file attached twice is kept once, and a file altered on disk is caught by
// its hash). They are not put in the SQLite file itself: scanned letters would swell every
// backup and integrity check of the store, and the register already ties each copy to its case
// by hash. Adding copies the file before registering it and removes the copy again if the
// register refuses; removing deletes the copy once no attachment refers to it.
class AttachmentService
{
public:
    static constexpr qint64 maxBytes = qint64(100) * 1024 * 1024;

    AttachmentService(StoreRepositories &store, QString contentFolder);
    // "<folder of the store>/<store's name>-attachments"
    static QString contentFolderFor(const QString &storePath);
    // For a team store: a folder under `dataFolder` (the officer's data folder) named after the
    // server and database. The server keeps each file's record and digest; the content stays
    // on the computer of the officer who attached it (see README, "Team store").
    static QString contentFolderFor(const StoreAddress &teamStore, const QString &dataFolder);

    [[nodiscard]] Result<Attachment> add(const QString &reference, const QString &filePath,
                                         AttachmentKind kind, const QString &officer);
    // The same for bytes already in memory (a file carried by an email), under `fileName`;
    // `messageId` is the Message-ID of an email kept whole, so that replies find its case.
    [[nodiscard]] Result<Attachment> addContent(const QString &reference, const QString &fileName,
                                                const QByteArray &content, AttachmentKind kind,
                                                const QString &officer,
                                                const QString &messageId = {});
    [[nodiscard]] Result<QList<Attachment>> attachmentsOf(const QString &reference);
    // The kept copy of an attachment, checked against its SHA-256 before it is handed out.
    [[nodiscard]] Result<QString> contentPath(const Attachment &attachment);
    // Where the kept copy is, unchecked: for a job that reads it off the GUI thread and checks
    // its SHA-256 itself (a released file can be large).
    QString copyPath(const Attachment &attachment) const { return pathFor(attachment.sha256); }
    // Refused (code "attachment.cited", naming the questions) while a search of the stored case
    // cites the file and no other attachment of the case has the same content: save the open
    // case first.
    [[nodiscard]] Status remove(const Attachment &attachment, const QString &officer);
    // Says what the file is to the case (audited; the same kind again changes nothing).
    [[nodiscard]] Status setKind(const Attachment &attachment, AttachmentKind kind,
                                 const QString &officer);

    // Deletes the kept copies of content that the register no longer lists (a removed file, the
    // letters of an erased requester); a copy still listed is kept. Returns the copies that could
    // not be deleted, for the officer to delete by hand.
    QStringList discardCopies(const QStringList &sha256);

private:
    QString pathFor(const QString &sha256) const;

    StoreRepositories &m_store;
    QString m_contentFolder;
};

} // namespace foi::core
