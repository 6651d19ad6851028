// The Exemptions and Public interest steps used as an officer would: the statistics marks and
// the law of the day on the first, the paragraph library (and the officer's own paragraphs) on
// the second.

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

class TestExemptionSteps : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

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
        auto *claims = fixture.find<QListView>(QStringLiteral("claimsListView"));
        auto *statistical = fixture.find<QCheckBox>(QStringLiteral("statisticalCheckBox"));
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
        QVERIFY(fixture.find<QLabel>(QStringLiteral("claimTestLabel"))
                    ->text()
                    .contains(QStringLiteral("prejudice test")));
        claims->setCurrentIndex(claims->model()->index(1, 0));
        QTRY_VERIFY(!statistical->isVisible());

        fixture.find<QLineEdit>(QStringLiteral("exemptionSearchEdit"))
            ->setText(QStringLiteral("s40(5"));
        auto *provisions = fixture.find<QListView>(QStringLiteral("provisionListView"));
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
        auto *library = fixture.find<QListWidget>(QStringLiteral("factorLibraryList"));
        QTRY_VERIFY(library->count() > 0);
        const int against = rowContaining(library, QStringLiteral("change their behaviour"));
        QVERIFY(against >= 0);
        QVERIFY(rowContaining(library, QStringLiteral("commercial position")) < 0);
        library->setCurrentRow(against);
        QTest::mouseClick(fixture.find<QPushButton>(QStringLiteral("insertFactorAgainstButton")),
                          Qt::LeftButton);
        // A factor can go into the other column too.
        const int general = rowContaining(library, QStringLiteral("hold it to account"));
        library->setCurrentRow(general);
        QTest::mouseClick(fixture.find<QPushButton>(QStringLiteral("insertFactorForButton")),
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
        QTest::mouseClick(fixture.find<QPushButton>(QStringLiteral("addOwnFactorButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(library->item(0)->text(), QStringLiteral("For: Our own point about drones."));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("own-factors.json"))));
        auto reloaded =
            core::PublicInterestLibrary::load(dir.filePath(QStringLiteral("own-factors.json")));
        QVERIFY(reloaded);
        QCOMPARE(reloaded->factors().constFirst().provisions,
                 QStringList{QStringLiteral("s31(1)(a)")});
    }
};

QTEST_MAIN(TestExemptionSteps)
#include "tst_exemption_steps.moc"
