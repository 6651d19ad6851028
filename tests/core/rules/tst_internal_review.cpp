#include "core/law/WorkingDayCalendar.h"
#include "core/model/CaseFile.h"
#include "core/model/Codes.h"
#include "core/model/ReviewOutcome.h"
#include "core/rules/InternalReviewRules.h"
#include "tests/support/ReferenceCase.h"

#include <QFile>
#include <QTest>

using namespace foi::core;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

using testsupport::referenceCase;

const WorkingDayCalendar &calendar()
{
    return WorkingDayCalendar::builtIn();
}

// A review of the reference case, opened properly: received after the reply, an independent
// reviewer, every item decided "maintained".
InternalReview soundReview(const Case &original)
{
    InternalReview review;
    review.id = QStringLiteral("IR1");
    review.requestReceived = d("2018-11-26");
    review.logged = d("2018-11-27");
    review.basisDate = original.dateOfReceipt;
    review.reviewer = QStringLiteral("A. Senior");
    review.original = OriginalDecisionSnapshot::of(original);
    for (const ReviewItemKey &key : review.original.items())
        review.items.append({key, ReviewDecision::OriginalMaintained, QStringLiteral("Sound.")});
    review.decided = d("2018-12-10");
    return review;
}

InternalReviewContext contextFor(const Case &original)
{
    return {original.regime,
            original.dateOfReceipt,
            d("2018-11-05"),
            {QStringLiteral("Case Officer")},
            d("2018-12-20")};
}

QStringList codes(const QList<Finding> &findings)
{
    QStringList result;
    for (const Finding &finding : findings)
        result.append(finding.code);
    return result;
}

ReviewDecision setBasedOutcome(const QList<ReviewDecision> &decisions)
{
    // The rule said another way, over the set of decisions rather than counts.
    QSet<ReviewDecision> decided;
    bool anyClosed = false;
    for (ReviewDecision decision : decisions) {
        if (decision == ReviewDecision::Withdrawn || decision == ReviewDecision::ClosedOtherwise)
            anyClosed = anyClosed || decision == ReviewDecision::ClosedOtherwise;
        else
            decided.insert(decision);
    }
    if (decided.isEmpty())
        return anyClosed ? ReviewDecision::ClosedOtherwise : ReviewDecision::Withdrawn;
    if (decided == QSet<ReviewDecision>{ReviewDecision::OriginalMaintained})
        return ReviewDecision::OriginalMaintained;
    if (decided == QSet<ReviewDecision>{ReviewDecision::OriginalOverturned})
        return ReviewDecision::OriginalOverturned;
    return ReviewDecision::OriginalPartlyMaintained;
}

} // namespace

// Internal review as a matter of the original case: the s45 Code of Practice (2018) Part 5 and
// the ICO's "Complaints and internal reviews" guidance for FOIA; EIR reg 11 for environmental
// information.
class TestInternalReview : public QObject
{
    Q_OBJECT

private slots:
    void overallOutcomeFollowsTheItems_data();
    void overallOutcomeFollowsTheItems();
    void anUndecidedItemLeavesTheOutcomeUndecided();
    void upheldIsTranslatedPerAudienceAndNeverStored();
    void snapshotIsFrozenAndHashedTheSameWay();
    void snapshotItemsAreQuestionsAndTheirClaims();
    void clockVectors_data();
    void clockVectors();
    void eirReviewHasFortyDaysAndNoExtension();
    void soundReviewChecksClean();
    void eachDefectHasItsFinding_data();
    void eachDefectHasItsFinding();
    void eirRepresentationsWindowIsFortyWorkingDays();
    void reviewerIndependenceComparesNamesAsWritten();
};

// Every combination of one to three items over the five decided values.
void TestInternalReview::overallOutcomeFollowsTheItems_data()
{
    QTest::addColumn<QList<ReviewDecision>>("decisions");
    const QList<ReviewDecision> values{ReviewDecision::OriginalMaintained,
                                       ReviewDecision::OriginalPartlyMaintained,
                                       ReviewDecision::OriginalOverturned,
                                       ReviewDecision::Withdrawn, ReviewDecision::ClosedOtherwise};
    QList<QList<ReviewDecision>> combinations{{}};
    for (int length = 1; length <= 3; ++length) {
        QList<QList<ReviewDecision>> longer;
        for (const QList<ReviewDecision> &prefix : combinations) {
            if (prefix.size() != length - 1)
                continue;
            for (ReviewDecision value : values) {
                QList<ReviewDecision> next = prefix;
                next.append(value);
                longer.append(next);
            }
        }
        combinations.append(longer);
    }
    for (const QList<ReviewDecision> &decisions : combinations) {
        if (decisions.isEmpty())
            continue;
        QStringList name;
        for (ReviewDecision decision : decisions)
            name.append(toCode(decision));
        QTest::newRow(qPrintable(name.join(u' '))) << decisions;
    }
}

void TestInternalReview::overallOutcomeFollowsTheItems()
{
    QFETCH(QList<ReviewDecision>, decisions);
    QList<ReviewedItem> items;
    for (qsizetype i = 0; i < decisions.size(); ++i)
        items.append(
            {{QStringLiteral("Q%1").arg(i + 1), {}, Duty::Communicate}, decisions.at(i), {}});
    QCOMPARE(ReviewOutcome::overall(items), setBasedOutcome(decisions));
}

void TestInternalReview::anUndecidedItemLeavesTheOutcomeUndecided()
{
    QCOMPARE(ReviewOutcome::overall({}), ReviewDecision::Undecided);
    const QList<ReviewedItem> items{
        {{QStringLiteral("Q1"), {}, Duty::Communicate}, ReviewDecision::OriginalOverturned, {}},
        {{QStringLiteral("Q2"), {}, Duty::Communicate}, ReviewDecision::Undecided, {}}};
    QCOMPARE(ReviewOutcome::overall(items), ReviewDecision::Undecided);
    // Fixed examples, spelt out.
    const auto two = [](ReviewDecision a, ReviewDecision b) {
        return ReviewOutcome::overall({{{QStringLiteral("Q1"), {}, Duty::Communicate}, a, {}},
                                       {{QStringLiteral("Q2"), {}, Duty::Communicate}, b, {}}});
    };
    QCOMPARE(two(ReviewDecision::OriginalMaintained, ReviewDecision::Withdrawn),
             ReviewDecision::OriginalMaintained);
    QCOMPARE(two(ReviewDecision::OriginalMaintained, ReviewDecision::OriginalOverturned),
             ReviewDecision::OriginalPartlyMaintained);
    QCOMPARE(two(ReviewDecision::Withdrawn, ReviewDecision::ClosedOtherwise),
             ReviewDecision::ClosedOtherwise);
}

// After-the-reply research §0.2: the ICO and GOV.UK statistics say "upheld" for the requester,
// the MoJ tool for the authority.
void TestInternalReview::upheldIsTranslatedPerAudienceAndNeverStored()
{
    for (const QString &code : allCodes<ReviewDecision>())
        QVERIFY2(!code.contains(QStringLiteral("upheld")), qPrintable(code));
    QCOMPARE(ReviewOutcomeWording::of(ReviewDecision::OriginalOverturned, OutcomeAudience::Ico),
             QStringLiteral("Upheld"));
    QCOMPARE(ReviewOutcomeWording::of(ReviewDecision::OriginalMaintained, OutcomeAudience::Ico),
             QStringLiteral("Not upheld"));
    QCOMPARE(ReviewOutcomeWording::of(ReviewDecision::OriginalMaintained, OutcomeAudience::MojTool),
             QStringLiteral("Upheld"));
    QCOMPARE(ReviewOutcomeWording::of(ReviewDecision::OriginalOverturned, OutcomeAudience::MojTool),
             QStringLiteral("Overturned"));
    QVERIFY(ReviewOutcomeWording::of(ReviewDecision::OriginalPartlyMaintained,
                                     OutcomeAudience::GovUkStats)
                .contains(QStringLiteral("requester's favour")));
    QCOMPARE(ReviewOutcomeWording::of(ReviewDecision::OriginalMaintained, OutcomeAudience::Officer),
             QStringLiteral("Original decision maintained"));
}

void TestInternalReview::snapshotIsFrozenAndHashedTheSameWay()
{
    Case original = referenceCase();
    const OriginalDecisionSnapshot frozen = OriginalDecisionSnapshot::of(original);
    const QString hash = frozen.sha256();
    QCOMPARE(hash.size(), 64);
    QCOMPARE(OriginalDecisionSnapshot::of(referenceCase()).sha256(), hash); // deterministic
    original.questions[0].determination.answer = QStringLiteral("Changed after the review opened.");
    original.claims.removeLast();
    QCOMPARE(frozen.sha256(), hash); // the snapshot is a copy: later edits do not reach it
    QVERIFY(OriginalDecisionSnapshot::of(original).sha256() != hash);
    QVERIFY(!frozen.canonicalJson().contains('\n'));
}

void TestInternalReview::snapshotItemsAreQuestionsAndTheirClaims()
{
    const Case original = referenceCase();
    const QList<ReviewItemKey> items = OriginalDecisionSnapshot::of(original).items();
    QVERIFY(!items.isEmpty());
    QCOMPARE(items.constFirst().questionId, original.questions.constFirst().id);
    QVERIFY(items.constFirst().provision.isEmpty());
    bool anyOther = false;
    for (const ReviewItemKey &key : items)
        anyOther = anyOther || (key.questionId.isEmpty() && !key.provision.isEmpty());
    QVERIFY2(anyOther, "the reference reply's NCND over any other information is reviewable");
}

// Vectors of after-the-reply-and-publishing.md §0.1 (union calendar, s10(6) working days).
void TestInternalReview::clockVectors_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("target");
    QTest::addColumn<QDate>("maximum");
    QTest::newRow("6 Jan 2025") << d("2025-01-06") << d("2025-02-03") << d("2025-03-03");
    QTest::newRow("14 Apr 2025") << d("2025-04-14") << d("2025-05-15") << d("2025-06-13");
    QTest::newRow("17 Nov 2025") << d("2025-11-17") << d("2025-12-16") << d("2026-01-19");
}

void TestInternalReview::clockVectors()
{
    QFETCH(QDate, received);
    QFETCH(QDate, target);
    QFETCH(QDate, maximum);
    InternalReview review;
    review.requestReceived = received;
    const auto clock = InternalReviewRules::clock(review, Regime::Foia, calendar());
    QVERIFY(clock);
    QCOMPARE(clock->target, target);
    QCOMPARE(clock->due, target);
    QCOMPARE(clock->maximum, std::optional<QDate>(maximum));
    review.exceptionalCircumstances = true;
    QCOMPARE(InternalReviewRules::clock(review, Regime::Foia, calendar())->due, maximum);
}

void TestInternalReview::eirReviewHasFortyDaysAndNoExtension()
{
    InternalReview review;
    review.requestReceived = d("2025-01-06");
    const auto clock = InternalReviewRules::clock(review, Regime::Eir, calendar());
    QVERIFY(clock);
    QCOMPARE(clock->due, d("2025-03-03")); // reg 11(4)
    QVERIFY(!clock->maximum);
    QVERIFY(!InternalReviewRules::clock(InternalReview{}, Regime::Eir, calendar()));
}

void TestInternalReview::soundReviewChecksClean()
{
    const Case original = referenceCase();
    const QList<Finding> findings =
        InternalReviewRules::check(soundReview(original), 0, contextFor(original), calendar());
    QVERIFY2(findings.isEmpty(), qPrintable(codes(findings).join(u' ')));
}

void TestInternalReview::eachDefectHasItsFinding_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("locator");
    QTest::newRow("s45 Code: received date missing")
        << QStringLiteral("IR-RECEIVED-MISSING")
        << QStringLiteral("internalReviews[0].requestReceived");
    QTest::newRow("received in the future") << QStringLiteral("IR-RECEIVED-IN-FUTURE")
                                            << QStringLiteral("internalReviews[0].requestReceived");
    QTest::newRow("received before the request")
        << QStringLiteral("IR-RECEIVED-BEFORE-REQUEST")
        << QStringLiteral("internalReviews[0].requestReceived");
    QTest::newRow("ICO: asked over 40 working days after the reply")
        << QStringLiteral("IR-REQUEST-LATE")
        << QStringLiteral("internalReviews[0].requestReceived");
    QTest::newRow("decided before received") << QStringLiteral("IR-DECIDED-BEFORE-RECEIVED")
                                             << QStringLiteral("internalReviews[0].decided");
    QTest::newRow("s1(4): basis date moved")
        << QStringLiteral("IR-BASIS-DATE") << QStringLiteral("internalReviews[0].basisDate");
    QTest::newRow("no reviewer") << QStringLiteral("IR-REVIEWER-MISSING")
                                 << QStringLiteral("internalReviews[0].reviewer");
    QTest::newRow("ICO: reviewer decided the original")
        << QStringLiteral("IR-REVIEWER-NOT-INDEPENDENT")
        << QStringLiteral("internalReviews[0].reviewer");
    QTest::newRow("s45 Code: 40 days without a reason")
        << QStringLiteral("IR-EXCEPTIONAL-REASON-MISSING")
        << QStringLiteral("internalReviews[0].exceptionalReason");
    QTest::newRow("EIR reg 11(4): no extension")
        << QStringLiteral("IR-EIR-NO-EXTENSION")
        << QStringLiteral("internalReviews[0].exceptionalCircumstances");
    QTest::newRow("an item the original did not have")
        << QStringLiteral("IR-ITEM-UNKNOWN") << QStringLiteral("internalReviews[0].items[0]");
    QTest::newRow("decided with an item undecided")
        << QStringLiteral("IR-ITEM-UNDECIDED") << QStringLiteral("internalReviews[0].items");
}

void TestInternalReview::eachDefectHasItsFinding()
{
    QFETCH(QString, code);
    QFETCH(QString, locator);
    Case original = referenceCase();
    InternalReview review = soundReview(original);
    InternalReviewContext context = contextFor(original);
    if (code == QLatin1String("IR-RECEIVED-MISSING"))
        review.requestReceived = {};
    else if (code == QLatin1String("IR-RECEIVED-IN-FUTURE"))
        review.requestReceived = context.today.addDays(1), review.decided.reset();
    else if (code == QLatin1String("IR-RECEIVED-BEFORE-REQUEST"))
        review.requestReceived = original.dateOfReceipt.addDays(-1), review.decided.reset();
    else if (code == QLatin1String("IR-REQUEST-LATE"))
        review.requestReceived = d("2019-03-01"), review.decided.reset(),
        context.today = d("2019-03-05");
    else if (code == QLatin1String("IR-DECIDED-BEFORE-RECEIVED"))
        review.decided = review.requestReceived.addDays(-1);
    else if (code == QLatin1String("IR-BASIS-DATE"))
        review.basisDate = review.requestReceived;
    else if (code == QLatin1String("IR-REVIEWER-MISSING"))
        review.reviewer = QStringLiteral("  ");
    else if (code == QLatin1String("IR-REVIEWER-NOT-INDEPENDENT"))
        review.reviewer = QStringLiteral("case officer ");
    else if (code == QLatin1String("IR-EXCEPTIONAL-REASON-MISSING"))
        review.exceptionalCircumstances = true;
    else if (code == QLatin1String("IR-EIR-NO-EXTENSION"))
        review.exceptionalCircumstances = true, review.exceptionalReason = QStringLiteral("x"),
        context.regime = Regime::Eir;
    else if (code == QLatin1String("IR-ITEM-UNKNOWN"))
        review.items[0].key.questionId = QStringLiteral("Q99");
    else if (code == QLatin1String("IR-ITEM-UNDECIDED"))
        review.items.last().decision = ReviewDecision::Undecided;
    const QList<Finding> findings = InternalReviewRules::check(review, 0, context, calendar());
    const auto found = std::find_if(findings.cbegin(), findings.cend(),
                                    [&code](const Finding &f) { return f.code == code; });
    QVERIFY2(found != findings.cend(), qPrintable(codes(findings).join(u' ')));
    QCOMPARE(found->locator, locator);
    QVERIFY(!found->message.isEmpty());
    QVERIFY(!found->provision.isEmpty());
    // An override with a reason lifts the independence error (audited by the service).
    if (code == QLatin1String("IR-REVIEWER-NOT-INDEPENDENT")) {
        review.independenceOverride = QStringLiteral("The only other officer is on leave.");
        QVERIFY(!codes(InternalReviewRules::check(review, 0, context, calendar())).contains(code));
    }
}

// EIR reg 11(2): representations within 40 working days; research vector: reply 27 Feb 2025,
// the 40th working day is 29 Apr 2025 (17 Mar in Northern Ireland and Easter skipped).
void TestInternalReview::eirRepresentationsWindowIsFortyWorkingDays()
{
    InternalReview review;
    review.reviewer = QStringLiteral("A. Senior");
    const InternalReviewContext context{
        Regime::Eir, d("2025-01-30"), d("2025-02-27"), {}, d("2025-06-01")};
    review.requestReceived = d("2025-04-29");
    QVERIFY(!codes(InternalReviewRules::check(review, 0, context, calendar()))
                 .contains(QStringLiteral("IR-REQUEST-LATE")));
    review.requestReceived = d("2025-04-30");
    QVERIFY(codes(InternalReviewRules::check(review, 0, context, calendar()))
                .contains(QStringLiteral("IR-REQUEST-LATE")));
}

void TestInternalReview::reviewerIndependenceComparesNamesAsWritten()
{
    const QStringList participants{QStringLiteral("Jo Bloggs"), QStringLiteral("Sam Patel ")};
    QVERIFY(InternalReviewRules::tookPart(QStringLiteral("jo bloggs"), participants));
    QVERIFY(InternalReviewRules::tookPart(QStringLiteral(" Sam Patel"), participants));
    QVERIFY(!InternalReviewRules::tookPart(QStringLiteral("Jo Blogs"), participants));
    QVERIFY(!InternalReviewRules::tookPart(QString(), participants));
}

QTEST_GUILESS_MAIN(TestInternalReview)
#include "tst_internal_review.moc"
