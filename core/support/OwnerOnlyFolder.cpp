#include "core/support/OwnerOnlyFolder.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cerrno>
#include <sys/stat.h>

namespace foi::core {

bool OwnerOnlyFolder::make(const QString &folder, QString *failed)
{
    QStringList missing;
    for (QString level = QFileInfo(folder).absoluteFilePath(); !QFileInfo::exists(level);) {
        missing.prepend(level);
        const QString parent = QFileInfo(level).absolutePath();
        if (parent == level)
            break;
        level = parent;
    }
    for (const QString &level : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(level).constData(), S_IRWXU) != 0 && errno != EEXIST) {
            if (failed)
                *failed = level;
            return false;
        }
    }
    return true;
}

} // namespace foi::core
