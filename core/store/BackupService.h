#pragma once

#include "AuditTrail.h"
#include "BackupMetadata.h"
#include "support/Result.h"

#include <QString>

#include <optional>

namespace foi::core {

class StoreConnection;

// Backups of the open store: one self-contained SQLite file made online (the backup API, so
// the officer can keep working), owner-only, with its metadata beside it (BackupMetadata,
// which carries the audit chain's head). Daily rotating backups keep a set number of days.
// A backup never overwrites an existing file.
class BackupService
{
public:
    BackupService(StoreConnection &connection, AuditTrail &audit, AuditTrail::Clock clock);

    [[nodiscard]] Result<BackupMetadata> backupTo(const QString &target);
    // Makes today's backup in `folder` unless it exists, then removes the oldest daily backups
    // beyond `keep`. Returns the new backup, or nothing when today's already existed.
    [[nodiscard]] Result<std::optional<BackupMetadata>> dailyBackup(const QString &folder,
                                                                    int keep);

    // The folder for a store's daily backups: "backups" beside it.
    static QString defaultFolder(const QString &storePath);
    // The newest daily backup in `folder`, or an empty string.
    static QString latestBackup(const QString &folder);

private:
    StoreConnection &m_connection;
    AuditTrail &m_audit;
    AuditTrail::Clock m_clock;
};

} // namespace foi::core
