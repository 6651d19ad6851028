#include "app/gui/GuiCompositionRoot.h"

#include "core/intake/LanguageMarkers.h"
#include "core/intake/ReferenceAllocator.h"
#include "core/law/BankHolidayFile.h"
#include "core/law/CalendarDataAge.h"
#include "core/law/EffectiveCalendar.h"
#include "core/law/EnvironmentalTerms.h"
#include "core/law/ExemptionCatalogue.h"
#include "core/law/LapsePolicy.h"
#include "core/law/RegulatorDeadlineCalculator.h"
#include "core/law/StepGuidance.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/release/ScanLimits.h"
#include "core/reply/AuthorityProfileLocator.h"
#include "core/rules/CaseChecker.h"
#include "core/services/AttachmentService.h"
#include "core/services/CalendarImportService.h"
#include "core/services/CaseAutosaver.h"
#include "core/services/CaseEditingService.h"
#include "core/services/CaseHistory.h"
#include "core/services/CaseLifecycleService.h"
#include "core/services/CaseQueryService.h"
#include "core/services/DisclosureLogService.h"
#include "core/services/EmailIntakeService.h"
#include "core/services/MatterService.h"
#include "core/services/PublicInterestLibrary.h"
#include "core/services/ReleaseGate.h"
#include "core/services/ReviewLetterService.h"
#include "core/services/ReviewNotes.h"
#include "core/services/SentReplyService.h"
#include "core/services/StatisticsService.h"
#include "core/services/StatisticsViewService.h"
#include "core/services/StoreRecoveryService.h"
#include "core/services/StoreStatus.h"
#include "core/store/BackgroundIntegrityCheck.h"
#include "core/store/BackupService.h"
#include "core/store/CaseStore.h"
#include "core/support/InterfaceLanguage.h"
#include "core/support/Profiles.h"
#include "core/support/StoreLocation.h"
#include "ui/deadlines/DeadlinesDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Workbench.h"
#include "ui/notify/Notifier.h"
#include "ui/recovery/StoreRecoveryWindow.h"
#include "ui/statistics/StatisticsDialog.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/MattersStep.h"

#include <QAction>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace foi::app {

GuiCompositionRoot::Setup GuiCompositionRoot::Setup::forProgram(core::Clock clock)
{
    // Settings under the application's own name; those an earlier version kept under Qt's
    // "Unknown Organization" are carried over the first time.
    core::StoreLocation::migrateLegacySettings();
    return {.clock = std::move(clock),
            .settingsPath = core::StoreLocation::settingsPath(),
            .userCalendarPath = core::StoreLocation::userCalendarPath(),
            .ownFactorsPath = core::PublicInterestLibrary::defaultOwnPath(),
            .authorityProfilePath = core::AuthorityProfileLocator::userProfilePath(),
            .dataFolder = core::StoreLocation::defaultDataFolder(),
            .notifier = nullptr,
            .files = nullptr};
}

GuiCompositionRoot::GuiCompositionRoot(Setup setup)
    : m_setup(std::move(setup))
    , m_settings(m_setup.settingsPath, QSettings::IniFormat)
    , m_files(m_setup.files ? *m_setup.files : m_dialogs)
{}

void GuiCompositionRoot::installInterfaceTranslation(const QLocale &systemLocale)
{
    const core::InterfaceLanguage chosen =
        core::interfaceLanguageFromCode(core::Profiles::load(m_settings).interfaceLanguage);
    const QLocale locale = core::interfaceLocale(chosen, systemLocale);
    if (!core::installInterfaceTranslation(locale, m_translator) &&
        locale.language() == QLocale::Welsh)
        qWarning("The Welsh catalogue :/i18n/foi_cy.qm could not be loaded: the interface stays "
                 "in English.");
}

GuiCompositionRoot::~GuiCompositionRoot()
{
    m_recoveryWindow.reset(); // waits for a restore still running
    // The check reads the store's file: stop it before the store closes.
    m_integrityCheck.reset();
}

core::Status GuiCompositionRoot::open(const QString &store, core::CaseStore::OpenMode mode)
{
    const core::Result<core::StoreAddress> address = core::StoreAddress::parse(store);
    if (!address)
        return address.error();
    auto opened =
        core::OpenedStore::open(*address, mode, core::CaseStore::Options{.clock = m_setup.clock});
    if (!opened)
        return opened.error();
    return openOn(std::move(opened).value());
}

core::Status GuiCompositionRoot::openOn(std::unique_ptr<core::OpenedStore> store)
{
    m_store = std::move(store);
    if (const core::Status built = buildCore(); !built)
        return built;
    buildWorkbench();
    // Said once, on start: old data may lack a newly proclaimed bank holiday.
    const QString stale =
        core::CalendarDataAge::of(core::BankHolidayCalendar::builtIn(),
                                  core::BankHolidayFile::importedOn(m_setup.userCalendarPath))
            .staleNotice(m_setup.clock.today());
    if (!stale.isEmpty())
        m_workbench->window().showNotification(stale);
    if (m_store->isReadOnly())
        m_workbench->window().setWindowTitle(
            QObject::tr("%1 (read-only: %2)")
                .arg(m_workbench->window().windowTitle(),
                     m_store->isTeamStore()
                         ? m_store->display()
                         : QDir::toNativeSeparators(QFileInfo(m_store->display()).fileName())));
    QObject::connect(&mainWindow(), &ui::MainWindow::openStoreRequested, &m_switching,
                     [this](const QString &chosen) {
                         // After the menu's signal has returned: the switch closes its window.
                         QMetaObject::invokeMethod(
                             &m_switching, [this, chosen] { switchStore(chosen); },
                             Qt::QueuedConnection);
                     });
    return buildMatters();
}

void GuiCompositionRoot::switchStore(const QString &store)
{
    const core::Result<core::StoreAddress> address = core::StoreAddress::parse(store);
    core::Result<std::unique_ptr<core::OpenedStore>> next =
        address ? core::OpenedStore::open(*address, core::CaseStore::OpenMode::CreateIfMissing,
                                          core::CaseStore::Options{.clock = m_setup.clock})
                : core::Result<std::unique_ptr<core::OpenedStore>>(address.error());
    if (!next) {
        core::Error problem = next.error();
        problem.message = QObject::tr("%1\n\nThe workbench stays on %2.")
                              .arg(problem.message, QDir::toNativeSeparators(m_store->display()));
        m_workbench->notifier().showError(problem);
        return;
    }
    // The new store is open: only now is the one open so far closed, its typing saved first.
    const QByteArray geometry = mainWindow().saveGeometry();
    closeStore();
    if (const core::Status built = openOn(std::move(next).value()); !built) {
        // Only a build that lost its resources fails here; nothing is left to show.
        QMessageBox::critical(nullptr, QStringLiteral("FOI Workbench"), built.error().message);
        QCoreApplication::quit();
        return;
    }
    mainWindow().restoreGeometry(geometry);
    mainWindow().show();
    startBackgroundChecks();
}

void GuiCompositionRoot::closeStore()
{
    closeWorkbench();
    // In the reverse of the order they were built in: each holds a reference to those before.
    m_emailIntake.reset();
    m_statisticsView.reset();
    m_statistics.reset();
    m_reviewLetters.reset();
    m_matters.reset();
    m_regulator.reset();
    m_regulatorClocks.reset();
    m_disclosureLog.reset();
    m_lifecycle.reset();
    m_history.reset();
    m_reviewNotes.reset();
    m_releaseGate.reset();
    m_attachments.reset();
    m_sentReplies.reset();
    m_storeStatus.reset();
    m_queries.reset();
    m_languageMarkers.reset();
    m_lapsePolicy.reset();
    m_guidance.reset();
    m_factors.reset();
    m_cases.reset();
    m_checker.reset();
    m_calendarImport.reset();
    m_calendar.reset();
    m_store.reset();
}

QString GuiCompositionRoot::attachmentFolder() const
{
    if (const core::CaseStore *file = m_store->file())
        return core::AttachmentService::contentFolderFor(file->path());
    return core::AttachmentService::contentFolderFor(m_store->address(), m_setup.dataFolder);
}

core::Status GuiCompositionRoot::buildCore()
{
    const core::Profiles profiles = core::Profiles::load(m_settings);
    auto allocator =
        core::ReferenceAllocator::create(profiles.referencePattern, profiles.referenceStart);
    if (!allocator)
        allocator = core::ReferenceAllocator::create(
            QString::fromLatin1(core::ReferenceAllocator::defaultPattern));
    // The officer's imported bank holidays (Settings, Calendar) over the built-in ones; a file
    // that has gone bad since is named on the Calendar page, and the built-in data is used.
    // Every service that counts working days gets this one calendar.
    m_calendar = std::make_unique<core::EffectiveCalendar>(m_setup.userCalendarPath);
    core::StoreRepositories &store = m_store->repositories();
    m_calendarImport = std::make_unique<core::CalendarImportService>(*m_calendar, store);
    m_checker = std::make_unique<core::CaseChecker>(core::ExemptionCatalogue::builtIn(),
                                                    m_calendar->workingDays(),
                                                    core::EnvironmentalTerms::builtIn());
    m_cases =
        std::make_unique<core::CaseEditingService>(store, *allocator, m_calendar->workingDays());
    // A damaged file of the officer's own factors still loads (see ownProblem()); only missing
    // built-in data fails, and that is a broken build.
    auto factors = core::PublicInterestLibrary::load(m_setup.ownFactorsPath);
    if (!factors)
        return factors.error();
    m_factors = std::make_unique<core::PublicInterestLibrary>(std::move(factors).value());
    auto guidance = core::StepGuidance::builtIn();
    if (!guidance)
        return guidance.error(); // the build lost its resource
    m_guidance = std::make_unique<core::StepGuidance>(std::move(guidance).value());
    auto lapse = core::LapsePolicy::builtIn();
    if (!lapse)
        return lapse.error(); // the build lost its resource
    m_lapsePolicy = std::make_unique<core::LapsePolicy>(std::move(lapse).value());
    auto markers = core::LanguageMarkers::builtIn();
    if (!markers)
        return markers.error(); // the build lost its resource
    m_languageMarkers = std::make_unique<core::LanguageMarkers>(std::move(markers).value());
    // The case list's, search's and the steps' reads, on workers with the store's one clock.
    m_queries = std::make_unique<core::CaseQueryService>(store.caseList(), store.search(),
                                                         m_store->address(), m_setup.clock);
    return core::success();
}

void GuiCompositionRoot::buildWorkbench()
{
    const core::ReplyService::Law law{core::ExemptionCatalogue::builtIn(),
                                      m_calendar->workingDays(),
                                      core::EnvironmentalTerms::builtIn()};
    core::StoreRepositories &store = m_store->repositories();
    m_storeStatus = std::make_unique<core::StoreStatus>(*m_store);
    m_sentReplies = std::make_unique<core::SentReplyService>(store, law);
    m_attachments = std::make_unique<core::AttachmentService>(store, attachmentFolder());
    m_releaseGate =
        std::make_unique<core::ReleaseGate>(store, *m_attachments, core::ScanLimits::standard());
    m_reviewNotes = std::make_unique<core::ReviewNotes>(store);
    m_history = std::make_unique<core::CaseHistory>(store.audit());
    m_lifecycle = std::make_unique<core::CaseLifecycleService>(store, *m_lapsePolicy,
                                                               m_calendar->workingDays());
    m_disclosureLog = std::make_unique<core::DisclosureLogService>(store);
    m_workbench = std::make_unique<ui::Workbench>(
        ui::WorkbenchServices{.settings = m_settings,
                              .storeStatus = *m_storeStatus,
                              .reviewStore = store,
                              .cases = *m_cases,
                              .queries = *m_queries,
                              .sentReplies = *m_sentReplies,
                              .attachments = *m_attachments,
                              .releaseGate = *m_releaseGate,
                              .reviewNotes = *m_reviewNotes,
                              .history = *m_history,
                              .lifecycle = *m_lifecycle,
                              .disclosureLog = *m_disclosureLog,
                              .catalogue = core::ExemptionCatalogue::builtIn(),
                              .environmentalTerms = core::EnvironmentalTerms::builtIn(),
                              .calendar = *m_calendar,
                              .calendarImport = *m_calendarImport,
                              .checker = *m_checker,
                              .factors = *m_factors,
                              .guidance = *m_guidance,
                              .lapsePolicy = *m_lapsePolicy,
                              .languageMarkers = *m_languageMarkers,
                              .clock = m_setup.clock,
                              .authorityProfilePath = m_setup.authorityProfilePath},
        m_files, m_setup.notifier);
}

core::Status GuiCompositionRoot::buildMatters()
{
    auto clocks = core::RegulatorClocks::builtIn();
    if (!clocks)
        return clocks.error(); // the build lost its resource
    m_regulatorClocks = std::make_unique<core::RegulatorClocks>(std::move(clocks).value());
    m_regulator = std::make_unique<core::RegulatorDeadlineCalculator>(*m_regulatorClocks,
                                                                      m_calendar->holidays());
    m_matters = std::make_unique<core::MatterService>(
        m_store->repositories(), *m_cases, m_calendar->workingDays(), *m_regulator,
        [clock = m_setup.clock] { return clock.today(); });
    m_reviewLetters = std::make_unique<core::ReviewLetterService>(
        *m_cases, *m_matters, core::ExemptionCatalogue::builtIn());
    ui::Workbench &workbench = *m_workbench;
    workbench.workspace().addStep(new ui::MattersStep(
        workbench.document(),
        {*m_matters, *m_reviewLetters, [&workbench] { return workbench.authorityProfile(); },
         [clock = m_setup.clock] { return clock.today(); },
         [&workbench] { workbench.autosaver().flush(); }, m_files},
        &workbench.workspace()));
    m_deadlines = new ui::DeadlinesDialog(*m_matters, &mainWindow());
    QObject::connect(mainWindow().deadlinesAction(), &QAction::triggered, m_deadlines, [this] {
        m_deadlines->show();
        m_deadlines->raise();
        m_deadlines->activateWindow();
    });
    QObject::connect(m_deadlines, &ui::DeadlinesDialog::openCaseRequested, m_workbench.get(),
                     &ui::Workbench::openCase);
    buildStatistics();
    return buildEmailIntake();
}

void GuiCompositionRoot::buildStatistics()
{
    m_statistics = std::make_unique<core::StatisticsService>(
        m_store->repositories(), m_calendar->workingDays(), core::ExemptionCatalogue::builtIn());
    m_statisticsView = std::make_unique<core::StatisticsViewService>(
        *m_statistics, m_store->address(), m_calendar->workingDays(), m_setup.clock);
    m_statisticsDialog = new ui::StatisticsDialog(
        *m_statisticsView, [clock = m_setup.clock] { return clock.today(); }, m_files,
        &mainWindow());
    QObject::connect(mainWindow().statisticsAction(), &QAction::triggered, m_statisticsDialog,
                     [this] {
                         m_statisticsDialog->show();
                         m_statisticsDialog->raise();
                         m_statisticsDialog->activateWindow();
                     });
}

core::Status GuiCompositionRoot::buildEmailIntake()
{
    auto words = core::DissatisfactionWords::builtIn();
    if (!words)
        return words.error(); // the build lost its resource
    m_emailIntake = std::make_unique<core::EmailIntakeService>(
        m_store->repositories(), *m_cases, *m_attachments, *m_matters,
        core::EmailReader(core::EmailLimits::standard()), std::move(words).value());
    m_workbench->setEmailIntake(*m_emailIntake);
    return core::success();
}

QStringList GuiCompositionRoot::backupFolders(const QString &storePath) const
{
    QStringList folders{core::BackupService::defaultFolder(storePath)};
    const QString chosen = core::Profiles::load(m_settings).backupFolder;
    if (!chosen.isEmpty() &&
        QFileInfo(chosen).absoluteFilePath() != QFileInfo(folders.first()).absoluteFilePath())
        folders << chosen;
    return folders;
}

void GuiCompositionRoot::recover(const QString &storePath, const core::Error &problem,
                                 std::function<void()> opened, std::function<void()> quit)
{
    const core::Result<core::StoreAddress> address = core::StoreAddress::parse(storePath);
    if (address && address->isTeamServer()) {
        offerLocalStore(problem, std::move(opened), std::move(quit));
        return;
    }
    m_recovery = std::make_unique<core::StoreRecoveryService>(
        storePath, backupFolders(storePath), core::Profiles::load(m_settings).officerForAudit(),
        core::CaseStore::Options{.clock = m_setup.clock});
    m_recoveryWindow = std::make_unique<ui::StoreRecoveryWindow>(problem, *m_recovery, m_files);
    ui::StoreRecoveryWindow *window = m_recoveryWindow.get();
    QObject::connect(window, &ui::StoreRecoveryWindow::quitRequested, window,
                     [quit = std::move(quit)] { quit(); });
    QObject::connect(
        window, &ui::StoreRecoveryWindow::openRequested, window,
        [this, window, opened = std::move(opened)](const QString &path, bool readOnly) {
            const core::Status status =
                open(path, readOnly ? core::CaseStore::OpenMode::ReadOnly
                                    : core::CaseStore::OpenMode::CreateIfMissing);
            if (!status) {
                window->showProblem(status.error());
                return;
            }
            window->hide();
            opened();
        });
    window->show();
}

void GuiCompositionRoot::offerLocalStore(const core::Error &problem, std::function<void()> opened,
                                         std::function<void()> quit)
{
    // A team store has no backups or file to repair here: its server is put right by the
    // people who run it. Until then the officer may work on the store file on this computer.
    QMessageBox box(QMessageBox::Warning, QStringLiteral("FOI Workbench"), problem.message);
    box.setInformativeText(QObject::tr(
        "Check the address and that the server is running (your IT department can tell), or "
        "work on the case store file on this computer for now."));
    box.setDetailedText(problem.detail);
    QPushButton *local =
        box.addButton(QObject::tr("Open the store file on this computer"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(local);
    box.exec();
    if (box.clickedButton() != local) {
        // Queued: this may run before the event loop, which a direct quit would not end.
        QMetaObject::invokeMethod(
            &m_switching, [quit = std::move(quit)] { quit(); }, Qt::QueuedConnection);
        return;
    }
    const QString path = core::StoreLocation::defaultStorePath();
    if (const core::Status status = open(path); status)
        opened();
    else
        recover(path, status.error(), std::move(opened), std::move(quit));
}

ui::MainWindow &GuiCompositionRoot::mainWindow()
{
    return m_workbench->window();
}

void GuiCompositionRoot::closeWorkbench()
{
    m_integrityCheck.reset(); // it reports to the main window
    m_deadlines = nullptr;    // both owned by the main window
    m_statisticsDialog = nullptr;
    m_workbench.reset();
}

void GuiCompositionRoot::startBackgroundChecks()
{
    core::CaseStore *file = m_store ? m_store->file() : nullptr;
    if (!file || !file->fullCheckPending() || m_integrityCheck)
        return;
    m_integrityCheck = std::make_unique<core::BackgroundIntegrityCheck>(file->path());
    QObject::connect(
        m_integrityCheck.get(), &core::BackgroundIntegrityCheck::finished, &mainWindow(),
        [this, file](bool sound, const QString &message, const QString &detail) {
            if (sound) {
                (void)file->noteIntegrityCheck();
                return;
            }
            QString text = message;
            if (auto copy = core::CaseStore::quarantine(file->path(), m_setup.clock))
                text += QStringLiteral(" A copy of the damaged file was kept as %1.").arg(*copy);
            QMessageBox box(QMessageBox::Warning, QStringLiteral("FOI Workbench"), text,
                            QMessageBox::Ok, &mainWindow());
            box.setInformativeText(QStringLiteral(
                "Save nothing more to this store until it has been replaced by a backup."));
            box.setDetailedText(detail);
            box.exec();
        });
    m_integrityCheck->start();
}

} // namespace foi::app
