#include "core/law/BankHolidayCalendar.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/rules/MatterClocks.h"

#include <QTest>

using namespace foi::core;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct Clocks
{
    RegulatorClocks regulatorClocks = *RegulatorClocks::builtIn();
    RegulatorDeadlineCalculator regulator{regulatorClocks, BankHolidayCalendar::builtIn()};
    MatterClocks clocks{WorkingDayCalendar::builtIn(), regulator};
};

const Clocks &fixture()
{
    static const Clocks clocks;
    return clocks;
}

InternalReview openReview(const QDate &received)
{
    InternalReview review;
    review.id = QStringLiteral("IR1");
    review.requestReceived = received;
    review.reviewer = QStringLiteral("A. Senior");
    return review;
}

// A complaint whose decision notice of Mon 10 Mar 2025 orders a fresh response.
CommissionerMatter complaintWithNotice()
{
    CommissionerMatter matter;
    matter.id = QStringLiteral("ICO1");
    matter.icoReference = QStringLiteral("IC-123456-A1B2");
    matter.received = d("2025-01-13");
    DecisionNotice notice;
    notice.reference = QStringLiteral("IC-123456-A1B2");
    notice.dated = d("2025-03-10");
    notice.outcome = ReviewDecision::OriginalOverturned;
    notice.steps.append({DecisionNoticeStepKind::IssueFreshResponse,
                         QStringLiteral("Issue a fresh response without relying on s31(3)."),
                         std::nullopt, std::nullopt});
    matter.decisionNotice = notice;
    return matter;
}

// A copy, so a clock of a temporary list stays valid.
std::optional<OpenClock> find(const QList<OpenClock> &clocks, ClockKind kind)
{
    const auto it = std::find_if(clocks.cbegin(), clocks.cend(),
                                 [kind](const OpenClock &c) { return c.kind == kind; });
    return it == clocks.cend() ? std::nullopt : std::optional<OpenClock>(*it);
}

} // namespace

// The clocks of a case's life after the reply: internal review (s45 Code, EIR reg 11), the
// ICO's deadlines (external, typed), decision-notice steps (FOIA s50(4), s50(6)) and the time to
// appeal (GRC Rules 2009 r22(1)(b), r12(2)).
class TestMatterClocks : public QObject
{
    Q_OBJECT

private slots:
    void openReviewRunsUntilDecided();
    void reviewPastItsDueDateIsOverdue();
    void decisionNoticeStepIsDueThirtyFiveDaysOn();
    void stepOnAHolidayStaysWithAWarning();
    void pendingAppealSuspendsTheStepAndKeepsItOffOverdue();
    void withdrawnAppealResumesTheStepOnItsNewDate();
    void appealOnOtherStepsLeavesThisOneRunning();
    void appealWindowRunsUntilItsLastDayOrAnAuthorityAppeal();
    void movedIcoDeadlineKeepsTheOriginal();
    void closedMattersAndDoneStepsHaveNoClock();
    void clocksAreSoonestFirst();
    void eachClockNamesTheOfficerWhoAnswersForIt();
};

void TestMatterClocks::openReviewRunsUntilDecided()
{
    InternalReview review = openReview(d("2025-01-06"));
    QList<OpenClock> clocks = fixture().clocks.of(Regime::Foia, {review}, {}, d("2025-01-10"));
    QCOMPARE(clocks.size(), 1);
    QCOMPARE(clocks.constFirst().due, d("2025-02-03"));
    QCOMPARE(clocks.constFirst().status, ClockStatus::Open);
    QVERIFY(clocks.constFirst().note.contains(QStringLiteral("2025-03-03")));
    review.exceptionalCircumstances = true;
    review.exceptionalReason = QStringLiteral("Thousands of pages to reconsider.");
    QCOMPARE(fixture().clocks.of(Regime::Foia, {review}, {}, d("2025-01-10")).constFirst().due,
             d("2025-03-03"));
    QCOMPARE(fixture()
                 .clocks.of(Regime::Eir, {openReview(d("2025-01-06"))}, {}, d("2025-01-10"))
                 .constFirst()
                 .due,
             d("2025-03-03")); // EIR reg 11(4)
    review.decided = d("2025-02-20");
    QVERIFY(fixture().clocks.of(Regime::Foia, {review}, {}, d("2025-02-21")).isEmpty());
}

void TestMatterClocks::reviewPastItsDueDateIsOverdue()
{
    const QList<OpenClock> clocks =
        fixture().clocks.of(Regime::Foia, {openReview(d("2025-01-06"))}, {}, d("2025-02-04"));
    QCOMPARE(clocks.constFirst().status, ClockStatus::Overdue);
    // Due today is not yet overdue.
    QCOMPARE(fixture()
                 .clocks.of(Regime::Foia, {openReview(d("2025-01-06"))}, {}, d("2025-02-03"))
                 .constFirst()
                 .status,
             ClockStatus::Open);
}

void TestMatterClocks::decisionNoticeStepIsDueThirtyFiveDaysOn()
{
    const QList<OpenClock> clocks =
        fixture().clocks.of(Regime::Foia, {}, {complaintWithNotice()}, d("2025-03-12"));
    const std::optional<OpenClock> step = find(clocks, ClockKind::DecisionNoticeStep);
    QVERIFY(step);
    QCOMPARE(step->due, d("2025-04-14"));
    QCOMPARE(step->what, QStringLiteral("Step 1: issue a fresh response"));
    QCOMPARE(step->matterId, QStringLiteral("ICO1"));
    QVERIFY(step->note.isEmpty());
}

void TestMatterClocks::stepOnAHolidayStaysWithAWarning()
{
    CommissionerMatter matter = complaintWithNotice();
    matter.decisionNotice->dated = d("2025-11-27");
    const std::optional<OpenClock> step =
        find(fixture().clocks.of(Regime::Foia, {}, {matter}, d("2025-12-01")),
             ClockKind::DecisionNoticeStep);
    QVERIFY(step);
    QCOMPARE(step->due, d("2026-01-01"));
    QVERIFY2(step->note.contains(QStringLiteral("does not move")), qPrintable(step->note));
}

// s50(6): no step affected by an appeal need be taken until it is decided or withdrawn.
void TestMatterClocks::pendingAppealSuspendsTheStepAndKeepsItOffOverdue()
{
    CommissionerMatter matter = complaintWithNotice();
    matter.appeals.append({Appellant::Authority,
                           d("2025-04-01"),
                           QStringLiteral("EA/2025/0123"),
                           {},
                           AppealDetermination::Pending,
                           std::nullopt});
    const QList<OpenClock> clocks =
        fixture().clocks.of(Regime::Foia, {}, {matter}, d("2025-06-01"));
    const std::optional<OpenClock> step = find(clocks, ClockKind::DecisionNoticeStep);
    QVERIFY(step);
    QCOMPARE(step->status, ClockStatus::Suspended);
    QCOMPARE(step->note, QStringLiteral("suspended, appeal EA/2025/0123 pending"));
    QVERIFY(!find(clocks, ClockKind::AppealWindow)); // the authority has appealed
}

void TestMatterClocks::withdrawnAppealResumesTheStepOnItsNewDate()
{
    CommissionerMatter matter = complaintWithNotice();
    matter.appeals.append({Appellant::Requester,
                           d("2025-04-01"),
                           QStringLiteral("EA/2025/0123"),
                           {},
                           AppealDetermination::Withdrawn,
                           d("2025-05-20")});
    matter.decisionNotice->steps[0].resumedDue = d("2025-06-24");
    const std::optional<OpenClock> step =
        find(fixture().clocks.of(Regime::Foia, {}, {matter}, d("2025-06-01")),
             ClockKind::DecisionNoticeStep);
    QVERIFY(step);
    QCOMPARE(step->status, ClockStatus::Open);
    QCOMPARE(step->due, d("2025-06-24"));
    const std::optional<OpenClock> late =
        find(fixture().clocks.of(Regime::Foia, {}, {matter}, d("2025-06-25")),
             ClockKind::DecisionNoticeStep);
    QCOMPARE(late->status, ClockStatus::Overdue);
}

void TestMatterClocks::appealOnOtherStepsLeavesThisOneRunning()
{
    CommissionerMatter matter = complaintWithNotice();
    matter.decisionNotice->steps.append({DecisionNoticeStepKind::DiscloseListedItems,
                                         QStringLiteral("Disclose the force-wide totals."),
                                         std::nullopt, std::nullopt});
    matter.appeals.append({Appellant::Authority,
                           d("2025-04-01"),
                           {},
                           {1},
                           AppealDetermination::Pending,
                           std::nullopt});
    const QList<OpenClock> clocks =
        fixture().clocks.of(Regime::Foia, {}, {matter}, d("2025-04-15"));
    QCOMPARE(clocks.at(0).what, QStringLiteral("Step 1: issue a fresh response"));
    QCOMPARE(clocks.at(0).status, ClockStatus::Overdue);
    QCOMPARE(clocks.at(1).status, ClockStatus::Suspended);
    QCOMPARE(clocks.at(1).note, QStringLiteral("suspended, appeal pending"));
}

void TestMatterClocks::appealWindowRunsUntilItsLastDayOrAnAuthorityAppeal()
{
    CommissionerMatter matter = complaintWithNotice();
    matter.decisionNotice->dated = d("2025-03-21");
    const std::optional<OpenClock> window = find(
        fixture().clocks.of(Regime::Foia, {}, {matter}, d("2025-04-22")), ClockKind::AppealWindow);
    QVERIFY(window);
    QCOMPARE(window->due, d("2025-04-22")); // day 28 was Good Friday, then Easter Monday
    QVERIFY(!find(fixture().clocks.of(Regime::Foia, {}, {matter}, d("2025-04-23")),
                  ClockKind::AppealWindow));
    // A requester's appeal leaves the authority's own window open.
    matter.appeals.append({Appellant::Requester,
                           d("2025-04-01"),
                           {},
                           {},
                           AppealDetermination::Pending,
                           std::nullopt});
    QVERIFY(find(fixture().clocks.of(Regime::Foia, {}, {matter}, d("2025-04-02")),
                 ClockKind::AppealWindow));
}

void TestMatterClocks::movedIcoDeadlineKeepsTheOriginal()
{
    CommissionerMatter matter;
    matter.id = QStringLiteral("ICO1");
    matter.deadlines.append(
        {QStringLiteral("Submission to the ICO"), d("2025-02-14"), d("2025-02-07"), std::nullopt});
    const QList<OpenClock> clocks =
        fixture().clocks.of(Regime::Foia, {}, {matter}, d("2025-02-10"));
    QCOMPARE(clocks.size(), 1);
    QCOMPARE(clocks.constFirst().kind, ClockKind::CommissionerLetter);
    QCOMPARE(clocks.constFirst().due, d("2025-02-14"));
    QCOMPARE(clocks.constFirst().note, QStringLiteral("moved by the ICO from 2025-02-07"));
    matter.deadlines[0].met = d("2025-02-13");
    QVERIFY(fixture().clocks.of(Regime::Foia, {}, {matter}, d("2025-02-10")).isEmpty());
}

void TestMatterClocks::closedMattersAndDoneStepsHaveNoClock()
{
    CommissionerMatter matter = complaintWithNotice();
    matter.decisionNotice->steps[0].completed = d("2025-04-10");
    QVERIFY(!find(fixture().clocks.of(Regime::Foia, {}, {matter}, d("2025-04-11")),
                  ClockKind::DecisionNoticeStep));
    matter.closed = d("2025-04-11");
    QVERIFY(fixture().clocks.of(Regime::Foia, {}, {matter}, d("2025-04-11")).isEmpty());
}

void TestMatterClocks::clocksAreSoonestFirst()
{
    CommissionerMatter matter = complaintWithNotice();
    matter.deadlines.append(
        {QStringLiteral("Submission"), d("2025-03-20"), std::nullopt, std::nullopt});
    const QList<OpenClock> clocks =
        fixture().clocks.of(Regime::Foia, {openReview(d("2025-03-03"))}, {matter}, d("2025-03-12"));
    QCOMPARE(clocks.size(), 4);
    for (qsizetype i = 1; i < clocks.size(); ++i)
        QVERIFY(clocks.at(i - 1).due <= clocks.at(i).due);
    QCOMPARE(clocks.at(0).kind, ClockKind::CommissionerLetter); // 20 Mar
    QCOMPARE(clocks.at(1).kind, ClockKind::InternalReview);     // 31 Mar
    QCOMPARE(clocks.at(2).kind, ClockKind::AppealWindow);       // 7 Apr
    QCOMPARE(clocks.at(3).kind, ClockKind::DecisionNoticeStep); // 14 Apr
}

// The Deadlines view filters by officer: a review's clock is its reviewer's (s45 Code: the
// reviewer decides), a Commissioner matter's clocks are those of the officer handling it.
void TestMatterClocks::eachClockNamesTheOfficerWhoAnswersForIt()
{
    CommissionerMatter matter = complaintWithNotice();
    matter.officer = QStringLiteral("B. Handler");
    matter.deadlines.append(
        {QStringLiteral("Submission"), d("2025-03-20"), std::nullopt, std::nullopt});
    const QList<OpenClock> clocks =
        fixture().clocks.of(Regime::Foia, {openReview(d("2025-03-03"))}, {matter}, d("2025-03-12"));
    QCOMPARE(clocks.size(), 4);
    for (const OpenClock &clock : clocks)
        QCOMPARE(clock.officer, clock.kind == ClockKind::InternalReview
                                    ? QStringLiteral("A. Senior")
                                    : QStringLiteral("B. Handler"));
}

QTEST_GUILESS_MAIN(TestMatterClocks)
#include "tst_matter_clocks.moc"
