#pragma once

#include "core/services/StoreRecoveryService.h"
#include "core/support/Result.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace foi::ui {

class FileChooser;

// What the officer sees when the case store would not open: what is wrong, in plain words, and
// the ways out in the window itself. Restore a backup (listed with when it was made, its size and
// how many cases it holds, newest first); open the selected backup read-only to look at it first;
// or choose another store file. A restore runs on a worker; afterwards the window says when the
// backup was made, so the officer knows from when to enter work again, and offers to open the
// restored store. Nothing here runs SQL: the service does.
class StoreRecoveryWindow : public QWidget
{
    Q_OBJECT
public:
    // `files` asks for another store file to open.
    StoreRecoveryWindow(const core::Error &problem, const core::StoreRecoveryService &recovery,
                        FileChooser &files, QWidget *parent = nullptr);
    ~StoreRecoveryWindow() override; // waits for a restore still running

    // Shows why opening what the officer chose failed, and keeps the ways out.
    void showProblem(const core::Error &problem);
    bool isRestoring() const;

signals:
    // The officer wants the workbench on this store, read-only or not.
    void openRequested(const QString &path, bool readOnly);
    void quitRequested();

private:
    struct Outcome
    {
        core::Result<core::CaseStore::DamagedRestore> restored = core::Error{};
    };

    void createWidgets();
    void layOut();
    void connectActions();
    void listBackups();
    void restoreSelected();
    void showRestored(const Outcome &outcome);
    void chooseAnotherFile();
    QString selectedBackup() const;
    void setBusy(bool busy);

    const core::StoreRecoveryService &m_recovery;
    FileChooser &m_files;
    QList<core::BackupEntry> m_backups;
    QString m_restoredFrom;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_backupsLabel = nullptr;
    QTreeWidget *m_backupsList = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_openReadOnlyButton = nullptr;
    QPushButton *m_chooseFileButton = nullptr;
    QPushButton *m_quitButton = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_openRestoredButton = nullptr;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
};

} // namespace foi::ui
