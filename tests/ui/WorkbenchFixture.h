#pragma once

#include "app/gui/GuiCompositionRoot.h"
#include "core/intake/LanguageMarkers.h"
#include "core/law/EffectiveCalendar.h"
#include "core/law/EnvironmentalTerms.h"
#include "core/law/ExemptionCatalogue.h"
#include "core/law/LapsePolicy.h"
#include "core/law/StepGuidance.h"
#include "core/model/CaseFile.h"
#include "core/reply/AuthorityProfileLocator.h"
#include "core/rules/CaseChecker.h"
#include "core/services/CalendarImportService.h"
#include "core/services/CaseEditingService.h"
#include "core/services/CaseQueryService.h"
#include "core/services/PublicInterestLibrary.h"
#include "core/store/CaseStore.h"
#include "tests/ui/ScriptedFileChooser.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Workbench.h"
#include "ui/notify/Notifier.h"
#include "ui/workspace/CaseWorkspace.h"

#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The reference case (a real police reply, tests/data/reference-13457_18) as not yet answered,
// for the GUI tests that work it.
inline foi::core::Case unansweredReferenceCase()
{
    QFile file(QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18/case.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the reference case");
    auto read = foi::core::CaseFile::read(file.readAll());
    if (!read)
        qFatal("the reference case does not read");
    read->reply.sentOn = {}; // not answered yet
    return *read;
}

// The row of the workspace's step of type `Step`, or -1.
template<typename Step> int stepIndex(const foi::ui::CaseWorkspace &workspace)
{
    for (int i = 0; i < workspace.steps().size(); ++i) {
        if (qobject_cast<Step *>(workspace.steps().at(i)))
            return i;
    }
    return -1;
}

// The first row of `list` whose text contains `words`, or -1.
inline int rowContaining(const QListWidget *list, const QString &words)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(words))
            return i;
    }
    return -1;
}

// A notifier that records what the officer would have been told, so a test can assert on it.
class RecordingNotifier : public foi::ui::Notifier
{
    Q_OBJECT
public:
    using Notifier::Notifier;
    void showError(const foi::core::Error &error) override { errors.append(error.message); }
    void showInformation(const QString &message) override { information.append(message); }

    QStringList errors;
    QStringList information;
};

// The workbench as the program builds it, through the program's own composition root
// (app/gui/GuiCompositionRoot), over a store in a temporary folder: the settings, the officer's
// calendar and own factors and the authority profile (a police force's, authority.json) are files
// in that folder, an officer is named in the settings, and what the officer would be told is
// recorded by `notifier` (or, with Notices::AsTheProgramShowsThem, shown as the program shows
// them: errors in message boxes, information above the case area). Its file dialogs are answered
// by `files`: cancelled unless a test queues an answer. `clock` is the workbench's one clock: the
// system's unless a test fixes the day. The members below are the root's parts, for a test to
// drive and look into. `otherStore` names another store than the folder's own file: a team store's
// postgresql:// address (tests/postgres); `store` is then null, as a team store has no file.
class WorkbenchFixture
{
public:
    enum class Notices { Recorded, AsTheProgramShowsThem };

    explicit WorkbenchFixture(const QString &folder,
                              foi::core::Clock workbenchClock = foi::core::Clock::system(),
                              Notices notices = Notices::Recorded, const QString &otherStore = {})
        : storePath(otherStore.isEmpty() ? folder + QStringLiteral("/cases.foistore") : otherStore)
        , authorityPath(folder + QStringLiteral("/authority.json"))
        , m_root(openRoot(folder, std::move(workbenchClock), notices))
        , settings(m_root->settings())
        , calendar(m_root->calendar())
        , clock(m_root->clock())
        , checker(m_root->checker())
        , lapsePolicy(m_root->lapsePolicy())
        , languageMarkers(m_root->languageMarkers())
        , store(m_root->store().file())
        , cases(&m_root->cases())
        , queries(&m_root->queries())
        , calendarImport(&m_root->calendarImport())
        , factors(&m_root->factors())
        , guidance(&m_root->guidance())
        , workbench(&m_root->workbench())
    {
        // File › New request takes the reference offered, with no title, as the officer who
        // presses Enter in its dialog does.
        workbench->setNewRequestAsker(
            [](const QString &offered, const std::function<foi::core::Status(const QString &)> &)
                -> std::optional<foi::ui::Workbench::NewRequestDetails> {
                return foi::ui::Workbench::NewRequestDetails{offered, {}};
            });
    }

    // The main window's widget of that object name; the test stops at once when there is none.
    template<typename T> T *find(const QString &name) const
    {
        auto *widget = workbench->window().findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    // Closes the workbench and its windows, the services staying open.
    void closeWorkbench()
    {
        workbench = nullptr;
        m_root->closeWorkbench();
    }

    // The composition root itself. After File ▸ Open case store has switched stores, the parts
    // below belong to the store closed; read the new ones from here.
    foi::app::GuiCompositionRoot &root() const { return *m_root; }

    QString storePath;
    QString authorityPath;
    RecordingNotifier notifier; // outlives the root, whose workbench reports to it
    ScriptedFileChooser files;  // outlives the root, whose file dialogs it answers

private:
    std::unique_ptr<foi::app::GuiCompositionRoot> m_root;

    std::unique_ptr<foi::app::GuiCompositionRoot>
    openRoot(const QString &folder, foi::core::Clock workbenchClock, Notices notices)
    {
        foi::core::AuthorityProfile authority;
        authority.name = QStringLiteral("West Midlands Police");
        authority.kind = foi::core::AuthorityKind::Police;
        authority.addressLines = {QStringLiteral("PO Box 52"), QStringLiteral("Lloyd House"),
                                  QStringLiteral("Birmingham B4 6NQ")};
        authority.foiUnitName = QStringLiteral("Freedom of Information Unit");
        authority.foiUnitEmail = QStringLiteral("foi@example.police.uk");
        authority.internalReviewContact = QStringLiteral("foi.reviews@example.police.uk");
        if (!foi::core::AuthorityProfileLocator::save(authority, authorityPath))
            qFatal("cannot write the test authority profile");
        auto root =
            std::make_unique<foi::app::GuiCompositionRoot>(foi::app::GuiCompositionRoot::Setup{
                .clock = std::move(workbenchClock),
                .settingsPath = folder + QStringLiteral("/settings.ini"),
                .userCalendarPath = folder + QStringLiteral("/data/bank-holidays.json"),
                .ownFactorsPath = folder + QStringLiteral("/own-factors.json"),
                .authorityProfilePath = authorityPath,
                .dataFolder = folder + QStringLiteral("/data"),
                .notifier = notices == Notices::Recorded ? &notifier : nullptr,
                .files = &files});
        root->settings().setValue(QStringLiteral("officer/name"), QStringLiteral("Test Officer"));
        if (const foi::core::Status opened = root->open(storePath); !opened)
            qFatal("cannot open the test workbench: %s", qPrintable(opened.error().message));
        return root;
    }

public:
    QSettings &settings;
    // The program's one calendar (no imported file at first: the built-in bank holidays).
    const foi::core::EffectiveCalendar &calendar;
    const foi::core::Clock &clock;
    const foi::core::CaseChecker &checker;
    const foi::core::LapsePolicy &lapsePolicy;
    const foi::core::LanguageMarkers &languageMarkers;
    foi::core::CaseStore *store;
    foi::core::CaseEditingService *cases;
    foi::core::CaseQueryService *queries;
    foi::core::CalendarImportService *calendarImport;
    foi::core::PublicInterestLibrary *factors;
    const foi::core::StepGuidance *guidance;
    foi::ui::Workbench *workbench;
};
