#include "core/intake/QuestionEdits.h"

#include <QTest>

using namespace foi::core;

namespace {

Case threeQuestions()
{
    Case c;
    c.requestText = QStringLiteral("1. Do you use drones?\n2. How many?\n3. What did they cost?");
    QuestionEdits::propose(c);
    QuestionEdits::setCondition(c, {1, 2},
                                QuestionCondition{QStringLiteral("Q1"), ClosedAnswer::Yes});
    ExemptionClaim claim;
    claim.provision = QStringLiteral("s31(1)(a)");
    claim.questions = {QStringLiteral("Q3")};
    c.claims.append(claim);
    return c;
}

QStringList texts(const Case &c)
{
    QStringList result;
    for (const Question &q : c.questions)
        result.append(q.id + QLatin1Char(' ') + q.text);
    return result;
}

} // namespace

class TestQuestionEdits : public QObject
{
    Q_OBJECT
private slots:
    void proposeNumbersTheQuestionsFromTheRequest()
    {
        const Case c = threeQuestions();
        QCOMPARE(texts(c), (QStringList{QStringLiteral("Q1 Do you use drones?"),
                                        QStringLiteral("Q2 How many?"),
                                        QStringLiteral("Q3 What did they cost?")}));
        QVERIFY(!c.questions.at(0).condition);
        QCOMPARE(c.questions.at(2).condition->question, QStringLiteral("Q1"));
    }

    void moveRenumbersAndReferencesFollow()
    {
        Case c = threeQuestions();
        QVERIFY(QuestionEdits::move(c, 2, 0));
        QCOMPARE(c.questions.at(0).text, QStringLiteral("What did they cost?"));
        QCOMPARE(c.claims.at(0).questions, QStringList{QStringLiteral("Q1")});
        QCOMPARE(c.questions.at(0).condition->question, QStringLiteral("Q2"));
        QCOMPARE(c.questions.at(2).condition->question, QStringLiteral("Q2"));
    }

    void mergeJoinsTextsAndKeepsClaims()
    {
        Case c = threeQuestions();
        QVERIFY(QuestionEdits::mergeWithNext(c, 1));
        QCOMPARE(texts(c), (QStringList{QStringLiteral("Q1 Do you use drones?"),
                                        QStringLiteral("Q2 How many?\nWhat did they cost?")}));
        QCOMPARE(c.claims.at(0).questions, QStringList{QStringLiteral("Q2")});
        QVERIFY(!QuestionEdits::mergeWithNext(c, 1));
    }

    void splitCutsAtThePositionAndKeepsTheCondition()
    {
        Case c = threeQuestions();
        QVERIFY(QuestionEdits::split(c, 2, QStringLiteral("What did").size()));
        QCOMPARE(c.questions.size(), 4);
        QCOMPARE(c.questions.at(2).text, QStringLiteral("What did"));
        QCOMPARE(c.questions.at(3).text, QStringLiteral("they cost?"));
        QCOMPARE(c.questions.at(3).condition->question, QStringLiteral("Q1"));
        QCOMPARE(c.claims.at(0).questions, QStringList{QStringLiteral("Q3")});
        QVERIFY(!QuestionEdits::split(c, 0, 0));
    }

    void removeDropsReferencesToTheRemovedQuestion()
    {
        Case c = threeQuestions();
        QVERIFY(QuestionEdits::remove(c, 0));
        QVERIFY(!c.questions.at(0).condition);
        QVERIFY(!c.questions.at(1).condition);
        QCOMPARE(c.claims.at(0).questions, QStringList{QStringLiteral("Q2")});
        QVERIFY(!QuestionEdits::remove(c, 5));
    }

    void aQuestionCannotBeConditionalOnItself()
    {
        Case c = threeQuestions();
        QuestionEdits::setCondition(c, {0},
                                    QuestionCondition{QStringLiteral("Q1"), ClosedAnswer::No});
        QVERIFY(!c.questions.at(0).condition);
        QuestionEdits::setCondition(c, {1}, std::nullopt);
        QVERIFY(!c.questions.at(1).condition);
    }
};

QTEST_GUILESS_MAIN(TestQuestionEdits)
#include "tst_question_edits.moc"
