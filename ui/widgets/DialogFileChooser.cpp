#include "ui/widgets/DialogFileChooser.h"

#include <QFileDialog>

namespace foi::ui {

QString DialogFileChooser::openFile(QWidget *parent, const QString &caption, const QString &start,
                                    const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, start, filter);
}

QStringList DialogFileChooser::openFiles(QWidget *parent, const QString &caption,
                                         const QString &start, const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, caption, start, filter);
}

QString DialogFileChooser::saveFile(QWidget *parent, const QString &caption, const QString &start,
                                    const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, start, filter);
}

QString DialogFileChooser::folder(QWidget *parent, const QString &caption, const QString &start)
{
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

} // namespace foi::ui
