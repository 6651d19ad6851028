#include "ui/mainwindow/MainWindow.h"

#include "FoiVersion.h"
#include "ui/help/GuideDialog.h"
#include "ui/mainwindow/EmptyStateWidget.h"
#include "ui/mainwindow/TeamStoreDialog.h"
#include "ui/notify/NotificationBar.h"
#include "ui/widgets/FileChooser.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace foi::ui {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
// The last team store opened (File ▸ Open team store), never with a password.
const QString lastTeamStoreKey = QStringLiteral("store/lastTeamStore");
} // namespace

MainWindow::MainWindow(QSettings &settings, FileChooser &files, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_files(files)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral(FOI_APPLICATION_NAME));
    createActions();
    createEditActions();
    createViewActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createStatusBar();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newRequestAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New request…"), this);
    m_newRequestAction->setObjectName(QStringLiteral("newRequestAction"));
    m_newRequestAction->setShortcut(QKeySequence::New);
    m_newRequestAction->setStatusTip(tr("Log a request for information that has just arrived"));
    connect(m_newRequestAction, &QAction::triggered, this, &MainWindow::newRequestRequested);

    m_openStoreAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                    tr("&Open case store…"), this);
    m_openStoreAction->setObjectName(QStringLiteral("openStoreAction"));
    m_openStoreAction->setShortcut(QKeySequence::Open);
    m_openStoreAction->setStatusTip(tr("Work on the cases in another store file"));
    connect(m_openStoreAction, &QAction::triggered, this, &MainWindow::chooseStore);

    m_openTeamStoreAction = new QAction(tr("Open &team store on a server…"), this);
    m_openTeamStoreAction->setObjectName(QStringLiteral("openTeamStoreAction"));
    m_openTeamStoreAction->setStatusTip(
        tr("Work on the team's cases in a store on a PostgreSQL server"));
    connect(m_openTeamStoreAction, &QAction::triggered, this, &MainWindow::chooseTeamStore);

    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 tr("&Import case files…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAction->setStatusTip(tr("Add cases from case files (JSON) to this store"));

    m_importEmailAction = new QAction(QIcon::fromTheme(QStringLiteral("mail-message-new")),
                                      tr("Import &email…"), this);
    m_importEmailAction->setObjectName(QStringLiteral("importEmailAction"));
    m_importEmailAction->setStatusTip(
        tr("Take in requests saved from your mail program (.eml): a preview shows what each "
           "becomes before anything is saved"));
    m_importEmailAction->setEnabled(false);

    // Runs the same backup as Settings' "Back up now", into the folder chosen there.
    m_backUpAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                 tr("&Back up now…"), this);
    m_backUpAction->setObjectName(QStringLiteral("backUpAction"));

    m_quitAction =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_guideAction =
        new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&Guide"), this);
    m_guideAction->setObjectName(QStringLiteral("guideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_guideAction->setStatusTip(
        tr("How to work a case in the workbench, offline and searchable (F1)"));
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showGuide);

    m_aboutAction = new QAction(tr("&About FOI Workbench"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createEditActions()
{
    m_undoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    m_redoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    // Every key the platform knows for redo, and Ctrl+Shift+Z wherever (the README's key): the
    // first binding alone is Ctrl+Y on some platforms, and then Ctrl+Shift+Z did nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redoAction->setShortcuts(redoKeys);
    m_redoAction->setEnabled(false);
    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(
        tr("Your officer profile, the authority's profile and the store"));
}

void MainWindow::createViewActions()
{
    m_caseListAction =
        new QAction(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("&Case list"), this);
    m_caseListAction->setObjectName(QStringLiteral("caseListAction"));
    m_caseListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_caseListAction->setStatusTip(tr("Back to the list of cases"));
    m_findAction =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find a case"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search the cases by reference, requester or wording"));
    m_caseHistoryAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open-recent")),
                                      tr("Case &history"), this);
    m_caseHistoryAction->setObjectName(QStringLiteral("caseHistoryAction"));
    m_caseHistoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_caseHistoryAction->setStatusTip(tr("Who changed what in the open case, and when"));
    m_caseHistoryAction->setEnabled(false);
    m_deadlinesAction = new QAction(QIcon::fromTheme(QStringLiteral("appointment-soon")),
                                    tr("&Deadlines after the reply…"), this);
    m_deadlinesAction->setObjectName(QStringLiteral("deadlinesAction"));
    m_deadlinesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_deadlinesAction->setStatusTip(
        tr("Every open clock of internal reviews, the ICO and the tribunal, soonest first"));
    m_statisticsAction =
        new QAction(QIcon::fromTheme(QStringLiteral("office-chart-bar")), tr("&Statistics…"), this);
    m_statisticsAction->setObjectName(QStringLiteral("statisticsAction"));
    m_statisticsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_statisticsAction->setStatusTip(
        tr("Requests received and answered, in time, outcomes and exemptions, with charts"));
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_newRequestAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_openStoreAction);
    fileMenu->addAction(m_openTeamStoreAction);
    fileMenu->addAction(m_importAction);
    fileMenu->addAction(m_importEmailAction);
    fileMenu->addAction(m_backUpAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_settingsAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_caseListAction);
    viewMenu->addAction(m_findAction);
    viewMenu->addAction(m_caseHistoryAction);
    viewMenu->addAction(m_deadlinesAction);
    viewMenu->addAction(m_statisticsAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_guideAction);
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_mainToolBar = addToolBar(tr("Main"));
    m_mainToolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_mainToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_mainToolBar->setMovable(false);
    m_mainToolBar->addAction(m_newRequestAction);
    m_mainToolBar->addAction(m_caseListAction);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_undoAction);
    m_mainToolBar->addAction(m_redoAction);
}

void MainWindow::createCentralArea()
{
    m_caseArea = new QStackedWidget(this);
    m_caseArea->setObjectName(QStringLiteral("caseAreaStack"));
    m_emptyState = new EmptyStateWidget(m_caseArea);
    connect(m_emptyState, &EmptyStateWidget::newRequestClicked, m_newRequestAction,
            &QAction::trigger);
    m_caseArea->addWidget(m_emptyState);
    m_notificationBar = new NotificationBar(this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notificationBar);
    layout->addWidget(m_caseArea, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storePathLabel"));
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_storeLabel);
    setStorePath(QString());
}

void MainWindow::setStorePath(const QString &path)
{
    const bool open = !path.isEmpty();
    m_backUpAction->setEnabled(open);
    if (!open) {
        const QString why = tr("No case store is open, so there is nothing to back up. Open one "
                               "with File, Open case store (Ctrl+O).");
        m_storeLabel->setText(tr("No case store open"));
        m_storeLabel->setToolTip(why);
        m_backUpAction->setStatusTip(why);
        m_backUpAction->setToolTip(why);
        statusBar()->showMessage(why);
        return;
    }
    m_storeLabel->setText(tr("Case store: %1").arg(QDir::toNativeSeparators(path)));
    m_storeLabel->setToolTip(path);
    m_backUpAction->setStatusTip(
        tr("Copy the case store into the backup folder chosen in Settings, while you work"));
    m_backUpAction->setToolTip(tr("Back up the case store now"));
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::setTeamStore(const QString &address)
{
    m_storeLabel->setText(tr("Team store: %1").arg(address));
    m_storeLabel->setToolTip(
        tr("The team's cases on a PostgreSQL server: every officer's changes are saved there"));
    // Kept enabled: choosing it says who backs a team store up (the Workbench's answer).
    m_backUpAction->setEnabled(true);
    m_backUpAction->setStatusTip(tr("A team store is backed up on its server"));
    m_backUpAction->setToolTip(tr("A team store is backed up on its server"));
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::setCaseList(QWidget *caseList)
{
    m_caseList = caseList;
    m_caseArea->addWidget(caseList);
}

void MainWindow::setWorkspace(QWidget *workspace, QWidget *findingsPanel)
{
    m_workspace = workspace;
    m_caseArea->addWidget(workspace);
    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsDock->setFeatures(QDockWidget::DockWidgetMovable);
    m_findingsDock->setWidget(findingsPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_findingsDock);
    m_findingsDock->hide();
}

bool MainWindow::isShowingEmptyState() const
{
    return m_caseArea->currentWidget() == m_emptyState;
}

void MainWindow::showEmptyState()
{
    m_caseArea->setCurrentWidget(m_emptyState);
    // The empty state itself takes the focus, not its button: a stray Space must not log a
    // request. Tab reaches the button; Ctrl+N works from anywhere.
    m_emptyState->setFocus();
    m_caseHistoryAction->setEnabled(false);
    if (m_findingsDock)
        m_findingsDock->hide();
}

void MainWindow::showCaseList()
{
    if (!m_caseList)
        return;
    m_caseArea->setCurrentWidget(m_caseList);
    m_caseHistoryAction->setEnabled(false);
    if (m_findingsDock)
        m_findingsDock->hide();
}

void MainWindow::showWorkspace()
{
    if (!m_workspace)
        return;
    m_caseArea->setCurrentWidget(m_workspace);
    m_caseHistoryAction->setEnabled(true);
    const bool wasHidden = m_findingsDock->isHidden();
    m_findingsDock->show();
    if (wasHidden)
        fitFindingsDock(findingsShare);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    // The layout has already given the window's new width to the case area alone: the dock is
    // as wide as before. It keeps the share of the window it had (the officer may have dragged
    // it wider), and never less than findingsShare, so that a panel squeezed in a small window
    // grows again with the window.
    const int before = event->oldSize().width();
    const double share = m_findingsDock && before > 0
                             ? static_cast<double>(m_findingsDock->width()) / before
                             : findingsShare;
    QMainWindow::resizeEvent(event);
    fitFindingsDock(share);
}

void MainWindow::fitFindingsDock(double share)
{
    if (!m_findingsDock || m_findingsDock->isHidden() || width() <= 0)
        return;
    const double bounded = std::clamp(share, findingsShare, findingsMaximumShare);
    const int wanted = static_cast<int>(width() * bounded);
    if (std::abs(wanted - m_findingsDock->width()) > 1)
        resizeDocks({m_findingsDock}, {wanted}, Qt::Horizontal);
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 5000);
}

void MainWindow::showNotification(const QString &message)
{
    m_notificationBar->showMessage(message);
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings.value(geometryKey).toByteArray())) {
        // First run: a comfortable size that still fits a 1366x768 laptop screen.
        const QSize available = screen() ? screen()->availableSize() : QSize(1366, 768);
        resize(QSize(1280, 800).boundedTo(available * 0.9));
    }
    restoreState(m_settings.value(stateKey).toByteArray());
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(geometryKey, saveGeometry());
    m_settings.setValue(stateKey, saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::chooseStore()
{
    const QString path =
        m_files.openFile(this, tr("Open case store"), QString(),
                         tr("FOI Workbench case stores (*.foistore);;All files (*)"));
    if (!path.isEmpty())
        emit openStoreRequested(path);
}

void MainWindow::chooseTeamStore()
{
    TeamStoreDialog dialog(this);
    // The last team store opened, so that the officer does not type it each day.
    dialog.setAddress(m_settings.value(lastTeamStoreKey).toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings.setValue(lastTeamStoreKey, dialog.address());
    emit openStoreRequested(dialog.address());
}

void MainWindow::showGuide()
{
    if (!m_guide)
        m_guide = new GuideDialog(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About FOI Workbench"),
        tr("<h3>FOI Workbench %1</h3>"
           "<p>A disclosure-decision workbench for officers answering requests under the "
           "Freedom of Information Act 2000 and the Environmental Information Regulations "
           "2004.</p><p>Released under the MIT licence.</p>")
            .arg(QStringLiteral(FOI_VERSION_STRING)));
}

} // namespace foi::ui
