#include "core/services/StoreStatus.h"

#include "core/store/BackupService.h"
#include "core/store/CaseStore.h"

namespace foi::core {

StoreStatus::StoreStatus(CaseStore &store)
    : m_store(store)
{}

const QString &StoreStatus::path() const
{
    return m_store.path();
}

bool StoreStatus::isReadOnly() const
{
    return m_store.isReadOnly();
}

Result<bool> StoreStatus::changedElsewhere()
{
    return m_store.changedElsewhere();
}

QString StoreStatus::defaultBackupFolder() const
{
    return BackupService::defaultFolder(m_store.path());
}

} // namespace foi::core
