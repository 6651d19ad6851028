#include "core/law/DeadlineCalculator.h"

#include <QTest>

using namespace foi::core;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const DeadlineCalculator &calculator()
{
    static const DeadlineCalculator calculator(WorkingDayCalendar::builtIn());
    return calculator;
}

} // namespace

// FOIA s10 and EIR regs 5 and 7 on the shipped calendar. Expected dates are those of
// law-reference.md §2.5.1 (computed there on the all-UK union calendar) plus further vectors
// checked by hand against the published bank holidays.
class TestDeadlineCalculator : public QObject
{
    Q_OBJECT

private slots:
    void twentiethWorkingDayAfterReceipt_data();
    void twentiethWorkingDayAfterReceipt();
    void fortiethWorkingDayAfterReceipt_data();
    void fortiethWorkingDayAfterReceipt();
    void clarificationRestartsTheCountFromItsOwnDay();
    void feesPauseDisregardsWorkingDaysFromNoticeToFeeInclusive_data();
    void feesPauseDisregardsWorkingDaysFromNoticeToFeeInclusive();
    void publicInterestExtensionNeverMovesTheRefusalNotice();
    void extensionBeyondTwentyFurtherDaysWarns();
    void eirRegulation7ExtendsResponseAndRefusalTo40();
    void eirAndFoiaCountTheSameTwentyDays();
    void badOrContradictoryInputIsRejectedWithAReason_data();
    void badOrContradictoryInputIsRejectedWithAReason();
    void explanationNamesEverySkippedDayAndWhy();
    void projectedYearsAreFlagged();
    void feePaidAfterThreeMonthsWarns();
    void internalReviewTargetsAndLimits();
};

void TestDeadlineCalculator::twentiethWorkingDayAfterReceipt_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("due");
    // law-reference.md §2.5.1: each row fails if a bank holiday of one UK part is ignored.
    QTest::newRow("Scottish BH receipt, 2 Jan 2025 (Scotland)")
        << d("2024-12-02") << d("2025-01-03");
    QTest::newRow("across year end 2024/25") << d("2024-12-20") << d("2025-01-23");
    QTest::newRow("Saturday receipt is day 0 (ICO)") << d("2024-12-21") << d("2025-01-23");
    QTest::newRow("St Patrick's Day 2025 (NI)") << d("2025-02-27") << d("2025-03-28");
    QTest::newRow("Boyne substitute 14 Jul 2025 (NI)") << d("2025-06-27") << d("2025-07-28");
    QTest::newRow("Boyne substitute, mid-span") << d("2025-07-01") << d("2025-07-30");
    QTest::newRow("St Andrew's substitute 1 Dec 2025") << d("2025-11-10") << d("2025-12-09");
    QTest::newRow("2 Jan 2026 (Scotland)") << d("2025-12-15") << d("2026-01-16");
    QTest::newRow("4 Jan 2027 Scottish substitute") << d("2026-12-10") << d("2027-01-13");
    QTest::newRow("4 Jan 2028 projected") << d("2027-12-13") << d("2028-01-14");
    QTest::newRow("12 Jul 2028 projected") << d("2028-06-15") << d("2028-07-14");
    // Further vectors.
    QTest::newRow("Easter 2026: Good Friday and Easter Monday")
        << d("2026-03-20") << d("2026-04-21");
    QTest::newRow("VE day 2020: early May moved to Fri 8 May")
        << d("2020-04-20") << d("2020-05-19");
    QTest::newRow("2022 spring BH 2 Jun and jubilee 3 Jun") << d("2022-05-20") << d("2022-06-21");
    QTest::newRow("19 Sep 2022 state funeral") << d("2022-09-01") << d("2022-09-30");
    QTest::newRow("30 Nov 2026 St Andrew's Day") << d("2026-11-10") << d("2026-12-09");
    QTest::newRow("across year end 2018/19") << d("2018-12-14") << d("2019-01-17");
    QTest::newRow("St Andrew's substitute 2 Dec 2019") << d("2019-11-15") << d("2019-12-16");
    QTest::newRow("8 May 2023 coronation") << d("2023-04-28") << d("2023-05-31");
    QTest::newRow("St Patrick's substitute 18 Mar 2024 and Easter")
        << d("2024-03-08") << d("2024-04-10");
    QTest::newRow("Boyne substitute 13 Jul 2026") << d("2026-06-26") << d("2026-07-27");
}

void TestDeadlineCalculator::twentiethWorkingDayAfterReceipt()
{
    QFETCH(QDate, received);
    const Result<Deadline> deadline =
        calculator().calculate({Regime::Foia, received, {}, {}, {}, 0});
    QVERIFY2(deadline.ok(), qPrintable(deadline.ok() ? QString() : deadline.error().message));
    QTEST(deadline->due, "due");
    QTEST(deadline->refusalNoticeDue, "due");
    QCOMPARE(deadline->dayZero, received);
}

void TestDeadlineCalculator::fortiethWorkingDayAfterReceipt_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("due");
    // law-reference.md §2.5.1, 40-working-day targets.
    QTest::newRow("2024-12-02") << d("2024-12-02") << d("2025-01-31");
    QTest::newRow("2024-12-20") << d("2024-12-20") << d("2025-02-20");
    QTest::newRow("2025-02-27") << d("2025-02-27") << d("2025-04-29");
    QTest::newRow("2025-06-27") << d("2025-06-27") << d("2025-08-27");
    QTest::newRow("2025-07-01") << d("2025-07-01") << d("2025-08-29");
    QTest::newRow("2025-11-10") << d("2025-11-10") << d("2026-01-12");
    QTest::newRow("2025-12-15") << d("2025-12-15") << d("2026-02-13");
    QTest::newRow("2026-12-10") << d("2026-12-10") << d("2027-02-10");
    QTest::newRow("2027-12-13") << d("2027-12-13") << d("2028-02-11");
    QTest::newRow("2028-06-15") << d("2028-06-15") << d("2028-08-14");
}

void TestDeadlineCalculator::fortiethWorkingDayAfterReceipt()
{
    QFETCH(QDate, received);
    // FOIA s10(3) extension of the ICO's 20 further days: full response on day 40.
    const Result<Deadline> deadline =
        calculator().calculate({Regime::Foia, received, {}, {}, {}, 20});
    QVERIFY(deadline.ok());
    QTEST(deadline->due, "due");
    QCOMPARE(deadline->workingDays, 40);
}

void TestDeadlineCalculator::clarificationRestartsTheCountFromItsOwnDay()
{
    // s1(3), s10(6)(b): a fresh 20 working days from the day the clarification arrives.
    const Result<Deadline> deadline =
        calculator().calculate({Regime::Foia, d("2025-11-03"), d("2025-11-10"), {}, {}, 0});
    QVERIFY(deadline.ok());
    QCOMPARE(deadline->received, d("2025-11-03"));
    QCOMPARE(deadline->dayZero, d("2025-11-10"));
    QCOMPARE(deadline->due, d("2025-12-09"));
    QCOMPARE(deadline->events.size(), 2);
}

void TestDeadlineCalculator::feesPauseDisregardsWorkingDaysFromNoticeToFeeInclusive_data()
{
    QTest::addColumn<QDate>("notice");
    QTest::addColumn<QDate>("paid");
    QTest::addColumn<int>("paused");
    QTest::addColumn<QDate>("due");
    // Received Thu 27 Feb 2025, otherwise due Fri 28 Mar 2025 (s10(1)).
    QTest::newRow("5 working days paused")
        << d("2025-03-05") << d("2025-03-11") << 5 << d("2025-04-04");
    QTest::newRow("notice and fee on the same day")
        << d("2025-03-28") << d("2025-03-28") << 1 << d("2025-03-31");
    QTest::newRow("pause over a weekend counts only working days")
        << d("2025-03-07") << d("2025-03-10") << 2 << d("2025-04-01");
}

void TestDeadlineCalculator::feesPauseDisregardsWorkingDaysFromNoticeToFeeInclusive()
{
    QFETCH(QDate, notice);
    QFETCH(QDate, paid);
    const Result<Deadline> deadline =
        calculator().calculate({Regime::Foia, d("2025-02-27"), {}, notice, paid, 0});
    QVERIFY2(deadline.ok(), qPrintable(deadline.ok() ? QString() : deadline.error().message));
    QTEST(deadline->pausedWorkingDays, "paused");
    QTEST(deadline->due, "due");
    QTEST(deadline->refusalNoticeDue, "due");
}

void TestDeadlineCalculator::publicInterestExtensionNeverMovesTheRefusalNotice()
{
    // s10(3) moves the response; s17(1)/(2) keep the refusal notice on day 20.
    const Result<Deadline> deadline =
        calculator().calculate({Regime::Foia, d("2025-06-27"), {}, {}, {}, 10});
    QVERIFY(deadline.ok());
    QCOMPARE(deadline->refusalNoticeDue, d("2025-07-28"));
    QCOMPARE(deadline->due, d("2025-08-12")); // 4 Aug 2025 is a Scottish holiday
    QVERIFY(deadline->warnings.isEmpty());
    QVERIFY(!deadline->extensionNoticeDue);
}

void TestDeadlineCalculator::extensionBeyondTwentyFurtherDaysWarns()
{
    const Result<Deadline> atTwenty =
        calculator().calculate({Regime::Foia, d("2025-06-27"), {}, {}, {}, 20});
    QVERIFY(atTwenty->warnings.isEmpty());
    const Result<Deadline> beyond =
        calculator().calculate({Regime::Foia, d("2025-06-27"), {}, {}, {}, 21});
    QCOMPARE(beyond->warnings.size(), 1);
    QVERIFY(beyond->warnings.first().contains(QStringLiteral("s10(3)")));
}

void TestDeadlineCalculator::eirRegulation7ExtendsResponseAndRefusalTo40()
{
    // reg 7(1) extends the 20 days of reg 5(2) and reg 14(2) to 40; reg 7(2): say so by day 20.
    const Result<Deadline> deadline =
        calculator().calculate({Regime::Eir, d("2025-11-10"), {}, {}, {}, 20});
    QVERIFY(deadline.ok());
    QCOMPARE(deadline->due, d("2026-01-12"));
    QCOMPARE(deadline->refusalNoticeDue, d("2026-01-12"));
    QCOMPARE(deadline->extensionNoticeDue, std::optional<QDate>(d("2025-12-09")));
}

void TestDeadlineCalculator::eirAndFoiaCountTheSameTwentyDays()
{
    // EIR reg 2(1) gives "working day" the FOIA s10(6) meaning.
    const Result<Deadline> eir =
        calculator().calculate({Regime::Eir, d("2024-12-02"), {}, {}, {}, 0});
    QCOMPARE(eir->due, d("2025-01-03"));
    QCOMPARE(eir->refusalNoticeDue, d("2025-01-03"));
}

void TestDeadlineCalculator::badOrContradictoryInputIsRejectedWithAReason_data()
{
    QTest::addColumn<int>("regime");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("clarified");
    QTest::addColumn<QDate>("notice");
    QTest::addColumn<QDate>("paid");
    QTest::addColumn<int>("extension");
    QTest::addColumn<QString>("code");
    const int foia = int(Regime::Foia);
    const int eir = int(Regime::Eir);
    QTest::newRow("invalid receipt") << foia << QDate() << QDate() << QDate() << QDate() << 0
                                     << "law.deadline.date_out_of_range";
    QTest::newRow("receipt before supported years")
        << foia << d("1999-12-31") << QDate() << QDate() << QDate() << 0
        << "law.deadline.date_out_of_range";
    QTest::newRow("clarified before received")
        << foia << d("2025-03-10") << d("2025-03-07") << QDate() << QDate() << 0
        << "law.deadline.contradictory_dates";
    QTest::newRow("fee never paid") << foia << d("2025-03-10") << QDate() << d("2025-03-12")
                                    << QDate() << 0 << "law.deadline.fee_unpaid";
    QTest::newRow("fee paid before notice")
        << foia << d("2025-03-10") << QDate() << d("2025-03-12") << d("2025-03-11") << 0
        << "law.deadline.contradictory_dates";
    QTest::newRow("notice before day 0")
        << foia << d("2025-03-10") << QDate() << d("2025-03-07") << d("2025-03-11") << 0
        << "law.deadline.contradictory_dates";
    QTest::newRow("fees under EIR") << eir << d("2025-03-10") << QDate() << d("2025-03-12")
                                    << d("2025-03-13") << 0 << "law.deadline.fees_not_eir";
    QTest::newRow("negative extension") << foia << d("2025-03-10") << QDate() << QDate() << QDate()
                                        << -1 << "law.deadline.bad_extension";
    QTest::newRow("EIR beyond 40 days (reg 7)") << eir << d("2025-03-10") << QDate() << QDate()
                                                << QDate() << 21 << "law.deadline.bad_extension";
    QTest::newRow("due beyond 2099") << foia << d("2099-12-20") << QDate() << QDate() << QDate()
                                     << 0 << "law.deadline.date_out_of_range";
}

void TestDeadlineCalculator::badOrContradictoryInputIsRejectedWithAReason()
{
    QFETCH(int, regime);
    QFETCH(QDate, received);
    QFETCH(QDate, clarified);
    QFETCH(QDate, notice);
    QFETCH(QDate, paid);
    QFETCH(int, extension);
    DeadlineRequest request{static_cast<Regime>(regime), received, {}, {}, {}, extension};
    if (clarified.isValid())
        request.clarified = clarified;
    if (notice.isValid())
        request.feeNoticeGiven = notice;
    if (paid.isValid())
        request.feeReceived = paid;
    const Result<Deadline> deadline = calculator().calculate(request);
    QVERIFY(!deadline.ok());
    QTEST(deadline.error().code, "code");
    QVERIFY(deadline.error().message.endsWith(u'.'));
}

void TestDeadlineCalculator::explanationNamesEverySkippedDayAndWhy()
{
    const Result<Deadline> deadline = calculator().calculate(
        {Regime::Foia, d("2026-11-10"), {}, d("2026-11-12"), d("2026-11-13"), 0});
    QVERIFY(deadline.ok());
    QStringList lines;
    for (const SkippedDay &day : calculator().skippedDays(*deadline))
        lines.append(DeadlineCalculator::describe(day));
    QVERIFY2(lines.contains(QStringLiteral("30 Nov 2026 - St Andrew's Day (Scotland)")),
             qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(QStringLiteral("14 Nov 2026 - Saturday")));
    QVERIFY(lines.contains(QStringLiteral("12 Nov 2026 - fees pause (s10(2))")));
    QVERIFY(lines.contains(QStringLiteral("13 Nov 2026 - fees pause (s10(2))")));
    // Every day after day 0 up to the due date is either counted or skipped.
    const qint64 span = deadline->dayZero.daysTo(deadline->due);
    QCOMPARE(span, qint64(deadline->workingDays + lines.size()));
}

void TestDeadlineCalculator::projectedYearsAreFlagged()
{
    const Result<Deadline> published =
        calculator().calculate({Regime::Foia, d("2026-12-10"), {}, {}, {}, 0});
    QVERIFY(!published->projectedHolidaysUsed);
    const Result<Deadline> projected =
        calculator().calculate({Regime::Foia, d("2027-12-13"), {}, {}, {}, 0});
    QVERIFY(projected->projectedHolidaysUsed);
    QVERIFY(projected->warnings.join(u' ').contains(QStringLiteral("2028")));
}

void TestDeadlineCalculator::feePaidAfterThreeMonthsWarns()
{
    // s9(2): the fee must be paid within three months beginning with the day of the notice.
    const Result<Deadline> inTime = calculator().calculate(
        {Regime::Foia, d("2025-01-06"), {}, d("2025-01-08"), d("2025-04-07"), 0});
    QVERIFY(inTime->warnings.isEmpty());
    const Result<Deadline> late = calculator().calculate(
        {Regime::Foia, d("2025-01-06"), {}, d("2025-01-08"), d("2025-04-08"), 0});
    QCOMPARE(late->warnings.size(), 1);
    QVERIFY(late->warnings.first().contains(QStringLiteral("s9(2)")));
}

void TestDeadlineCalculator::internalReviewTargetsAndLimits()
{
    // FOIA: s45 Code, 20 working days, 40 at most. EIR reg 11(4): 40 working days.
    const Result<ReviewDeadline> foia = calculator().internalReview(Regime::Foia, d("2025-11-10"));
    QCOMPARE(foia->target, d("2025-12-09"));
    QCOMPARE(foia->latest, d("2026-01-12"));
    const Result<ReviewDeadline> eir = calculator().internalReview(Regime::Eir, d("2025-11-10"));
    QCOMPARE(eir->target, d("2026-01-12"));
    QCOMPARE(eir->latest, d("2026-01-12"));
}

QTEST_GUILESS_MAIN(TestDeadlineCalculator)
#include "tst_deadline_calculator.moc"
