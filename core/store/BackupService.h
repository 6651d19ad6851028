#pragma once

#include "core/store/AuditTrail.h"
#include "core/store/BackupMetadata.h"
#include "core/support/Result.h"

#include <QString>

#include <functional>
#include <optional>

namespace foi::core {

class StoreConnection;

// How far a backup has got, in pages of the store, after each step of `pagesPerStep` pages
// (4 MiB at SQLite's default page size); returning false stops it.
struct BackupProgress
{
    std::function<bool(qint64 copiedPages, qint64 totalPages)> report;
    int pagesPerStep = 1024;
};

// Backups of the open store: one self-contained SQLite file made online (the backup API, so
// the officer can keep working), owner-only, with its metadata beside it (BackupMetadata,
// which carries the audit chain's head). Daily rotating backups keep a set number of days.
// A backup never overwrites an existing file.
class BackupService
{
public:
    BackupService(StoreConnection &connection, AuditTrail &audit, Clock clock);

    using Progress = BackupProgress;

    // Copies the store to `target`, a file that must not exist. Stopped by `progress` or failing,
    // it leaves nothing behind: no `target`, no partial copy, no record (StoreErrorCode::Cancelled
    // when stopped); other backups are never touched.
    [[nodiscard]] Result<BackupMetadata> backupTo(const QString &target,
                                                  const Progress &progress = {});
    // Makes today's backup in `folder` unless it exists, then removes the oldest daily backups
    // beyond `keep`. Returns the new backup, or nothing when today's already existed.
    [[nodiscard]] Result<std::optional<BackupMetadata>> dailyBackup(const QString &folder,
                                                                    int keep);

    // The folder for a store's daily backups: "backups" beside it.
    static QString defaultFolder(const QString &storePath);

private:
    StoreConnection &m_connection;
    AuditTrail &m_audit;
    Clock m_clock;
};

} // namespace foi::core
