// The Held? step used as an officer would: each search recorded for a question, and the
// search evidence its searches cite (attached, opened, withdrawn, or missing from the store).

#include "tests/ui/WorkbenchFixture.h"

#include "core/model/CaseFile.h"
#include "core/rules/CaseChecker.h"
#include "core/rules/Finding.h"
#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseHistory.h"
#include "core/store/CaseStore.h"
#include "core/support/Profiles.h"
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

class TestHeldStep : public QObject
{
    Q_OBJECT
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
        auto *where = fixture.find<QLineEdit>(QStringLiteral("searchWhereEdit"));
        QTRY_VERIFY(where->hasFocus());
        fixture.find<QDateEdit>(QStringLiteral("searchDateEdit"))->setDate(QDate(2026, 11, 20));
        QTest::keyClicks(where, QStringLiteral("Fleet register"));
        QTest::keyClicks(fixture.find<QLineEdit>(QStringLiteral("searchByEdit")),
                         QStringLiteral("Fleet manager"));
        QTest::mouseClick(fixture.find<QPushButton>(QStringLiteral("addSearchButton")),
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
        auto *list = fixture.find<QListWidget>(QStringLiteral("searchesListWidget"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(),
                 QStringLiteral("Fleet register by Fleet manager on 20 November 2026"));

        // An empty place is not recorded; Remove takes the selected search away.
        QTest::keyClick(where, Qt::Key_Return);
        QCOMPARE(document.current().questions.at(0).determination.searches.size(), 2);
        list->setCurrentRow(0);
        QTest::mouseClick(fixture.find<QPushButton>(QStringLiteral("removeSearchButton")),
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
        auto *cited = fixture.find<QListWidget>(QStringLiteral("citedEvidenceList"));
        QCOMPARE(cited->count(), 1);
        QCOMPARE(cited->item(0)->text(), QStringLiteral("No evidence cited yet."));
        // The case's evidence says which questions' searches cite each file.
        QListWidget *evidence = workbench.searchEvidence().listWidget();
        QVERIFY2(
            evidence->item(0)->text().endsWith(QStringLiteral("\nnot cited by any search yet")),
            qPrintable(evidence->item(0)->text()));

        // Cite evidence…: the case's search evidence, ticked and cited.
        auto *cite = fixture.find<QPushButton>(QStringLiteral("citeEvidenceButton"));
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
        fixture.find<QPushButton>(QStringLiteral("withdrawEvidenceButton"))->click();
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
        auto *cited = fixture.find<QListWidget>(QStringLiteral("citedEvidenceList"));
        auto *missing = fixture.find<QLabel>(QStringLiteral("missingEvidenceLabel"));
        QCOMPARE(cited->item(0)->text(),
                 QStringLiteral("anpr.png \u2014 search of ANPR system (not in this store)"));
        QVERIFY(missing->isVisible());
        QCOMPARE(missing->text(),
                 QStringLiteral("\u2018anpr.png\u2019 is not in this store (SHA-256 %1\u2026). "
                                "Attach the file to this case again as search evidence: it is "
                                "recognised by its content and the citation is whole again.")
                     .arg(sha256.left(12)));
        cited->setCurrentRow(0);
        QVERIFY(!fixture.find<QPushButton>(QStringLiteral("openCitedEvidenceButton"))->isEnabled());
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
};

QTEST_MAIN(TestHeldStep)
#include "tst_held_step.moc"
