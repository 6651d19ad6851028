#pragma once

#include "core/model/AuditAnchor.h"
#include "core/support/Result.h"

#include <QString>

namespace foi::core {

// What is written beside every backup (as BACKUP.json): when it was made, from which store,
// its size and SHA-256, its schema version, and the audit chain's head at that moment, which
// is an anchor `audit verify --anchor` can check the live store against.
struct BackupMetadata
{
    QString backupPath;
    QString createdAt;
    QString sourcePath;
    int schemaVersion = 0;
    qint64 size = 0;
    QString sha256;
    AuditAnchor auditHead;

    static QString metadataPathFor(const QString &backupPath)
    {
        return backupPath + QStringLiteral(".json");
    }
    [[nodiscard]] Status write() const;
    // Writes this record, then gives the finished copy `partial` its name, backupPath: so a
    // backup under its final name always has its record. On failure neither is left behind.
    [[nodiscard]] Status recordAndName(const QString &partial) const;
    // The SHA-256 of the file at `path` in hex, as the record gives it.
    [[nodiscard]] static Result<QString> fileSha256(const QString &path);
    [[nodiscard]] static Result<BackupMetadata> read(const QString &backupPath);
};

} // namespace foi::core
