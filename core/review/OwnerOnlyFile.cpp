#include "core/review/OwnerOnlyFile.h"

#include "core/review/ReviewErrorCode.h"
#include "core/support/OwnerOnlyFolder.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace foi::core {

namespace {

Error failed(const QString &path, const QString &why)
{
    return Error::make(ReviewErrorCode::Keys,
                       QStringLiteral("Cannot write %1: %2. Check the folder's permissions and "
                                      "free space.")
                           .arg(path, why));
}

} // namespace

Status OwnerOnlyFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, file.errorString());
    // The temporary file gets owner-only permissions before a byte of the secret is written.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(path, QStringLiteral("cannot restrict it to its owner"));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failed(path, file.errorString());
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(path, QStringLiteral("cannot restrict it to its owner"));
    return success();
}

Status OwnerOnlyFile::ensureFolder(const QString &folder)
{
    if (!OwnerOnlyFolder::make(folder))
        return failed(folder, QStringLiteral("the folder cannot be made"));
    if (!QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner))
        return failed(folder, QStringLiteral("cannot restrict the folder to its owner"));
    return success();
}

} // namespace foi::core
