#include "core/model/CaseFile.h"
#include "core/model/ConditionGraph.h"
#include "core/reply/AuthorityProfile.h"
#include "core/reply/LetterTemplates.h"
#include "core/reply/ReplyComposer.h"
#include "core/rules/CaseChecker.h"
#include "tests/support/ReferenceCase.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace foi::core;

namespace {

using testsupport::referenceCase;

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ClockChange change(ClockChangeKind kind, const char *date)
{
    ClockChange c;
    c.kind = kind;
    c.date = d(date);
    return c;
}

void conditionOn(Case &c, qsizetype question, const QString &gate)
{
    c.questions[question].condition = QuestionCondition{gate, ClosedAnswer::Yes};
}

// `count` questions, each to be answered only if the next one is "yes"; the last is "no".
Case chainOfConditions(qsizetype count, bool closeTheCircle = false)
{
    Case c = referenceCase();
    c.questions.clear();
    for (qsizetype i = 0; i < count; ++i) {
        Question question;
        question.id = QStringLiteral("Q%1").arg(i + 1);
        question.text = QStringLiteral("Question %1").arg(i + 1);
        if (i + 1 < count || closeTheCircle)
            question.condition = QuestionCondition{QStringLiteral("Q%1").arg((i + 1) % count + 1),
                                                   ClosedAnswer::Yes};
        question.determination.holding = Holding::NotRequired;
        c.questions.append(question);
    }
    if (!closeTheCircle) {
        Determination &last = c.questions.last().determination;
        last.holding = Holding::Held;
        last.communication = Communication::InFull;
        last.closedAnswer = ClosedAnswer::No;
        last.answer = QStringLiteral("No.");
    }
    c.claims.clear();
    return c;
}

using Mutation = std::function<void(Case &)>;

QStringList codes(const QList<Finding> &findings)
{
    QStringList result;
    for (const Finding &finding : findings)
        result.append(finding.code + QStringLiteral(" at ") + finding.locator);
    return result;
}

QString findingsDocument()
{
    QFile file(QStringLiteral(FOI_SOURCE_DIR "/docs/findings.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open docs/findings.md");
    return QString::fromUtf8(file.readAll());
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

// Impossible and inconsistent cases (issue 21 point 7) and conditions that cannot stall the
// checker however they chain (point 8).
class TestCaseConsistency : public QObject
{
    Q_OBJECT
private slots:
    void impossibleCasesAreErrors_data()
    {
        QTest::addColumn<Mutation>("defect");
        QTest::addColumn<QStringList>("expected");
        // The reference request was received on 14 May 2018.
        // s10(1): the time for compliance runs from receipt; nothing is sent before it.
        QTest::newRow("s10(1) reply dated before receipt")
            << Mutation([](Case &c) { c.reply.sentOn = d("2018-05-10"); })
            << QStringList{u"REPLY-BEFORE-RECEIPT at reply.sentOn"_qs};
        QTest::newRow("s10(1) clock change dated before receipt") << Mutation([](Case &c) {
            c.clockChanges = {change(ClockChangeKind::ClarificationSought, "2018-05-01")};
        }) << QStringList{u"CLOCK-CHANGE-BEFORE-RECEIPT at clockChanges[0].date"_qs};
        // s1(3): a clarification answers the authority's request for it.
        QTest::newRow("s1(3) clarification received before it was sought") << Mutation([](Case &c) {
            c.clockChanges = {change(ClockChangeKind::ClarificationSought, "2018-05-20"),
                              change(ClockChangeKind::ClarificationReceived, "2018-05-18")};
        }) << QStringList{u"CLARIFICATION-BEFORE-SOUGHT at clockChanges[1].date"_qs};
        // s9, s10(2): a fee answers the fees notice.
        QTest::newRow("s10(2) fee paid before the fees notice") << Mutation([](Case &c) {
            c.clockChanges = {change(ClockChangeKind::FeesNoticeGiven, "2018-05-22"),
                              change(ClockChangeKind::FeePaid, "2018-05-21")};
        }) << QStringList{u"FEE-PAID-BEFORE-NOTICE at clockChanges[1].date"_qs};
        // s1(1): the requester's condition cannot be decided; the question needs an answer.
        QTest::newRow("s1(1) condition on its own question")
            << Mutation([](Case &c) { conditionOn(c, 1, u"Q2"_qs); })
            << QStringList{
                   u"S1-NOT-REQUIRED-WITHOUT-CONDITION at questions[1].determination.holding"_qs,
                   u"CONDITION-SELF at questions[1].condition.question"_qs};
        QTest::newRow("s1(1) condition on a question that does not exist")
            << Mutation([](Case &c) { conditionOn(c, 1, u"Q99"_qs); })
            << QStringList{
                   u"S1-NOT-REQUIRED-WITHOUT-CONDITION at questions[1].determination.holding"_qs,
                   u"CONDITION-UNKNOWN-QUESTION at questions[1].condition.question"_qs};
        QTest::newRow("s1(1) conditions in a cycle")
            << Mutation([](Case &c) {
                   conditionOn(c, 1, u"Q3"_qs);
                   conditionOn(c, 2, u"Q2"_qs);
               })
            << QStringList{
                   u"S1-NOT-REQUIRED-WITHOUT-CONDITION at questions[1].determination.holding"_qs,
                   u"S1-NOT-REQUIRED-WITHOUT-CONDITION at questions[2].determination.holding"_qs,
                   u"CONDITION-CYCLE at questions[1].condition.question"_qs};
        // A cycle is a defect even where a known answer decides the questions in it.
        QTest::newRow("s1(1) cycle through an answered question")
            << Mutation([](Case &c) { conditionOn(c, 0, u"Q2"_qs); })
            << QStringList{u"S1-CONDITION-FAILED-ANSWERED at questions[0].determination.holding"_qs,
                           u"CONDITION-CYCLE at questions[0].condition.question"_qs};
    }

    void impossibleCasesAreErrors()
    {
        QFETCH(Mutation, defect);
        QFETCH(QStringList, expected);
        Case c = referenceCase();
        defect(c);
        const QList<Finding> findings =
            CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                        EnvironmentalTerms::builtIn())
                .check(c);
        QCOMPARE(codes(findings), expected);
        static const QString documented = findingsDocument();
        for (const Finding &finding : findings) {
            QCOMPARE(finding.severity, Severity::Error);
            QVERIFY(documented.contains(u'`' + finding.code + u'`'));
        }
    }

    void possibleDatesAreClean_data()
    {
        QTest::addColumn<Mutation>("change");
        QTest::newRow("reply on the day of receipt")
            << Mutation([](Case &c) { c.reply.sentOn = c.dateOfReceipt; });
        QTest::newRow("clarification on the day it was sought, listed first")
            << Mutation([](Case &c) {
                   c.clockChanges = {change(ClockChangeKind::ClarificationReceived, "2018-05-16"),
                                     change(ClockChangeKind::ClarificationSought, "2018-05-16")};
               });
        QTest::newRow("fee paid the day of the notice") << Mutation([](Case &c) {
            c.clockChanges = {change(ClockChangeKind::FeesNoticeGiven, "2018-05-15"),
                              change(ClockChangeKind::FeePaid, "2018-05-15")};
        });
    }

    void possibleDatesAreClean()
    {
        QFETCH(Mutation, change);
        Case c = referenceCase();
        change(c);
        const QList<Finding> findings =
            CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                        EnvironmentalTerms::builtIn())
                .check(c);
        QVERIFY2(findings.isEmpty(), qPrintable(codes(findings).join(u"; ")));
    }

    void aCycleIsReportedOnceHoweverLong()
    {
        const Case circle = chainOfConditions(20000, true);
        const ConditionGraph graph(circle);
        QCOMPARE(graph.link(0), ConditionGraph::Link::InCycle);
        QCOMPARE(graph.link(19999), ConditionGraph::Link::InCycle);
        QCOMPARE(graph.cycleFrom(5).size(), 20000);
        QCOMPARE(graph.cycleFrom(5).constFirst(), 0);
        QVERIFY(!graph.failed(0));
        QList<Finding> cycles;
        for (const Finding &finding :
             CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                         EnvironmentalTerms::builtIn())
                 .check(circle)) {
            if (finding.code == u"CONDITION-CYCLE")
                cycles.append(finding);
        }
        QCOMPARE(cycles.size(), 1);
        QCOMPARE(cycles.constFirst().locator, QStringLiteral("questions[0].condition.question"));
        QVERIFY2(cycles.constFirst().message.contains(QStringLiteral(
                     "Q1 → Q2 → Q3 → Q4 → Q5 → Q6 → … (20000 questions in all) → Q1")),
                 qPrintable(cycles.constFirst().message));
    }

    // Point 8: following conditions is linear in the number of questions. Counted, not timed.
    void followingAChainOfConditionsIsLinear_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("10") << 10;
        QTest::newRow("1,000") << 1000;
        QTest::newRow("20,000") << 20000;
    }

    void followingAChainOfConditionsIsLinear()
    {
        QFETCH(int, count);
        const Case chain = chainOfConditions(count);
        const ConditionGraph graph(chain);
        // Two passes (cycles, then answers), each visiting a question at most twice.
        QVERIFY2(graph.steps() <= 4 * qsizetype(count), qPrintable(QString::number(graph.steps())));
        for (qsizetype i = 0; i + 1 < count; ++i)
            QVERIFY(graph.failed(i)); // the last question's "no" removes every earlier one
        QVERIFY(!graph.failed(count - 1));
        QVERIFY(chain.conditionFailed(0)); // the one-question form agrees
        const QList<Finding> findings =
            CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                        EnvironmentalTerms::builtIn())
                .check(chain);
        QVERIFY2(findings.isEmpty(), qPrintable(codes(findings).mid(0, 5).join(u"; ")));
    }

    // Point 8: a letter's text that no line can break is refused above a documented limit
    // (ReplyComposer::maxUnbrokenRun) instead of taking minutes to lay out; below it, it composes.
    void aWordNoLineCanBreakIsRefused_data()
    {
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<bool>("composes");
        QTest::newRow("9,000 characters") << qsizetype(9000) << true;
        QTest::newRow("at the limit") << ReplyComposer::maxUnbrokenRun << true;
        QTest::newRow("one over the limit") << ReplyComposer::maxUnbrokenRun + 1 << false;
        QTest::newRow("2,000,000 characters") << qsizetype(2000000) << false;
    }

    void aWordNoLineCanBreakIsRefused()
    {
        QFETCH(qsizetype, length);
        QFETCH(bool, composes);
        Case c = referenceCase();
        c.questions[0].determination.answer = QString(length, u'x');
        static const LetterTemplates templates = LetterTemplates::load().value();
        const ReplyComposer composer(ExemptionCatalogue::builtIn(), templates);
        AuthorityProfile authority;
        authority.name = QStringLiteral("West Midlands Police");
        const Result<ReplyDocument> reply =
            composer.compose(c, authority, ReplyOptions{QDate(2018, 6, 8), false, false});
        QCOMPARE(reply.ok(), composes);
        if (!composes) {
            QCOMPARE(reply.error().code, QStringLiteral("reply.unbreakable-text"));
            QVERIFY2(reply.error().message.contains(QLocale().toString(length)),
                     qPrintable(reply.error().message));
        }
    }

    // Point 8: a case file above the documented size is refused before it is parsed.
    void anOversizedCaseFileIsRefusedWithAMessage()
    {
        QByteArray huge = CaseFile::write(referenceCase());
        huge.chop(2); // the closing brace and newline
        huge += ",\"padding\": \"" + QByteArray(CaseFile::maxBytes, 'x') + "\"}";
        const Result<Case> read = CaseFile::read(huge);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("case-file.too-large"));
        QVERIFY2(read.error().message.contains(QStringLiteral("more than the 16 MB")),
                 qPrintable(read.error().message));
        QVERIFY(CaseFile::read(CaseFile::write(referenceCase())).ok());
    }
};

QTEST_GUILESS_MAIN(TestCaseConsistency)
#include "tst_case_consistency.moc"
