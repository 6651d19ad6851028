#include "MainWindow.h"

#include "EmptyStateWidget.h"
#include "FoiVersion.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace foi::ui {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral(FOI_APPLICATION_NAME));
    createActions();
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

    m_quitAction =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About FOI Workbench"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_newRequestAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_openStoreAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
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
}

void MainWindow::createCentralArea()
{
    m_caseArea = new QStackedWidget(this);
    m_caseArea->setObjectName(QStringLiteral("caseAreaStack"));
    m_emptyState = new EmptyStateWidget(m_caseArea);
    connect(m_emptyState, &EmptyStateWidget::newRequestClicked, m_newRequestAction,
            &QAction::trigger);
    m_caseArea->addWidget(m_emptyState);
    setCentralWidget(m_caseArea);
}

void MainWindow::createStatusBar()
{
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storePathLabel"));
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::setStorePath(const QString &path)
{
    m_storeLabel->setText(tr("Case store: %1").arg(QDir::toNativeSeparators(path)));
    m_storeLabel->setToolTip(path);
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
        QFileDialog::getOpenFileName(this, tr("Open case store"), QString(),
                                     tr("FOI Workbench case stores (*.foistore);;All files (*)"));
    if (!path.isEmpty())
        emit openStoreRequested(path);
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
