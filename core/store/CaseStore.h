#pragma once

#include "core/store/BackupService.h"
#include "core/store/StoreRepositories.h"
#include "core/store/WriteTransaction.h"
#include "core/support/Result.h"

#include <QString>

#include <memory>
#include <optional>

namespace foi::core {

class StoreConnection;

// The officer's case store: one SQLite file opened through Qt Sql. Opening refuses a network
// share, checks that the file is a sound case store of a version this workbench knows
// (PRAGMA quick_check; see IntegrityCheck for large files), upgrades it, and keeps it and its
// -wal/-shm owner-only. A failure has its own code (StoreErrorCode: missing, not-sqlite, corrupt,
// locked, read-only, newer-schema, network-share) and a message naming the ways out; a damaged file
// is copied aside (quarantined) and never altered. The repositories every store has
// (StoreRepositories: cases, audit, search, replies, ...) and the file's own parts (integrity
// checks, quarantine, backups) share the one connection, so a CaseStore is used on the thread that
// opened it. A team store on a server (ServerStore) has the same repositories and none of these
// file parts.
// The connection a CaseStore owns: a base, so that it is made before the repositories built over
// it and closed after them.
class OwnedStoreConnection
{
protected:
    explicit OwnedStoreConnection(std::unique_ptr<StoreConnection> connection);
    ~OwnedStoreConnection();
    OwnedStoreConnection(const OwnedStoreConnection &) = delete;
    OwnedStoreConnection &operator=(const OwnedStoreConnection &) = delete;

    std::unique_ptr<StoreConnection> m_owned;
};

class CaseStore : private OwnedStoreConnection, public StoreRepositories
{
public:
    enum class OpenMode {
        ReadWrite,       // the file must exist
        CreateIfMissing, // a new, empty store (and its folders) made owner-only when missing
        ReadOnly,        // nothing is written, not even an upgrade
    };

    // How much of the file opening checks. PRAGMA quick_check reads every page (about 0.5 s per
    // 200 MiB, measured), which on a store of a million cases takes seconds. Up to
    // `largeFileBytes` opening runs it in full. Above, opening runs a bounded check (header and
    // length, then quick_check of the schema and store_meta b-trees, whose size does not grow
    // with the cases) and fullCheckPending() is true: the caller then runs the full check with
    // BackgroundIntegrityCheck (the GUI does, after its first paint) and reports a failure.
    // See docs/case-store.md for why.
    enum class IntegrityCheck { Always, SmallFilesOnly };

    struct Options
    {
        int busyTimeoutMs = 5000;
        IntegrityCheck integrityCheck = IntegrityCheck::SmallFilesOnly;
        qint64 largeFileBytes = qint64(8) * 1024 * 1024;
        // Dates the audit rows, backups and quarantine copies: the program's one clock, passed
        // by whoever opens the store (a worker re-opening it for a job is given it too).
        Clock clock;
    };

    ~CaseStore();

    [[nodiscard]] static Result<std::unique_ptr<CaseStore>> open(const QString &path, OpenMode mode,
                                                                 const Options &options);

    const QString &path() const { return m_path; }
    // Opening ran only the bounded check: the full quick_check is still to be run.
    bool fullCheckPending() const { return m_fullCheckPending; }

    // The repositories every store has are the base's (cases(), audit(), transaction(),
    // verify() ...: services take a StoreRepositories &, whichever the back end); this adds the
    // file's backups.
    StoreRepositories &repositories() { return *this; }
    BackupService &backups() { return *m_backups; }

    // PRAGMA quick_check (or the full integrity_check): fails with StoreErrorCode::Corrupt,
    // naming SQLite's first complaints, when the file is damaged. A pass is noted in
    // store_meta (last_integrity_check) unless the store is open read-only.
    [[nodiscard]] Status checkIntegrity(bool full);
    // Notes a check that passed elsewhere (BackgroundIntegrityCheck) in store_meta.
    [[nodiscard]] Status noteIntegrityCheck();

    // Replaces this store's content with the backup `source` after checking the backup in
    // full. The content before is first kept as a backup beside the store, whose path is
    // returned. The restore itself is recorded in the audit trail.
    [[nodiscard]] Result<QString> restoreFrom(const QString &source, const QString &officer);

    // What restoreDamaged() did: where the damaged file was kept, when the backup was made
    // (invalid if its record is gone) and how many cases the store now holds.
    struct DamagedRestore
    {
        QString quarantineCopy;
        QDateTime backupMadeAt;
        qint64 caseCount = 0;
    };
    // For a store that cannot be opened (damaged): checks the backup `source` in full (file and
    // audit trail) and only then moves the damaged file at `path` aside, keeping one quarantine
    // copy (the one opening already made, if it did), and puts the backup in its place. The
    // restore is recorded in the restored store's audit trail. A backup that fails its check
    // leaves the damaged file where it was.
    [[nodiscard]] static Result<DamagedRestore> restoreDamaged(const QString &path,
                                                               const QString &source,
                                                               const QString &officer,
                                                               const Options &options);

    // Quarantine name for a damaged file, kept beside it and named by `clock`'s time (see
    // StoreFile::quarantine).
    [[nodiscard]] static Result<QString> quarantine(const QString &path, const Clock &clock);

private:
    CaseStore(QString path, std::unique_ptr<StoreConnection> connection, const Options &options);
    [[nodiscard]] static Result<std::unique_ptr<StoreConnection>>
    connect(const QString &path, OpenMode mode, const Options &options);
    [[nodiscard]] static Result<AuditAnchor> checkBackup(const QString &source,
                                                         const Options &options);
    [[nodiscard]] static Status checkIsCaseStore(StoreConnection &connection, OpenMode mode);
    [[nodiscard]] static Status checkFile(StoreConnection &connection, bool full);
    [[nodiscard]] static Status checkBounded(StoreConnection &connection);
    [[nodiscard]] static Status reportProblems(StoreConnection &connection,
                                               const Result<QStringList> &problems);

    QString m_path;
    bool m_fullCheckPending = false;
    Options m_options;
    std::unique_ptr<BackupService> m_backups;
};

} // namespace foi::core
