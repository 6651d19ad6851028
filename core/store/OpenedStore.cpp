#include "core/store/OpenedStore.h"

namespace foi::core {

OpenedStore::OpenedStore(std::unique_ptr<CaseStore> file)
    : m_file(std::move(file))
    , m_address(StoreAddress::file(m_file->path()))
{}

OpenedStore::OpenedStore(std::unique_ptr<ServerStore> server, StoreAddress address)
    : m_server(std::move(server))
    , m_address(std::move(address))
{}

Result<std::unique_ptr<OpenedStore>> OpenedStore::open(const StoreAddress &address,
                                                       CaseStore::OpenMode mode,
                                                       const CaseStore::Options &options)
{
    if (!address.isTeamServer()) {
        auto file = CaseStore::open(address.filePath(), mode, options);
        if (!file)
            return file.error();
        return std::make_unique<OpenedStore>(std::move(file).value());
    }
    const bool readOnly = mode == CaseStore::OpenMode::ReadOnly;
    auto server = ServerStore::open(
        address, readOnly ? StoreConnection::Access::ReadOnly : StoreConnection::Access::ReadWrite,
        options.clock);
    if (!server)
        return server.error();
    return std::make_unique<OpenedStore>(std::move(server).value(), address);
}

StoreRepositories &OpenedStore::repositories()
{
    return m_file ? m_file->repositories() : m_server->repositories();
}

bool OpenedStore::isReadOnly() const
{
    // As the connection was opened: a read-only file, or a team store's read-only session.
    return m_file ? m_file->isReadOnly() : m_server->repositories().isReadOnly();
}

QString OpenedStore::display() const
{
    return m_file ? m_file->path() : m_address.display();
}

} // namespace foi::core
