#include "AtomicFile.h"

#include <QObject>
#include <QSaveFile>

namespace foi::core {

Status AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(QStringLiteral("file.open"),
                           QObject::tr("Cannot write %1: %2. Choose a folder you can write to.")
                               .arg(path, file.errorString()),
                           file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(
            QStringLiteral("file.write"),
            QObject::tr("Writing %1 failed (%2); nothing was changed. Check the disk "
                        "has space and try again.")
                .arg(path, file.errorString()),
            file.errorString());
    return success();
}

} // namespace foi::core
