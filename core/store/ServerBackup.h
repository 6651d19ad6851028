#pragma once

#include "core/store/AuditReport.h"
#include "core/store/BackupMetadata.h"
#include "core/store/StoreAddress.h"
#include "core/support/Clock.h"
#include "core/support/Result.h"

#include <QString>

namespace foi::core {

// Backs up a team store with PostgreSQL's own pg_dump (custom format) and restores one into an
// empty database with pg_restore, after checking it (issue 20 point 2). The backup is taken from
// one read snapshot, exported to pg_dump, in which the audit chain's head is read too: so the
// anchor in the backup's record (BACKUP.json, as for a store file) is exactly the head of what
// the dump holds. Restoring checks, before anything is written, that the file is a pg_dump
// archive of a case store matching its record (size and SHA-256), and that the target database
// is empty; pg_restore then runs as one transaction, and the restored chain must verify and pass
// through the recorded anchor. Neither tool is ever asked for a password (libpq's ~/.pgpass or
// PGPASSFILE supplies one), so neither can stall waiting for one.
class ServerBackup
{
public:
    // Where pg_dump and pg_restore are (Debian: postgresql-client).
    struct Tools
    {
        QString pgDump;
        QString pgRestore;

        // The tools found on PATH; empty entries when they are not installed.
        static Tools onPath();
    };

    ServerBackup(Tools tools, Clock clock);

    // Dumps the team store at `address` to `target`, which must not exist, and writes its
    // record beside it. On failure nothing is left under `target`.
    [[nodiscard]] Result<BackupMetadata> backup(const StoreAddress &address,
                                                const QString &target) const;

    // Restores the backup `source` into the empty database at `address`. Returns the check of
    // the restored store (its chain intact and through the recorded anchor); an error when the
    // backup or the database was refused before anything was written, or pg_restore failed (its
    // single transaction then leaves the database empty).
    [[nodiscard]] Result<AuditReport> restore(const StoreAddress &address,
                                              const QString &source) const;

private:
    // Runs `program` with `arguments` to its end; its standard error when it fails.
    [[nodiscard]] Status runTool(const QString &program, const QStringList &arguments,
                                 const QString &what, QByteArray *output = nullptr) const;
    [[nodiscard]] Status checkArchive(const QString &source) const;

    Tools m_tools;
    Clock m_clock;
};

} // namespace foi::core
