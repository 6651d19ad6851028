#include "core/reply/AuthorityProfileLocator.h"

#include "core/reply/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace foi::core {

QString AuthorityProfileLocator::userProfilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("authority.json"));
}

QString AuthorityProfileLocator::systemProfilePath()
{
    return QStringLiteral("/etc/foi-workbench/authority.json");
}

Result<AuthorityProfile> AuthorityProfileLocator::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            QStringLiteral("authority.unreadable"),
            QObject::tr("Cannot read the authority profile %1: %2.").arg(path, file.errorString()));
    Result<AuthorityProfile> profile = AuthorityProfile::fromJson(file.readAll());
    if (!profile)
        return Error::make(profile.error().code,
                           QObject::tr("%1: %2").arg(path, profile.error().message),
                           profile.error().detail);
    return profile;
}

Status AuthorityProfileLocator::save(const AuthorityProfile &profile, const QString &path)
{
    if (const QList<Error> problems = profile.problems(); !problems.isEmpty())
        return problems.constFirst();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::make(QStringLiteral("file.open"),
                           QObject::tr("Cannot create the folder %1 for the authority profile. "
                                       "Check that you may write there.")
                               .arg(QFileInfo(path).absolutePath()));
    return AtomicFile::write(path, profile.toJson());
}

Result<AuthorityProfile> AuthorityProfileLocator::load(const QStringList &candidates)
{
    const QStringList paths =
        candidates.isEmpty() ? QStringList{userProfilePath(), systemProfilePath()} : candidates;
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            return loadFile(path);
    }
    return Error::make(QStringLiteral("authority.none"),
                       QObject::tr("No authority profile is set up, so letters would have no "
                                   "address or review contact. Create %1 (or ask IT for %2).")
                           .arg(paths.value(0), systemProfilePath()));
}

} // namespace foi::core
