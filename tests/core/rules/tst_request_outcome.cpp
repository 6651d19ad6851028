#include "core/model/Codes.h"
#include "core/rules/RequestOutcomeRule.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

using namespace foi::core;

Q_DECLARE_METATYPE(foi::core::RequestOutcome)
Q_DECLARE_METATYPE(foi::core::RefusalReason)

namespace {

// "Q1 held in-full": a question's id, holding and communication, as the case file codes them.
Question question(const QString &spec)
{
    const QStringList words = spec.split(u' ');
    Question q;
    q.id = words.at(0);
    q.determination.holding = *fromCode<Holding>(words.at(1));
    if (words.size() > 2)
        q.determination.communication = *fromCode<Communication>(words.at(2));
    return q;
}

// "s31(1)(a) communicate Q2,Q3 any disclose": provision, duty relieved, questions covered
// ("-" for none), then "any" when it covers any other information and "disclose" when its
// public interest test came down for disclosure.
ExemptionClaim claim(const QString &spec)
{
    const QStringList words = spec.split(u' ');
    ExemptionClaim c;
    c.provision = words.at(0);
    c.relieves = *fromCode<Duty>(words.at(1));
    if (words.at(2) != u"-")
        c.questions = words.at(2).split(u',');
    c.anyOtherInformation = words.contains(QStringLiteral("any"));
    if (words.contains(QStringLiteral("disclose"))) {
        c.publicInterest = PublicInterestTest{};
        c.publicInterest->conclusion = PublicInterestConclusion::Disclose;
    }
    return c;
}

Case caseOf(const QStringList &questions, const QStringList &claims, const QString &override)
{
    Case theCase;
    theCase.reference = QStringLiteral("T1");
    for (const QString &spec : questions)
        theCase.questions.append(question(spec));
    for (const QString &spec : claims)
        theCase.claims.append(claim(spec));
    if (!override.isEmpty())
        theCase.outcomeOverride = *fromCode<Outcome>(override);
    return theCase;
}

} // namespace

// The request-level outcome of issue 18 point 1, for the s45 Code of Practice (2018) paras
// 8.5-8.6 categories and the Cabinet Office's reasons for refusal. Each row cites the provision
// that makes the question's decision what it is.
class RequestOutcomeTest : public QObject
{
    Q_OBJECT

private slots:
    void outcomeFollowsTheQuestions_data();
    void outcomeFollowsTheQuestions();
    void provisionsSortAsTheActNumbersThem();
};

void RequestOutcomeTest::outcomeFollowsTheQuestions_data()
{
    QTest::addColumn<QStringList>("questions");
    QTest::addColumn<QStringList>("claims");
    QTest::addColumn<QString>("override");
    QTest::addColumn<RequestOutcome>("outcome");
    QTest::addColumn<RefusalReason>("reason");
    QTest::addColumn<QStringList>("exemptions");

    using O = RequestOutcome;
    using R = RefusalReason;
    const QStringList none;
    // s1(1)(b): everything held communicated.
    QTest::newRow("s1(1)(b) all disclosed: granted in full")
        << QStringList{u"Q1 held in-full"_s, u"Q2 held in-full"_s} << none << QString()
        << O::GrantedInFull << R::None << none;
    // s17(1): a refusal notice for the part withheld under a Part II exemption.
    QTest::newRow("s17(1) one disclosed, one withheld under s31(1)(a): partly refused")
        << QStringList{u"Q1 held in-full"_s, u"Q2 held withheld"_s}
        << QStringList{u"s31(1)(a) communicate Q2"_s} << QString()
        << O::PartlyDisclosedPartlyRefused << R::OtherExemptions << QStringList{u"s31(1)(a)"_s};
    QTest::newRow("s40(2) redacted from one answer: partly refused")
        << QStringList{u"Q1 held in-part"_s}
        << QStringList{u"s40(2)-first-condition communicate Q1"_s} << QString()
        << O::PartlyDisclosedPartlyRefused << R::OtherExemptions
        << QStringList{u"s40(2)-first-condition"_s};
    // s1(1)(a): "not held" is the answer to the duty to confirm or deny, not a refusal.
    QTest::newRow("s1(1)(a) one disclosed, one not held: partly not held")
        << QStringList{u"Q1 held in-full"_s, u"Q2 not-held"_s} << none << QString()
        << O::PartlyDisclosedPartlyNotHeld << R::None << none;
    QTest::newRow("s17(1) disclosed, not held and withheld under s43(2): partly refused")
        << QStringList{u"Q1 held in-full"_s, u"Q2 not-held"_s, u"Q3 held withheld"_s}
        << QStringList{u"s43(2) communicate Q3"_s} << QString() << O::PartlyDisclosedPartlyRefused
        << R::OtherExemptions << QStringList{u"s43(2)"_s};
    QTest::newRow("s1(1)(a) nothing held: refused in full because not held")
        << QStringList{u"Q1 not-held"_s, u"Q2 not-held"_s} << none << QString() << O::RefusedNotHeld
        << R::None << none;
    QTest::newRow("s43(2) everything withheld: refused in full")
        << QStringList{u"Q1 held withheld"_s, u"Q2 held withheld"_s}
        << QStringList{u"s43(2) communicate Q1,Q2"_s} << QString() << O::RefusedInFull
        << R::OtherExemptions << QStringList{u"s43(2)"_s};
    QTest::newRow("s21(1) only: refused in full under s21")
        << QStringList{u"Q1 held withheld"_s} << QStringList{u"s21(1) communicate Q1"_s}
        << QString() << O::RefusedInFull << R::OtherExemptions << QStringList{u"s21(1)"_s};
    // s2(1)(b) with s31(3): neither confirm nor deny counts as refused.
    QTest::newRow("s31(3) NCND on the only question: refused in full")
        << QStringList{u"Q1 neither-confirm-nor-deny"_s}
        << QStringList{u"s31(3) confirm-or-deny Q1"_s} << QString() << O::RefusedInFull
        << R::OtherExemptions << QStringList{u"s31(3)"_s};
    QTest::newRow("s24(2) NCND on one question, one disclosed: partly refused")
        << QStringList{u"Q1 held in-full"_s, u"Q2 neither-confirm-nor-deny"_s}
        << QStringList{u"s24(2) confirm-or-deny Q2"_s} << QString()
        << O::PartlyDisclosedPartlyRefused << R::OtherExemptions << QStringList{u"s24(2)"_s};
    QTest::newRow("s23(5) NCND any other information, rest not held: refused in full")
        << QStringList{u"Q1 not-held"_s} << QStringList{u"s23(5) confirm-or-deny - any"_s}
        << QString() << O::RefusedInFull << R::OtherExemptions << QStringList{u"s23(5)"_s};
    QTest::newRow("s23(5) NCND any other information, rest disclosed: partly refused")
        << QStringList{u"Q1 held in-full"_s} << QStringList{u"s23(5) confirm-or-deny - any"_s}
        << QString() << O::PartlyDisclosedPartlyRefused << R::OtherExemptions
        << QStringList{u"s23(5)"_s};
    // s12: the cost limit applies to the request, so it is refused as a whole.
    QTest::newRow("s12 one question over the cost limit refuses the whole request")
        << QStringList{u"Q1 held in-full"_s, u"Q2 undecided refused-cost"_s} << none << QString()
        << O::RefusedInFull << R::Cost << none;
    QTest::newRow("s12(1) claimed for the whole request")
        << QStringList{u"Q1 undecided"_s} << QStringList{u"s12(1) communicate - any"_s} << QString()
        << O::RefusedInFull << R::Cost << none;
    // s14(1) and s14(2): about the request, not the information.
    QTest::newRow("s14(1) vexatious")
        << QStringList{u"Q1 undecided refused-vexatious"_s} << none << QString() << O::RefusedInFull
        << R::VexatiousOrRepeated << none;
    QTest::newRow("s14(2) repeated")
        << QStringList{u"Q1 undecided refused-repeated"_s} << none << QString() << O::RefusedInFull
        << R::VexatiousOrRepeated << none;
    // EIR reg 12(4)(b): an exception like any other for the statistics.
    QTest::newRow("reg12(4)(b) manifestly unreasonable: refused under other exceptions")
        << QStringList{u"Q1 undecided"_s} << QStringList{u"reg12(4)(b) communicate - any"_s}
        << QString() << O::RefusedInFull << R::OtherExemptions << QStringList{u"reg12(4)(b)"_s};
    QTest::newRow("s2(2)(b) claim whose public interest favoured disclosure is not used")
        << QStringList{u"Q1 held in-full"_s, u"Q2 held withheld"_s}
        << QStringList{u"s43(2) communicate Q1 disclose"_s, u"s31(1)(a) communicate Q2"_s}
        << QString() << O::PartlyDisclosedPartlyRefused << R::OtherExemptions
        << QStringList{u"s31(1)(a)"_s};
    QTest::newRow("exemptions listed once each, in the Act's order")
        << QStringList{u"Q1 held withheld"_s, u"Q2 held withheld"_s, u"Q3 held in-part"_s}
        << QStringList{u"s43(2) communicate Q1"_s, u"s31(1)(a) communicate Q2,Q3"_s,
                       u"s40(2)-first-condition communicate Q3"_s, u"s43(2) communicate Q3"_s}
        << QString() << O::PartlyDisclosedPartlyRefused << R::OtherExemptions
        << QStringList{u"s31(1)(a)"_s, u"s40(2)-first-condition"_s, u"s43(2)"_s};
    // s1(1): a question still undecided means no reply can have been made on it.
    QTest::newRow("an undecided question: not yet processed")
        << QStringList{u"Q1 held in-full"_s, u"Q2 undecided"_s} << none << QString()
        << O::NotYetProcessed << R::None << none;
    QTest::newRow("held but not yet decided whether to communicate: not yet processed")
        << QStringList{u"Q1 held"_s} << none << QString() << O::NotYetProcessed << R::None << none;
    QTest::newRow("no questions yet: not yet processed")
        << QStringList{} << none << QString() << O::NotYetProcessed << R::None << none;
    QTest::newRow("a question the requester's condition removed drops out")
        << QStringList{u"Q1 not-held"_s, u"Q2 not-required"_s} << none << QString()
        << O::RefusedNotHeld << R::None << none;
    // s1(3) and s9(2): a request never clarified, or whose fee was never paid, lapses.
    QTest::newRow("s1(3) lapsed: no decision")
        << QStringList{u"Q1 undecided"_s} << none << QStringLiteral("lapsed")
        << O::LapsedOrWithdrawn << R::None << none;
    QTest::newRow("withdrawn: no decision")
        << QStringList{u"Q1 held in-full"_s} << none << QStringLiteral("withdrawn")
        << O::LapsedOrWithdrawn << R::None << none;
}

void RequestOutcomeTest::outcomeFollowsTheQuestions()
{
    QFETCH(QStringList, questions);
    QFETCH(QStringList, claims);
    QFETCH(QString, override);
    QFETCH(RequestOutcome, outcome);
    QFETCH(RefusalReason, reason);
    QFETCH(QStringList, exemptions);

    const Case theCase = caseOf(questions, claims, override);
    QCOMPARE(requestOutcomeCode(RequestOutcomeRule::of(theCase)), requestOutcomeCode(outcome));
    QCOMPARE(refusalReasonCode(RequestOutcomeRule::reasonOf(theCase)), refusalReasonCode(reason));
    QCOMPARE(RequestOutcomeRule::exemptionsOf(theCase), exemptions);
}

void RequestOutcomeTest::provisionsSortAsTheActNumbersThem()
{
    QStringList provisions{u"reg13(1)"_s,    u"s40(2)-first-condition"_s,
                           u"reg12(5)(a)"_s, u"s9(1)"_s,
                           u"reg12(4)(b)"_s, u"s31(1)(a)"_s,
                           u"s21(1)"_s,      u"s31(3)"_s};
    std::sort(provisions.begin(), provisions.end(), RequestOutcomeRule::provisionLess);
    QCOMPARE(provisions, (QStringList{u"s9(1)"_s, u"s21(1)"_s, u"s31(1)(a)"_s, u"s31(3)"_s,
                                      u"s40(2)-first-condition"_s, u"reg12(4)(b)"_s,
                                      u"reg12(5)(a)"_s, u"reg13(1)"_s}));
}

QTEST_GUILESS_MAIN(RequestOutcomeTest)
#include "tst_request_outcome.moc"
