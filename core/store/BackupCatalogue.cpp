#include "core/store/BackupCatalogue.h"

#include "core/store/BackupMetadata.h"
#include "core/store/CaseStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace foi::core {

namespace {

void countCases(BackupEntry &entry, const Clock &clock)
{
    Result<std::unique_ptr<CaseStore>> store = CaseStore::open(
        entry.path, CaseStore::OpenMode::ReadOnly, CaseStore::Options{.clock = clock});
    if (!store) {
        entry.problem = store.error().message;
        return;
    }
    Result<qint64> count = (*store)->cases().count();
    if (count)
        entry.caseCount = *count;
    else
        entry.problem = count.error().message;
}

} // namespace

QList<BackupEntry> BackupCatalogue::list(const QStringList &folders, const Clock &clock)
{
    QList<BackupEntry> entries = recorded(folders);
    for (BackupEntry &entry : entries)
        countCases(entry, clock);
    return entries;
}

QList<BackupEntry> BackupCatalogue::recorded(const QStringList &folders)
{
    QList<BackupEntry> entries;
    QSet<QString> seen;
    for (const QString &folder : folders) {
        if (folder.isEmpty())
            continue;
        const QDir dir(folder);
        const QStringList names =
            dir.entryList({QStringLiteral("*.foistore")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const QString path = QFileInfo(dir.filePath(name)).absoluteFilePath();
            if (seen.contains(path))
                continue;
            seen.insert(path);
            const Result<BackupMetadata> record = BackupMetadata::read(path);
            if (!record)
                continue;
            BackupEntry entry;
            entry.path = path;
            entry.createdAt = QDateTime::fromString(record->createdAt, Qt::ISODateWithMs);
            if (!entry.createdAt.isValid())
                continue;
            entry.createdAt = entry.createdAt.toUTC();
            entry.size = QFileInfo(path).size();
            entries.append(entry);
        }
    }
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const BackupEntry &a, const BackupEntry &b) { return a.createdAt > b.createdAt; });
    return entries;
}

std::optional<BackupEntry> BackupCatalogue::newest(const QStringList &folders)
{
    const QList<BackupEntry> entries = recorded(folders);
    if (entries.isEmpty())
        return std::nullopt;
    return entries.constFirst();
}

} // namespace foi::core
