#include "core/services/StoreRecoveryService.h"

namespace foi::core {

StoreRecoveryService::StoreRecoveryService(QString storePath, QStringList backupFolders,
                                           QString officer, CaseStore::Options options)
    : m_storePath(std::move(storePath))
    , m_backupFolders(std::move(backupFolders))
    , m_officer(std::move(officer))
    , m_options(std::move(options))
{}

QList<BackupEntry> StoreRecoveryService::backups() const
{
    return BackupCatalogue::list(m_backupFolders, m_options.clock);
}

Result<CaseStore::DamagedRestore> StoreRecoveryService::restore(const QString &backup) const
{
    return CaseStore::restoreDamaged(m_storePath, backup, m_officer, m_options);
}

} // namespace foi::core
