#include "core/intake/QuestionEdits.h"
#include "core/intake/QuestionSplitter.h"

#include <QTest>

using namespace foi::core;

// The requester's own numbering (issue 24, point 9): a numbered list on one line is split, a
// question cut from another does not keep its number ("Q2. 2. How much..."), and questions
// whose requester's condition failed are marked not required in one action (s1(1)).
class TestQuestionNumbers : public QObject
{
    Q_OBJECT
private slots:
    void aListOnOneLineIsSplit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("questions");
        QTest::newRow("1. ... 2. ... on one line")
            << u"Dear FOI team, 1. How many drones does the force own? 2. How much did they "
               u"cost? 3. Who flies them?"_qs
            << QStringList{u"How many drones does the force own?"_qs, u"How much did they cost?"_qs,
                           u"Who flies them?"_qs};
        QTest::newRow("1) ... 2) ... on one line")
            << u"1) The budget for 2024. 2) The budget for 2025."_qs
            << QStringList{u"The budget for 2024."_qs, u"The budget for 2025."_qs};
        QTest::newRow("a sum is not a list")
            << u"Why did the force spend 2.5 million on 1. a van?"_qs
            << QStringList{u"Why did the force spend 2.5 million on 1. a van?"_qs};
        QTest::newRow("numbers out of order are not a list")
            << u"Please see section 3. and then 1. of the report."_qs
            << QStringList{u"Please see section 3. and then 1. of the report."_qs};
    }

    void aListOnOneLineIsSplit()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, questions);
        QCOMPARE(QuestionSplitter::split(text), questions);
    }

    void splitAtTheCursorDropsTheRequestersNumber()
    {
        Case c;
        QuestionEdits::add(c, u"How many drones? 2. How much did they cost?"_qs);
        QVERIFY(QuestionEdits::split(c, 0, c.questions[0].text.indexOf(u"2."_qs)));
        QCOMPARE(c.questions.size(), 2);
        QCOMPARE(c.questions[0].text, u"How many drones?"_qs);
        QCOMPARE(c.questions[1].text, u"How much did they cost?"_qs);
        QCOMPARE(c.questions[1].id, u"Q2"_qs);
    }

    void splitKeepsTextThatIsNotANumber()
    {
        Case c;
        QuestionEdits::add(c, u"How many drones? And how much did they cost?"_qs);
        QVERIFY(QuestionEdits::split(c, 0, c.questions[0].text.indexOf(u"And"_qs)));
        QCOMPARE(c.questions[1].text, u"And how much did they cost?"_qs);
    }

    void questionsWhoseConditionFailedAreMarkedNotRequiredAtOnce()
    {
        // s1(1): "if yes to Q1, then..." with Q1 not held asks for nothing more.
        Case c;
        QuestionEdits::add(c, u"Do you use facial recognition?"_qs);
        QuestionEdits::add(c, u"If so, how much did it cost?"_qs);
        QuestionEdits::add(c, u"If so, who supplies it?"_qs);
        QuestionEdits::add(c, u"How many officers are there?"_qs);
        QuestionEdits::setCondition(c, {1, 2}, QuestionCondition{u"Q1"_qs, ClosedAnswer::Yes});
        c.questions[0].determination.holding = Holding::NotHeld;
        c.questions[1].determination.answer = u"Started before the condition was seen."_qs;
        QCOMPARE(QuestionEdits::markNotRequiredWhereConditionFailed(c), 2);
        QCOMPARE(c.questions[1].determination.holding, Holding::NotRequired);
        QVERIFY(c.questions[1].determination.answer.isEmpty());
        QCOMPARE(c.questions[2].determination.holding, Holding::NotRequired);
        QCOMPARE(c.questions[3].determination.holding, Holding::Undecided);
        QCOMPARE(QuestionEdits::markNotRequiredWhereConditionFailed(c), 0);
    }
};

QTEST_GUILESS_MAIN(TestQuestionNumbers)
#include "tst_question_numbers.moc"
