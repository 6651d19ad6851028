#pragma once

#include "core/services/ReleaseGate.h"

#include <QFutureWatcher>
#include <QGroupBox>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace foi::ui {

class FileChooser;

// The files to be released with the reply (issue 19): add them, scan them for hidden data off
// the GUI thread, see each finding with where it is in the file and what to do, and resolve it:
// take the file out of the release, or keep the finding with a reason (a file of a type the scan
// cannot read: checked by hand, with a reason). Every change is audited by core's ReleaseGate,
// which also holds the final reply back until every file may go; changed() says when to ask it
// again. Problems are announced through failed().
class ReleasedFilesPanel : public QGroupBox
{
    Q_OBJECT
public:
    // Asks the officer for a reason: a caption and a prompt; empty: cancelled.
    using ReasonAsker = std::function<QString(const QString &, const QString &)>;

    // `files` asks for the files to add, `askReason` why a finding is kept.
    ReleasedFilesPanel(core::ReleaseGate &gate, std::function<QString()> officer,
                       FileChooser &files, ReasonAsker askReason, QWidget *parent = nullptr);
    ~ReleasedFilesPanel() override;

    void showCase(const QString &reference);
    void reload();
    void addFiles(const QStringList &paths);
    // Scans every file not scanned as it is now, on a worker thread; scanFinished() follows.
    void scan();
    bool isScanning() const;
    void removeSelectedFromRelease();
    // Keeps the selected finding with a reason (checked by hand, for an unreadable type).
    void keepSelectedFinding();

    QTreeWidget *tree() const { return m_tree; }

signals:
    void failed(const core::Error &error);
    // The files, their scans or resolutions changed: the reply's readiness may have too.
    void changed();
    void scanFinished();

private:
    struct Selection
    {
        int file = -1;
        std::optional<core::ReleaseFinding> finding;
    };

    void createWidgets();
    void layOut();
    void connectWidgets();
    void chooseFiles();
    void showSelection();
    void recordScans(const QList<core::ReleaseGate::Scan> &scans);
    void addFileItem(const core::ReleaseFile &file, int index);
    Selection selection() const;
    QString officer() const { return m_officer(); }

    core::ReleaseGate &m_gate;
    std::function<QString()> m_officer;
    FileChooser &m_fileChooser;
    ReasonAsker m_askReason;
    QString m_reference;
    QList<core::ReleaseFile> m_files;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_scanButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_keepButton = nullptr;
    QFutureWatcher<QList<core::ReleaseGate::Scan>> *m_watcher = nullptr;
};

} // namespace foi::ui
