#pragma once

#include "core/intake/LanguageMarkers.h"
#include "core/intake/ReferenceAllocator.h"
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
#include "ui/mainwindow/Workbench.h"
#include "ui/notify/Notifier.h"

#include <QFile>
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

// The real services on a store in a temporary folder, with the workbench built over them as the
// composition root builds it, an officer in the settings and a police force's authority profile
// (authority.json in the same folder). `clock` is the workbench's one clock: the system's unless
// a test fixes the day. Its file dialogs are answered by `files`, cancelled unless a test queues
// an answer.
class WorkbenchFixture
{
public:
    explicit WorkbenchFixture(const QString &folder,
                              foi::core::Clock workbenchClock = foi::core::Clock::system())
        : settings(folder + QStringLiteral("/settings.ini"), QSettings::IniFormat)
        , storePath(folder + QStringLiteral("/cases.foistore"))
        , authorityPath(folder + QStringLiteral("/authority.json"))
        , calendar(folder + QStringLiteral("/data/bank-holidays.json"))
        , clock(std::move(workbenchClock))
        , checker(foi::core::ExemptionCatalogue::builtIn(), calendar.workingDays(),
                  foi::core::EnvironmentalTerms::builtIn())
    {
        settings.setValue(QStringLiteral("officer/name"), QStringLiteral("Test Officer"));
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
        auto opened =
            foi::core::CaseStore::open(storePath, foi::core::CaseStore::OpenMode::CreateIfMissing,
                                       foi::core::CaseStore::Options{.clock = clock});
        if (!opened)
            qFatal("cannot open the test store: %s", qPrintable(opened.error().message));
        store = std::move(opened).value();
        cases = std::make_unique<foi::core::CaseEditingService>(
            *store, *foi::core::ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
            calendar.workingDays());
        calendarImport = std::make_unique<foi::core::CalendarImportService>(calendar, *store);
        queries = std::make_unique<foi::core::CaseQueryService>(
            store->cases(), store->search(), store->path(), store->cases().clock());
        factors = std::make_unique<foi::core::PublicInterestLibrary>(
            *foi::core::PublicInterestLibrary::load(folder + QStringLiteral("/own-factors.json")));
        guidance = std::make_unique<foi::core::StepGuidance>(*foi::core::StepGuidance::builtIn());
        workbench = std::make_unique<foi::ui::Workbench>(
            foi::ui::WorkbenchServices{
                settings, *store, *cases, *queries, foi::core::ExemptionCatalogue::builtIn(),
                foi::core::EnvironmentalTerms::builtIn(), calendar, *calendarImport, checker,
                *factors, *guidance, lapsePolicy, languageMarkers,
                foi::core::ScanLimits::standard(), clock, authorityPath},
            files, &notifier);
        // File › New request takes the reference offered, with no title, as the officer who
        // presses Enter in its dialog does.
        workbench->setNewRequestAsker(
            [](const QString &offered, const std::function<foi::core::Status(const QString &)> &)
                -> std::optional<foi::ui::Workbench::NewRequestDetails> {
                return foi::ui::Workbench::NewRequestDetails{offered, {}};
            });
    }

    QSettings settings;
    QString storePath;
    QString authorityPath;
    RecordingNotifier notifier;
    // Every file dialog of the workbench: a test queues the officer's answers here.
    ScriptedFileChooser files;
    // The program's one calendar (no imported file at first: the built-in bank holidays).
    foi::core::EffectiveCalendar calendar;
    foi::core::Clock clock;
    foi::core::CaseChecker checker;
    foi::core::LapsePolicy lapsePolicy = *foi::core::LapsePolicy::builtIn();
    foi::core::LanguageMarkers languageMarkers = *foi::core::LanguageMarkers::builtIn();
    std::unique_ptr<foi::core::CaseStore> store;
    std::unique_ptr<foi::core::CaseEditingService> cases;
    std::unique_ptr<foi::core::CaseQueryService> queries;
    std::unique_ptr<foi::core::CalendarImportService> calendarImport;
    std::unique_ptr<foi::core::PublicInterestLibrary> factors;
    std::unique_ptr<foi::core::StepGuidance> guidance;
    std::unique_ptr<foi::ui::Workbench> workbench;
};
