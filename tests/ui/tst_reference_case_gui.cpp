// The reference case (13457_18) entered as an officer would: paste the request, split it into
// nine questions, make questions 2 to 9 conditional on question 1, answer question 1 "not held",
// neither confirm nor deny anything else under s24(2) and s31(3), state the harm and both public
// interest tests, and reach a check with nothing left but the reply letter's own paragraphs.
// In the Reply step the officer takes the authority's standard s17(7) paragraphs, sees a final
// (not DRAFT) preview and exports the final reply, which is recorded as sent. Undo cannot take
// the send back (issue 24); the officer amends the answer to Q1 after sending, with a reason,
// and sends the correction letter, which pdftotext reads back as referring to the first letter.
// Then the case is read back from the store. Every step is done with the keyboard.

#include "tests/ui/WorkbenchFixture.h"

#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "core/services/SentReplyLock.h"
#include "ui/findings/FindingsPanel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/FindingListModel.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/ReplyStep.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>

using namespace foi;

class TestReferenceCaseGui : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkbenchFixture> m_fixture;

    ui::MainWindow &window() { return m_fixture->workbench->window(); }

    template<typename T> T *find(const QString &name)
    {
        T *widget = window().findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    void nextStep()
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    }

    void showStep(const QString &stepName)
    {
        for (int i = 0; i < 10; ++i) {
            if (find<QWidget>(stepName)->isVisible())
                return;
            nextStep();
        }
    }

    // Chooses an entry of a combo box with the keyboard, as an officer would.
    static bool choose(QComboBox *combo, const QString &startOfText)
    {
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i <= combo->count(); ++i) {
            if (combo->currentText().startsWith(startOfText))
                return true;
            QTest::keyClick(combo, Qt::Key_Down);
        }
        return false;
    }

    static void type(QWidget *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClicks(field, text);
    }

    // Makes `row` the current and only selected row with the keyboard: Home, then Down.
    static void clickRow(QListView *view, int row)
    {
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(view, Qt::Key_Down);
    }

    static void press(QPushButton *button)
    {
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
    }

    // Selects from `first` to the last row: go to the first, then Shift+End.
    static void selectToEnd(QListView *view, int first)
    {
        clickRow(view, first);
        QTest::keyClick(view, Qt::Key_End, Qt::ShiftModifier);
    }

    void claim(const QString &search, const QString &reason)
    {
        auto *searchEdit = find<QLineEdit>(QStringLiteral("exemptionSearchEdit"));
        searchEdit->setFocus();
        searchEdit->selectAll();
        QTest::keyClicks(searchEdit, search);
        QTest::keyClick(searchEdit, Qt::Key_Return);
        auto *provisions = find<QListView>(QStringLiteral("provisionListView"));
        QTRY_VERIFY(provisions->hasFocus());
        QTest::keyClick(provisions, Qt::Key_Return);
        auto *anyOther = find<QCheckBox>(QStringLiteral("anyOtherInformationCheckBox"));
        QTRY_VERIFY(anyOther->isEnabled());
        anyOther->setFocus();
        QTest::keyClick(anyOther, Qt::Key_Space);
        type(find<QPlainTextEdit>(QStringLiteral("claimReasonEdit")), reason);
    }

    void addFactor(const QString &side, const QString &text)
    {
        press(find<QPushButton>(side + QStringLiteral("AddButton")));
        type(find<QPlainTextEdit>(side + QStringLiteral("EntryEdit")), text);
    }

    void publicInterestTest(const QString &forFactor, const QString &againstFactor,
                            const QString &balance)
    {
        addFactor(QStringLiteral("favouringDisclosure"), forFactor);
        addFactor(QStringLiteral("favouringExemption"), againstFactor);
        type(find<QPlainTextEdit>(QStringLiteral("balanceEdit")), balance);
        QVERIFY(
            choose(find<QComboBox>(QStringLiteral("conclusionCombo")), QStringLiteral("Maintain")));
    }

    QStringList findingLocators()
    {
        QStringList locators;
        for (const core::Finding &f : m_fixture->workbench->findings().model()->findings())
            locators.append(f.locator + QStringLiteral(" ") + f.code);
        return locators;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = std::make_unique<WorkbenchFixture>(m_dir.path());
        new QAbstractItemModelTester(m_fixture->workbench->findings().model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        window().resize(1366, 768);
        window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
        QApplication::setActiveWindow(&window());
    }

    void logsTheRequestWithCtrlN()
    {
        QTest::keyClick(&window(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(find<QWidget>(QStringLiteral("requestStep"))->isVisible());
        const QString reference = m_fixture->workbench->document().current().reference;
        QCOMPARE(reference, QStringLiteral("1_%1").arg(QDate::currentDate().year() % 100, 2, 10,
                                                       QLatin1Char('0')));
        QCOMPARE(find<QLineEdit>(QStringLiteral("referenceEdit"))->text(), reference);
    }

    void pastesTheRequestAndNamesTheRequester()
    {
        type(find<QLineEdit>(QStringLiteral("requesterNameEdit")), QStringLiteral("A. Requester"));
        type(find<QLineEdit>(QStringLiteral("requesterEmailEdit")),
             QStringLiteral("requester@example.org"));
        QFile request(QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18/request.txt"));
        QVERIFY(request.open(QIODevice::ReadOnly));
        QApplication::clipboard()->setText(QString::fromUtf8(request.readAll()));
        auto *text = find<QPlainTextEdit>(QStringLiteral("requestTextEdit"));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(m_fixture->workbench->document().current().requestText.startsWith(
            QStringLiteral("1.Are you currently paying")));
    }

    void splitsIntoNineQuestionsWithTheCondition()
    {
        nextStep();
        QTRY_VERIFY(find<QWidget>(QStringLiteral("questionsStep"))->isVisible());
        press(find<QPushButton>(QStringLiteral("proposeQuestionsButton")));
        auto *questions = find<QListView>(QStringLiteral("questionsListView"));
        new QAbstractItemModelTester(questions->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QCOMPARE(questions->model()->rowCount(), 9);
        selectToEnd(questions, 1);
        QCOMPARE(questions->selectionModel()->selectedIndexes().size(), 8);
        QVERIFY(choose(find<QComboBox>(QStringLiteral("conditionQuestionCombo")),
                       QStringLiteral("Q1:")));
        QVERIFY(
            choose(find<QComboBox>(QStringLiteral("conditionAnswerCombo")), QStringLiteral("Yes")));
        const core::Case &c = m_fixture->workbench->document().current();
        QVERIFY(!c.questions.at(0).condition);
        for (qsizetype i = 1; i < 9; ++i)
            QCOMPARE(c.questions.at(i).condition,
                     (core::QuestionCondition{QStringLiteral("Q1"), core::ClosedAnswer::Yes}));
    }

    void answersQuestionOneNotHeldAndTheRestFallAway()
    {
        nextStep();
        QTRY_VERIFY(find<QWidget>(QStringLiteral("heldStep"))->isVisible());
        auto *questions = find<QListView>(QStringLiteral("heldQuestionsListView"));
        clickRow(questions, 0);
        QVERIFY(
            choose(find<QComboBox>(QStringLiteral("holdingCombo")), QStringLiteral("Not held")));
        QVERIFY(choose(find<QComboBox>(QStringLiteral("closedAnswerCombo")), QStringLiteral("No")));
        type(find<QPlainTextEdit>(QStringLiteral("answerEdit")),
             QStringLiteral("We searched the force's records: the force does not use facial "
                            "recognition and holds no such information."));
        // The search behind "not held": typed in, then Enter records it.
        type(find<QLineEdit>(QStringLiteral("searchWhereEdit")),
             QStringLiteral("Finance system: purchase orders and invoices"));
        type(find<QLineEdit>(QStringLiteral("searchByEdit")),
             QStringLiteral("Finance and Procurement"));
        type(find<QLineEdit>(QStringLiteral("searchTermsEdit")),
             QStringLiteral("facial recognition; AFR"));
        QTest::keyClick(find<QLineEdit>(QStringLiteral("searchTermsEdit")), Qt::Key_Return);
        selectToEnd(questions, 1);
        QVERIFY(choose(find<QComboBox>(QStringLiteral("holdingCombo")),
                       QStringLiteral("Not required")));
        const core::Case &c = m_fixture->workbench->document().current();
        QCOMPARE(c.questions.at(0).determination.holding, core::Holding::NotHeld);
        QCOMPARE(c.questions.at(0).determination.searches.size(), 1);
        QCOMPARE(c.questions.at(0).determination.searches.at(0).searchedBy,
                 QStringLiteral("Finance and Procurement"));
        QCOMPARE(c.questions.at(0).determination.searches.at(0).searchedOn, QDate::currentDate());
        for (qsizetype i = 1; i < 9; ++i)
            QCOMPARE(c.questions.at(i).determination.holding, core::Holding::NotRequired);
    }

    void claimsNcndUnderSections24And31ForAnyOtherInformation()
    {
        nextStep();
        QTRY_VERIFY(find<QWidget>(QStringLiteral("exemptionsStep"))->isVisible());
        claim(QStringLiteral("s24(2)"),
              QStringLiteral("Saying whether anything is held about covert use would reveal "
                             "national security capability."));
        claim(QStringLiteral("s31(3)"),
              QStringLiteral("Saying whether anything is held would prejudice the prevention "
                             "and detection of crime."));
        const core::Case &c = m_fixture->workbench->document().current();
        QCOMPARE(c.claims.size(), 2);
        QCOMPARE(c.claims.at(0).provision, QStringLiteral("s24(2)"));
        QCOMPARE(c.claims.at(1).provision, QStringLiteral("s31(3)"));
        for (const core::ExemptionClaim &claim : c.claims) {
            QCOMPARE(claim.relieves, core::Duty::ConfirmOrDeny);
            QVERIFY(claim.anyOtherInformation);
        }
    }

    void statesTheHarm()
    {
        nextStep();
        QTRY_VERIFY(find<QWidget>(QStringLiteral("harmStep"))->isVisible());
        // s24(2) sets a "required for" test: no likelihood to choose (issue 21 point 1).
        auto *claims = find<QComboBox>(QStringLiteral("harmClaimCombo"));
        QCOMPARE(claims->currentText().left(14), QStringLiteral("Section 24(2) "));
        QVERIFY(find<QLabel>(QStringLiteral("harmTestLabel"))
                    ->text()
                    .contains(QStringLiteral("required for the purpose of safeguarding national "
                                             "security")));
        QVERIFY(find<QWidget>(QStringLiteral("likelihoodCombo"))->isHidden());
        QVERIFY(choose(claims, QStringLiteral("Section 31(3) ")));
        QVERIFY(!find<QWidget>(QStringLiteral("likelihoodCombo"))->isHidden());
        type(find<QPlainTextEdit>(QStringLiteral("harmInterestEdit")),
             QStringLiteral("The prevention and detection of crime."));
        type(find<QPlainTextEdit>(QStringLiteral("harmEdit")),
             QStringLiteral("Offenders would learn whether the tactic may be used against them "
                            "and change their behaviour to avoid it."));
        QVERIFY(
            choose(find<QComboBox>(QStringLiteral("likelihoodCombo")), QStringLiteral("Would ")));
        type(find<QPlainTextEdit>(QStringLiteral("ncndHarmEdit")),
             QStringLiteral("A reply goes to the world: confirming or denying would show "
                            "offenders what the force can and cannot do. No inference should be "
                            "drawn about whether any other information is held."));
    }

    void weighsBothPublicInterestTests()
    {
        nextStep();
        QTRY_VERIFY(find<QWidget>(QStringLiteral("publicInterestStep"))->isVisible());
        auto *claims = find<QComboBox>(QStringLiteral("pitClaimCombo"));
        QCOMPARE(claims->count(), 2);
        QVERIFY(choose(claims, QStringLiteral("Section 24(2)")));
        publicInterestTest(QStringLiteral("Openness about surveillance technology."),
                           QStringLiteral("Answers compared across forces would map capability."),
                           QStringLiteral("Oversight exists already; national security weighs "
                                          "more."));
        QVERIFY(choose(claims, QStringLiteral("Section 31(3)")));
        publicInterestTest(QStringLiteral("Reassurance that technology is used lawfully."),
                           QStringLiteral("Offenders would adapt to avoid detection."),
                           QStringLiteral("Effective law enforcement outweighs confirming or "
                                          "denying."));
        const core::Case &c = m_fixture->workbench->document().current();
        for (const core::ExemptionClaim &claim : c.claims) {
            QVERIFY(claim.publicInterest);
            QCOMPARE(claim.publicInterest->favouringDisclosure.size(), 1);
            QCOMPARE(claim.publicInterest->favouringExemption.size(), 1);
            QCOMPARE(claim.publicInterest->conclusion,
                     core::PublicInterestConclusion::MaintainExemption);
        }
    }

    void reachesACleanCheckBeforeTheReply()
    {
        // The reply's s17(7) paragraphs (internal review, the right to complain to the
        // Commissioner) are written in the Reply step, which the reply-letters work adds: they
        // are all that is left, and nothing about the decision entered here.
        QTRY_COMPARE(
            findingLocators(),
            (QStringList{QStringLiteral("reply.internalReviewProcedure S17-REVIEW-MISSING"),
                         QStringLiteral("reply.complaintRights S17-COMPLAINT-MISSING")}));
    }

    void writesTheReplyAndSendsItAsFinal()
    {
        showStep(QStringLiteral("replyStep"));
        auto &reply = m_fixture->workbench->replyStep();
        QTRY_VERIFY(reply.isVisible());
        QTRY_VERIFY(reply.previewIsDraft()); // the s17(7) paragraphs are still missing
        auto *standard = find<QPushButton>(QStringLiteral("standardParagraphsButton"));
        standard->setFocus();
        QTest::keyClick(standard, Qt::Key_Space);
        QVERIFY(find<QPlainTextEdit>(QStringLiteral("internalReviewEdit"))
                    ->toPlainText()
                    .contains(QStringLiteral("foi.reviews@example.police.uk")));
        QTRY_COMPARE(findingLocators(), QStringList());
        QTRY_VERIFY_WITH_TIMEOUT(
            !reply.previewIsDraft() &&
                find<QPushButton>(QStringLiteral("exportFinalButton"))->isEnabled(),
            20000);
        QVERIFY(reply.previewDocument()->pageCount() > 0);

        const QString path = m_dir.filePath(QStringLiteral("reply-13457_18.pdf"));
        m_fixture->files.answer(path);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(m_fixture->notifier.errors.isEmpty(),
                 qPrintable(m_fixture->notifier.errors.join(u'\n')));
        const QString reference = m_fixture->workbench->document().current().reference;
        const auto sent = m_fixture->store->replies().repliesTo(reference);
        QVERIFY(sent.ok());
        QCOMPARE(sent->size(), 1);
        QCOMPARE(sent->first().sentBy, QStringLiteral("Test Officer"));
        QCOMPARE(m_fixture->workbench->document().current().reply.sentOn, QDate::currentDate());
        QCOMPARE(find<QListWidget>(QStringLiteral("sentRepliesList"))->count(), 1);

        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += pdf.getAllText(page).text() + u' ';
        text = text.simplified();
        QVERIFY(!text.contains(QStringLiteral("DRAFT")));
        QVERIFY(text.contains(QStringLiteral("internal review")));
        QVERIFY(text.contains(QStringLiteral("foi.reviews@example.police.uk")));
        QVERIFY(text.contains(QStringLiteral("Information Commissioner")));
        QVERIFY(text.contains(QStringLiteral("section 50")));
    }

    // Issue 24 point 1: sending is not undoable.
    void undoCannotTakeTheSendBack()
    {
        QVERIFY(!window().undoAction()->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        const core::Case &c = m_fixture->workbench->document().current();
        QCOMPARE(c.reply.sent.size(), 1);
        QCOMPARE(c.reply.sentOn, QDate::currentDate());
        QVERIFY(core::SentReplyLock::isLocked(c));
        QVERIFY(!find<QWidget>(QStringLiteral("heldStep"))->isEnabled());
        QVERIFY(find<QWidget>(QStringLiteral("sentReplyBanner"))->isVisible());
    }

    // Issue 24 point 2: a decision changed after sending needs a reason and leads to a
    // correction letter that refers to the first.
    void amendsTheAnswerAfterSendingAndSendsACorrection()
    {
        QVERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = window().findChild<QDialog *>(QStringLiteral("amendAfterSendingDialog"))) &&
            dialog->isVisible());
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("amendmentReasonEdit"));
        QTRY_VERIFY(reason->hasFocus());
        const QString why = QStringLiteral("The first search missed the 2015 archive");
        QTest::keyClicks(reason, why);
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->isVisible());
        const core::Case &c = m_fixture->workbench->document().current();
        QVERIFY(core::SentReplyLock::openAmendment(c));
        QCOMPARE(core::SentReplyLock::openAmendment(c)->reason, why);

        // Back to the Held? step, now open again, and a new answer to Q1: from the list of
        // steps (where Tab leads), Ctrl+PgUp goes back a step at a time.
        auto *held = find<QWidget>(QStringLiteral("heldStep"));
        QVERIFY(held->isEnabled());
        // (The offscreen platform does not give the main window back its activation when the
        // dialog closes, as a desktop does.)
        QApplication::setActiveWindow(&window());
        auto *steps = find<QWidget>(QStringLiteral("stepListWidget"));
        steps->setFocus();
        for (int i = 0; i < 10 && !held->isVisible(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        }
        QTRY_VERIFY(held->isVisible());
        clickRow(find<QListView>(QStringLiteral("heldQuestionsListView")), 0);
        auto *answer = find<QPlainTextEdit>(QStringLiteral("answerEdit"));
        answer->setFocus();
        QTest::keyClick(answer, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(answer, QStringLiteral("We searched the force's records and its 2015 "
                                                "archive: the force holds no such information."));
        QVERIFY(c.questions.at(0).determination.answer.contains(QStringLiteral("2015 archive")));

        showStep(QStringLiteral("replyStep"));
        QVERIFY(QApplication::focusWidget());
        auto *exportFinal = find<QPushButton>(QStringLiteral("exportFinalButton"));
        QTRY_VERIFY(exportFinal->isEnabled());
        QVERIFY(exportFinal->text().contains(QStringLiteral("correction")));
        const QString path = m_dir.filePath(QStringLiteral("correction-13457_18.pdf"));
        m_fixture->files.answer(path);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(m_fixture->notifier.errors.isEmpty(),
                 qPrintable(m_fixture->notifier.errors.join(u'\n')));
        const QString reference = c.reference;
        QCOMPARE(m_fixture->store->replies().repliesTo(reference)->size(), 2);
        QVERIFY(core::SentReplyLock::isLocked(c));
        QCOMPARE(c.reply.sent.size(), 2);
        QVERIFY(c.reply.sent.at(1).correction);

        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        const QString sentOn = QLocale(QLocale::English, QLocale::UnitedKingdom)
                                   .toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"));
        QVERIFY2(text.contains(QStringLiteral("On %1 we sent you our reply").arg(sentOn)),
                 qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("our reference %1 (version 1 of our reply)").arg(reference)),
                 qPrintable(text));
        QVERIFY2(text.contains(why), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2015 archive: the force holds no such")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("version 2 of our reply")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("DRAFT")));
    }

    void theStoredCaseIsTheCaseEntered()
    {
        const core::Case entered = m_fixture->workbench->document().current();
        QTRY_VERIFY(m_fixture->workbench->autosaver().isSaved());
        auto stored = m_fixture->cases->open(entered.reference);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QCOMPARE(*stored, entered);
        QCOMPARE(stored->questions.size(), 9);
        QCOMPARE(stored->authority.kind, core::AuthorityKind::Police);
        QCOMPARE(stored->requester.name, QStringLiteral("A. Requester"));
        QVERIFY(m_fixture->notifier.errors.isEmpty());
    }

    void cleanupTestCase() { m_fixture.reset(); }
};

QTEST_MAIN(TestReferenceCaseGui)
#include "tst_reference_case_gui.moc"
