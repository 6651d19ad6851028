#include "core/model/Case.h"
#include "core/model/CaseOutcome.h"
#include "core/model/Codes.h"
#include "core/model/CostEstimate.h"

#include <QTest>

using namespace foi::core;

namespace {

Question question(const QString &id, Holding holding,
                  Communication communication = Communication::NotApplicable)
{
    Question q;
    q.id = id;
    q.text = QStringLiteral("Question ") + id;
    q.determination.holding = holding;
    q.determination.communication = communication;
    return q;
}

Question gated(const QString &id, const QString &gate, ClosedAnswer proceedIf)
{
    Question q = question(id, Holding::Undecided);
    q.condition = QuestionCondition{gate, proceedIf};
    return q;
}

ExemptionClaim claim(const QString &provision, Duty duty, const QStringList &questions)
{
    ExemptionClaim c;
    c.provision = provision;
    c.relieves = duty;
    c.questions = questions;
    return c;
}

} // namespace

class TestCaseModel : public QObject
{
    Q_OBJECT
private slots:
    void conditionFailsWhenTheGatingQuestionIsNotHeld()
    {
        // Reference case 13457_18: "If no, please disregard this information request".
        Case c;
        c.questions = {question(QStringLiteral("Q1"), Holding::NotHeld),
                       gated(QStringLiteral("Q2"), QStringLiteral("Q1"), ClosedAnswer::Yes)};
        QVERIFY(c.conditionFailed(1));
        QVERIFY(!c.conditionFailed(0));
    }

    void conditionFollowsTheClosedAnswerOfAHeldQuestion_data()
    {
        QTest::addColumn<ClosedAnswer>("gateAnswer");
        QTest::addColumn<ClosedAnswer>("proceedIf");
        QTest::addColumn<bool>("failed");
        QTest::newRow("yes, proceed if yes") << ClosedAnswer::Yes << ClosedAnswer::Yes << false;
        QTest::newRow("no, proceed if yes") << ClosedAnswer::No << ClosedAnswer::Yes << true;
        QTest::newRow("yes, proceed if no") << ClosedAnswer::Yes << ClosedAnswer::No << true;
        QTest::newRow("unanswered stays open")
            << ClosedAnswer::Unanswered << ClosedAnswer::Yes << false;
    }

    void conditionFollowsTheClosedAnswerOfAHeldQuestion()
    {
        QFETCH(ClosedAnswer, gateAnswer);
        QFETCH(ClosedAnswer, proceedIf);
        QFETCH(bool, failed);
        Case c;
        c.questions = {question(QStringLiteral("Q1"), Holding::Held, Communication::InFull),
                       gated(QStringLiteral("Q2"), QStringLiteral("Q1"), proceedIf)};
        c.questions[0].determination.closedAnswer = gateAnswer;
        QCOMPARE(c.conditionFailed(1), failed);
    }

    void conditionFailsThroughAChainOfFallenQuestions()
    {
        Case c;
        c.questions = {question(QStringLiteral("Q1"), Holding::NotHeld),
                       gated(QStringLiteral("Q2"), QStringLiteral("Q1"), ClosedAnswer::Yes),
                       gated(QStringLiteral("Q3"), QStringLiteral("Q2"), ClosedAnswer::Yes)};
        QVERIFY(c.conditionFailed(2));
    }

    void conditionCycleDoesNotHang()
    {
        Case c;
        c.questions = {gated(QStringLiteral("Q1"), QStringLiteral("Q2"), ClosedAnswer::Yes),
                       gated(QStringLiteral("Q2"), QStringLiteral("Q1"), ClosedAnswer::Yes)};
        QVERIFY(!c.conditionFailed(0));
        QVERIFY(!c.conditionFailed(1));
    }

    void questionOutcomeFollowsTheDetermination_data()
    {
        QTest::addColumn<Holding>("holding");
        QTest::addColumn<Communication>("communication");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("undecided")
            << Holding::Undecided << Communication::NotApplicable << Outcome::InProgress;
        QTest::newRow("in full") << Holding::Held << Communication::InFull
                                 << Outcome::GrantedInFull;
        QTest::newRow("in part") << Holding::Held << Communication::InPart
                                 << Outcome::PartiallyWithheld;
        QTest::newRow("withheld") << Holding::Held << Communication::Withheld
                                  << Outcome::FullyWithheld;
        QTest::newRow("not held") << Holding::NotHeld << Communication::NotApplicable
                                  << Outcome::NotHeld;
        QTest::newRow("ncnd") << Holding::NeitherConfirmNorDeny << Communication::NotApplicable
                              << Outcome::NeitherConfirmNorDeny;
        QTest::newRow("s12 before deciding")
            << Holding::Undecided << Communication::RefusedCost << Outcome::RefusedCost;
        QTest::newRow("s14(1)") << Holding::Held << Communication::RefusedVexatious
                                << Outcome::RefusedVexatiousOrRepeated;
        QTest::newRow("s14(2)") << Holding::Held << Communication::RefusedRepeated
                                << Outcome::RefusedVexatiousOrRepeated;
        QTest::newRow("condition failed")
            << Holding::NotRequired << Communication::NotApplicable << Outcome::NotRequired;
    }

    void questionOutcomeFollowsTheDetermination()
    {
        QFETCH(Holding, holding);
        QFETCH(Communication, communication);
        QFETCH(Outcome, outcome);
        Case c;
        c.questions = {question(QStringLiteral("Q1"), holding, communication)};
        QCOMPARE(CaseOutcome::ofQuestion(c, 0), outcome);
    }

    void withheldOnlyUnderSection21IsAvailableElsewhere()
    {
        Case c;
        c.questions = {question(QStringLiteral("Q1"), Holding::Held, Communication::Withheld)};
        c.claims = {claim(QStringLiteral("s21(1)"), Duty::Communicate, {QStringLiteral("Q1")})};
        QCOMPARE(CaseOutcome::ofQuestion(c, 0), Outcome::AvailableElsewhere);
        c.claims.append(claim(QStringLiteral("s40(2)"), Duty::Communicate, {QStringLiteral("Q1")}));
        QCOMPARE(CaseOutcome::ofQuestion(c, 0), Outcome::FullyWithheld);
    }

    void caseOutcomeCombinesTheQuestions_data()
    {
        QTest::addColumn<QList<Outcome>>("questions");
        QTest::addColumn<Outcome>("outcome");
        using O = Outcome;
        QTest::newRow("all granted")
            << QList<O>{O::GrantedInFull, O::GrantedInFull} << O::GrantedInFull;
        QTest::newRow("granted and not held")
            << QList<O>{O::GrantedInFull, O::NotHeld} << O::GrantedInFull;
        QTest::newRow("granted and withheld")
            << QList<O>{O::GrantedInFull, O::FullyWithheld} << O::PartiallyWithheld;
        QTest::newRow("withheld and ncnd")
            << QList<O>{O::FullyWithheld, O::NeitherConfirmNorDeny} << O::FullyWithheld;
        QTest::newRow("not held and ncnd")
            << QList<O>{O::NotHeld, O::NeitherConfirmNorDeny} << O::NeitherConfirmNorDeny;
        QTest::newRow("s12 decides the request")
            << QList<O>{O::GrantedInFull, O::RefusedCost} << O::RefusedCost;
        QTest::newRow("one undecided")
            << QList<O>{O::GrantedInFull, O::InProgress} << O::InProgress;
        QTest::newRow("fallen away ignored") << QList<O>{O::NotHeld, O::NotRequired} << O::NotHeld;
    }

    void caseOutcomeCombinesTheQuestions()
    {
        QFETCH(QList<Outcome>, questions);
        QFETCH(Outcome, outcome);
        Case c;
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const QString id = QStringLiteral("Q%1").arg(i + 1);
            switch (questions.at(i)) {
            case Outcome::GrantedInFull:
                c.questions.append(question(id, Holding::Held, Communication::InFull));
                break;
            case Outcome::FullyWithheld:
                c.questions.append(question(id, Holding::Held, Communication::Withheld));
                break;
            case Outcome::NotHeld:
                c.questions.append(question(id, Holding::NotHeld));
                break;
            case Outcome::NeitherConfirmNorDeny:
                c.questions.append(question(id, Holding::NeitherConfirmNorDeny));
                break;
            case Outcome::RefusedCost:
                c.questions.append(question(id, Holding::Undecided, Communication::RefusedCost));
                break;
            case Outcome::NotRequired:
                c.questions.append(question(id, Holding::NotRequired));
                break;
            default:
                c.questions.append(question(id, Holding::Undecided));
                break;
            }
            QCOMPARE(CaseOutcome::ofQuestion(c, i), questions.at(i));
        }
        QCOMPARE(CaseOutcome::ofCase(c), outcome);
    }

    void overrideWinsOverTheDerivedOutcome()
    {
        Case c;
        c.questions = {question(QStringLiteral("Q1"), Holding::Undecided)};
        QCOMPARE(CaseOutcome::ofCase(c), Outcome::InProgress);
        c.outcomeOverride = Outcome::Lapsed;
        QCOMPARE(CaseOutcome::ofCase(c), Outcome::Lapsed);
    }

    void costIsTwentyFivePoundsAnHour()
    {
        // Fees Regulations reg 4(4).
        CostEstimate estimate;
        estimate.activities = {{CostActivityKind::Locating, 10.0, {}},
                               {CostActivityKind::Extracting, 8.5, {}}};
        QCOMPARE(estimate.totalHours(), 18.5);
        QCOMPARE(estimate.costPence(), qint64(46250));
    }

    void limitIsSixHundredPoundsForCentralGovernmentAndFourFiftyForPolice_data()
    {
        // Fees Regulations reg 3 and Schedule 1 Part I.
        QTest::addColumn<AuthorityKind>("kind");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("government department")
            << AuthorityKind::GovernmentDepartment << qint64(60000);
        QTest::newRow("welsh government") << AuthorityKind::WelshGovernment << qint64(60000);
        QTest::newRow("parliament") << AuthorityKind::Parliament << qint64(60000);
        QTest::newRow("police") << AuthorityKind::Police << qint64(45000);
        QTest::newRow("local authority") << AuthorityKind::LocalAuthority << qint64(45000);
    }

    void limitIsSixHundredPoundsForCentralGovernmentAndFourFiftyForPolice()
    {
        QFETCH(AuthorityKind, kind);
        QFETCH(qint64, limit);
        QCOMPARE(CostEstimate::appropriateLimitPence(kind), limit);
    }

    void eighteenHoursIsWithinThePoliceLimitAndEighteenAndABitIsNot()
    {
        // s12(1): refuse only where the estimate *exceeds* the limit.
        CostEstimate estimate;
        estimate.activities = {{CostActivityKind::Retrieving, 18.0, {}}};
        QVERIFY(!estimate.exceedsLimit(AuthorityKind::Police));
        estimate.activities[0].hours = 18.1;
        QVERIFY(estimate.exceedsLimit(AuthorityKind::Police));
    }

    void everyCodeReadsBackAsItsValue()
    {
        for (const QString &code : allCodes<Holding>())
            QCOMPARE(toCode(*fromCode<Holding>(code)), code);
        for (const QString &code : allCodes<Outcome>())
            QCOMPARE(toCode(*fromCode<Outcome>(code)), code);
        QCOMPARE(toCode(Likelihood::WouldBeLikelyTo), QStringLiteral("would-be-likely-to"));
        QVERIFY(!fromCode<Holding>(u"maybe").has_value());
    }
};

QTEST_GUILESS_MAIN(TestCaseModel)
#include "tst_case_model.moc"
