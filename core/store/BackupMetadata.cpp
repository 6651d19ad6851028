#include "core/store/BackupMetadata.h"

#include "core/store/StoreFile.h"
#include "core/support/StoreErrorCode.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace foi::core {

Result<QString> BackupMetadata::fileSha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("The backup %1 could not be read back.").arg(path),
                           file.errorString());
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status BackupMetadata::recordAndName(const QString &partial) const
{
    if (Status written = write(); !written) {
        QFile::remove(partial);
        return written;
    }
    if (!QFile::rename(partial, backupPath)) {
        QFile::remove(partial);
        QFile::remove(metadataPathFor(backupPath));
        return Error::make(
            StoreErrorCode::FileSystem,
            QStringLiteral("The backup could not be given its name %1.").arg(backupPath));
    }
    return success();
}

Status BackupMetadata::write() const
{
    const QJsonObject object{
        {QStringLiteral("format"), QStringLiteral("foi-workbench-backup")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("source"), sourcePath},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("size"), size},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("audit_head"), auditHead.toString()},
    };
    const QString path = metadataPathFor(backupPath);
    QSaveFile file(path);
    // Unbuffered, so that a failed write makes commit() refuse (see AtomicFile).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("The backup's record %1 could not be written.").arg(path),
                           file.errorString());
    }
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (file.write(json) != json.size() || !file.commit()) {
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("The backup's record %1 could not be written.").arg(path),
                           file.errorString());
    }
    return StoreFile::restrictToOwner(path);
}

Result<BackupMetadata> BackupMetadata::read(const QString &backupPath)
{
    const QString path = metadataPathFor(backupPath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(
            StoreErrorCode::Missing,
            QStringLiteral("The backup %1 has no record beside it (%2).").arg(backupPath, path),
            file.errorString());
    }
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    Result<AuditAnchor> anchor =
        AuditAnchor::parse(object.value(QStringLiteral("audit_head")).toString());
    if (parseError.error != QJsonParseError::NoError ||
        object.value(QStringLiteral("format")).toString() !=
            QLatin1String("foi-workbench-backup") ||
        !anchor) {
        return Error::make(StoreErrorCode::Invalid,
                           QStringLiteral("%1 is not a backup record of FOI Workbench.").arg(path),
                           parseError.errorString());
    }
    BackupMetadata metadata;
    metadata.backupPath = backupPath;
    metadata.createdAt = object.value(QStringLiteral("created_at")).toString();
    metadata.sourcePath = object.value(QStringLiteral("source")).toString();
    metadata.schemaVersion = object.value(QStringLiteral("schema_version")).toInt();
    metadata.size = qint64(object.value(QStringLiteral("size")).toDouble());
    metadata.sha256 = object.value(QStringLiteral("sha256")).toString();
    metadata.auditHead = *anchor;
    return metadata;
}

} // namespace foi::core
