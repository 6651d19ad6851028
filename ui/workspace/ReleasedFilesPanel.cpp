#include "ui/workspace/ReleasedFilesPanel.h"

#include "ui/widgets/FileChooser.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QtConcurrent/QtConcurrentRun>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

// Item data: the file's index in m_files; on a finding's item also the finding's index in the
// file's scan.
constexpr int fileRole = Qt::UserRole;
constexpr int findingRole = Qt::UserRole + 1;

bool uncheckedType(const core::ReleaseFinding &finding)
{
    return finding.code == QLatin1String("FILE-UNCHECKED-TYPE");
}

QString fileState(const core::ReleaseFile &file)
{
    if (!file.scan)
        return ReleasedFilesPanel::tr("not scanned yet");
    if (core::ReleaseGate::needsScan(file))
        return ReleasedFilesPanel::tr("changed since it was scanned: scan again");
    const qsizetype open = core::ReleaseGate::unresolved(file).size();
    if (file.scan->findings.isEmpty())
        return ReleasedFilesPanel::tr("scanned: nothing found");
    if (open == 0)
        return ReleasedFilesPanel::tr("every finding dealt with");
    return open == 1 ? ReleasedFilesPanel::tr("1 finding to deal with")
                     : ReleasedFilesPanel::tr("%1 findings to deal with").arg(open);
}

} // namespace

ReleasedFilesPanel::ReleasedFilesPanel(core::ReleaseGate &gate, std::function<QString()> officer,
                                       FileChooser &files, ReasonAsker askReason, QWidget *parent)
    : QGroupBox(tr("Released files"), parent)
    , m_gate(gate)
    , m_officer(std::move(officer))
    , m_fileChooser(files)
    , m_askReason(std::move(askReason))
{
    setObjectName(QStringLiteral("releasedFilesPanel"));
    createWidgets();
    layOut();
    connectWidgets();
    reload();
}

ReleasedFilesPanel::~ReleasedFilesPanel()
{
    // A scan still running must not report to a panel that is gone.
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

void ReleasedFilesPanel::createWidgets()
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("releasedFilesTree"));
    m_tree->setAccessibleName(tr("Files to release with the reply"));
    m_tree->setAccessibleDescription(
        tr("Each file with what the scan found in it; choose a finding to resolve it"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setMinimumHeight(m_tree->fontMetrics().lineSpacing() * 3);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("releasedFilesSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("releaseFindingDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_detailLabel->setFocusPolicy(Qt::TabFocus);
    m_detailLabel->setAccessibleName(tr("The chosen file or finding: where and what to do"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("releaseScanProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Scanning the files"));
    m_progress->setMaximumHeight(m_progress->fontMetrics().height() / 2 + 4);
    m_progress->hide();
    const auto button = [this](const QString &text, const QString &objectName,
                               const QString &description) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(objectName);
        b->setAccessibleDescription(description);
        b->setToolTip(description);
        return b;
    };
    m_addButton = button(tr("Add fi&les…"), QStringLiteral("addReleasedFilesButton"),
                         tr("Attach files to the case to be released with the reply"));
    m_addButton->setAccessibleName(tr("Add files to release"));
    m_scanButton =
        button(tr("Scan for hidden da&ta"), QStringLiteral("scanReleasedFilesButton"),
               tr("Scan every file not yet scanned as it is now, for hidden sheets, rows and "
                  "text, comments, metadata and failed redactions"));
    m_scanButton->setAccessibleName(tr("Scan the files for hidden data"));
    m_removeButton =
        button(tr("Take o&ut of the release"), QStringLiteral("removeFromReleaseButton"),
               tr("The chosen file stays attached to the case but is not released"));
    m_removeButton->setAccessibleName(tr("Take the chosen file out of the release"));
    m_keepButton = button(tr("&Keep with a reason…"), QStringLiteral("keepFindingButton"),
                          tr("Release the file with the chosen finding as it is; you are asked "
                             "why, and the reason is kept in the case's history"));
    m_keepButton->setAccessibleName(tr("Keep the chosen finding with a reason"));
    m_watcher = new QFutureWatcher<QList<core::ReleaseGate::Scan>>(this);
}

void ReleasedFilesPanel::layOut()
{
    // Two rows, so that the panel fits beside the preview in a small (800 px) window.
    auto *files = new QHBoxLayout;
    files->addWidget(m_addButton);
    files->addWidget(m_scanButton);
    files->addStretch();
    auto *findings = new QHBoxLayout;
    findings->addWidget(m_removeButton);
    findings->addWidget(m_keepButton);
    findings->addStretch();
    auto *buttons = new QVBoxLayout;
    buttons->addLayout(files);
    buttons->addLayout(findings);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_detailLabel);
    layout->addLayout(buttons);
    setTabOrder(m_tree, m_detailLabel);
    setTabOrder(m_detailLabel, m_removeButton);
    setTabOrder(m_removeButton, m_keepButton);
    setTabOrder(m_keepButton, m_addButton);
    setTabOrder(m_addButton, m_scanButton);
}

void ReleasedFilesPanel::connectWidgets()
{
    connect(m_addButton, &QPushButton::clicked, this, &ReleasedFilesPanel::chooseFiles);
    connect(m_scanButton, &QPushButton::clicked, this, &ReleasedFilesPanel::scan);
    connect(m_removeButton, &QPushButton::clicked, this,
            &ReleasedFilesPanel::removeSelectedFromRelease);
    connect(m_keepButton, &QPushButton::clicked, this, &ReleasedFilesPanel::keepSelectedFinding);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ReleasedFilesPanel::showSelection);
    connect(m_watcher, &QFutureWatcher<QList<core::ReleaseGate::Scan>>::finished, this,
            [this] { recordScans(m_watcher->result()); });
}

void ReleasedFilesPanel::chooseFiles()
{
    const QStringList paths = m_fileChooser.openFiles(
        this, tr("Add files to release with the reply to case %1").arg(m_reference), {}, {});
    if (!paths.isEmpty())
        addFiles(paths);
}

void ReleasedFilesPanel::showCase(const QString &reference)
{
    if (reference == m_reference)
        return;
    m_reference = reference;
    reload();
}

void ReleasedFilesPanel::reload()
{
    const Selection was = selection();
    const qint64 selectedId = was.file >= 0 ? m_files.at(was.file).attachment.id : -1;
    m_files.clear();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    if (!m_reference.isEmpty()) {
        const auto files = m_gate.filesOf(m_reference);
        if (files)
            m_files = *files;
        else
            emit failed(files.error());
    }
    for (int i = 0; i < m_files.size(); ++i) {
        addFileItem(m_files.at(i), i);
        if (m_files.at(i).attachment.id == selectedId)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
    }
    m_tree->expandAll();
    const QList<core::ReleaseHold> holds = core::ReleaseGate::holds(m_files);
    m_summaryLabel->setText(
        m_files.isEmpty()
            ? tr("No files are to be released with this reply. Add the files you will send "
                 "(spreadsheets, documents, PDFs): each is scanned for hidden data before the "
                 "final reply can be exported.")
        : holds.isEmpty()
            ? tr("Every file may go: each was scanned as it is now, and every finding dealt "
                 "with.")
            : tr("The final reply waits for these files: scan them, then deal with each "
                 "finding."));
    m_addButton->setEnabled(!m_reference.isEmpty() && !isScanning());
    showSelection();
}

void ReleasedFilesPanel::addFileItem(const core::ReleaseFile &file, int index)
{
    auto *item = new QTreeWidgetItem(m_tree);
    item->setText(0, tr("%1 \u2014 %2").arg(file.attachment.fileName, fileState(file)));
    item->setData(0, fileRole, index);
    item->setData(0, findingRole, -1);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    if (!file.scan || core::ReleaseGate::needsScan(file))
        return;
    for (int f = 0; f < file.scan->findings.size(); ++f) {
        const core::ReleaseFinding &finding = file.scan->findings.at(f);
        auto *child = new QTreeWidgetItem(item);
        QString text = finding.location.isEmpty()
                           ? finding.code
                           : tr("%1: %2").arg(finding.code, finding.location);
        if (const auto resolved = core::ReleaseGate::resolutionOf(file, finding))
            text += uncheckedType(finding)
                        ? tr(" \u2014 checked by hand: \u201C%1\u201D").arg(resolved->reason)
                        : tr(" \u2014 kept: \u201C%1\u201D").arg(resolved->reason);
        child->setText(0, text);
        child->setToolTip(0, finding.message);
        child->setData(0, fileRole, index);
        child->setData(0, findingRole, f);
    }
}

ReleasedFilesPanel::Selection ReleasedFilesPanel::selection() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {};
    const int file = item->data(0, fileRole).toInt();
    if (file < 0 || file >= m_files.size())
        return {};
    Selection chosen{file, std::nullopt};
    const int finding = item->data(0, findingRole).toInt();
    const core::ReleaseFile &released = m_files.at(file);
    if (finding >= 0 && released.scan && finding < released.scan->findings.size())
        chosen.finding = released.scan->findings.at(finding);
    return chosen;
}

void ReleasedFilesPanel::showSelection()
{
    const Selection chosen = selection();
    const bool busy = isScanning();
    m_scanButton->setEnabled(!busy && !m_files.isEmpty());
    m_removeButton->setEnabled(!busy && chosen.file >= 0);
    const bool keepable =
        chosen.finding && !chosen.finding->preventsScan() &&
        !core::ReleaseGate::resolutionOf(m_files.at(chosen.file), *chosen.finding);
    m_keepButton->setEnabled(!busy && keepable);
    const bool byHand = chosen.finding && uncheckedType(*chosen.finding);
    m_keepButton->setText(byHand ? tr("Chec&ked by hand…") : tr("&Keep with a reason…"));
    if (chosen.file < 0) {
        m_detailLabel->setText(
            m_files.isEmpty() ? QString() : tr("Choose a file or a finding to deal with it."));
        return;
    }
    const core::ReleaseFile &file = m_files.at(chosen.file);
    if (!chosen.finding) {
        m_detailLabel->setText(tr("%1, %2: %3.")
                                   .arg(file.attachment.fileName,
                                        QLocale().formattedDataSize(file.attachment.size),
                                        fileState(file)));
        return;
    }
    QString detail = tr("Where: %1\nWhat to do: %2")
                         .arg(chosen.finding->location.isEmpty() ? file.attachment.fileName
                                                                 : chosen.finding->location,
                              chosen.finding->message);
    if (const auto resolved = core::ReleaseGate::resolutionOf(file, *chosen.finding))
        detail = tr("%1\nKept by %2: \u201C%3\u201D")
                     .arg(detail, resolved->resolvedBy, resolved->reason);
    m_detailLabel->setText(detail);
}

void ReleasedFilesPanel::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const auto added = m_gate.addFile(m_reference, path, officer());
        if (!added)
            emit failed(added.error());
    }
    reload();
    emit changed();
}

bool ReleasedFilesPanel::isScanning() const
{
    return m_watcher->isRunning();
}

void ReleasedFilesPanel::scan()
{
    if (isScanning())
        return;
    QList<std::function<core::ReleaseGate::Scan()>> jobs;
    for (const core::ReleaseFile &file : std::as_const(m_files)) {
        if (core::ReleaseGate::needsScan(file))
            jobs.append(m_gate.scanJob(file));
    }
    if (jobs.isEmpty()) {
        m_summaryLabel->setText(tr("Every file was scanned as it is now: nothing to scan."));
        return;
    }
    m_progress->show();
    m_summaryLabel->setText(jobs.size() == 1 ? tr("Scanning 1 file…")
                                             : tr("Scanning %1 files…").arg(jobs.size()));
    m_watcher->setFuture(QtConcurrent::run([jobs] {
        QList<core::ReleaseGate::Scan> scans;
        for (const auto &job : jobs)
            scans.append(job());
        return scans;
    }));
    m_addButton->setEnabled(false);
    showSelection();
}

void ReleasedFilesPanel::recordScans(const QList<core::ReleaseGate::Scan> &scans)
{
    m_progress->hide();
    for (const core::ReleaseGate::Scan &scan : scans) {
        for (const core::ReleaseFile &file : std::as_const(m_files)) {
            if (file.attachment.id != scan.attachmentId)
                continue;
            if (core::Status recorded = m_gate.recordScan(file, scan, officer()); !recorded)
                emit failed(recorded.error());
        }
    }
    reload();
    emit changed();
    emit scanFinished();
}

void ReleasedFilesPanel::removeSelectedFromRelease()
{
    const Selection chosen = selection();
    if (chosen.file < 0)
        return;
    const core::ReleaseFile file = m_files.at(chosen.file);
    if (core::Status removed = m_gate.removeFromRelease(file, QString(), officer()); !removed)
        emit failed(removed.error());
    reload();
    emit changed();
}

void ReleasedFilesPanel::keepSelectedFinding()
{
    const Selection chosen = selection();
    if (chosen.file < 0 || !chosen.finding)
        return;
    const core::ReleaseFile file = m_files.at(chosen.file);
    const bool byHand = uncheckedType(*chosen.finding);
    const QString reason = m_askReason(
        byHand ? tr("Checked %1 by hand").arg(file.attachment.fileName)
               : tr("Keep %1 in %2").arg(chosen.finding->code, file.attachment.fileName),
        byHand ? tr("How did you check %1, and why is it safe to release? The reason is kept in "
                    "the case's history.")
                     .arg(file.attachment.fileName)
               : tr("%1\n\nWhy may the file go with this as it is? The reason is kept in the "
                    "case's history.")
                     .arg(chosen.finding->message));
    if (reason.isEmpty())
        return;
    if (core::Status kept = m_gate.keep(file, *chosen.finding, reason, officer()); !kept)
        emit failed(kept.error());
    reload();
    emit changed();
}

} // namespace foi::ui
