#pragma once

#include "core/support/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace foi::core {

// What the store checks and does to its file before and around SQLite: that it exists and
// is a SQLite file of plausible length, that it is not on a network share (SQLite's locking
// is unsafe there), that it and its -wal/-shm companions are readable by the owner only,
// and how a damaged file is kept aside (quarantined) instead of being overwritten or deleted.
class StoreFile
{
public:
    enum class FileSystemKind { Local, Network };

    // Sorts a statfs(2) f_type: NFS, SMB/CIFS, AFS, Coda, NCP, 9P and Ceph are network shares.
    static FileSystemKind classifyFileSystem(qint64 statfsType);
    // Refuses (StoreErrorCode::NetworkShare) when the folder of `path` is on a network share.
    [[nodiscard]] static Status refuseNetworkShare(const QString &path);

    // Missing, not SQLite, or shorter than its header says (truncated): each its own error.
    [[nodiscard]] static Status checkExisting(const QString &path);
    // Makes the folder of `path` when it is missing, each folder made (parents too) owner-only
    // (0700), so a first command on a new account finds somewhere private to keep its store.
    // Leaves a folder that exists as it is. Fails (StoreErrorCode::FileSystem) naming the
    // folder that could not be made.
    [[nodiscard]] static Status ensureFolderOwnerOnly(const QString &path);
    // Creates an empty file readable and writable by its owner only; fails if it exists.
    [[nodiscard]] static Status createOwnerOnly(const QString &path);
    // chmod 0600 on the store and whichever of its -wal and -shm files exist.
    [[nodiscard]] static Status restrictToOwner(const QString &path);
    // True when the file exists but this user may not write it.
    static bool isReadOnlyForUs(const QString &path);

    // Copies `from` to the new file `to`, created owner-only. Fails if `to` exists.
    [[nodiscard]] static Status copyOwnerOnly(const QString &from, const QString &to);
    // Keeps a copy of a damaged store (and its -wal) beside it, named with a UTC timestamp,
    // owner-only. Returns the copy's path. Never touches the original. When a copy of the same
    // bytes (store and -wal) is already kept, that copy is the answer and no other is made.
    [[nodiscard]] static Result<QString> quarantine(const QString &path, const QDateTime &nowUtc);
    // The quarantine copy already kept of the file as it is now, if any.
    static std::optional<QString> existingQuarantine(const QString &path);
};

} // namespace foi::core
