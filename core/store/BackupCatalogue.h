#pragma once

#include "core/support/Clock.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// One backup an officer can restore, as its record describes it.
struct BackupEntry
{
    QString path;
    QDateTime createdAt; // UTC, from the backup's record
    qint64 size = 0;
    // How many cases it holds; none when it could not be opened (then `problem` says why).
    std::optional<qint64> caseCount;
    QString problem;
};

// The backups in a set of folders: every *.foistore with its backup record beside it (the daily
// backups and the "Back up now" copies alike), newest first by the time its record says it was
// made, never by its file name. A file without a readable record is not listed: nothing says
// when it was made. Reading never changes a backup (each is opened read-only to count cases).
class BackupCatalogue
{
public:
    // Each backup opened read-only to count its cases; `clock` names the quarantine copy of one
    // found damaged, as opening any store does.
    static QList<BackupEntry> list(const QStringList &folders, const Clock &clock);
    // The newest backup by recorded time, without opening any.
    static std::optional<BackupEntry> newest(const QStringList &folders);

private:
    // The backups with a readable record, newest first, none opened.
    static QList<BackupEntry> recorded(const QStringList &folders);
};

} // namespace foi::core
