#include "core/services/StoreStatus.h"

#include "core/store/BackupService.h"
#include "core/store/OpenedStore.h"
#include "core/store/OutsideChangeWatch.h"

namespace foi::core {

namespace {

// How long a burst of changes is let settle before the list is read again once.
constexpr int settleMs = 150;

} // namespace

StoreStatus::StoreStatus(OpenedStore &store)
    : m_store(store)
{}

StoreStatus::~StoreStatus() = default;

QString StoreStatus::path() const
{
    return m_store.display();
}

const StoreAddress &StoreStatus::address() const
{
    return m_store.address();
}

bool StoreStatus::isReadOnly() const
{
    return m_store.isReadOnly();
}

bool StoreStatus::isTeamStore() const
{
    return m_store.isTeamStore();
}

Status StoreStatus::watchOutsideChanges(QObject *receiver, std::function<void()> changed,
                                        int filePollMs)
{
    m_watch = std::make_unique<OutsideChangeWatch>(m_store.repositories().connection(), filePollMs,
                                                   settleMs);
    QObject::connect(m_watch.get(), &OutsideChangeWatch::changed, receiver, std::move(changed));
    return m_watch->start();
}

QString StoreStatus::defaultBackupFolder() const
{
    return m_store.file() ? BackupService::defaultFolder(m_store.file()->path()) : QString();
}

} // namespace foi::core
