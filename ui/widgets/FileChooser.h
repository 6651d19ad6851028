#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace foi::ui {

// Asks the officer for a file or a folder: every file dialog of the workbench goes through one
// FileChooser, made once by the composition root (DialogFileChooser, over Qt's file dialogs) and
// passed down through constructors, so that a test can answer each dialog itself
// (ScriptedFileChooser in tests/ui). `parent` is the window the dialog belongs to, `caption` its
// title, `start` the folder or suggested file it opens on (empty: the dialog's own choice),
// `filter` the file types offered ("PDF documents (*.pdf)"; empty: any file). Each call blocks
// until the officer answers and returns an empty result when the officer cancels; it never fails
// otherwise.
class FileChooser
{
public:
    virtual ~FileChooser() = default;

    // An existing file to read.
    [[nodiscard]] virtual QString openFile(QWidget *parent, const QString &caption,
                                           const QString &start, const QString &filter) = 0;
    // Existing files to read, one or more.
    [[nodiscard]] virtual QStringList openFiles(QWidget *parent, const QString &caption,
                                                const QString &start, const QString &filter) = 0;
    // A file to write; the dialog asks before replacing one that exists.
    [[nodiscard]] virtual QString saveFile(QWidget *parent, const QString &caption,
                                           const QString &start, const QString &filter) = 0;
    // An existing folder.
    [[nodiscard]] virtual QString folder(QWidget *parent, const QString &caption,
                                         const QString &start) = 0;

    // `fileName` in the officer's documents folder: where a letter's save dialog starts.
    static QString inDocuments(const QString &fileName);

protected:
    FileChooser() = default;
    FileChooser(const FileChooser &) = default;
    FileChooser &operator=(const FileChooser &) = default;
};

} // namespace foi::ui
