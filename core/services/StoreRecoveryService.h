#pragma once

#include "core/store/BackupCatalogue.h"
#include "core/store/CaseStore.h"
#include "core/support/Result.h"

#include <QString>
#include <QStringList>

namespace foi::core {

// The ways out for a case store that would not open, as the GUI offers them: the backups to
// restore from (BackupCatalogue, newest first) and the restore itself (CaseStore::restoreDamaged,
// which keeps the damaged file as one quarantine copy). It holds only paths, so restore() may run
// on a worker thread; every store it opens is opened and closed inside the call.
class StoreRecoveryService
{
public:
    StoreRecoveryService(QString storePath, QStringList backupFolders, QString officer,
                         CaseStore::Options options);

    const QString &storePath() const { return m_storePath; }
    const QStringList &backupFolders() const { return m_backupFolders; }
    QList<BackupEntry> backups() const;
    [[nodiscard]] Result<CaseStore::DamagedRestore> restore(const QString &backup) const;

private:
    QString m_storePath;
    QStringList m_backupFolders;
    QString m_officer;
    CaseStore::Options m_options;
};

} // namespace foi::core
