#pragma once

#include "core/store/CaseStore.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreAddress.h"
#include "core/support/Result.h"

#include <memory>

namespace foi::core {

// The case store a program has open, whichever its back end: an officer's store file
// (CaseStore) or the team's store on a PostgreSQL server (ServerStore). Either way it has the
// repositories every store has; the parts only a file has (integrity checks, quarantine,
// SQLite backups) are reached through file(), which is null on a team store.
class OpenedStore
{
public:
    explicit OpenedStore(std::unique_ptr<CaseStore> file);
    OpenedStore(std::unique_ptr<ServerStore> server, StoreAddress address);

    // Opens the store `address` names: a file as `mode` says; a team store read-only for
    // OpenMode::ReadOnly, else for reading and writing (CreateIfMissing does not make a team
    // store: `store init` does, once, with the rights an IT department gives).
    [[nodiscard]] static Result<std::unique_ptr<OpenedStore>>
    open(const StoreAddress &address, CaseStore::OpenMode mode, const CaseStore::Options &options);

    StoreRepositories &repositories();
    // The store file; null on a team store (whose server keeps its own pages sound).
    CaseStore *file() const { return m_file.get(); }
    bool isTeamStore() const { return m_server != nullptr; }
    bool isReadOnly() const;
    // Where the store is, for workers that open their own connection to it.
    const StoreAddress &address() const { return m_address; }
    // The file's path or the server's address (never a password), to show the officer.
    QString display() const;

private:
    std::unique_ptr<CaseStore> m_file;
    std::unique_ptr<ServerStore> m_server;
    StoreAddress m_address;
};

} // namespace foi::core
