// The workbench's own actions used as an officer would: backing up now (on a worker, from the
// keyboard, the outcome shown until dismissed), a message above a step on a 1366x768 screen, the
// case list sorted by its headers, importing case files off the GUI thread, and importing a bank
// holiday file on the Calendar page.

#include "tests/ui/WorkbenchFixture.h"

#include "core/intake/ReferenceAllocator.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/CaseFile.h"
#include "core/rules/CaseChecker.h"
#include "core/rules/Finding.h"
#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseEditingService.h"
#include "core/services/CaseHistory.h"
#include "core/services/SaveConflict.h"
#include "core/store/CaseStore.h"
#include "core/store/OpenedStore.h"
#include "core/support/Profiles.h"
#include "tests/support/StoreOptions.h"
#include "ui/caselist/CaseListView.h"
#include "ui/findings/FindingsPanel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/SaveConflictDialog.h"
#include "ui/mainwindow/Workbench.h"
#include "ui/models/CaseListModel.h"
#include "ui/models/FindingListModel.h"
#include "ui/notify/NotificationBar.h"
#include "ui/settings/CalendarImportPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/workspace/AggregationPanel.h"
#include "ui/workspace/AttachmentsPanel.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/ExemptionsStep.h"
#include "ui/workspace/HeldStep.h"
#include "ui/workspace/PublicInterestStep.h"
#include "ui/workspace/SearchRecordEditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace foi;

class TestWorkbenchActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // Settings ▸ References and store ▸ Back up now: the store is copied on a worker with a
    // progress dialog; the officer is told where it went, or why it could not be made, and a
    // failed backup leaves nothing behind.
    void backUpNowRunsOnAWorkerAndSaysWhatHappened()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::Workbench &workbench = *fixture.workbench;
        workbench.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&workbench.window()));
        workbench.newRequest();

        ui::SettingsDialog settings(core::Profiles::load(fixture.settings), {},
                                    fixture.authorityPath, fixture.clock, fixture.files,
                                    &workbench.window());
        settings.setDefaultBackupFolder(dir.filePath(QStringLiteral("backups")));
        auto *folderEdit = settings.findChild<QLineEdit *>(QStringLiteral("backupFolderEdit"));
        QCOMPARE(folderEdit->placeholderText(), dir.filePath(QStringLiteral("backups")));
        folderEdit->setText(dir.filePath(QStringLiteral("my backups")));
        QSignalSpy asked(&settings, &ui::SettingsDialog::backUpNowRequested);
        settings.findChild<QPushButton *>(QStringLiteral("backUpNowButton"))->click();
        QCOMPARE(asked.size(), 1);
        const QString folder = asked.at(0).at(0).toString();
        QCOMPARE(folder, dir.filePath(QStringLiteral("my backups")));

        QSignalSpy finished(&workbench, &ui::Workbench::backupFinished);
        workbench.backUpNow(folder, &settings);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!workbench.isBackingUp());
        QCOMPARE(fixture.notifier.errors, QStringList());
        QCOMPARE(fixture.notifier.information.size(), 1);
        QVERIFY2(fixture.notifier.information.at(0).contains(
                     QStringLiteral("The case store is backed up to")),
                 qPrintable(fixture.notifier.information.at(0)));
        const QStringList made =
            QDir(folder).entryList({QStringLiteral("cases-backup-*.foistore")}, QDir::Files);
        QCOMPARE(made.size(), 1);
        auto copy =
            core::CaseStore::open(QDir(folder).filePath(made.at(0)),
                                  core::CaseStore::OpenMode::ReadOnly, testsupport::storeOptions());
        QVERIFY(copy);
        QCOMPARE(*(*copy)->cases().count(), 1);

        // A destination that cannot be written (a file where the folder should be): the reason
        // and the way out are told; no file is left and the store carries on.
        QFile notAFolder(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notAFolder.open(QIODevice::WriteOnly));
        notAFolder.close();
        workbench.backUpNow(notAFolder.fileName() + QStringLiteral("/backups"), &settings);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(fixture.notifier.errors.size(), 1);
        QVERIFY2(fixture.notifier.errors.at(0).contains(QStringLiteral("Choose another folder")),
                 qPrintable(fixture.notifier.errors.at(0)));
        QCOMPARE(QFileInfo(notAFolder.fileName()).size(), 0);
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.partial*")}, QDir::Files),
                 QStringList());
        QVERIFY(fixture.cases->save(workbench.document().current()));
    }

    // File ▸ Back up now… by keyboard (Alt+F, B): the same backup as Settings' button, into
    // the folder chosen in Settings, with the outcome told; the copy opens and holds the case.
    void fileMenuBacksUpNowFromTheKeyboard()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        const QString folder = dir.filePath(QStringLiteral("menu backups"));
        fixture.settings.setValue(QStringLiteral("store/backupFolder"), folder);
        ui::Workbench &workbench = *fixture.workbench;
        ui::MainWindow &window = workbench.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        workbench.newRequest();
        QVERIFY(window.backUpAction()->isEnabled());

        QSignalSpy finished(&workbench, &ui::Workbench::backupFinished);
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_F, Qt::AltModifier);
        auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(fileMenu);
        QTRY_VERIFY(fileMenu->isVisible());
        QTest::keyClick(fileMenu, Qt::Key_B);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!fileMenu->isVisible());
        QCOMPARE(fixture.notifier.errors, QStringList());
        QCOMPARE(fixture.notifier.information.size(), 1);
        QVERIFY2(fixture.notifier.information.at(0).contains(
                     QStringLiteral("The case store is backed up to")),
                 qPrintable(fixture.notifier.information.at(0)));
        const QStringList made =
            QDir(folder).entryList({QStringLiteral("cases-backup-*.foistore")}, QDir::Files);
        QCOMPARE(made.size(), 1);
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.partial*")}, QDir::Files),
                 QStringList());
        auto copy =
            core::CaseStore::open(QDir(folder).filePath(made.at(0)),
                                  core::CaseStore::OpenMode::ReadOnly, testsupport::storeOptions());
        QVERIFY(copy);
        QCOMPARE(*(*copy)->cases().count(), 1);
    }

    // Without a notifier of its own, the workbench tells the officer above the case area that
    // the backup was made and where, until dismissed (errors still come in a message box).
    void backupOutcomeIsShownUntilDismissed()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path(), core::Clock::system(),
                                 WorkbenchFixture::Notices::AsTheProgramShowsThem);
        fixture.settings.setValue(QStringLiteral("store/backupFolder"),
                                  dir.filePath(QStringLiteral("backups")));
        ui::Workbench &workbench = *fixture.workbench;
        QSignalSpy finished(&workbench, &ui::Workbench::backupFinished);
        workbench.window().backUpAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const QString shown = workbench.window().notificationBar()->message();
        QVERIFY2(
            shown.startsWith(QStringLiteral("The case store is backed up to ") +
                             QDir::toNativeSeparators(dir.filePath(QStringLiteral("backups")))),
            qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Attached files are not in it")), qPrintable(shown));
    }

    // On a 1366x768 screen a message above the case area must not push the window past the
    // screen: each step keeps its minimum size and scrolls instead.
    void aMessageAboveAStepKeepsTheWindowOnA1366x768Screen()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::Workbench &workbench = *fixture.workbench;
        ui::MainWindow &window = workbench.window();
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        workbench.newRequest();
        window.showNotification(QStringLiteral("Imported 2 new, 0 updated and 0 unchanged. These "
                                               "files were not imported:\na.json: not a case "
                                               "file\nb.json: not a case file"));
        ui::CaseWorkspace &workspace = workbench.workspace();
        const QList<ui::WorkspaceStep *> steps = workspace.steps();
        for (int i = 0; i < steps.size(); ++i) {
            workspace.showStep(i);
            QCoreApplication::processEvents();
            QVERIFY2(window.height() <= 768, qPrintable(QStringLiteral("%1: window %2 high")
                                                            .arg(steps.at(i)->objectName())
                                                            .arg(window.height())));
            QVERIFY2(steps.at(i)->height() >= steps.at(i)->minimumSizeHint().height(),
                     qPrintable(steps.at(i)->objectName()));
        }
    }

    void caseListSortsByTheClickedHeader()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        for (const QString &name :
             {QStringLiteral("bravo"), QStringLiteral("Alpha"), QStringLiteral("charlie")}) {
            auto created = fixture.cases->logNewRequest(QDate(2026, 11, 2), {});
            QVERIFY(created);
            created->requester.name = name;
            QVERIFY(fixture.cases->save(*created));
        }
        ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fixture.workbench->showCaseList();
        auto *table = fixture.find<QTableView>(QStringLiteral("caseTableView"));
        QHeaderView *header = table->horizontalHeader();
        const QPoint requester(header->sectionViewportPosition(ui::CaseListModel::Requester) + 5,
                               header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, requester);
        const auto names = [table] {
            QStringList shown;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                shown.append(
                    table->model()->index(row, ui::CaseListModel::Requester).data().toString());
            return shown;
        };
        const QStringList ascending{QStringLiteral("Alpha"), QStringLiteral("bravo"),
                                    QStringLiteral("charlie")};
        const QStringList descending{QStringLiteral("charlie"), QStringLiteral("bravo"),
                                     QStringLiteral("Alpha")};
        QTRY_VERIFY(names() == ascending || names() == descending);
        const QStringList first = names();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, requester);
        QTRY_COMPARE(names(), first == ascending ? descending : ascending);
    }

    void importRunsOffTheGuiThreadAndReportsEachBadFile()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        QFile reference(QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18/case.json"));
        QVERIFY(reference.open(QIODevice::ReadOnly));
        const core::Case original = *core::CaseFile::read(reference.readAll());
        QStringList paths;
        for (int i = 1; i <= 3; ++i) {
            core::Case copy = original;
            copy.reference = QStringLiteral("IMP-%1").arg(i);
            copy.reply.sentOn = {}; // open, so the list's default filter shows them
            QFile file(dir.filePath(QStringLiteral("case-%1.json").arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(core::CaseFile::write(copy));
            paths.append(file.fileName());
        }
        QFile bad(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"formatVersion\": 1");
        bad.close();
        paths.insert(1, bad.fileName());

        fixture.workbench->window().show();
        fixture.workbench->importCaseFiles(paths);
        QVERIFY(fixture.workbench->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!fixture.workbench->isBusy(), 20000);
        QTRY_COMPARE(fixture.notifier.information.size(), 1);
        const QString told = fixture.notifier.information.at(0);
        QVERIFY2(told.startsWith(QStringLiteral("Imported 3 new, 0 updated and 0 unchanged.")),
                 qPrintable(told));
        QVERIFY(told.contains(QStringLiteral("broken.json")));
        QCOMPARE(*fixture.store->cases().count(), qint64(3));
        QCOMPARE(fixture.workbench->caseListModel().rowCount(), 3);
    }

    void calendarImportKeepsOnlyAGoodFile()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        const QString kept = dir.filePath(QStringLiteral("data/bank-holidays.json"));
        QCOMPARE(fixture.calendar.importedPath(), kept);
        ui::CalendarImportPage page(
            *fixture.calendarImport, fixture.calendar,
            [] { return QStringLiteral("Test Officer"); }, fixture.files);
        auto *current = page.findChild<QLabel *>(QStringLiteral("calendarCurrentLabel"));
        QVERIFY(current->text().contains(QStringLiteral("built into")));
        auto *result = page.findChild<QLabel *>(QStringLiteral("calendarImportResultLabel"));

        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(R"({"england-and-wales": {"division": "england-and-wales", "events": []}})");
        badFile.close();
        QVERIFY(!page.importFile(bad));
        QVERIFY2(result->text().startsWith(QStringLiteral("Not imported: ")),
                 qPrintable(result->text()));
        QVERIFY(result->text().endsWith(QStringLiteral("Nothing was changed.")));
        QVERIFY(!QFile::exists(kept));

        const QString good = dir.filePath(QStringLiteral("good.json"));
        QVERIFY(QFile::copy(QStringLiteral(":/calendar/bank-holidays.json"), good));
        QVERIFY(page.importFile(good));
        QVERIFY2(result->text().startsWith(QStringLiteral("Imported bank holidays for ")),
                 qPrintable(result->text()));
        QVERIFY(QFile::exists(kept));
        QVERIFY(current->text().contains(QStringLiteral("your imported bank holidays")));
        // The age of the data in use: built-in checked on its "updated" date, the file today.
        auto *dated = page.findChild<QLabel *>(QStringLiteral("calendarDataDateLabel"));
        QCOMPARE(dated->text(), QStringLiteral("Built-in bank holidays checked on 7 Dec 2026; "
                                               "your imported GOV.UK file of %1.")
                                    .arg(QDate::currentDate().toString(u"d MMM yyyy"_qs)));
    }

    // File ▸ Open case store…: the store chosen is opened, and only then is the one open so far
    // closed (its typing saved); the window shows the new store's cases. A file that is no case
    // store is explained, and the workbench stays on the store it had.
    void openCaseStoreSwitchesToTheStoreChosen()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        fixture.workbench->newRequest();
        const QString mine = fixture.workbench->document().current().reference;
        const QString otherPath = dir.filePath(QStringLiteral("other.foistore"));
        QString theirs;
        {
            auto other = core::CaseStore::open(
                otherPath, core::CaseStore::OpenMode::CreateIfMissing, testsupport::storeOptions());
            QVERIFY(other);
            core::CaseEditingService elsewhere(
                **other, *core::ReferenceAllocator::create(QStringLiteral("OTHER-{seq}")),
                core::WorkingDayCalendar::builtIn());
            elsewhere.setOfficer(QStringLiteral("Other Officer"));
            auto logged = elsewhere.logNewRequest(QDate::currentDate(), {});
            QVERIFY(logged);
            theirs = logged->reference;
        }
        const QString notAStore = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile notes(notAStore);
            QVERIFY(notes.open(QIODevice::WriteOnly));
            notes.write("These are notes, not cases.\n");
        }

        fixture.files.answer(notAStore);
        fixture.workbench->window().openStoreAction()->trigger();
        QTRY_COMPARE(fixture.notifier.errors.size(), 1);
        QVERIFY2(fixture.notifier.errors.constFirst().contains(QStringLiteral("stays on")),
                 qPrintable(fixture.notifier.errors.constFirst()));
        QCOMPARE(fixture.root().store().display(), fixture.storePath);

        fixture.files.answer(otherPath);
        fixture.workbench->window().openStoreAction()->trigger();
        QTRY_COMPARE(fixture.root().store().display(), otherPath);
        ui::Workbench &switched = fixture.root().workbench();
        QVERIFY(switched.window().isVisible());
        switched.showCaseList();
        ui::CaseListModel &list = switched.caseListModel();
        QTRY_COMPARE(list.count().value_or(-1), qint64(1));
        QCOMPARE(list.index(0, ui::CaseListModel::Reference)
                     .data(ui::CaseListModel::ReferenceRole)
                     .toString(),
                 theirs);
        // The first store kept its case.
        auto first = core::CaseStore::open(fixture.storePath, core::CaseStore::OpenMode::ReadOnly,
                                           testsupport::storeOptions());
        QVERIFY(first);
        QVERIFY((*first)->cases().load(mine));
    }

    // Issue 20 point 3: "a save against a newer version never overwrites it, the officer sees
    // the other officer's change side by side and chooses, and nothing typed is lost".
    void aRefusedSaveShowsBothVersionsAndTheOfficerChooses()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::Workbench &workbench = *fixture.workbench;
        workbench.newRequest();
        const QString reference = workbench.document().current().reference;
        workbench.autosaver().flush();
        auto other = core::CaseStore::open(fixture.storePath, core::CaseStore::OpenMode::ReadWrite,
                                           testsupport::storeOptions());
        QVERIFY(other);
        core::CaseEditingService elsewhere(
            **other, *core::ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
            core::WorkingDayCalendar::builtIn());
        elsewhere.setOfficer(QStringLiteral("Sam Officer"));
        const auto theySave = [&](const QString &words) {
            auto theirs = elsewhere.open(reference);
            QVERIFY(theirs);
            theirs->requestText = words;
            QVERIFY(elsewhere.save(*theirs));
        };
        const auto iType = [&](const QString &words) {
            workbench.document().edit(QStringLiteral("Request text"),
                                      [&](core::Case &c) { c.requestText = words; });
            workbench.autosaver().flush();
        };
        QList<core::CaseChangeDescriber::ValueChange> shown;
        QString why;
        auto choice = ui::SaveConflictDialog::Choice::DecideLater;
        int asked = 0;
        workbench.setConflictAsker([&](const core::SaveConflict &conflict) {
            ++asked;
            shown = conflict.differences();
            why = conflict.why();
            return choice;
        });

        // Decided later: the officer's typing stays in the case, theirs in the store.
        theySave(QStringLiteral("Their wording"));
        iType(QStringLiteral("My wording"));
        QCOMPARE(asked, 1);
        QVERIFY2(why.contains(QStringLiteral("Sam Officer")), qPrintable(why));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.constFirst().was, QStringLiteral("Their wording"));
        QCOMPARE(shown.constFirst().now, QStringLiteral("My wording"));
        QCOMPARE(workbench.document().current().requestText, QStringLiteral("My wording"));
        QCOMPARE(elsewhere.open(reference)->requestText, QStringLiteral("Their wording"));
        QVERIFY(!workbench.autosaver().isSaved());
        QVERIFY(fixture.notifier.errors.isEmpty());

        // The next change asks again; kept, the officer's version is saved over theirs.
        choice = ui::SaveConflictDialog::Choice::KeepMine;
        iType(QStringLiteral("My wording, finished"));
        QCOMPARE(asked, 2);
        QVERIFY(workbench.autosaver().isSaved());
        QCOMPARE(elsewhere.open(reference)->requestText, QStringLiteral("My wording, finished"));

        // Taken, the other officer's version replaces the officer's typing, and the next change
        // is saved on it without asking.
        theySave(QStringLiteral("Their second wording"));
        choice = ui::SaveConflictDialog::Choice::TakeTheirs;
        iType(QStringLiteral("Typing over it"));
        QCOMPARE(asked, 3);
        QCOMPARE(workbench.document().current().requestText,
                 QStringLiteral("Their second wording"));
        QVERIFY(workbench.autosaver().isSaved());
        iType(QStringLiteral("Their second wording, with mine added"));
        QCOMPARE(asked, 3);
        QCOMPARE(elsewhere.open(reference)->requestText,
                 QStringLiteral("Their second wording, with mine added"));
        QVERIFY(fixture.notifier.errors.isEmpty());
    }
};

QTEST_MAIN(TestWorkbenchActions)
#include "tst_workbench_actions.moc"
