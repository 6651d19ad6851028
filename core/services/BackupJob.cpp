#include "core/services/BackupJob.h"

#include "core/store/CaseStore.h"
#include "core/support/StoreErrorCode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace foi::core {

namespace {

Error stoppedBeforeCopying()
{
    return Error::make(StoreErrorCode::Cancelled,
                       QStringLiteral("The backup was stopped before it began. No backup file "
                                      "was made, and earlier backups are as they were."));
}

} // namespace

QString BackupJob::targetIn(const QString &folder, const QString &storePath, const QDateTime &now)
{
    return QDir(folder).filePath(
        QStringLiteral("%1-backup-%2.foistore")
            .arg(QFileInfo(storePath).completeBaseName(),
                 now.toUTC().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))));
}

Result<BackupMetadata> BackupJob::run(const QString &storePath, const QString &target, Clock clock,
                                      JobControl &control)
{
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder))
            return Error::make(StoreErrorCode::FileSystem,
                               QStringLiteral("The backup folder %1 could not be made. Choose "
                                              "another folder for backups; the case store is "
                                              "unchanged.")
                                   .arg(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    if (control.cancelled)
        return stoppedBeforeCopying();
    auto store = CaseStore::open(storePath, CaseStore::OpenMode::ReadOnly,
                                 CaseStore::Options{.clock = std::move(clock)});
    if (!store)
        return store.error();
    if (control.cancelled)
        return stoppedBeforeCopying();
    BackupService::Progress progress{[&control](qint64 copied, qint64 total) {
        control.total = static_cast<int>(total);
        control.done = static_cast<int>(copied);
        return !control.cancelled;
    }};
    return (*store)->backups().backupTo(target, progress);
}

} // namespace foi::core
