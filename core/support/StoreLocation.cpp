#include "StoreLocation.h"

#include "FoiVersion.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace foi::core {

QString StoreLocation::defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString StoreLocation::defaultStorePath()
{
    return QDir(defaultDataFolder()).filePath(QStringLiteral("cases.foistore"));
}

void applyApplicationIdentity()
{
    // No organisation name: it would add a folder level (~/.local/share/ORG/APP) for nothing.
    QCoreApplication::setApplicationName(QStringLiteral("foi-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOI_VERSION_STRING));
}

} // namespace foi::core
