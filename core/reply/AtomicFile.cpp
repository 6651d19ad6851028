#include "core/reply/AtomicFile.h"

#include <QObject>
#include <QSaveFile>

#include <unistd.h>

namespace foi::core {

Status AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // Unbuffered: Qt 6.4's QSaveFile only notices a failed write it made itself, not one made
    // while flushing its buffer in commit(), and would then put an empty or partial file in
    // place. Written directly, a failed write makes commit() refuse and keep the old file.
    // The new file is readable by its owner only, like everything else the workbench writes.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::make(QStringLiteral("file.open"),
                           QObject::tr("Cannot write %1: %2. Choose a folder you can write to.")
                               .arg(path, file.errorString()),
                           file.errorString());
    // commit() syncs but ignores a failed sync; a file the disk may not hold is no success.
    if (file.write(bytes) != bytes.size() || ::fdatasync(file.handle()) != 0 || !file.commit())
        return Error::make(
            QStringLiteral("file.write"),
            QObject::tr("Writing %1 failed (%2); nothing was changed. Check the disk "
                        "has space and try again.")
                .arg(path, file.errorString()),
            file.errorString());
    return success();
}

} // namespace foi::core
