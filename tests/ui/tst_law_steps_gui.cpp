// The workspace steps guiding the officer through the law of issue 21: the Request step flags
// words of environmental information (EIR reg 2(1); FOIA s39), the Questions step records whose
// personal data a question asks for (s40(1)/(5A) or s40(2)/(5B)), and the Harm step asks an
// s40(2) claim for its condition (s40(3A)(a), (3B), (4A)) and, under the first condition, for
// the legitimate interests test of UK GDPR Art 6(1)(f) instead of a prejudice test.

#include "core/intake/LanguageMarkers.h"
#include "core/law/EnvironmentalTerms.h"
#include "core/law/ExemptionCatalogue.h"
#include "core/services/CaseDocument.h"
#include "ui/workspace/HarmStep.h"
#include "ui/workspace/QuestionsStep.h"
#include "ui/workspace/RequestStep.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QTest>

using namespace foi;

namespace {

core::Case caseWithQuestion(const QString &text)
{
    core::Case c;
    c.reference = QStringLiteral("LAW-1");
    c.dateOfReceipt = QDate(2026, 3, 2);
    c.requestText = text;
    core::Question question;
    question.id = QStringLiteral("Q1");
    question.text = text;
    c.questions = {question};
    return c;
}

const core::LanguageMarkers &markers()
{
    static const core::LanguageMarkers loaded = *core::LanguageMarkers::builtIn();
    return loaded;
}

} // namespace

class TestLawStepsGui : public QObject
{
    Q_OBJECT
private slots:
    // EIR reg 2(1)(b): noise is a factor affecting the environment; FOIA s39 sends it to the EIR.
    void requestStepFlagsEnvironmentalWords()
    {
        core::CaseDocument document;
        document.reset(caseWithQuestion(QStringLiteral("How many officers were on duty?")));
        ui::RequestStep step(document, core::EnvironmentalTerms::builtIn(), markers(),
                             core::Clock::system(), nullptr);
        step.show();
        step.refresh();
        auto *flag = step.findChild<QLabel *>(QStringLiteral("environmentalFlagLabel"));
        QVERIFY(flag);
        QVERIFY(flag->isHidden());
        document.edit(QStringLiteral("Ask about noise"), [](core::Case &c) {
            c.questions[0].text = QStringLiteral("The noise readings at the wind farm.");
        });
        QTRY_VERIFY(!flag->isHidden());
        QVERIFY(flag->text().contains(QStringLiteral("\u201cnoise\u201d")));
        QVERIFY(flag->text().contains(QStringLiteral("Environmental Information Regulations")));
        // Under the EIR the flag has done its work.
        document.edit(QStringLiteral("EIR"), [](core::Case &c) { c.regime = core::Regime::Eir; });
        QTRY_VERIFY(flag->isHidden());
    }

    // Welsh Language Standards (issue 23): a request written in Welsh is answered in Welsh. The
    // step suggests the language from the request's words; the officer confirms it by keyboard.
    void requestStepSuggestsAndConfirmsTheLanguage()
    {
        core::CaseDocument document;
        document.reset(caseWithQuestion(
            QStringLiteral("Annwyl Syr, hoffwn wneud cais am wybodaeth ynglŷn â'r camerâu "
                           "cyflymder sydd gan yr heddlu yn y sir. Diolch yn fawr.")));
        ui::RequestStep step(document, core::EnvironmentalTerms::builtIn(), markers(),
                             core::Clock::system(), nullptr);
        step.show();
        QVERIFY(QTest::qWaitForWindowExposed(&step));
        step.refresh();
        auto *suggestion = step.findChild<QLabel *>(QStringLiteral("languageSuggestionLabel"));
        auto *combo = step.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(suggestion && combo);
        QTRY_VERIFY(!suggestion->isHidden());
        QVERIFY2(suggestion->text().contains(QStringLiteral("reads as Welsh")),
                 qPrintable(suggestion->text()));
        QCOMPARE(combo->currentData().toInt(), static_cast<int>(core::LetterLanguage::English));
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        QTest::keyClick(combo, Qt::Key_Down);
        QTRY_COMPARE(document.current().languageOfCorrespondence, core::LetterLanguage::Welsh);
        // Confirmed: the suggestion has done its work.
        QTRY_VERIFY(suggestion->isHidden());
        QVERIFY(step.reveal(QStringLiteral("languageOfCorrespondence")));
    }

    // s40(1)/(5A) for the requester's own data, s40(2)/(5B) for others': the officer says which,
    // by keyboard, for the selected question.
    void questionsStepRecordsWhosePersonalData()
    {
        core::CaseDocument document;
        document.reset(caseWithQuestion(QStringLiteral("The names of the staff who scored it.")));
        ui::QuestionsStep step(document);
        step.show();
        QVERIFY(QTest::qWaitForWindowExposed(&step));
        step.refresh();
        auto *list = step.findChild<QListView *>(QStringLiteral("questionsListView"));
        QVERIFY(list);
        list->setCurrentIndex(list->model()->index(0, 0));
        auto *combo = step.findChild<QComboBox *>(QStringLiteral("personalDataCombo"));
        QVERIFY(combo);
        QTRY_VERIFY(combo->isEnabled());
        QCOMPARE(combo->currentData().toInt(), static_cast<int>(core::DataSubject::Unstated));
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down);
        QTRY_COMPARE(document.current().questions.at(0).personalData,
                     core::DataSubject::ThirdParties);
        // The case holds it, and the combo shows it back after a refresh.
        step.refresh();
        QCOMPARE(combo->currentData().toInt(), static_cast<int>(core::DataSubject::ThirdParties));
    }

    // s40(3A)(a): the Harm step shows the condition and the three questions of Art 6(1)(f), not
    // the prejudice test; typing into them fills the claim.
    void harmStepAsksTheLegitimateInterestsTest()
    {
        core::Case c = caseWithQuestion(QStringLiteral("The names of the staff who scored it."));
        core::ExemptionClaim claim;
        claim.provision = QStringLiteral("s40(2)-first-condition");
        claim.questions = {QStringLiteral("Q1")};
        c.claims = {claim};
        core::CaseDocument document;
        document.reset(c);
        ui::HarmStep step(document, core::ExemptionCatalogue::builtIn());
        step.show();
        QVERIFY(QTest::qWaitForWindowExposed(&step));
        step.refresh();
        auto *condition = step.findChild<QComboBox *>(QStringLiteral("personalDataConditionCombo"));
        auto *interest = step.findChild<QPlainTextEdit *>(QStringLiteral("legitimateInterestEdit"));
        auto *necessity = step.findChild<QPlainTextEdit *>(QStringLiteral("necessityEdit"));
        auto *balance = step.findChild<QPlainTextEdit *>(QStringLiteral("balancingTestEdit"));
        QVERIFY(condition && interest && necessity && balance);
        QTRY_VERIFY(interest->isVisible());
        QVERIFY(condition->isVisible() && necessity->isVisible() && balance->isVisible());
        QCOMPARE(condition->currentData().toString(), QStringLiteral("s40(2)-first-condition"));
        QCOMPARE(condition->count(), 4); // s40(3A)(a), (3B), (4A)(a), (4A)(b)
        QVERIFY(!step.findChild<QWidget *>(QStringLiteral("likelihoodCombo"))->isVisible());
        QVERIFY(!step.findChild<QWidget *>(QStringLiteral("harmInterestEdit"))->isVisible());
        QVERIFY(step.findChild<QLabel *>(QStringLiteral("harmTestLabel"))
                    ->text()
                    .contains(QStringLiteral("Art 6(1)(f)")));
        // Tab moves from one part of the test to the next.
        interest->setFocus();
        QTRY_VERIFY(interest->hasFocus());
        QTest::keyClicks(interest, QStringLiteral("Accountability for the award."));
        QTest::keyClick(interest, Qt::Key_Tab);
        QTRY_VERIFY(necessity->hasFocus());
        QTest::keyClicks(necessity, QStringLiteral("The totals would do."));
        QTRY_COMPARE(document.current().claims.at(0).legitimateInterests->necessity,
                     QStringLiteral("The totals would do."));
        QCOMPARE(document.current().claims.at(0).legitimateInterests->legitimateInterest,
                 QStringLiteral("Accountability for the award."));
        // Choosing the second condition (s40(3B)) changes the claim's provision, and the
        // legitimate interests test gives way: Art 21 objection is not decided by Art 6(1)(f).
        const int second = condition->findData(QStringLiteral("s40(2)-second-condition"));
        QVERIFY(second >= 0);
        condition->setCurrentIndex(second);
        emit condition->activated(second);
        QTRY_COMPARE(document.current().claims.at(0).provision,
                     QStringLiteral("s40(2)-second-condition"));
        QTRY_VERIFY(!interest->isVisible());
        QVERIFY(condition->isVisible());
        // A prejudice-based claim shows the prejudice test and none of these.
        document.edit(QStringLiteral("s43(2)"), [](core::Case &changed) {
            changed.claims[0].provision = QStringLiteral("s43(2)");
        });
        QTRY_VERIFY(!condition->isVisible());
        QVERIFY(!interest->isVisible());
        QVERIFY(step.findChild<QWidget *>(QStringLiteral("likelihoodCombo"))->isVisible());
    }
};

QTEST_MAIN(TestLawStepsGui)
#include "tst_law_steps_gui.moc"
