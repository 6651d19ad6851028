#include "ui/recovery/StoreRecoveryWindow.h"

#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Labels.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

QString when(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return StoreRecoveryWindow::tr("%1 at %2")
        .arg(Labels::date(local.date()), QLocale().toString(local.time(), QStringLiteral("HH:mm")));
}

QPushButton *button(QWidget *parent, const QString &text, const QString &objectName,
                    const QString &description)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setToolTip(description);
    b->setAccessibleDescription(description);
    return b;
}

QLabel *wrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

StoreRecoveryWindow::StoreRecoveryWindow(const core::Error &problem,
                                         const core::StoreRecoveryService &recovery,
                                         FileChooser &files, QWidget *parent)
    : QWidget(parent)
    , m_recovery(recovery)
    , m_files(files)
{
    setObjectName(QStringLiteral("storeRecoveryWindow"));
    setWindowTitle(tr("The case store cannot be opened"));
    createWidgets();
    layOut();
    connectActions();
    showProblem(problem);
    listBackups();
}

StoreRecoveryWindow::~StoreRecoveryWindow()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

void StoreRecoveryWindow::createWidgets()
{
    m_problemLabel = wrappedLabel(this, QStringLiteral("recoveryProblemLabel"));
    m_problemLabel->setAccessibleName(tr("What is wrong"));
    m_backupsLabel = wrappedLabel(this, QStringLiteral("recoveryBackupsLabel"));
    m_backupsList = new QTreeWidget(this);
    m_backupsList->setObjectName(QStringLiteral("backupsList"));
    m_backupsList->setAccessibleName(tr("Backups, newest first"));
    m_backupsList->setHeaderLabels({tr("Made"), tr("Cases"), tr("Size"), tr("File")});
    m_backupsList->setRootIsDecorated(false);
    m_backupsList->setAllColumnsShowFocus(true);
    m_backupsList->header()->setStretchLastSection(true);
    m_restoreButton = button(this, tr("&Restore this backup"), QStringLiteral("restoreButton"),
                             tr("Moves the damaged store aside (one copy is kept) and puts the "
                                "selected backup in its place"));
    m_openReadOnlyButton =
        button(this, tr("Look at it &read-only"), QStringLiteral("openReadOnlyButton"),
               tr("Opens the selected backup read-only, to see what it holds before restoring "
                  "it; nothing is changed"));
    m_chooseFileButton =
        button(this, tr("&Choose another file…"), QStringLiteral("chooseFileButton"),
               tr("Opens another case store file instead"));
    m_quitButton = button(this, tr("&Quit"), QStringLiteral("quitButton"),
                          tr("Closes the workbench; nothing is changed"));
    m_resultLabel = wrappedLabel(this, QStringLiteral("recoveryResultLabel"));
    m_resultLabel->setAccessibleName(tr("What the restore did"));
    m_openRestoredButton =
        button(this, tr("&Open the restored store"), QStringLiteral("openRestoredButton"),
               tr("Opens the workbench on the restored case store"));
    m_openRestoredButton->hide();
    m_watcher = new QFutureWatcher<Outcome>(this);
}

void StoreRecoveryWindow::layOut()
{
    auto *title = m_titleLabel = new QLabel(tr("The case store cannot be opened"), this);
    title->setObjectName(QStringLiteral("recoveryTitleLabel"));
    QFont bigger = title->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    title->setFont(bigger);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restoreButton);
    buttons->addWidget(m_openReadOnlyButton);
    buttons->addStretch();
    buttons->addWidget(m_chooseFileButton);
    buttons->addWidget(m_quitButton);
    auto *result = new QHBoxLayout;
    result->addWidget(m_resultLabel, 1);
    result->addWidget(m_openRestoredButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_problemLabel);
    layout->addSpacing(8);
    layout->addWidget(m_backupsLabel);
    layout->addWidget(m_backupsList, 1);
    layout->addLayout(buttons);
    layout->addLayout(result);
    resize(760, 460);
}

void StoreRecoveryWindow::connectActions()
{
    connect(m_restoreButton, &QPushButton::clicked, this, &StoreRecoveryWindow::restoreSelected);
    connect(m_openReadOnlyButton, &QPushButton::clicked, this, [this] {
        if (const QString backup = selectedBackup(); !backup.isEmpty())
            emit openRequested(backup, true);
    });
    connect(m_chooseFileButton, &QPushButton::clicked, this,
            &StoreRecoveryWindow::chooseAnotherFile);
    connect(m_quitButton, &QPushButton::clicked, this, &StoreRecoveryWindow::quitRequested);
    connect(m_openRestoredButton, &QPushButton::clicked, this,
            [this] { emit openRequested(m_recovery.storePath(), false); });
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this,
            [this] { showRestored(m_watcher->result()); });
    connect(m_backupsList, &QTreeWidget::itemActivated, this,
            &StoreRecoveryWindow::restoreSelected);
}

void StoreRecoveryWindow::showProblem(const core::Error &problem)
{
    m_problemLabel->setText(
        tr("%1\n\nNothing has been written to it. Choose a way out below.").arg(problem.message));
}

void StoreRecoveryWindow::listBackups()
{
    m_backups = m_recovery.backups();
    m_backupsList->clear();
    for (const core::BackupEntry &backup : m_backups) {
        auto *item = new QTreeWidgetItem(m_backupsList);
        item->setText(0, when(backup.createdAt));
        item->setText(1, backup.caseCount ? QLocale().toString(*backup.caseCount)
                                          : tr("cannot be read"));
        item->setText(2, QLocale().formattedDataSize(backup.size));
        item->setText(3, QDir::toNativeSeparators(backup.path));
        item->setToolTip(3, backup.problem.isEmpty() ? QDir::toNativeSeparators(backup.path)
                                                     : backup.problem);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < 3; ++column)
        m_backupsList->resizeColumnToContents(column);
    QStringList folders;
    for (const QString &folder : m_recovery.backupFolders())
        folders << QDir::toNativeSeparators(folder);
    if (m_backups.isEmpty()) {
        m_backupsLabel->setText(tr("No backups were found in %1. Choose another file if you "
                                   "keep a copy of the store elsewhere.")
                                    .arg(folders.join(tr(" or "))));
    } else {
        m_backupsLabel->setText(tr("Backups in %1, newest first. Restoring one brings back the "
                                   "cases as they were when it was made; work done since then "
                                   "has to be entered again.")
                                    .arg(folders.join(tr(" and "))));
        m_backupsList->setCurrentItem(m_backupsList->topLevelItem(0));
    }
    m_restoreButton->setEnabled(!m_backups.isEmpty());
    m_openReadOnlyButton->setEnabled(!m_backups.isEmpty());
}

QString StoreRecoveryWindow::selectedBackup() const
{
    const int row = m_backupsList->indexOfTopLevelItem(m_backupsList->currentItem());
    return row >= 0 && row < m_backups.size() ? m_backups.at(row).path : QString();
}

bool StoreRecoveryWindow::isRestoring() const
{
    return m_watcher->isRunning();
}

void StoreRecoveryWindow::setBusy(bool busy)
{
    for (QWidget *widget :
         {static_cast<QWidget *>(m_backupsList), static_cast<QWidget *>(m_restoreButton),
          static_cast<QWidget *>(m_openReadOnlyButton), static_cast<QWidget *>(m_chooseFileButton)})
        widget->setEnabled(!busy);
}

void StoreRecoveryWindow::restoreSelected()
{
    const QString backup = selectedBackup();
    if (backup.isEmpty() || isRestoring())
        return;
    m_restoredFrom = backup;
    setBusy(true);
    m_openRestoredButton->hide();
    m_resultLabel->setText(tr("Checking and restoring %1…").arg(QDir::toNativeSeparators(backup)));
    const core::StoreRecoveryService *recovery = &m_recovery;
    m_watcher->setFuture(
        QtConcurrent::run([recovery, backup] { return Outcome{recovery->restore(backup)}; }));
}

void StoreRecoveryWindow::showRestored(const Outcome &outcome)
{
    setBusy(false);
    if (!outcome.restored) {
        m_resultLabel->setText(
            tr("The backup was not restored: %1").arg(outcome.restored.error().message));
        listBackups();
        return;
    }
    const core::CaseStore::DamagedRestore &restored = *outcome.restored;
    const QString made = restored.backupMadeAt.isValid()
                             ? when(restored.backupMadeAt)
                             : tr("an unknown time (its record is missing)");
    m_titleLabel->setText(tr("The backup is restored"));
    setWindowTitle(tr("The backup is restored"));
    m_resultLabel->setText(
        tr("Restored the backup made on %1 (%2). Anything entered or changed after that time "
           "is not in the store and has to be entered again. The damaged file is kept as %3.")
            .arg(made, Labels::count(int(restored.caseCount), tr("case"), tr("cases")),
                 QDir::toNativeSeparators(restored.quarantineCopy)));
    QFont bold = m_resultLabel->font();
    bold.setBold(true);
    m_resultLabel->setFont(bold);
    m_restoreButton->setEnabled(false);
    m_openReadOnlyButton->setEnabled(false);
    m_openRestoredButton->show();
    m_openRestoredButton->setFocus();
}

void StoreRecoveryWindow::chooseAnotherFile()
{
    const QString path = m_files.openFile(this, tr("Open another case store"),
                                          QFileInfo(m_recovery.storePath()).absolutePath(),
                                          tr("Case stores (*.foistore);;All files (*)"));
    if (!path.isEmpty())
        emit openRequested(path, false);
}

} // namespace foi::ui
