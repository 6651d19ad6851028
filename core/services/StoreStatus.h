#pragma once

#include "core/store/StoreAddress.h"
#include "core/support/Result.h"

#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace foi::core {

class OpenedStore;
class OutsideChangeWatch;

// The open store as the workbench sees it, without reaching into core/store: where it is (a file,
// or a team store on a server), whether it was opened read-only, when someone else changes its
// cases (the case list is then read again), and where its backups go when Settings names no
// folder. The store must outlive it.
class StoreStatus
{
public:
    explicit StoreStatus(OpenedStore &store);
    ~StoreStatus();
    StoreStatus(const StoreStatus &) = delete;
    StoreStatus &operator=(const StoreStatus &) = delete;

    // The file's path, or the team store's address (never a password), to show the officer.
    QString path() const;
    // Where the store is, for the workers that open their own connection to it (an import).
    const StoreAddress &address() const;
    bool isReadOnly() const;
    // A team store on a server, which its server's administrators back up (pg_dump), not the
    // workbench.
    bool isTeamStore() const;
    // Calls `changed` on `receiver`'s thread, while `receiver` lives, whenever another officer,
    // process or connection has committed a change to the cases: at once on a team store (the
    // server announces it), within `filePollMs` on a file. Fails with the store's error when the
    // changes cannot be watched; the list is then only read again when the officer asks.
    [[nodiscard]] Status watchOutsideChanges(QObject *receiver, std::function<void()> changed,
                                             int filePollMs);
    // The "backups" folder beside a store file; empty for a team store.
    QString defaultBackupFolder() const;

private:
    OpenedStore &m_store;
    std::unique_ptr<OutsideChangeWatch> m_watch;
};

} // namespace foi::core
