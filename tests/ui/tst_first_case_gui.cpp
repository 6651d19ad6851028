// Working a first real case as a new officer would (issue 24): dates typed as people type them,
// warnings in the Findings panel, the standard paragraphs following the authority profile, the
// questions a failed condition removes marked in one action, NCND wording, and the outcome.

#include "tests/ui/WorkbenchFixture.h"

#include "core/model/CaseFile.h"
#include "core/reply/AuthorityProfileLocator.h"
#include "core/rules/Finding.h"
#include "core/services/CaseDocument.h"
#include "tests/support/ReferenceCase.h"
#include "ui/findings/FindingsPanel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/FindingListModel.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/Labels.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/HeldStep.h"
#include "ui/workspace/PublicInterestStep.h"
#include "ui/workspace/ReplyStep.h"
#include "ui/workspace/RequestStep.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace foi;

namespace {

using testsupport::referenceCase;

} // namespace

class TestFirstCaseGui : public QObject
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

    template<typename Step> static Step *showStep(WorkbenchFixture &fixture)
    {
        ui::CaseWorkspace &workspace = fixture.workbench->workspace();
        for (int i = 0; i < workspace.steps().size(); ++i) {
            if (auto *step = qobject_cast<Step *>(workspace.steps().at(i))) {
                workspace.showStep(i);
                return step;
            }
        }
        qFatal("no such step");
    }

    static void start(WorkbenchFixture &fixture)
    {
        ui::MainWindow &window = fixture.workbench->window();
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fixture.workbench->newRequest();
    }

    static QStringList findingCodes(WorkbenchFixture &fixture)
    {
        auto *panel = fixture.workbench->window().findChild<ui::FindingsPanel *>();
        panel->checkNow();
        QStringList codes;
        for (const core::Finding &finding : panel->model()->findings())
            codes.append(finding.code);
        return codes;
    }

    // With FOI_SCREENSHOT_DIR set, keeps a picture of the window as the officer sees it at this
    // point (docs/screenshots/everyday-*.png come from here).
    static void shoot(WorkbenchFixture &fixture, const QString &name)
    {
        const QString folder = qEnvironmentVariable("FOI_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QTest::qWait(0);
        QVERIFY(fixture.workbench->window().grab().save(
            QDir(folder).filePath(QStringLiteral("everyday-%1.png").arg(name))));
    }

    static void saveContact(WorkbenchFixture &fixture, const QString &contact)
    {
        auto profile = core::AuthorityProfileLocator::loadFile(fixture.authorityPath);
        QVERIFY(profile);
        profile->internalReviewContact = contact;
        QVERIFY(core::AuthorityProfileLocator::save(*profile, fixture.authorityPath));
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void typedDatesAreTaken_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("1 December 2026") << QStringLiteral("1 December 2026");
        QTest::newRow("1/12/2026") << QStringLiteral("1/12/2026");
        QTest::newRow("01/12/2026") << QStringLiteral("01/12/2026");
    }

    void typedDatesAreTaken()
    {
        QFETCH(QString, typed);
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        start(fixture);
        showStep<ui::RequestStep>(fixture);
        auto *field = find<ui::DateField>(fixture, QStringLiteral("receivedDateEdit"));
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, typed);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(fixture.workbench->document().current().dateOfReceipt, QDate(2026, 12, 1));
        QVERIFY(field->problem().isEmpty());
    }

    void whatIsNotADateIsSaidAndNothingChanges()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        start(fixture);
        showStep<ui::RequestStep>(fixture);
        const QDate before = fixture.workbench->document().current().dateOfReceipt;
        auto *field = find<ui::DateField>(fixture, QStringLiteral("receivedDateEdit"));
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("31/06/2026"));
        QCOMPARE(field->findChild<QLineEdit *>()->text(), QStringLiteral("31/06/2026"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(fixture.workbench->document().current().dateOfReceipt, before);
        QVERIFY2(field->problem().contains(QStringLiteral("June has no day 31")),
                 qPrintable(field->problem()));
        auto *hints = find<QLabel>(fixture, QStringLiteral("validityHintsLabel"));
        QTRY_VERIFY2(hints->text().contains(QStringLiteral("31/06/2026")),
                     qPrintable(hints->text()));
        shoot(fixture, QStringLiteral("request-date-not-understood"));
    }

    void requestWarningsAreFindingsToo()
    {
        // s8(1)(a) and s10(1): the warnings under the Request form are in the Findings panel.
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        start(fixture);
        fixture.workbench->document().edit(QStringLiteral("telephone, future"), [](core::Case &c) {
            c.channel = core::Channel::Telephone;
            c.dateOfReceipt = QDate::currentDate().addDays(3);
        });
        const QStringList codes = findingCodes(fixture);
        QVERIFY2(codes.contains(QStringLiteral("S8-NOT-IN-WRITING")), qPrintable(codes.join(u' ')));
        QVERIFY2(codes.contains(QStringLiteral("S10-RECEIPT-DATE-FUTURE")),
                 qPrintable(codes.join(u' ')));
    }

    void aNewCaseWithNoQuestionsIsAnError()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        start(fixture);
        fixture.workbench->document().edit(QStringLiteral("request"), [](core::Case &c) {
            c.requestText = QStringLiteral("How many drones does the force own?");
            c.questions.clear();
        });
        QVERIFY(findingCodes(fixture).contains(QStringLiteral("CASE-NO-QUESTIONS")));
    }

    void standardParagraphsFollowTheProfile()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        start(fixture);
        auto *step = showStep<ui::ReplyStep>(fixture);
        QTest::mouseClick(find<QPushButton>(fixture, QStringLiteral("standardParagraphsButton")),
                          Qt::LeftButton);
        const core::CaseDocument &document = fixture.workbench->document();
        QVERIFY(document.current().reply.internalReviewProcedure.contains(
            QStringLiteral("foi.reviews@example.police.uk")));

        // The profile changes: a standard paragraph follows it.
        saveContact(fixture, QStringLiteral("reviews@example.police.uk"));
        step->refresh();
        QTRY_VERIFY2(document.current().reply.internalReviewProcedure.contains(
                         QStringLiteral("Please write to reviews@example.police.uk within")),
                     qPrintable(document.current().reply.internalReviewProcedure));

        // The officer's own wording is kept; a notice offers the refresh.
        const QString own = QStringLiteral("Ask us for a review by writing to the FOI unit.");
        auto *review = find<QPlainTextEdit>(fixture, QStringLiteral("internalReviewEdit"));
        review->setPlainText(own);
        saveContact(fixture, QStringLiteral("appeals@example.police.uk"));
        step->refresh();
        auto *notice = find<QLabel>(fixture, QStringLiteral("rightsNoticeLabel"));
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("appeals@example.police.uk")));
        shoot(fixture, QStringLiteral("reply-refresh-notice"));
        QCOMPARE(document.current().reply.internalReviewProcedure, own);
        QTest::mouseClick(find<QPushButton>(fixture, QStringLiteral("refreshRightsButton")),
                          Qt::LeftButton);
        QVERIFY(document.current().reply.internalReviewProcedure.contains(
            QStringLiteral("appeals@example.police.uk")));
        QVERIFY(!notice->isVisible());
    }

    // s17(7) in a Welsh letter (issue 23): a Welsh case shows the Welsh rights paragraphs, the
    // standard ones fill them in Welsh, and a finding about them opens the Welsh box.
    void aWelshCaseHasItsRightsParagraphsInWelsh()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        start(fixture);
        showStep<ui::ReplyStep>(fixture);
        auto *welshComplaint =
            find<QPlainTextEdit>(fixture, QStringLiteral("welshComplaintRightsEdit"));
        QVERIFY(!welshComplaint->isVisible());
        core::CaseDocument &document = fixture.workbench->document();
        document.edit(QStringLiteral("Welsh"), [](core::Case &c) {
            c.languageOfCorrespondence = core::LetterLanguage::Welsh;
        });
        QTRY_VERIFY(welshComplaint->isVisible());
        QTest::mouseClick(find<QPushButton>(fixture, QStringLiteral("standardParagraphsButton")),
                          Qt::LeftButton);
        QTRY_VERIFY2(document.current().reply.complaintRightsWelsh.contains(
                         QStringLiteral("adran 50 o Ddeddf Rhyddid Gwybodaeth 2000")),
                     qPrintable(document.current().reply.complaintRightsWelsh));
        QVERIFY(document.current().reply.internalReviewProcedureWelsh.contains(
            QStringLiteral("foi.reviews@example.police.uk")));
        QTRY_COMPARE(welshComplaint->toPlainText(), document.current().reply.complaintRightsWelsh);
        shoot(fixture, QStringLiteral("reply-welsh-rights"));
    }

    void anEmptyContactIsRefusedNotPrinted()
    {
        // s17(7)(a): "Please write to  within 40 working days" must never be filled in.
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        QVERIFY(QFile::remove(fixture.authorityPath)); // no profile yet, as on a first run
        start(fixture);
        showStep<ui::ReplyStep>(fixture);
        QTest::mouseClick(find<QPushButton>(fixture, QStringLiteral("standardParagraphsButton")),
                          Qt::LeftButton);
        QVERIFY(fixture.workbench->document().current().reply.internalReviewProcedure.isEmpty());
        QVERIFY(!fixture.notifier.errors.isEmpty());
        QVERIFY(fixture.notifier.errors.constLast().contains(QStringLiteral("Settings")));
    }

    void questionsAFailedConditionRemovesAreMarkedInOneAction()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        start(fixture);
        core::CaseDocument &document = fixture.workbench->document();
        const core::Case reference = referenceCase();
        document.edit(QStringLiteral("questions"), [&reference](core::Case &c) {
            c.questions = reference.questions;
            for (qsizetype i = 1; i < c.questions.size(); ++i)
                c.questions[i].determination = core::Determination{};
        });
        showStep<ui::HeldStep>(fixture);
        auto *button = find<QPushButton>(fixture, QStringLiteral("markNotRequiredButton"));
        QTRY_VERIFY(button->isVisible());
        QVERIFY(button->text().contains(QStringLiteral("Q2")));
        shoot(fixture, QStringLiteral("held-not-required"));
        QTest::mouseClick(button, Qt::LeftButton);
        for (qsizetype i = 1; i < document.current().questions.size(); ++i)
            QCOMPARE(document.current().questions.at(i).determination.holding,
                     core::Holding::NotRequired);
        QTRY_VERIFY(!button->isVisible());
    }

    void ncndConclusionsSpeakOfConfirmingOrDenying()
    {
        // s2(1)(b): the test for the duty to confirm or deny is about saying whether it is held.
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        start(fixture);
        const core::Case reference = referenceCase();
        fixture.workbench->document().edit(QStringLiteral("claims"), [&reference](core::Case &c) {
            c.questions = reference.questions;
            c.claims = reference.claims; // s24(2) and s31(3), each relieving confirm or deny
        });
        showStep<ui::PublicInterestStep>(fixture);
        auto *conclusion = find<QComboBox>(fixture, QStringLiteral("conclusionCombo"));
        QTRY_VERIFY(conclusion->isEnabled());
        shoot(fixture, QStringLiteral("public-interest-ncnd"));
        QStringList items;
        for (int i = 0; i < conclusion->count(); ++i)
            items.append(conclusion->itemText(i));
        const QString all = items.join(QStringLiteral(" | "));
        QVERIFY2(all.contains(QStringLiteral("neither confirming nor denying")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Confirm or deny")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("Release")) &&
                     !all.contains(QStringLiteral("disclos")),
                 qPrintable(all));
    }

    void theOutcomeSaysWhatTheReplyDid()
    {
        QCOMPARE(ui::Labels::outcomeCode(QStringLiteral("not-held+neither-confirm-nor-deny")),
                 QStringLiteral("Not held and NCND"));
        QCOMPARE(ui::Labels::outcomeCode(QStringLiteral("granted-in-full+not-held")),
                 QStringLiteral("Granted in full and not held"));
        QCOMPARE(ui::Labels::outcomeCode(QStringLiteral("not-held")), QStringLiteral("Not held"));
    }
};

QTEST_MAIN(TestFirstCaseGui)
#include "tst_first_case_gui.moc"
