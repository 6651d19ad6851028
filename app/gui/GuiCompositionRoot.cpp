#include "GuiCompositionRoot.h"

#include "intake/ReferenceAllocator.h"
#include "law/BankHolidayFile.h"
#include "law/ExemptionCatalogue.h"
#include "law/WorkingDayCalendar.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workbench.h"
#include "rules/CaseChecker.h"
#include "services/CaseEditingService.h"
#include "services/PublicInterestLibrary.h"
#include "settings/CalendarImportPage.h"
#include "settings/Profiles.h"
#include "store/BackgroundIntegrityCheck.h"
#include "store/CaseStore.h"

#include <QMessageBox>

namespace foi::app {

GuiCompositionRoot::GuiCompositionRoot() = default;

GuiCompositionRoot::~GuiCompositionRoot()
{
    // The check reads the store's file: stop it before the store closes.
    m_integrityCheck.reset();
}

core::Status GuiCompositionRoot::open(const QString &storePath)
{
    auto store = core::CaseStore::open(storePath, core::CaseStore::OpenMode::CreateIfMissing);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    const ui::Profiles profiles = ui::Profiles::load(m_settings);
    auto allocator = core::ReferenceAllocator::create(profiles.referencePattern);
    if (!allocator)
        allocator = core::ReferenceAllocator::create(
            QString::fromLatin1(core::ReferenceAllocator::defaultPattern));
    // The officer's imported bank holidays (Settings, Calendar) over the built-in ones; a file
    // that has gone bad since is named on the Calendar page, and the built-in data is used.
    auto holidays = core::BankHolidayFile::effective(ui::CalendarImportPage::defaultPath());
    m_calendar = std::make_unique<core::WorkingDayCalendar>(
        holidays ? *holidays : core::BankHolidayCalendar::builtIn());
    m_checker =
        std::make_unique<core::CaseChecker>(core::ExemptionCatalogue::builtIn(), *m_calendar);
    m_cases = std::make_unique<core::CaseEditingService>(*m_store, *allocator);
    // A damaged file of the officer's own factors still loads (see ownProblem()); only missing
    // built-in data fails, and that is a broken build.
    auto factors = core::PublicInterestLibrary::load(core::PublicInterestLibrary::defaultOwnPath());
    if (!factors)
        return factors.error();
    m_factors = std::make_unique<core::PublicInterestLibrary>(std::move(factors).value());
    m_workbench = std::make_unique<ui::Workbench>(
        ui::WorkbenchServices{m_settings, *m_store, *m_cases, core::ExemptionCatalogue::builtIn(),
                              *m_calendar, *m_checker, *m_factors});
    return core::success();
}

ui::MainWindow &GuiCompositionRoot::mainWindow()
{
    return m_workbench->window();
}

void GuiCompositionRoot::startBackgroundChecks()
{
    if (!m_store || !m_store->fullCheckPending() || m_integrityCheck)
        return;
    m_integrityCheck = std::make_unique<core::BackgroundIntegrityCheck>(m_store->path());
    QObject::connect(
        m_integrityCheck.get(), &core::BackgroundIntegrityCheck::finished, &mainWindow(),
        [this](bool sound, const QString &message, const QString &detail) {
            if (sound) {
                (void)m_store->noteIntegrityCheck();
                return;
            }
            QString text = message;
            if (auto copy = core::CaseStore::quarantine(m_store->path()))
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
