// The workbench's newer parts, used as an officer would: the search record of the Held? step,
// the paragraph library of the Public interest step, aggregation on the Cost step, attachments
// beside the Request step, the case list sorted by its headers, and the calendar import.

#include "tests/ui/WorkbenchFixture.h"

#include "core/model/CaseFile.h"
#include "core/rules/CaseChecker.h"
#include "core/rules/Finding.h"
#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseHistory.h"
#include "core/store/CaseStore.h"
#include "core/support/Profiles.h"
#include "tests/support/StoreOptions.h"
#include "ui/caselist/CaseListView.h"
#include "ui/findings/FindingsPanel.h"
#include "ui/mainwindow/MainWindow.h"
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

class TestWorkspaceSteps : public QObject
{
    Q_OBJECT
private:
    template<typename T> static T *find(WorkbenchFixture &fixture, const QString &name)
    {
        auto *widget = fixture.workbench->window().findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    template<typename Step> static int stepIndex(ui::CaseWorkspace &workspace)
    {
        for (int i = 0; i < workspace.steps().size(); ++i) {
            if (qobject_cast<Step *>(workspace.steps().at(i)))
                return i;
        }
        return -1;
    }

    static int rowContaining(QListWidget *list, const QString &words)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().contains(words))
                return i;
        }
        return -1;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void heldStepRecordsEachSearch()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fixture.workbench->newRequest();
        core::CaseDocument &document = fixture.workbench->document();
        document.edit(QStringLiteral("question"), [](core::Case &c) {
            c.questions.append({QStringLiteral("Q1"), QStringLiteral("Any drones?"), {}, {}});
        });
        ui::CaseWorkspace &workspace = fixture.workbench->workspace();
        workspace.showStep(stepIndex<ui::HeldStep>(workspace));
        QVERIFY(workspace.reveal(QStringLiteral("questions[0].determination.searches")));
        auto *where = find<QLineEdit>(fixture, QStringLiteral("searchWhereEdit"));
        QTRY_VERIFY(where->hasFocus());
        find<QDateEdit>(fixture, QStringLiteral("searchDateEdit"))->setDate(QDate(2026, 11, 20));
        QTest::keyClicks(where, QStringLiteral("Fleet register"));
        QTest::keyClicks(find<QLineEdit>(fixture, QStringLiteral("searchByEdit")),
                         QStringLiteral("Fleet manager"));
        QTest::mouseClick(find<QPushButton>(fixture, QStringLiteral("addSearchButton")),
                          Qt::LeftButton);
        QTest::keyClicks(where, QStringLiteral("Procurement files"));
        QTest::keyClick(where, Qt::Key_Return);
        const auto searches = document.current().questions.at(0).determination.searches;
        QCOMPARE(searches.size(), 2);
        QCOMPARE(searches.at(0), (core::SearchRecord{QStringLiteral("Fleet register"),
                                                     QStringLiteral("Fleet manager"),
                                                     {},
                                                     QDate(2026, 11, 20),
                                                     {}}));
        QCOMPARE(searches.at(1).searchedBy, QStringLiteral("Fleet manager")); // kept for the next
        auto *list = find<QListWidget>(fixture, QStringLiteral("searchesListWidget"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(),
                 QStringLiteral("Fleet register by Fleet manager on 20 November 2026"));

        // An empty place is not recorded; Remove takes the selected search away.
        QTest::keyClick(where, Qt::Key_Return);
        QCOMPARE(document.current().questions.at(0).determination.searches.size(), 2);
        list->setCurrentRow(0);
        QTest::mouseClick(find<QPushButton>(fixture, QStringLiteral("removeSearchButton")),
                          Qt::LeftButton);
        QCOMPARE(document.current().questions.at(0).determination.searches.size(), 1);
        QCOMPARE(list->count(), 1);
    }

    // A question's searches cite the files that show them: chosen from the case's search
    // evidence or attached on the spot, opened, withdrawn (the file stays), undone, told in the
    // history; a cited file cannot be removed until every question lets go of it.
    void heldStepCitesOpensAndWithdrawsSearchEvidence()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::Workbench &workbench = *fixture.workbench;
        workbench.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&workbench.window()));
        workbench.newRequest();
        core::CaseDocument &document = workbench.document();
        document.edit(QStringLiteral("question"), [](core::Case &c) {
            core::Question q{QStringLiteral("Q1"), QStringLiteral("Any ANPR cameras?"), {}, {}};
            q.determination.holding = core::Holding::NotHeld;
            q.determination.searches = {
                core::SearchRecord{QStringLiteral("ANPR system"), {}, {}, {}, {}}};
            c.questions.append(q);
        });
        workbench.autosaver().flush();
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(name));
            file.write(bytes);
            return file.fileName();
        };
        workbench.searchEvidence().addFiles({write(QStringLiteral("anpr-search.png"), "png")},
                                            core::AttachmentKind::SearchEvidence);
        ui::CaseWorkspace &workspace = workbench.workspace();
        workspace.showStep(stepIndex<ui::HeldStep>(workspace));
        QVERIFY(workspace.reveal(QStringLiteral("questions[0].determination.searches")));
        auto *cited = find<QListWidget>(fixture, QStringLiteral("citedEvidenceList"));
        QCOMPARE(cited->count(), 1);
        QCOMPARE(cited->item(0)->text(), QStringLiteral("No evidence cited yet."));
        // The case's evidence says which questions' searches cite each file.
        QListWidget *evidence = workbench.searchEvidence().listWidget();
        QVERIFY2(
            evidence->item(0)->text().endsWith(QStringLiteral("\nnot cited by any search yet")),
            qPrintable(evidence->item(0)->text()));

        // Cite evidence…: the case's search evidence, ticked and cited.
        auto *cite = find<QPushButton>(fixture, QStringLiteral("citeEvidenceButton"));
        QVERIFY(cite->isEnabled());
        bool dialogSeen = false;
        QTimer::singleShot(0, [&dialogSeen] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *files = dialog->findChild<QListWidget *>(QStringLiteral("citeEvidenceList"));
            QCOMPARE(files->count(), 1);
            QVERIFY(files->item(0)->text().startsWith(QStringLiteral("anpr-search.png (")));
            files->item(0)->setCheckState(Qt::Checked);
            dialog->findChild<QPushButton *>(QStringLiteral("citeButton"))->click();
            dialogSeen = true;
        });
        cite->click();
        QVERIFY(dialogSeen);
        const auto evidenceOfQ1 = [&document] {
            return document.current().questions.at(0).determination.searches.at(0).evidence;
        };
        QCOMPARE(evidenceOfQ1().size(), 1);
        QCOMPARE(evidenceOfQ1().at(0).fileName, QStringLiteral("anpr-search.png"));
        QCOMPARE(document.undoText(),
                 QStringLiteral("Cite search evidence \u2018anpr-search.png\u2019 for Q1"));
        QCOMPARE(cited->count(), 1);
        QCOMPARE(cited->item(0)->text(),
                 QStringLiteral("anpr-search.png \u2014 search of ANPR system"));
        QVERIFY2(
            evidence->item(0)->text().endsWith(QStringLiteral("\ncited by the searches for Q1")),
            qPrintable(evidence->item(0)->text()));

        workbench.autosaver().flush();

        // Opened from there, through the attachment's checked copy.
        QList<QUrl> opened;
        auto &editor = *workbench.window().findChild<ui::SearchRecordEditor *>();
        editor.setOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        cited->setCurrentRow(0);
        QTest::keyClick(cited, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QFile copy(opened.at(0).toLocalFile());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray("png"));

        // A new file attached from the dialog is stored as search evidence and cited.
        const QString export_ = write(QStringLiteral("anpr-export.csv"), "plate,hits\n");
        fixture.files.answerFiles({export_});
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QPushButton *>(QStringLiteral("attachAndCiteButton"))->click();
            auto *files = dialog->findChild<QListWidget *>(QStringLiteral("citeEvidenceList"));
            QCOMPARE(files->count(), 2);
            QVERIFY(files->item(0)->text().endsWith(QStringLiteral("already cited")));
            QCOMPARE(files->item(1)->checkState(), Qt::Checked);
            dialog->findChild<QPushButton *>(QStringLiteral("citeButton"))->click();
        });
        cite->click();
        QCOMPARE(evidenceOfQ1().size(), 2);
        QCOMPARE(evidenceOfQ1().at(1).fileName, QStringLiteral("anpr-export.csv"));
        QCOMPARE(workbench.searchEvidence().listWidget()->count(), 2);

        // Removing a cited file is refused, naming the question; nothing is lost.
        QListWidget *files = workbench.searchEvidence().listWidget();
        files->setCurrentRow(0);
        workbench.searchEvidence().removeSelected();
        QCOMPARE(fixture.notifier.errors.size(), 1);
        QVERIFY2(fixture.notifier.errors.at(0).startsWith(
                     QStringLiteral("\u2018anpr-search.png\u2019 was not removed: the searches "
                                    "for Q1 cite it as evidence.")),
                 qPrintable(fixture.notifier.errors.at(0)));
        QCOMPARE(files->count(), 2);
        QCOMPARE(evidenceOfQ1().size(), 2);

        // Withdrawn: the citation goes, the file stays; undo brings the citation back.
        cited->setCurrentRow(0);
        find<QPushButton>(fixture, QStringLiteral("withdrawEvidenceButton"))->click();
        QCOMPARE(evidenceOfQ1().size(), 1);
        QCOMPARE(evidenceOfQ1().at(0).fileName, QStringLiteral("anpr-export.csv"));
        QCOMPARE(files->count(), 2);
        QVERIFY(files->item(0)->text().endsWith(QStringLiteral("not cited by any search yet")));
        workbench.window().undoAction()->trigger();
        QCOMPARE(evidenceOfQ1().size(), 2);
        QVERIFY(files->item(0)->text().endsWith(QStringLiteral("cited by the searches for Q1")));
        workbench.window().redoAction()->trigger();
        QCOMPARE(evidenceOfQ1().size(), 1);
        // Now no search cites it, the file may go.
        files->setCurrentRow(0);
        QVERIFY(files->currentItem()->text().startsWith(QStringLiteral("anpr-search.png")));
        workbench.searchEvidence().removeSelected();
        QCOMPARE(fixture.notifier.errors.size(), 1);
        QCOMPARE(files->count(), 1);

        workbench.autosaver().flush();
        const auto history =
            core::CaseHistory(fixture.store->audit()).of(document.current().reference);
        QVERIFY(history);
        QStringList told;
        for (const auto &entry : *history)
            told.append(entry.change);
        QVERIFY2(told.contains(
                     QStringLiteral("Cited search evidence \u2018anpr-search.png\u2019 for Q1")),
                 qPrintable(told.join(u'\n')));
        QVERIFY2(told.contains(QStringLiteral(
                     "Withdrew search evidence \u2018anpr-search.png\u2019 from Q1")),
                 qPrintable(told.join(u'\n')));
    }

    // A case that cites a file this store does not have (imported, or from another store) still
    // opens; the step says the file is missing and how to mend it, and attaching it mends it.
    void citedEvidenceMissingFromTheStoreSaysHowToMendIt()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::Workbench &workbench = *fixture.workbench;
        workbench.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&workbench.window()));
        workbench.newRequest();
        const QByteArray bytes = "screenshot of the ANPR search";
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        workbench.document().edit(QStringLiteral("imported"), [&sha256](core::Case &c) {
            core::Question q{QStringLiteral("Q3"), QStringLiteral("ANPR?"), {}, {}};
            q.determination.holding = core::Holding::NotHeld;
            q.determination.searches = {core::SearchRecord{
                QStringLiteral("ANPR system"), {}, {}, {}, {{sha256, QStringLiteral("anpr.png")}}}};
            c.questions.append(q);
        });
        workbench.autosaver().flush();
        workbench.openCase(workbench.document().current().reference); // read back from the store
        ui::CaseWorkspace &workspace = workbench.workspace();
        workspace.showStep(stepIndex<ui::HeldStep>(workspace));
        QVERIFY(workspace.reveal(QStringLiteral("questions[0].determination.searches")));
        auto *cited = find<QListWidget>(fixture, QStringLiteral("citedEvidenceList"));
        auto *missing = find<QLabel>(fixture, QStringLiteral("missingEvidenceLabel"));
        QCOMPARE(cited->item(0)->text(),
                 QStringLiteral("anpr.png \u2014 search of ANPR system (not in this store)"));
        QVERIFY(missing->isVisible());
        QCOMPARE(missing->text(),
                 QStringLiteral("\u2018anpr.png\u2019 is not in this store (SHA-256 %1\u2026). "
                                "Attach the file to this case again as search evidence: it is "
                                "recognised by its content and the citation is whole again.")
                     .arg(sha256.left(12)));
        cited->setCurrentRow(0);
        QVERIFY(
            !find<QPushButton>(fixture, QStringLiteral("openCitedEvidenceButton"))->isEnabled());
        QTest::keyClick(cited, Qt::Key_Return); // opening says the same, and opens nothing
        QCOMPARE(fixture.notifier.errors.size(), 1);
        QVERIFY(fixture.notifier.errors.at(0).startsWith(
            QStringLiteral("\u2018anpr.png\u2019 is not in this store")));

        // Attached again, under another name: found by its content.
        QFile again(dir.filePath(QStringLiteral("ANPR screenshot.png")));
        QVERIFY(again.open(QIODevice::WriteOnly));
        again.write(bytes);
        again.close();
        workbench.searchEvidence().addFiles({again.fileName()},
                                            core::AttachmentKind::SearchEvidence);
        QCOMPARE(cited->item(0)->text(), QStringLiteral("anpr.png \u2014 search of ANPR system"));
        QVERIFY(missing->isHidden());
    }

    // Issue 21: s36(4) statistical information needs no qualified person's opinion, offered on
    // s36 claims only; the picker offers the law in force on the date of receipt (s40 as it
    // stood before 25 May 2018, DPA 2018 Sch 19-20).
    void exemptionsStepMarksStatisticsAndOffersTheLawOfTheDay()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fixture.workbench->newRequest();
        core::CaseDocument &document = fixture.workbench->document();
        document.edit(QStringLiteral("claims"), [](core::Case &c) {
            c.dateOfReceipt = QDate(2018, 5, 14);
            c.questions.append({QStringLiteral("Q1"), QStringLiteral("Crime figures?"), {}, {}});
            for (const char *provision : {"s36(2)(b)(i)", "s31(1)(a)"}) {
                core::ExemptionClaim claim;
                claim.provision = QString::fromLatin1(provision);
                claim.questions = {QStringLiteral("Q1")};
                c.claims.append(claim);
            }
        });
        ui::CaseWorkspace &workspace = fixture.workbench->workspace();
        workspace.showStep(stepIndex<ui::ExemptionsStep>(workspace));
        auto *claims = find<QListView>(fixture, QStringLiteral("claimsListView"));
        auto *statistical = find<QCheckBox>(fixture, QStringLiteral("statisticalCheckBox"));
        claims->setCurrentIndex(claims->model()->index(0, 0));
        QTRY_VERIFY(statistical->isVisible());
        auto opinionMissing = [&document] {
            for (const core::Finding &finding :
                 core::CaseChecker(core::ExemptionCatalogue::builtIn(),
                                   core::WorkingDayCalendar::builtIn(),
                                   core::EnvironmentalTerms::builtIn())
                     .check(document.current())) {
                if (finding.code == u"S36-OPINION-MISSING")
                    return true;
            }
            return false;
        };
        QVERIFY(opinionMissing());
        statistical->click();
        QVERIFY(document.current().claims.at(0).statistical);
        QVERIFY(!opinionMissing());
        QVERIFY(find<QLabel>(fixture, QStringLiteral("claimTestLabel"))
                    ->text()
                    .contains(QStringLiteral("prejudice test")));
        claims->setCurrentIndex(claims->model()->index(1, 0));
        QTRY_VERIFY(!statistical->isVisible());

        find<QLineEdit>(fixture, QStringLiteral("exemptionSearchEdit"))
            ->setText(QStringLiteral("s40(5"));
        auto *provisions = find<QListView>(fixture, QStringLiteral("provisionListView"));
        QStringList offered;
        for (int row = 0; row < provisions->model()->rowCount(); ++row)
            offered << provisions->model()->index(row, 0).data().toString();
        QVERIFY2(offered.join(u'|').contains(QStringLiteral("Section 40(5)(a)")),
                 qPrintable(offered.join(u'|')));
        QVERIFY2(!offered.join(u'|').contains(QStringLiteral("Section 40(5A)")),
                 qPrintable(offered.join(u'|')));
    }

    void paragraphLibraryInsertsIntoEitherColumnAndKeepsTheOfficersOwn()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fixture.workbench->newRequest();
        core::CaseDocument &document = fixture.workbench->document();
        document.edit(QStringLiteral("claim"), [](core::Case &c) {
            c.questions.append({QStringLiteral("Q1"), QStringLiteral("Any drones?"), {}, {}});
            core::ExemptionClaim claim;
            claim.provision = QStringLiteral("s31(1)(a)");
            claim.questions = {QStringLiteral("Q1")};
            c.claims.append(claim);
        });
        ui::CaseWorkspace &workspace = fixture.workbench->workspace();
        workspace.showStep(stepIndex<ui::PublicInterestStep>(workspace));
        auto *library = find<QListWidget>(fixture, QStringLiteral("factorLibraryList"));
        QTRY_VERIFY(library->count() > 0);
        const int against = rowContaining(library, QStringLiteral("change their behaviour"));
        QVERIFY(against >= 0);
        QVERIFY(rowContaining(library, QStringLiteral("commercial position")) < 0);
        library->setCurrentRow(against);
        QTest::mouseClick(find<QPushButton>(fixture, QStringLiteral("insertFactorAgainstButton")),
                          Qt::LeftButton);
        // A factor can go into the other column too.
        const int general = rowContaining(library, QStringLiteral("hold it to account"));
        library->setCurrentRow(general);
        QTest::mouseClick(find<QPushButton>(fixture, QStringLiteral("insertFactorForButton")),
                          Qt::LeftButton);
        const core::PublicInterestTest test = *document.current().claims.at(0).publicInterest;
        QCOMPARE(test.favouringExemption.size(), 1);
        QVERIFY(test.favouringExemption.at(0).contains(QStringLiteral("change their behaviour")));
        QCOMPARE(test.favouringDisclosure.size(), 1);
        QVERIFY(test.favouringDisclosure.at(0).contains(QStringLiteral("hold it to account")));

        // The officer's own factor: saved to the file and offered first.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(
                dialog->findChild<QPlainTextEdit *>(QStringLiteral("ownFactorTextEdit")),
                QStringLiteral("Our own point about drones."));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        QTest::mouseClick(find<QPushButton>(fixture, QStringLiteral("addOwnFactorButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(library->item(0)->text(), QStringLiteral("For: Our own point about drones."));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("own-factors.json"))));
        auto reloaded =
            core::PublicInterestLibrary::load(dir.filePath(QStringLiteral("own-factors.json")));
        QVERIFY(reloaded);
        QCOMPARE(reloaded->factors().constFirst().provisions,
                 QStringList{QStringLiteral("s31(1)(a)")});
    }

    void costStepAggregatesTheSameRequestersOtherRequest()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        auto earlier = fixture.cases->logNewRequest(QDate(2026, 11, 2), {});
        QVERIFY(earlier);
        earlier->requester.name = QStringLiteral("Jo Bloggs");
        earlier->requestText = QStringLiteral("Drone training costs");
        QVERIFY(fixture.cases->save(*earlier));
        ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fixture.workbench->newRequest();
        core::CaseDocument &document = fixture.workbench->document();
        document.edit(QStringLiteral("requester"), [](core::Case &c) {
            c.dateOfReceipt = QDate(2026, 11, 20);
            c.requester.name = QStringLiteral("Jo Bloggs");
        });
        ui::CaseWorkspace &workspace = fixture.workbench->workspace();
        QVERIFY(workspace.reveal(QStringLiteral("costEstimate.aggregatedRequests[0]")));
        auto *list = find<QListWidget>(fixture, QStringLiteral("aggregationCandidatesList"));
        QTRY_COMPARE(list->count(), 1);
        QVERIFY2(
            list->item(0)->text().startsWith(
                earlier->reference + QStringLiteral(" from Jo Bloggs, received 2 November 2026")),
            qPrintable(list->item(0)->text()));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Drone training costs")));
        // Each candidate says why it is listed.
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("Why: the same requester's name")),
                 qPrintable(list->item(0)->text()));
        list->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(document.current().costEstimate->aggregatedRequests,
                 (QList<core::AggregatedRequest>{{earlier->reference, QDate(2026, 11, 2)}}));
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        list->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(!document.current().costEstimate.has_value());
    }

    void aggregationLookupKeepsOnlyTheNewestAnswer()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        // Two requesters, each with an earlier request: the lookup for one case is overtaken by
        // the lookup for the other before it can be shown.
        QStringList earlier;
        for (const QString &name : {QStringLiteral("Ann Able"), QStringLiteral("Ben Baker")}) {
            auto logged = fixture.cases->logNewRequest(QDate(2026, 11, 2), {});
            QVERIFY(logged);
            logged->requester.name = name;
            logged->requestText = QStringLiteral("Costs of the %1 request").arg(name);
            QVERIFY(fixture.cases->save(*logged));
            earlier.append(logged->reference);
        }
        ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fixture.workbench->newRequest();
        core::CaseDocument &document = fixture.workbench->document();
        auto *panel = find<ui::AggregationPanel>(fixture, QStringLiteral("aggregationPanel"));
        auto *list = find<QListWidget>(fixture, QStringLiteral("aggregationCandidatesList"));
        auto *note = find<QLabel>(fixture, QStringLiteral("aggregationNoteLabel"));
        ui::CaseWorkspace &workspace = fixture.workbench->workspace();
        QVERIFY(workspace.reveal(QStringLiteral("costEstimate.aggregatedRequests[0]")));
        QTRY_VERIFY(!panel->isLooking());
        const auto setRequester = [&document](const QString &name) {
            document.edit(QStringLiteral("requester"), [name](core::Case &c) {
                c.dateOfReceipt = QDate(2026, 11, 20);
                c.requester.name = name;
            });
        };
        setRequester(QStringLiteral("Ann Able"));
        // Asked on a worker: the panel says so at once instead of blocking.
        QVERIFY(panel->isLooking());
        QCOMPARE(note->text(), QStringLiteral("Looking for related requests\u2026"));
        setRequester(QStringLiteral("Ben Baker"));
        QSignalSpy arrivals(panel, &ui::AggregationPanel::candidatesArrived);
        QTRY_COMPARE(arrivals.size(), 1);
        QTest::qWait(100); // an answer for Ann Able, had it been let through, would land by now
        QCOMPARE(arrivals.size(), 1);
        QCOMPARE(list->count(), 1);
        QVERIFY2(
            list->item(0)->text().startsWith(earlier.at(1) + QStringLiteral(" from Ben Baker")),
            qPrintable(list->item(0)->text()));
        // The officer's tick is in the case, and survives a lookup started by another edit.
        list->item(0)->setCheckState(Qt::Checked);
        document.edit(QStringLiteral("email"),
                      [](core::Case &c) { c.requester.email = QStringLiteral("ben@example.org"); });
        QTRY_VERIFY(!panel->isLooking());
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        QCOMPARE(document.current().costEstimate->aggregatedRequests.size(), 1);
        // Closing mid-lookup waits for the worker and delivers nothing to the gone panel.
        setRequester(QStringLiteral("Ann Able"));
        QVERIFY(panel->isLooking());
        fixture.closeWorkbench();
        QTest::qWait(50);
    }

    void newRequestReplacesThePreviousCasesFindingsAtOnce()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::Workbench &workbench = *fixture.workbench;
        workbench.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&workbench.window()));
        const auto codes = [&workbench] {
            QStringList shown;
            for (const core::Finding &finding : workbench.findings().model()->findings())
                shown.append(finding.code);
            return shown;
        };
        workbench.newRequest();
        const QStringList blank = codes();
        workbench.document().edit(QStringLiteral("requester"), [](core::Case &c) {
            c.requester.name = QStringLiteral("Jo Bloggs");
            c.requester.email = QStringLiteral("jo@example.org");
            c.requestText = QStringLiteral("Please send the drone policy.");
        });
        QTRY_VERIFY(codes() != blank);
        // Ctrl+N: the new, blank case's findings, with no wait for the checker's debounce.
        workbench.newRequest();
        QCOMPARE(codes(), blank);
    }

    void requestStepAttachesOpensAndRemovesFiles()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fixture.workbench->newRequest();
        ui::AttachmentsPanel &panel = fixture.workbench->attachments();
        QVERIFY(panel.isVisible());
        QFile letter(dir.filePath(QStringLiteral("request.eml")));
        QVERIFY(letter.open(QIODevice::WriteOnly));
        letter.write("From: requester\n\nPlease send the policy.\n");
        letter.close();
        panel.addFiles({letter.fileName(), dir.filePath(QStringLiteral("missing.pdf"))},
                       core::AttachmentKind::RequestAsReceived);
        QCOMPARE(fixture.notifier.errors.size(), 1); // the missing file, named
        QVERIFY(fixture.notifier.errors.at(0).contains(QStringLiteral("missing.pdf")));
        QListWidget *list = panel.listWidget();
        // Grouped under its kind: a heading that cannot be chosen, then the file.
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Request as received"));
        QCOMPARE(list->item(0)->flags(), Qt::ItemIsEnabled);
        QVERIFY2(list->item(1)->text().startsWith(QStringLiteral("request.eml (")),
                 qPrintable(list->item(1)->text()));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("by Test Officer")));

        QList<QUrl> opened;
        panel.setOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QFile copy(opened.at(0).toLocalFile());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(copy.readAll().contains("Please send the policy."));

        // Marked as search evidence: regrouped, shown on the Held? step, and in the history.
        QComboBox *kind = panel.kindCombo();
        QVERIFY(kind->isEnabled());
        QCOMPARE(kind->currentText(), QStringLiteral("Request as received"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Search evidence")));
        emit kind->activated(kind->currentIndex());
        QCOMPARE(list->item(0)->text(), QStringLiteral("Search evidence"));
        QCOMPARE(list->currentRow(), 1);
        QListWidget *evidence = fixture.workbench->searchEvidence().listWidget();
        QCOMPARE(evidence->count(), 1);
        QVERIFY(evidence->item(0)->text().startsWith(QStringLiteral("request.eml (")));
        const auto history = core::CaseHistory(fixture.store->audit())
                                 .of(fixture.workbench->document().current().reference);
        QVERIFY(history);
        QCOMPARE(history->at(0).change,
                 QStringLiteral("Marked the attachment \u201crequest.eml\u201d as search evidence "
                                "(it was the request as received)"));

        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("removeAttachmentButton")),
                          Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QCOMPARE(evidence->count(), 1);
        QCOMPARE(evidence->item(0)->text(), QStringLiteral("None attached yet."));
        QCOMPARE(fixture.store->attachments()
                     .attachmentsOf(fixture.workbench->document().current().reference)
                     ->size(),
                 0);
    }

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
        auto *table = find<QTableView>(fixture, QStringLiteral("caseTableView"));
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
};

QTEST_MAIN(TestWorkspaceSteps)
#include "tst_workspace_steps.moc"
