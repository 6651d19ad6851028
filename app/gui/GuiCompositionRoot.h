#pragma once

#include "core/store/CaseStore.h"
#include "core/store/OpenedStore.h"
#include "core/support/Clock.h"
#include "core/support/Result.h"
#include "ui/widgets/DialogFileChooser.h"

#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <functional>

#include <memory>

namespace foi::core {
class AttachmentService;
class CalendarImportService;
class CaseChecker;
class CaseEditingService;
class CaseHistory;
class CaseLifecycleService;
class CaseQueryService;
class BackgroundIntegrityCheck;
class CaseStore;
class DisclosureLogService;
class EmailIntakeService;
class LapsePolicy;
class LanguageMarkers;
class MatterService;
class PublicInterestLibrary;
class RegulatorClocks;
class RegulatorDeadlineCalculator;
class EffectiveCalendar;
class ReleaseGate;
class ReviewNotes;
class SentReplyService;
class StepGuidance;
class ReviewLetterService;
class StatisticsService;
class StatisticsViewService;
class StoreRecoveryService;
class StoreStatus;
} // namespace foi::core

namespace foi::ui {
class DeadlinesDialog;
class StatisticsDialog;
class MainWindow;
class Notifier;
class StoreRecoveryWindow;
class Workbench;
} // namespace foi::ui

namespace foi::app {

// Builds the GUI's object graph: settings, the store and every service over it, the workbench
// and its main window, View ▸ Deadlines and Statistics, email intake. The only place that knows
// how the pieces fit: the program (app/gui/main.cpp) and the GUI tests
// (tests/ui/WorkbenchFixture.h) both build the workbench through it, and widgets get what they need
// through constructors. open() fails with the store's error when the store cannot be opened;
// recover() then shows the ways out in a window of their own (restore a backup, look at one
// read-only, choose another file) and opens the workbench on what the officer chooses.
class GuiCompositionRoot
{
public:
    // What the graph is built from besides the store: the program's one clock, the files the
    // officer's configuration is read from, where messages go and who answers file dialogs. The
    // program takes forProgram(); a GUI test points the files into a temporary folder, records
    // messages and answers the file dialogs itself.
    struct Setup
    {
        core::Clock clock;
        QString settingsPath;         // the officer's settings (core::Profiles, the list's filters)
        QString userCalendarPath;     // the officer's imported bank holidays, over the built-in
        QString ownFactorsPath;       // the officer's own public-interest paragraphs
        QString authorityProfilePath; // the authority profile letters are signed with
        QString dataFolder;           // the officer's data (a team store's attachments' content)
        ui::Notifier *notifier;       // null: message boxes over the main window (the program)
        ui::FileChooser *files;       // null: Qt's file dialogs (the program)

        // The program's: the files under the officer's configuration folder (settings an earlier
        // version kept under Qt's "Unknown Organization" carried over first), message boxes.
        static Setup forProgram(core::Clock clock);
    };

    explicit GuiCompositionRoot(Setup setup);
    ~GuiCompositionRoot();

    // Installs the Welsh catalogue when the officer chose Welsh in Settings, or chose the
    // system's language and `systemLocale` is Welsh; before any window is built.
    void installInterfaceTranslation(const QLocale &systemLocale);
    // Opens the store `store` names (a file path, or a team store's postgresql:// address) and
    // builds the workbench over it.
    [[nodiscard]] core::Status
    open(const QString &store,
         core::CaseStore::OpenMode mode = core::CaseStore::OpenMode::CreateIfMissing);
    // File ▸ Open case store… and Open team store…: opens `store` and, once it is open, closes
    // the workbench on the store open now and shows one on the new store. A store that will not
    // open is explained in a message box, and the workbench stays on the store it had.
    void switchStore(const QString &store);
    // Shows the recovery window for `problem` with the store at `storePath` (for a team store,
    // a message offering the store file on this computer instead); `opened` is called once the
    // workbench is open on the store the officer chose, `quit` if they gave up.
    void recover(const QString &storePath, const core::Error &problem, std::function<void()> opened,
                 std::function<void()> quit);
    // Where backups of the store at `storePath` are: beside it, and the folder in Settings.
    QStringList backupFolders(const QString &storePath) const;
    // The recovery window while it is shown (tests, screenshots).
    ui::StoreRecoveryWindow *recoveryWindow() const { return m_recoveryWindow.get(); }
    ui::MainWindow &mainWindow();
    // Work deferred until the window has painted: the full integrity check of a large store
    // (opening ran only a bounded one). A damage found is reported in a message box, and the
    // damaged file is kept as a quarantine copy.
    void startBackgroundChecks();
    // Closes the workbench and its windows with the services left open, as quitting does just
    // before they close: a view's work still running is waited for, its answer dropped.
    void closeWorkbench();

    // The parts built by a successful open(), for the GUI tests to drive and look into.
    QSettings &settings() { return m_settings; }
    const core::Clock &clock() const { return m_setup.clock; }
    ui::Workbench &workbench() const { return *m_workbench; }
    core::OpenedStore &store() const { return *m_store; }
    core::CaseEditingService &cases() const { return *m_cases; }
    core::CaseQueryService &queries() const { return *m_queries; }
    const core::EffectiveCalendar &calendar() const { return *m_calendar; }
    core::CalendarImportService &calendarImport() const { return *m_calendarImport; }
    const core::CaseChecker &checker() const { return *m_checker; }
    core::PublicInterestLibrary &factors() const { return *m_factors; }
    const core::StepGuidance &guidance() const { return *m_guidance; }
    const core::LapsePolicy &lapsePolicy() const { return *m_lapsePolicy; }
    const core::LanguageMarkers &languageMarkers() const { return *m_languageMarkers; }
    core::MatterService &matters() const { return *m_matters; }

private:
    Setup m_setup;
    QSettings m_settings;
    // The Welsh catalogue while the interface is in Welsh (Settings ▸ Officer, or the system's
    // locale), installed before any window is built.
    QTranslator m_translator;
    // The program's one file chooser (Qt's dialogs, or the test's from Setup::files): every file
    // dialog, in the workbench and the windows made here, asks it.
    ui::DialogFileChooser m_dialogs;
    ui::FileChooser &m_files;
    std::unique_ptr<core::OpenedStore> m_store;
    // The one calendar every part counts working days with (built-in + the officer's import).
    std::unique_ptr<core::EffectiveCalendar> m_calendar;
    std::unique_ptr<core::CalendarImportService> m_calendarImport;
    std::unique_ptr<core::CaseChecker> m_checker;
    std::unique_ptr<core::CaseEditingService> m_cases;
    std::unique_ptr<core::CaseQueryService> m_queries;
    std::unique_ptr<core::PublicInterestLibrary> m_factors;
    std::unique_ptr<core::StepGuidance> m_guidance;
    std::unique_ptr<core::LapsePolicy> m_lapsePolicy;
    std::unique_ptr<core::LanguageMarkers> m_languageMarkers;
    // The workbench's services over the store (WorkbenchServices).
    std::unique_ptr<core::StoreStatus> m_storeStatus;
    std::unique_ptr<core::SentReplyService> m_sentReplies;
    std::unique_ptr<core::AttachmentService> m_attachments; // the workbench's and email intake's
    std::unique_ptr<core::ReleaseGate> m_releaseGate;
    std::unique_ptr<core::ReviewNotes> m_reviewNotes;
    std::unique_ptr<core::CaseHistory> m_history;
    std::unique_ptr<core::CaseLifecycleService> m_lifecycle;
    std::unique_ptr<core::DisclosureLogService> m_disclosureLog;
    std::unique_ptr<core::RegulatorClocks> m_regulatorClocks;
    std::unique_ptr<core::RegulatorDeadlineCalculator> m_regulator;
    std::unique_ptr<core::MatterService> m_matters;
    std::unique_ptr<core::ReviewLetterService>
        m_reviewLetters; // before the workbench: its step uses it
    std::unique_ptr<core::EmailIntakeService> m_emailIntake;
    std::unique_ptr<core::StatisticsService> m_statistics;
    std::unique_ptr<core::StatisticsViewService> m_statisticsView; // outlives its window
    std::unique_ptr<ui::Workbench> m_workbench;
    std::unique_ptr<core::BackgroundIntegrityCheck> m_integrityCheck;
    ui::DeadlinesDialog *m_deadlines = nullptr;         // owned by the main window
    ui::StatisticsDialog *m_statisticsDialog = nullptr; // owned by the main window

    // Builds the workbench and its services over `store`.
    [[nodiscard]] core::Status openOn(std::unique_ptr<core::OpenedStore> store);
    // Closes the workbench and every service over the store, and the store.
    void closeStore();
    // Where the attachments' content of the open store is kept.
    QString attachmentFolder() const;
    // The calendar, checker, case editing and queries, and the law data the steps show.
    [[nodiscard]] core::Status buildCore();
    // The services the workbench's views work through, then the workbench over them.
    void buildWorkbench();
    [[nodiscard]] core::Status buildMatters();
    // File ▸ Import email… and email drops, over the matters (an email may open a review).
    [[nodiscard]] core::Status buildEmailIntake();
    // View ▸ Statistics, over the store's statistics summaries.
    void buildStatistics();
    // A team store that will not open: says why, and offers the store file on this computer.
    void offerLocalStore(const core::Error &problem, std::function<void()> opened,
                         std::function<void()> quit);
    std::unique_ptr<core::StoreRecoveryService> m_recovery;
    std::unique_ptr<ui::StoreRecoveryWindow> m_recoveryWindow;
    // What a store switch is queued on: it runs after the menu's signal has returned (the window
    // that sent it is then closed), and never once the root has gone.
    QObject m_switching;
};

} // namespace foi::app
