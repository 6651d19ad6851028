#include "core/store/StoreFile.h"

#include "core/store/SqliteDialect.h"
#include "core/support/OwnerOnlyFolder.h"
#include "core/support/StoreErrorCode.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

namespace foi::core {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

const char *const companions[] = {"-wal", "-shm"};

} // namespace

StoreFile::FileSystemKind StoreFile::classifyFileSystem(qint64 statfsType)
{
    switch (quint32(statfsType)) {
    case 0x6969:     // NFS
    case 0x517B:     // SMB
    case 0xFF534D42: // CIFS
    case 0xFE534D42: // SMB2
    case 0x5346414F: // AFS
    case 0x73757245: // Coda
    case 0x564C:     // NCP
    case 0x01021997: // 9P (virtual machine shares)
    case 0x00C36400: // Ceph
        return FileSystemKind::Network;
    default:
        return FileSystemKind::Local;
    }
}

Status StoreFile::refuseNetworkShare(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    struct statfs info
    {
    };
    if (statfs(QFile::encodeName(folder).constData(), &info) != 0) {
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("The folder %1 of the case store cannot be read. Check "
                                          "that it exists, or choose another file.")
                               .arg(folder),
                           systemError());
    }
    if (classifyFileSystem(qint64(info.f_type)) == FileSystemKind::Network) {
        return Error::make(
            StoreErrorCode::NetworkShare,
            QStringLiteral("The case store %1 is on a network share. SQLite cannot lock files "
                           "safely there and cases could be lost. Keep the store on this "
                           "computer's own disk (a shared store needs the server edition).")
                .arg(path),
            QStringLiteral("statfs f_type 0x%1").arg(quint32(info.f_type), 0, 16));
    }
    return success();
}

Status StoreFile::checkExisting(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return Error::make(StoreErrorCode::Missing,
                           QStringLiteral("There is no case store at %1. Choose another file, "
                                          "open the latest backup, or import cases to start a "
                                          "new store.")
                               .arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(StoreErrorCode::ReadOnly,
                           QStringLiteral("The case store %1 cannot be read: check its "
                                          "permissions, or choose another file.")
                               .arg(path),
                           file.errorString());
    }
    const QByteArray header = file.read(100);
    if (!SqliteDialect::isSqliteHeader(header)) {
        return Error::make(StoreErrorCode::NotSqlite,
                           QStringLiteral("%1 is not a case store (it is not a SQLite database). "
                                          "Choose another file.")
                               .arg(path),
                           QStringLiteral("%1 bytes, header %2")
                               .arg(file.size())
                               .arg(QString::fromLatin1(header.left(16).toHex())));
    }
    const qint64 declared = SqliteDialect::declaredFileSize(header);
    if (declared > 0 && file.size() < declared) {
        return Error::make(StoreErrorCode::Corrupt,
                           QStringLiteral("The case store %1 is shorter than it should be: it was "
                                          "cut off (truncated). Open the latest backup.")
                               .arg(path),
                           QStringLiteral("%1 bytes on disk, %2 declared in the header")
                               .arg(file.size())
                               .arg(declared));
    }
    return success();
}

Status StoreFile::ensureFolderOwnerOnly(const QString &path)
{
    QString failed;
    if (OwnerOnlyFolder::make(QFileInfo(path).absolutePath(), &failed))
        return success();
    return Error::make(StoreErrorCode::FileSystem,
                       QStringLiteral("The folder %1 for the case store could not be made. Check "
                                      "that %2 can be written, or choose another file.")
                           .arg(failed, QFileInfo(failed).absolutePath()),
                       systemError());
}

Status StoreFile::createOwnerOnly(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("The file %1 could not be created. Check that its "
                                          "folder exists and can be written.")
                               .arg(path),
                           systemError());
    }
    ::close(fd);
    return success();
}

Status StoreFile::restrictToOwner(const QString &path)
{
    QStringList files{path};
    for (const char *suffix : companions)
        files.append(path + QLatin1String(suffix));
    for (const QString &file : files) {
        const QByteArray name = QFile::encodeName(file);
        struct stat info
        {
        };
        if (::stat(name.constData(), &info) != 0)
            continue;
        if ((info.st_mode & 0777) == (S_IRUSR | S_IWUSR))
            continue;
        if (::chmod(name.constData(), S_IRUSR | S_IWUSR) != 0) {
            return Error::make(StoreErrorCode::FileSystem,
                               QStringLiteral("%1 could not be made private to you. Check who "
                                              "owns it.")
                                   .arg(file),
                               systemError());
        }
    }
    return success();
}

bool StoreFile::isReadOnlyForUs(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) != 0 && errno != ENOENT;
}

Status StoreFile::copyOwnerOnly(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("%1 could not be read.").arg(from), source.errorString());
    }
    if (Status created = createOwnerOnly(to); !created)
        return created;
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly)) {
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("%1 could not be written.").arg(to),
                           target.errorString());
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            break;
        if (target.write(chunk) != chunk.size()) {
            return Error::make(StoreErrorCode::FileSystem,
                               QStringLiteral("%1 could not be written in full (is the disk "
                                              "full?).")
                                   .arg(to),
                               target.errorString());
        }
    }
    if (source.error() != QFileDevice::NoError || !target.flush()) {
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("Copying %1 to %2 failed.").arg(from, to),
                           source.errorString() + QLatin1Char(' ') + target.errorString());
    }
    ::fsync(target.handle());
    return success();
}

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result();
}

// Both missing, or both there with the same bytes.
bool sameBytes(const QString &a, const QString &b)
{
    const QFileInfo left(a);
    const QFileInfo right(b);
    if (left.exists() != right.exists())
        return false;
    if (!left.exists())
        return true;
    if (left.size() != right.size())
        return false;
    const QByteArray hash = sha256Of(a);
    return !hash.isEmpty() && hash == sha256Of(b);
}

} // namespace

std::optional<QString> StoreFile::existingQuarantine(const QString &path)
{
    const QFileInfo original(path);
    const QDir folder = original.absoluteDir();
    const QStringList names = folder.entryList(
        {original.fileName() + QStringLiteral(".quarantine-*")}, QDir::Files, QDir::Name);
    const QString wal = QStringLiteral("-wal");
    for (const QString &name : names) {
        if (name.endsWith(wal))
            continue;
        const QString copy = folder.filePath(name);
        if (sameBytes(copy, path) && sameBytes(copy + wal, path + wal))
            return copy;
    }
    return std::nullopt;
}

Result<QString> StoreFile::quarantine(const QString &path, const QDateTime &nowUtc)
{
    // Opened again and again while damaged, the file is kept once, not once per attempt.
    if (const std::optional<QString> kept = existingQuarantine(path))
        return *kept;
    const QString stamp = nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString copy = QStringLiteral("%1.quarantine-%2").arg(path, stamp);
    for (int n = 2; QFileInfo::exists(copy); ++n)
        copy = QStringLiteral("%1.quarantine-%2-%3").arg(path, stamp).arg(n);
    if (Status copied = copyOwnerOnly(path, copy); !copied)
        return copied.error();
    // The -wal may hold the newest committed changes: keep it with the copy.
    const QString wal = path + QLatin1String("-wal");
    if (QFileInfo::exists(wal)) {
        if (Status copied = copyOwnerOnly(wal, copy + QLatin1String("-wal")); !copied)
            return copied.error();
    }
    return copy;
}

} // namespace foi::core
