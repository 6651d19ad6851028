#include "core/law/DeadlineCalculator.h"
#include "core/law/RegulatorDeadlineCalculator.h"
#include "core/law/WorkingDayCalendar.h"

#include <QTest>

using namespace foi::core;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const RegulatorClocks &clocks()
{
    static const RegulatorClocks loaded = *RegulatorClocks::builtIn();
    return loaded;
}

QByteArray clockJson(const QByteArray &stepsDays, const QByteArray &rule = "stays",
                     const QByteArray &division = "null")
{
    return R"json({"clocks": [
      {"id": "decision-notice-steps", "title": "Steps", "calendar_days": )json" +
           stepsDays + R"json(, "on_non_working_day": ")json" + rule +
           R"json(", "working_days_of": )json" + division + R"json(, "source": "s50(6)"},
      {"id": "tribunal-appeal", "title": "Appeal", "calendar_days": 28,
       "on_non_working_day": "next-working-day", "working_days_of": "england-and-wales",
       "source": "GRC Rules r22(1)(b)"}]
})json";
}

} // namespace

// The clocks that follow the reply, on the shipped calendar: the vectors of
// shared/domain/after-the-reply-and-publishing.md §0.1, checked by hand against the published
// bank holidays.
class TestRegulatorDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void builtInDataLoadsWithItsSources();
    void internalReviewTargetAndMaximum_data();
    void internalReviewTargetAndMaximum();
    void decisionNoticeStepsAndAppeal_data();
    void decisionNoticeStepsAndAppeal();
    void stepsOnABankHolidayAreWarnedNotMoved();
    void appealMovesOverEnglishHolidaysOnly();
    void appealRollForwardNamesTheDaysPassedOver();
    void importedHolidayMovesTheAppeal();
    void dateOutsideTheCalendarIsRefused();
    void badClockDataNamesThePath_data();
    void badClockDataNamesThePath();
};

void TestRegulatorDeadlines::builtInDataLoadsWithItsSources()
{
    const Result<RegulatorClocks> loaded = RegulatorClocks::builtIn();
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded->decisionNoticeStepsClock().calendarDays, 35);
    QCOMPARE(loaded->decisionNoticeStepsClock().onNonWorkingDay, NonWorkingDayRule::Stays);
    QVERIFY(loaded->decisionNoticeStepsClock().source.contains(QStringLiteral("s50(6)")));
    QCOMPARE(loaded->tribunalAppealClock().calendarDays, 28);
    QCOMPARE(loaded->tribunalAppealClock().onNonWorkingDay,
             NonWorkingDayRule::MovesToNextWorkingDay);
    QCOMPARE(loaded->tribunalAppealClock().workingDaysOf, UkDivision::EnglandAndWales);
    QVERIFY(loaded->tribunalAppealClock().source.contains(QStringLiteral("r22(1)(b)")));
}

// s45 Code of Practice (2018) para 5.4 and ICO guidance: 20 working days, 40 at most; EIR
// reg 11(4): 40 working days. The union calendar counts every part of the UK (s10(6)).
void TestRegulatorDeadlines::internalReviewTargetAndMaximum_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("target");
    QTest::addColumn<QDate>("maximum");
    QTest::newRow("Mon 6 Jan 2025") << d("2025-01-06") << d("2025-02-03") << d("2025-03-03");
    QTest::newRow("Mon 14 Apr 2025: Easter, early May")
        << d("2025-04-14") << d("2025-05-15") << d("2025-06-13");
    QTest::newRow("Mon 17 Nov 2025: St Andrew's Day (Scotland)")
        << d("2025-11-17") << d("2025-12-16") << d("2026-01-19");
}

void TestRegulatorDeadlines::internalReviewTargetAndMaximum()
{
    QFETCH(QDate, received);
    QFETCH(QDate, target);
    QFETCH(QDate, maximum);
    const DeadlineCalculator calculator(WorkingDayCalendar::builtIn());
    const Result<ReviewDeadline> foia = calculator.internalReview(Regime::Foia, received);
    QVERIFY(foia);
    QCOMPARE(foia->target, target);
    QCOMPARE(foia->latest, maximum);
    const Result<ReviewDeadline> eir = calculator.internalReview(Regime::Eir, received);
    QVERIFY(eir);
    QCOMPARE(eir->target, maximum); // reg 11(4): 40 working days, no extension
}

// FOIA s50(6) and the ICO's notices: steps 35 calendar days from the notice's date; GRC Rules
// r22(1)(b): the appeal received within 28 days, r12(2): in time on the next working day.
void TestRegulatorDeadlines::decisionNoticeStepsAndAppeal_data()
{
    QTest::addColumn<QDate>("dated");
    QTest::addColumn<QDate>("steps");
    QTest::addColumn<QDate>("appeal");
    QTest::newRow("Mon 10 Mar 2025") << d("2025-03-10") << d("2025-04-14") << d("2025-04-07");
    QTest::newRow("Fri 21 Mar 2025: day 28 is Good Friday")
        << d("2025-03-21") << d("2025-04-25") << d("2025-04-22");
    QTest::newRow("Thu 27 Nov 2025: day 28 is Christmas Day")
        << d("2025-11-27") << d("2026-01-01") << d("2025-12-29");
}

void TestRegulatorDeadlines::decisionNoticeStepsAndAppeal()
{
    QFETCH(QDate, dated);
    QFETCH(QDate, steps);
    QFETCH(QDate, appeal);
    const RegulatorDeadlineCalculator calculator(clocks(), BankHolidayCalendar::builtIn());
    const Result<DecisionNoticeDeadlines> deadlines = calculator.decisionNotice(dated);
    QVERIFY(deadlines);
    QCOMPARE(deadlines->steps.due, steps);
    QCOMPARE(deadlines->appeal.due, appeal);
    QCOMPARE(deadlines->appeal.countEnds, dated.addDays(28));
}

void TestRegulatorDeadlines::stepsOnABankHolidayAreWarnedNotMoved()
{
    const RegulatorDeadlineCalculator calculator(clocks(), BankHolidayCalendar::builtIn());
    const Result<DecisionNoticeDeadlines> deadlines = calculator.decisionNotice(d("2025-11-27"));
    QVERIFY(deadlines);
    QCOMPARE(deadlines->steps.due, d("2026-01-01"));
    QVERIFY(deadlines->steps.movedOver.isEmpty());
    QVERIFY2(deadlines->steps.warning.contains(QStringLiteral("New Year")),
             qPrintable(deadlines->steps.warning));
    QVERIFY(deadlines->steps.warning.contains(QStringLiteral("does not move")));
    // A working day gives no warning.
    const Result<DecisionNoticeDeadlines> plain = calculator.decisionNotice(d("2025-03-10"));
    QVERIFY(plain);
    QVERIFY(plain->steps.warning.isEmpty());
}

// GRC Rules r12(2) with England and Wales bank holidays: 2 January is a bank holiday in
// Scotland only, so an appeal whose 28th day is Fri 2 Jan 2026 is due that day.
void TestRegulatorDeadlines::appealMovesOverEnglishHolidaysOnly()
{
    const RegulatorDeadlineCalculator calculator(clocks(), BankHolidayCalendar::builtIn());
    const Result<DecisionNoticeDeadlines> deadlines = calculator.decisionNotice(d("2025-12-05"));
    QVERIFY(deadlines);
    QCOMPARE(deadlines->appeal.countEnds, d("2026-01-02"));
    QCOMPARE(deadlines->appeal.due, d("2026-01-02"));
    QVERIFY(!calculator.reasonNotWorking(d("2026-01-02"), std::nullopt).isEmpty());
    QVERIFY(calculator.reasonNotWorking(d("2026-01-02"), UkDivision::EnglandAndWales).isEmpty());
}

void TestRegulatorDeadlines::appealRollForwardNamesTheDaysPassedOver()
{
    const RegulatorDeadlineCalculator calculator(clocks(), BankHolidayCalendar::builtIn());
    const Result<DecisionNoticeDeadlines> deadlines = calculator.decisionNotice(d("2025-11-27"));
    QVERIFY(deadlines);
    const QList<SkippedDay> moved = deadlines->appeal.movedOver;
    QCOMPARE(moved.size(), 4); // Christmas Day, Boxing Day, Saturday, Sunday
    QCOMPARE(moved.at(0).date, d("2025-12-25"));
    QVERIFY(moved.at(0).reason.contains(QStringLiteral("Christmas")));
    QCOMPARE(moved.at(2).reason, QStringLiteral("Saturday"));
    QCOMPARE(moved.at(3).date, d("2025-12-28"));
}

// One calendar everywhere: a one-off holiday in the officer's imported GOV.UK file moves the
// appeal date as it moves every other clock.
void TestRegulatorDeadlines::importedHolidayMovesTheAppeal()
{
    const QByteArray imported = R"({
      "england-and-wales": {"division": "england-and-wales", "events": [
        {"title": "A one-off holiday", "date": "2025-04-07"}]},
      "scotland": {"division": "scotland", "events": [
        {"title": "A one-off holiday", "date": "2025-04-07"}]},
      "northern-ireland": {"division": "northern-ireland", "events": [
        {"title": "A one-off holiday", "date": "2025-04-07"}]}})";
    Result<BankHolidayCalendar> file = BankHolidayCalendar::fromGovUkJson(imported);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    const BankHolidayCalendar effective = BankHolidayCalendar::builtIn().overriddenBy(*file);
    const RegulatorDeadlineCalculator calculator(clocks(), effective);
    const Result<DecisionNoticeDeadlines> deadlines = calculator.decisionNotice(d("2025-03-10"));
    QVERIFY(deadlines);
    QCOMPARE(deadlines->appeal.due, d("2025-04-08"));
    QCOMPARE(deadlines->appeal.movedOver.constFirst().reason, QStringLiteral("A one-off holiday"));
}

void TestRegulatorDeadlines::dateOutsideTheCalendarIsRefused()
{
    const RegulatorDeadlineCalculator calculator(clocks(), BankHolidayCalendar::builtIn());
    for (const QDate &date : {QDate(), d("1999-12-31"), d("2099-06-01")}) {
        const Result<DecisionNoticeDeadlines> deadlines = calculator.decisionNotice(date);
        QVERIFY(!deadlines);
        QCOMPARE(deadlines.error().code, QStringLiteral("law.deadline.date_out_of_range"));
        QVERIFY(deadlines.error().message.contains(QStringLiteral("decision notice")));
    }
}

void TestRegulatorDeadlines::badClockDataNamesThePath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("not JSON") << QByteArray("{") << QString();
    QTest::newRow("no clocks") << QByteArray("{}") << QStringLiteral("clocks");
    QTest::newRow("zero days") << clockJson("0") << QStringLiteral("clocks[0].calendar_days");
    QTest::newRow("fractional days")
        << clockJson("35.5") << QStringLiteral("clocks[0].calendar_days");
    QTest::newRow("unknown rule") << clockJson("35", "roll")
                                  << QStringLiteral("clocks[0].on_non_working_day");
    QTest::newRow("unknown division")
        << clockJson("35", "stays", "\"wales\"") << QStringLiteral("clocks[0].working_days_of");
    QTest::newRow("a clock missing") << QByteArray(R"({"clocks": []})") << QStringLiteral("clocks");
}

void TestRegulatorDeadlines::badClockDataNamesThePath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QVERIFY(RegulatorClocks::fromJson(clockJson("35")));
    const Result<RegulatorClocks> loaded = RegulatorClocks::fromJson(json);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, QStringLiteral("law.clocks.invalid"));
    if (!path.isEmpty())
        QVERIFY2(loaded.error().message.contains(path + u' '), qPrintable(loaded.error().message));
}

QTEST_GUILESS_MAIN(TestRegulatorDeadlines)
#include "tst_regulator_deadlines.moc"
