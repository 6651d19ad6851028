#pragma once

#include "core/store/CaseStore.h"
#include "core/support/Clock.h"
#include "core/support/Result.h"
#include "ui/widgets/DialogFileChooser.h"

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
class CaseQueryService;
class BackgroundIntegrityCheck;
class CaseStore;
class EmailIntakeService;
class LapsePolicy;
class LanguageMarkers;
class MatterService;
class PublicInterestLibrary;
class RegulatorClocks;
class RegulatorDeadlineCalculator;
class EffectiveCalendar;
class StepGuidance;
class ReviewLetterService;
class StatisticsService;
class StatisticsViewService;
class StoreRecoveryService;
} // namespace foi::core

namespace foi::ui {
class DeadlinesDialog;
class StatisticsDialog;
class MainWindow;
class StoreRecoveryWindow;
class Workbench;
} // namespace foi::ui

namespace foi::app {

// Builds the GUI's object graph: settings, the store and services, the workbench and its main
// window. The only place that knows how the pieces fit; widgets get what they need through
// constructors. open() fails with the store's error when the store cannot be opened; recover()
// then shows the ways out in a window of their own (restore a backup, look at one read-only,
// choose another file) and opens the workbench on what the officer chooses.
class GuiCompositionRoot
{
public:
    // `clock` is the program's one clock (Clock::system() in main): every part gets it from here.
    explicit GuiCompositionRoot(core::Clock clock);
    ~GuiCompositionRoot();

    [[nodiscard]] core::Status
    open(const QString &storePath,
         core::CaseStore::OpenMode mode = core::CaseStore::OpenMode::CreateIfMissing);
    // Shows the recovery window for `problem` with the store at `storePath`; `opened` is called
    // once the workbench is open on the store the officer chose, `quit` if they gave up.
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

private:
    core::Clock m_clock;
    QSettings m_settings;
    // The Welsh catalogue while the interface is in Welsh (Settings ▸ Officer, or the system's
    // locale), installed before any window is built.
    QTranslator m_translator;
    // The program's one file chooser: every file dialog, in the workbench and the windows made
    // here, asks it.
    ui::DialogFileChooser m_files;
    std::unique_ptr<core::CaseStore> m_store;
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
    std::unique_ptr<core::RegulatorClocks> m_regulatorClocks;
    std::unique_ptr<core::RegulatorDeadlineCalculator> m_regulator;
    std::unique_ptr<core::MatterService> m_matters;
    std::unique_ptr<core::ReviewLetterService>
        m_reviewLetters; // before the workbench: its step uses it
    std::unique_ptr<core::AttachmentService> m_emailAttachments;
    std::unique_ptr<core::EmailIntakeService> m_emailIntake;
    std::unique_ptr<core::StatisticsService> m_statistics;
    std::unique_ptr<core::StatisticsViewService> m_statisticsView; // outlives its window
    std::unique_ptr<ui::Workbench> m_workbench;
    std::unique_ptr<core::BackgroundIntegrityCheck> m_integrityCheck;
    ui::DeadlinesDialog *m_deadlines = nullptr;         // owned by the main window
    ui::StatisticsDialog *m_statisticsDialog = nullptr; // owned by the main window

    [[nodiscard]] core::Status buildMatters();
    // File ▸ Import email… and email drops, over the matters (an email may open a review).
    [[nodiscard]] core::Status buildEmailIntake();
    // View ▸ Statistics, over the store's statistics summaries.
    void buildStatistics();
    std::unique_ptr<core::StoreRecoveryService> m_recovery;
    std::unique_ptr<ui::StoreRecoveryWindow> m_recoveryWindow;
};

} // namespace foi::app
