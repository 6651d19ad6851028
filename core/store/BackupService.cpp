#include "core/store/BackupService.h"

#include "core/store/Migrations.h"
#include "core/store/SqliteDialect.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreFile.h"
#include "core/support/StoreErrorCode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace foi::core {

namespace {

// "cases-YYYY-MM-DD.foistore"; the ? are split apart so they are not read as a trigraph.
const QString dailyPattern = QStringLiteral("cases-????"
                                            "-??"
                                            "-??.foistore");

} // namespace

BackupService::BackupService(StoreConnection &connection, AuditTrail &audit, Clock clock)
    : m_connection(connection)
    , m_audit(audit)
    , m_clock(std::move(clock))
{}

QString BackupService::defaultFolder(const QString &storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<BackupMetadata> BackupService::backupTo(const QString &target, const Progress &progress)
{
    if (QFileInfo::exists(target)) {
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("%1 already exists. A backup never replaces a file: "
                                          "choose a new name.")
                               .arg(target));
    }
    const QString partial = target + QStringLiteral(".partial");
    // Left by an interrupted backup of ours, never a finished one: the copy and SQLite's rollback
    // journal of it (which SQLite would otherwise play back into the new copy).
    for (const QString &leftover : {partial, partial + QStringLiteral("-journal")})
        QFile::remove(leftover);
    if (Status created = StoreFile::createOwnerOnly(partial); !created)
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("No backup could be written in %1: the folder is "
                                          "missing or you may not write there. Choose another "
                                          "folder for backups; the case store is unchanged.")
                               .arg(QFileInfo(target).absolutePath()),
                           created.error().detail);
    // The head is read in the same read snapshot the copy is taken from only if nothing
    // commits in between; reading it first makes it an anchor the copy is sure to contain.
    Result<AuditAnchor> head = m_audit.head();
    if (!head)
        return head.error();
    Result<int> version = Migrations::currentVersion(m_connection);
    if (!version)
        return version.error();
    if (Status copied = SqliteDialect::backupInto(m_connection.database(), partial, progress.report,
                                                  progress.pagesPerStep);
        !copied) {
        for (const QString &leftover : {partial, partial + QStringLiteral("-journal")})
            QFile::remove(leftover);
        if (copied.error().code == StoreErrorCode::Cancelled)
            return Error::make(StoreErrorCode::Cancelled,
                               QStringLiteral("The backup was stopped before it finished. No "
                                              "backup file was made, and earlier backups are as "
                                              "they were."));
        return copied.error();
    }
    Result<QString> sha = BackupMetadata::fileSha256(partial);
    if (!sha) {
        QFile::remove(partial);
        return sha.error();
    }
    // A record left without a backup (recordAndName failed) is replaced by the next one.
    BackupMetadata metadata;
    metadata.backupPath = target;
    metadata.createdAt = m_clock().toUTC().toString(Qt::ISODateWithMs);
    metadata.sourcePath = QFileInfo(m_connection.path()).absoluteFilePath();
    metadata.schemaVersion = *version;
    metadata.size = QFileInfo(partial).size();
    metadata.sha256 = *sha;
    metadata.auditHead = *head;
    if (Status named = metadata.recordAndName(partial); !named)
        return named.error();
    return metadata;
}

Result<std::optional<BackupMetadata>> BackupService::dailyBackup(const QString &folder, int keep)
{
    if (!QDir().mkpath(folder)) {
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("The backup folder %1 could not be made.").arg(folder));
    }
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString today =
        QStringLiteral("cases-%1.foistore").arg(m_clock().toUTC().date().toString(Qt::ISODate));
    std::optional<BackupMetadata> made;
    const QString target = QDir(folder).filePath(today);
    if (!QFileInfo::exists(target)) {
        Result<BackupMetadata> backup = backupTo(target);
        if (!backup)
            return backup.error();
        made = *backup;
    }
    QStringList names = QDir(folder).entryList({dailyPattern}, QDir::Files, QDir::Name);
    while (names.size() > qMax(1, keep)) {
        const QString oldest = QDir(folder).filePath(names.takeFirst());
        QFile::remove(BackupMetadata::metadataPathFor(oldest));
        if (!QFile::remove(oldest)) {
            return Error::make(
                StoreErrorCode::FileSystem,
                QStringLiteral("The old backup %1 could not be removed.").arg(oldest));
        }
    }
    return made;
}

} // namespace foi::core
