#include "core/support/StoreLocation.h"

#include "FoiVersion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace foi::core {

QString StoreLocation::defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString StoreLocation::userCalendarPath()
{
    return QDir(defaultDataFolder()).filePath(QStringLiteral("bank-holidays.json"));
}

QString StoreLocation::defaultStorePath()
{
    return QDir(defaultDataFolder()).filePath(QStringLiteral("cases.foistore"));
}

QString StoreLocation::settingsPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("foi-workbench/foi-workbench.conf"));
}

QString StoreLocation::legacySettingsPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("Unknown Organization/foi-workbench.conf"));
}

bool StoreLocation::migrateLegacySettings()
{
    if (QFileInfo::exists(settingsPath()) || !QFileInfo::exists(legacySettingsPath()))
        return false;
    const QSettings legacy(legacySettingsPath(), QSettings::IniFormat);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    const QStringList keys = legacy.allKeys();
    for (const QString &key : keys)
        settings.setValue(key, legacy.value(key));
    settings.sync();
    return !keys.isEmpty() && settings.status() == QSettings::NoError;
}

void applyApplicationIdentity()
{
    // No organisation name: it would add a folder level (~/.local/share/ORG/APP) for nothing.
    QCoreApplication::setApplicationName(QStringLiteral("foi-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOI_VERSION_STRING));
}

} // namespace foi::core
