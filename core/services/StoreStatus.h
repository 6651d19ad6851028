#pragma once

#include "core/support/Result.h"

#include <QString>

namespace foi::core {

class CaseStore;

// The open store as the workbench sees it, without reaching into core/store: where the file is,
// whether it was opened read-only, whether another process has committed to it since last asked
// (the case list is then read again), and where its backups go when Settings names no folder.
// changedElsewhere() fails with the store's error; the rest cannot fail.
class StoreStatus
{
public:
    explicit StoreStatus(CaseStore &store);

    const QString &path() const;
    bool isReadOnly() const;
    // Whether another process (or connection) has committed since the last call; the first call
    // only takes note. Cheap enough to poll every few seconds.
    [[nodiscard]] Result<bool> changedElsewhere();
    // The "backups" folder beside the store.
    QString defaultBackupFolder() const;

private:
    CaseStore &m_store;
};

} // namespace foi::core
