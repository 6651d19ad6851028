#include "core/intake/QuestionSplitter.h"

#include <QFile>
#include <QTest>

using foi::core::QuestionSplitter;

class TestQuestionSplitter : public QObject
{
    Q_OBJECT
private slots:
    void theReferenceRequestSplitsIntoNineQuestions()
    {
        // As pasted from the published reply: "1.Are you ..." with no space after the number.
        QFile file(QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18/request.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList questions = QuestionSplitter::split(QString::fromUtf8(file.readAll()));
        QCOMPARE(questions.size(), 9);
        QVERIFY(questions.first().startsWith(QStringLiteral("Are you currently paying")));
        QVERIFY(questions.first().endsWith(QStringLiteral("see the following questions.")));
        QVERIFY(questions.last().startsWith(QStringLiteral("In the operations or tests")));
        QVERIFY(questions.last().endsWith(QStringLiteral("as a result?")));
    }

    void eachMarkerStyleStartsQuestions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList two{QStringLiteral("First thing?"), QStringLiteral("Second thing?")};
        QTest::newRow("1.") << QStringLiteral("1. First thing?\n2. Second thing?") << two;
        QTest::newRow("1)") << QStringLiteral("1) First thing?\n2) Second thing?") << two;
        QTest::newRow("(1)") << QStringLiteral("(1) First thing?\n(2) Second thing?") << two;
        QTest::newRow("(a)") << QStringLiteral("(a) First thing?\n(b) Second thing?") << two;
        QTest::newRow("a)") << QStringLiteral("a) First thing?\nb) Second thing?") << two;
        QTest::newRow("-") << QStringLiteral("- First thing?\n- Second thing?") << two;
        QTest::newRow("bullet") << QStringLiteral("• First thing?\n• Second thing?") << two;
        QTest::newRow("*") << QStringLiteral("* First thing?\n* Second thing?") << two;
        QTest::newRow("Q1:") << QStringLiteral("Q1: First thing?\nQ2: Second thing?") << two;
        QTest::newRow("Question 1:")
            << QStringLiteral("Question 1: First thing?\nQuestion 2: Second thing?") << two;
        QTest::newRow("indented, CRLF")
            << QStringLiteral("  1.  First thing?\r\n  2.  Second thing?\r\n") << two;
    }

    void eachMarkerStyleStartsQuestions()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(QuestionSplitter::split(text), expected);
    }

    void textWithoutMarkersStaysOneQuestion()
    {
        const QString text = QStringLiteral("Please send me the force's policy on drones.\n"
                                            "I would like the version in force in 2.5 years.");
        QCOMPARE(QuestionSplitter::split(text), QStringList{text});
    }

    void emptyTextGivesNoQuestions()
    {
        QVERIFY(QuestionSplitter::split(QStringLiteral(" \n ")).isEmpty());
    }

    void greetingAndSignOffAreLeftOut()
    {
        const QString text = QStringLiteral("Dear FOI team,\n\nPlease tell me:\n\n"
                                            "1. How many drones do you own?\n"
                                            "2. What did they cost?\n\n"
                                            "Thank you,\nA. Requester");
        QCOMPARE(QuestionSplitter::split(text),
                 (QStringList{QStringLiteral("How many drones do you own?"),
                              QStringLiteral("What did they cost?")}));
    }

    void subItemsAndWrappedLinesStayWithTheirQuestion()
    {
        const QString text = QStringLiteral("1. For each year:\n(a) the number of stops\n"
                                            "(b) the number of arrests\n"
                                            "2. The cost of the scheme, broken down\nby year.\n\n"
                                            "Further detail on question 2.\n"
                                            "3. The policy.");
        const QStringList questions = QuestionSplitter::split(text);
        QCOMPARE(questions.size(), 3);
        QCOMPARE(questions.at(0), QStringLiteral("For each year:\n(a) the number of stops\n"
                                                 "(b) the number of arrests"));
        QCOMPARE(questions.at(1), QStringLiteral("The cost of the scheme, broken down\nby year.\n"
                                                 "Further detail on question 2."));
        QCOMPARE(questions.at(2), QStringLiteral("The policy."));
    }

    void decimalNumbersAreNotMarkers()
    {
        const QString text = QStringLiteral("1. Budget?\n2.5 million was reported.\n2. Staff?");
        QCOMPARE(QuestionSplitter::split(text),
                 (QStringList{QStringLiteral("Budget?\n2.5 million was reported."),
                              QStringLiteral("Staff?")}));
    }
};

QTEST_GUILESS_MAIN(TestQuestionSplitter)
#include "tst_question_splitter.moc"
