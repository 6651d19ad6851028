#include "ui/widgets/FileChooser.h"

#include <QDir>
#include <QStandardPaths>

namespace foi::ui {

QString FileChooser::inDocuments(const QString &fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(fileName);
}

} // namespace foi::ui
