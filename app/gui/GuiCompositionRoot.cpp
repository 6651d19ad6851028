#include "GuiCompositionRoot.h"

#include "intake/ReferenceAllocator.h"
#include "law/ExemptionCatalogue.h"
#include "law/WorkingDayCalendar.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workbench.h"
#include "rules/CaseChecker.h"
#include "services/CaseEditingService.h"
#include "settings/Profiles.h"
#include "store/CaseStore.h"

#include <QDir>
#include <QFileInfo>

namespace foi::app {

GuiCompositionRoot::GuiCompositionRoot() = default;

GuiCompositionRoot::~GuiCompositionRoot() = default;

core::Status GuiCompositionRoot::open(const QString &storePath)
{
    QDir().mkpath(QFileInfo(storePath).absolutePath());
    auto store = core::CaseStore::open(storePath, core::CaseStore::OpenMode::CreateIfMissing);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    const ui::Profiles profiles = ui::Profiles::load(m_settings);
    auto allocator = core::ReferenceAllocator::create(profiles.referencePattern);
    if (!allocator)
        allocator = core::ReferenceAllocator::create(
            QString::fromLatin1(core::ReferenceAllocator::defaultPattern));
    m_checker = std::make_unique<core::CaseChecker>(core::ExemptionCatalogue::builtIn());
    m_cases = std::make_unique<core::CaseEditingService>(*m_store, *allocator);
    m_workbench = std::make_unique<ui::Workbench>(
        ui::WorkbenchServices{m_settings, *m_store, *m_cases, core::ExemptionCatalogue::builtIn(),
                              core::WorkingDayCalendar::builtIn(), *m_checker});
    return core::success();
}

ui::MainWindow &GuiCompositionRoot::mainWindow()
{
    return m_workbench->window();
}

} // namespace foi::app
