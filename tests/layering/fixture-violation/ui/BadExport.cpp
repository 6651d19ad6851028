// Breaks the one-chooser rule on purpose: a widget opening a save dialog itself, which no test
// can answer.
#include <QFileDialog>

QString chooseLetterPath(QWidget *parent)
{
    return QFileDialog::getSaveFileName(parent, QStringLiteral("Export"));
}
