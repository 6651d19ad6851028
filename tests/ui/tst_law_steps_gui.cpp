// The workspace steps guiding the officer through the law of issue 21: the Request step flags
// words of environmental information (EIR reg 2(1); FOIA s39).

#include "law/EnvironmentalTerms.h"
#include "services/CaseDocument.h"
#include "workspace/RequestStep.h"

#include <QApplication>
#include <QLabel>
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
        ui::RequestStep step(document, core::EnvironmentalTerms::builtIn());
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
};

QTEST_MAIN(TestLawStepsGui)
#include "tst_law_steps_gui.moc"
