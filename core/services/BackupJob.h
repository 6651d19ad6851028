#pragma once

#include "core/services/CaseImportJob.h"
#include "core/store/BackupMetadata.h"
#include "core/support/Result.h"

#include <QDateTime>
#include <QString>

namespace foi::core {

// Backs up the store on a worker thread, for the officer's "Back up now". It opens its own
// read-only connection to the store at `storePath` (a Qt Sql connection belongs to the thread
// that made it; the officer's own connection carries on writing), makes the folder of `target`
// if needed (owner-only), and copies the store through BackupService, counting pages in
// `control.done` of `control.total`. Once `control.cancelled` is set it stops at the next step
// (4 MiB) and leaves no file behind: it fails with StoreErrorCode::Cancelled, earlier backups
// untouched.
class BackupJob
{
public:
    // "<folder>/<store's name>-backup-YYYY-MM-DD-HHMMSS.foistore" (UTC): never the name of a
    // daily backup, so the daily rotation does not remove it.
    static QString targetIn(const QString &folder, const QString &storePath, const QDateTime &now);

    // `clock` dates the backup's record (a copy, as the job runs on another thread).
    [[nodiscard]] static Result<BackupMetadata> run(const QString &storePath, const QString &target,
                                                    Clock clock, JobControl &control);
};

} // namespace foi::core
