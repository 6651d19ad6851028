#pragma once

#include "ui/widgets/FileChooser.h"

namespace foi::ui {

// The program's file chooser: Qt's file dialogs (the platform's own where there is one). The only
// place in ui/ that opens a file dialog itself (tests/layering checks it); made once by the
// composition root.
class DialogFileChooser final : public FileChooser
{
public:
    QString openFile(QWidget *parent, const QString &caption, const QString &start,
                     const QString &filter) override;
    QStringList openFiles(QWidget *parent, const QString &caption, const QString &start,
                          const QString &filter) override;
    QString saveFile(QWidget *parent, const QString &caption, const QString &start,
                     const QString &filter) override;
    QString folder(QWidget *parent, const QString &caption, const QString &start) override;
};

} // namespace foi::ui
