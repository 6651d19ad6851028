#include "core/law/WorkingDayCalendar.h"
#include "core/rules/StatisticsRecords.h"
#include "core/rules/StatisticsReports.h"

#include <QTest>

#include <algorithm>

using namespace foi::core;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A FOIA request received on Monday 2 February 2026 (day 20 is Monday 2 March 2026) whose one
// question was answered in full on `sent`.
Case answeredOn(const QDate &sent)
{
    Case theCase;
    theCase.reference = u"R1"_s;
    theCase.dateOfReceipt = d("2026-02-02");
    Question question;
    question.id = u"Q1"_s;
    question.determination.holding = Holding::Held;
    question.determination.communication = Communication::InFull;
    theCase.questions = {question};
    theCase.reply.sentOn = sent;
    return theCase;
}

StatisticsQuery query(StatisticsReportKind kind)
{
    return {kind, d("2026-01-01"), d("2026-03-31"), d("2026-04-30"), std::nullopt};
}

// The value of the row with `label` in a two-column report.
QString count(const StatisticsTable &table, const QString &label)
{
    for (const QStringList &row : table.rows) {
        if (row.constFirst() == label)
            return row.at(1);
    }
    return u"(no row)"_s;
}

const WorkingDayCalendar &calendar()
{
    return WorkingDayCalendar::builtIn();
}

} // namespace

// Issue 18 points 2, 3 and 7: in time against the lawful due date only, the ICO's bands, and
// what a report refuses or warns about.
class StatisticsReportsTest : public QObject
{
    Q_OBJECT

private slots:
    void icoBands_data();
    void icoBands();
    void publicInterestExtensionMakesDay30InTime();
    void extensionOfTheOtherRegimeNeverMovesTheDueDate();
    void handEditedDueDateNeverMakesALateReplyInTime();
    void clarificationRestartAndFeePauseMoveTheDueDate();
    void replySentAfterTheAsAtDayIsNotYetProcessed();
    void caseWithoutDateOfReceiptIsCountedAndNamed();
    void periodEndingBeforeItStartsIsRefused();
    void asAtBeforeThePeriodIsRefused();
    void reviewIsMeasuredAgainstItsOwnClock();
};

void StatisticsReportsTest::icoBands_data()
{
    QTest::addColumn<int>("inTime");
    QTest::addColumn<int>("counted");
    QTest::addColumn<QString>("share");
    QTest::addColumn<QString>("band");
    // ICO FOI self-assessment toolkit, timeliness: >= 95 % good, 90-95 % adequate, < 90 %
    // unsatisfactory.
    QTest::newRow("19 of 20 is good") << 19 << 20 << u"95.0"_s << u"good"_s;
    QTest::newRow("18 of 20 is adequate") << 18 << 20 << u"90.0"_s << u"adequate"_s;
    QTest::newRow("17 of 20 is unsatisfactory") << 17 << 20 << u"85.0"_s << u"unsatisfactory"_s;
    QTest::newRow("just under 95 is adequate") << 189 << 199 << u"95.0"_s << u"adequate"_s;
    QTest::newRow("2 of 3 rounds to 66.7") << 2 << 3 << u"66.7"_s << u"unsatisfactory"_s;
    QTest::newRow("nothing counted has no band") << 0 << 0 << QString() << QString();
}

void StatisticsReportsTest::icoBands()
{
    QFETCH(int, inTime);
    QFETCH(int, counted);
    QFETCH(QString, share);
    QFETCH(QString, band);
    QCOMPARE(StatisticsReports::share(inTime, counted), share);
    QCOMPARE(StatisticsReports::icoBand(inTime, counted), band);
}

// FOIA s10(3): day 30 is in time with a recorded public interest extension, late without it.
void StatisticsReportsTest::publicInterestExtensionMakesDay30InTime()
{
    const QDate day30 = d("2026-03-16"); // 20 WD to 2 Mar, 10 more to 16 Mar
    Case extended = answeredOn(day30);
    extended.clockChanges = {
        {ClockChangeKind::PublicInterestExtension, d("2026-02-20"), d("2026-03-20"), {}}};
    const StatisticsRecord withExtension = StatisticsRecords::of(extended, calendar());
    QCOMPARE(withExtension.lawfulDue, d("2026-03-31")); // 40 WD, 17 Mar (NI) not counted
    QCOMPARE(withExtension.extendedOn, d("2026-02-20"));
    const StatisticsRecord without = StatisticsRecords::of(answeredOn(day30), calendar());
    QCOMPARE(without.lawfulDue, d("2026-03-02"));

    const StatisticsTable table =
        StatisticsReports::run(query(StatisticsReportKind::CodeOfPractice), {withExtension});
    QCOMPARE(count(table, u"Not answered within 20 working days"_s), u"0"_s);
    QCOMPARE(count(table, u"Given an extended deadline"_s), u"1"_s);
    const StatisticsTable late =
        StatisticsReports::run(query(StatisticsReportKind::CodeOfPractice), {without});
    QCOMPARE(count(late, u"Not answered within 20 working days"_s), u"1"_s);
    QCOMPARE(count(late, u"Given an extended deadline"_s), u"0"_s);
}

// s10(3) is FOIA's; EIR reg 7(1) the EIR's. Recorded on the wrong regime it is no variation.
void StatisticsReportsTest::extensionOfTheOtherRegimeNeverMovesTheDueDate()
{
    Case eir = answeredOn(d("2026-03-16"));
    eir.regime = Regime::Eir;
    eir.clockChanges = {{ClockChangeKind::PublicInterestExtension, d("2026-02-20"), {}, {}}};
    const StatisticsRecord wrong = StatisticsRecords::of(eir, calendar());
    QCOMPARE(wrong.lawfulDue, d("2026-03-02"));
    QVERIFY(!wrong.extendedOn.isValid());
    eir.clockChanges = {{ClockChangeKind::ComplexityExtension, d("2026-02-20"), {}, {}}};
    const StatisticsRecord reg7 = StatisticsRecords::of(eir, calendar());
    QCOMPARE(reg7.lawfulDue, d("2026-03-31"));
    QCOMPARE(reg7.extendedOn, d("2026-02-20"));
}

void StatisticsReportsTest::handEditedDueDateNeverMakesALateReplyInTime()
{
    StatisticsRecord record = StatisticsRecords::of(answeredOn(d("2026-03-16")), calendar());
    record.storedDue = d("2026-03-31"); // changed by hand in the store
    const StatisticsTable table =
        StatisticsReports::run(query(StatisticsReportKind::CabinetOffice), {record});
    QCOMPARE(count(table, u"Answered in time"_s), u"0"_s);
    QCOMPARE(table.warnings.size(), 1);
    QVERIFY2(table.warnings.constFirst().contains(u"R1"_s), qPrintable(table.warnings.join(u'\n')));
    QVERIFY(table.warnings.constFirst().contains(u"2026-03-31"_s));
}

// s1(3) with s10(6): the count restarts from the clarification; s10(2): the days from the fees
// notice to the fee's arrival do not count.
void StatisticsReportsTest::clarificationRestartAndFeePauseMoveTheDueDate()
{
    Case clarified = answeredOn(d("2026-02-27"));
    clarified.dateOfReceipt = d("2026-01-12");
    clarified.clockChanges = {{ClockChangeKind::ClarificationSought, d("2026-01-14"), {}, {}},
                              {ClockChangeKind::ClarificationReceived, d("2026-02-02"), {}, {}}};
    const StatisticsRecord restarted = StatisticsRecords::of(clarified, calendar());
    QCOMPARE(restarted.lawfulDue, d("2026-03-02"));
    QCOMPARE(restarted.suspendedOn, d("2026-01-14"));
    QCOMPARE(restarted.resumedOn, d("2026-02-02"));
    // Recorded out of order, the clock changes still say when the wait began and ended.
    std::reverse(clarified.clockChanges.begin(), clarified.clockChanges.end());
    QCOMPARE(StatisticsRecords::of(clarified, calendar()), restarted);

    Case fee = answeredOn(d("2026-03-06"));
    fee.clockChanges = {{ClockChangeKind::FeesNoticeGiven, d("2026-02-09"), {}, {}},
                        {ClockChangeKind::FeePaid, d("2026-02-13"), {}, {}}};
    QCOMPARE(StatisticsRecords::of(fee, calendar()).lawfulDue, d("2026-03-09"));

    const StatisticsTable table =
        StatisticsReports::run(query(StatisticsReportKind::CabinetOffice),
                               {restarted, StatisticsRecords::of(fee, calendar())});
    QCOMPARE(count(table, u"Answered in time"_s), u"2"_s);
}

void StatisticsReportsTest::replySentAfterTheAsAtDayIsNotYetProcessed()
{
    const StatisticsRecord record = StatisticsRecords::of(answeredOn(d("2026-05-05")), calendar());
    const StatisticsTable table =
        StatisticsReports::run(query(StatisticsReportKind::CodeOfPractice), {record});
    QCOMPARE(count(table, u"Not yet processed"_s), u"1"_s);
    QCOMPARE(count(table, u"Granted in full"_s), u"0"_s);
    // Unanswered on 30 April and due on 2 March: not answered within the time.
    QCOMPARE(count(table, u"Not answered within 20 working days"_s), u"1"_s);
    StatisticsQuery later = query(StatisticsReportKind::CodeOfPractice);
    later.asAt = d("2026-05-05");
    QCOMPARE(count(StatisticsReports::run(later, {record}), u"Granted in full"_s), u"1"_s);
}

void StatisticsReportsTest::caseWithoutDateOfReceiptIsCountedAndNamed()
{
    Case undated = answeredOn({});
    undated.reference = u"UNDATED-1"_s;
    undated.dateOfReceipt = {};
    const StatisticsRecord record = StatisticsRecords::of(undated, calendar());
    QVERIFY(!record.lawfulDue.isValid());
    const StatisticsTable table =
        StatisticsReports::run(query(StatisticsReportKind::CodeOfPractice), {record});
    QCOMPARE(count(table, u"Requests received"_s), u"1"_s);
    QCOMPARE(count(table, u"Not yet processed"_s), u"1"_s);
    QCOMPARE(table.warnings.size(), 1);
    QVERIFY(table.warnings.constFirst().contains(u"UNDATED-1"_s));
    QVERIFY(table.warnings.constFirst().contains(u"no date of receipt"_s));
}

void StatisticsReportsTest::periodEndingBeforeItStartsIsRefused()
{
    StatisticsQuery backwards = query(StatisticsReportKind::Timeliness);
    backwards.to = d("2025-12-31");
    const Status checked = StatisticsReports::check(backwards);
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, u"statistics.bad-period"_s);
    QVERIFY(checked.error().message.contains(u"--to"_s));
    QVERIFY(StatisticsReports::check(query(StatisticsReportKind::Timeliness)));
}

void StatisticsReportsTest::asAtBeforeThePeriodIsRefused()
{
    StatisticsQuery early = query(StatisticsReportKind::CodeOfPractice);
    early.asAt = d("2025-12-31");
    const Status checked = StatisticsReports::check(early);
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, u"statistics.bad-period"_s);
    QVERIFY(checked.error().message.contains(u"--as-at"_s));
}

// s45 Code of Practice (2018) Part 5 and the ICO: 20 working days, 40 in exceptional
// circumstances; EIR reg 11(4): 40.
void StatisticsReportsTest::reviewIsMeasuredAgainstItsOwnClock()
{
    Case reviewed = answeredOn(d("2026-02-20"));
    InternalReview review;
    review.id = u"IR1"_s;
    review.requestReceived = d("2026-03-02");
    review.decided = d("2026-04-02");
    reviewed.internalReviews = {review};
    const StatisticsRecord late = StatisticsRecords::of(reviewed, calendar());
    QCOMPARE(late.reviews.constFirst().due, d("2026-03-31"));
    reviewed.internalReviews.first().exceptionalCircumstances = true;
    reviewed.internalReviews.first().exceptionalReason = u"Thousands of pages"_s;
    const StatisticsRecord exceptional = StatisticsRecords::of(reviewed, calendar());
    QCOMPARE(exceptional.reviews.constFirst().due, d("2026-04-30"));

    const auto reviewRow = [](const StatisticsTable &table) {
        for (const QStringList &row : table.rows) {
            if (row.at(0) == u"2026-03" && row.at(1) == u"Internal reviews")
                return row;
        }
        return QStringList();
    };
    const StatisticsQuery timeliness = query(StatisticsReportKind::Timeliness);
    QCOMPARE(reviewRow(StatisticsReports::run(timeliness, {late})),
             (QStringList{u"2026-03"_s, u"Internal reviews"_s, u"1"_s, u"0"_s, u"0.0"_s,
                          u"unsatisfactory"_s}));
    QCOMPARE(
        reviewRow(StatisticsReports::run(timeliness, {exceptional})),
        (QStringList{u"2026-03"_s, u"Internal reviews"_s, u"1"_s, u"1"_s, u"100.0"_s, u"good"_s}));
}

QTEST_GUILESS_MAIN(StatisticsReportsTest)
#include "tst_statistics_reports.moc"
