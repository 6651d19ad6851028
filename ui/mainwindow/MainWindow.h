#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QSettings;
class QStackedWidget;
class QToolBar;

namespace foi::ui {

class EmptyStateWidget;
class FileChooser;
class GuideDialog;
class NotificationBar;

// The workbench's frame: menus, toolbar, the case-list area and the status bar.
// It owns no data and decides no law: it shows what it is given and announces what the officer
// asked for through signals that the composition root wires to services.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `settings` keeps the window's geometry between runs; the caller owns it. `files` asks
    // for the store to open (File ▸ Open case store…).
    MainWindow(QSettings &settings, FileChooser &files, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the store's location in the status bar. Until a store is set (or with an empty
    // path) the actions that need one, such as "Back up now…", are off and say why.
    void setStorePath(const QString &path);
    // Shows that the window works on a team store at `address` (never with a password).
    void setTeamStore(const QString &address);

    // The case area shows the empty state, the case list or the open case's workspace; the
    // findings panel is docked beside it while a case is open.
    void setCaseList(QWidget *caseList);
    void setWorkspace(QWidget *workspace, QWidget *findingsPanel);
    void showEmptyState();
    bool isShowingEmptyState() const;
    void showCaseList();
    void showWorkspace();
    // A few seconds on the status bar: "Saved", "Logged request 012_26".
    void showStatusMessage(const QString &message);
    // Above the case area until dismissed: what the officer must read and may copy.
    void showNotification(const QString &message);
    NotificationBar *notificationBar() const { return m_notificationBar; }

    QAction *newRequestAction() const { return m_newRequestAction; }
    QAction *openStoreAction() const { return m_openStoreAction; }
    QAction *openTeamStoreAction() const { return m_openTeamStoreAction; }
    QAction *importAction() const { return m_importAction; }
    // File ▸ Import email…: off until the workbench has an email intake to use.
    QAction *importEmailAction() const { return m_importEmailAction; }
    QAction *backUpAction() const { return m_backUpAction; }
    QAction *quitAction() const { return m_quitAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *caseListAction() const { return m_caseListAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *caseHistoryAction() const { return m_caseHistoryAction; }
    QAction *deadlinesAction() const { return m_deadlinesAction; }
    QAction *statisticsAction() const { return m_statisticsAction; }
    QAction *guideAction() const { return m_guideAction; }
    // Help ▸ Guide (F1): the officer's guide, searchable, beside the window.
    void showGuide();

    // The share of the window's width the Findings panel is given when a case is first shown,
    // and the least it keeps when the window is resized (the officer may drag it wider).
    static constexpr double findingsShare = 0.22;
    static constexpr double findingsMaximumShare = 0.45;

signals:
    void newRequestRequested();
    // A store file's path, or a team store's postgresql:// address.
    void openStoreRequested(const QString &store);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void createEditActions();
    void createViewActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState();
    void chooseStore();
    // File ▸ Open team store on a server…: asks where (TeamStoreDialog), remembers it for next
    // time, and asks for it to be opened.
    void chooseTeamStore();
    void showAbout();
    // Gives the Findings panel its share of the window, `share` of its width (within bounds).
    void fitFindingsDock(double share);

    QSettings &m_settings;
    FileChooser &m_files;
    NotificationBar *m_notificationBar = nullptr;
    QAction *m_newRequestAction = nullptr;
    QAction *m_openStoreAction = nullptr;
    QAction *m_openTeamStoreAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importEmailAction = nullptr;
    QAction *m_backUpAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_caseListAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_caseHistoryAction = nullptr;
    QAction *m_deadlinesAction = nullptr;
    QAction *m_statisticsAction = nullptr;
    QWidget *m_caseList = nullptr;
    QWidget *m_workspace = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    QStackedWidget *m_caseArea = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QLabel *m_storeLabel = nullptr;
    GuideDialog *m_guide = nullptr; // made when first asked for
};

} // namespace foi::ui
