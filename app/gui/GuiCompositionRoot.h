#pragma once

#include "support/Result.h"

#include <QSettings>
#include <QString>

#include <memory>

namespace foi::core {
class BankHolidayCalendar;
class CaseChecker;
class CaseEditingService;
class BackgroundIntegrityCheck;
class CaseStore;
class MatterService;
class PublicInterestLibrary;
class RegulatorClocks;
class RegulatorDeadlineCalculator;
class WorkingDayCalendar;
} // namespace foi::core

namespace foi::ui {
class DeadlinesDialog;
class MainWindow;
class Workbench;
} // namespace foi::ui

namespace foi::app {

// Builds the GUI's object graph: settings, the store and services, the workbench and its main
// window. The only place that knows how the pieces fit; widgets get what they need through
// constructors. open() fails with the store's error when the store cannot be opened.
class GuiCompositionRoot
{
public:
    GuiCompositionRoot();
    ~GuiCompositionRoot();

    [[nodiscard]] core::Status open(const QString &storePath);
    ui::MainWindow &mainWindow();
    // Work deferred until the window has painted: the full integrity check of a large store
    // (opening ran only a bounded one). A damage found is reported in a message box, and the
    // damaged file is kept as a quarantine copy.
    void startBackgroundChecks();

private:
    QSettings m_settings;
    std::unique_ptr<core::CaseStore> m_store;
    std::unique_ptr<core::WorkingDayCalendar> m_calendar;
    std::unique_ptr<core::CaseChecker> m_checker;
    std::unique_ptr<core::CaseEditingService> m_cases;
    std::unique_ptr<core::PublicInterestLibrary> m_factors;
    std::unique_ptr<core::BankHolidayCalendar> m_holidays;
    std::unique_ptr<core::RegulatorClocks> m_regulatorClocks;
    std::unique_ptr<core::RegulatorDeadlineCalculator> m_regulator;
    std::unique_ptr<core::MatterService> m_matters;
    std::unique_ptr<ui::Workbench> m_workbench;
    std::unique_ptr<core::BackgroundIntegrityCheck> m_integrityCheck;
    ui::DeadlinesDialog *m_deadlines = nullptr; // owned by the main window

    [[nodiscard]] core::Status buildMatters();
};

} // namespace foi::app
