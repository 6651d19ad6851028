#include "core/law/BankHolidayRules.h"
#include "core/law/EasterComputus.h"
#include "core/law/WorkingDayCalendar.h"

#include <QTest>

#include <initializer_list>

using namespace foi::core;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QList<QDate> dates(std::initializer_list<const char *> isoDates)
{
    QList<QDate> list;
    for (const char *iso : isoDates)
        list.append(d(iso));
    return list;
}

} // namespace

// FOIA s10(6) / EIR reg 2(1) working days, the Easter computus and the projection rules.
class TestWorkingDayCalendar : public QObject
{
    Q_OBJECT

private slots:
    void easterSunday_data();
    void easterSunday();
    void nonWorkingWeekdaysAreTheUnionOfAllUkHolidays_data();
    void nonWorkingWeekdaysAreTheUnionOfAllUkHolidays();
    void reasonsNameTheHolidayAndWhereItApplies_data();
    void reasonsNameTheHolidayAndWhereItApplies();
    void goodFridayAndChristmasDayNeverDependOnTheData();
    void rulesReproduceThePublishedListsOfOrdinaryYears_data();
    void rulesReproduceThePublishedListsOfOrdinaryYears();
    void oneOffDaysComeFromThePublishedData();
    void yearsWithoutPublishedDataAreProjected();
    void countingHelpersAgree();
};

void TestWorkingDayCalendar::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    QTest::newRow("2000") << 2000 << d("2000-04-23");
    QTest::newRow("2011") << 2011 << d("2011-04-24");
    QTest::newRow("2018") << 2018 << d("2018-04-01");
    QTest::newRow("2019") << 2019 << d("2019-04-21");
    QTest::newRow("2024") << 2024 << d("2024-03-31");
    QTest::newRow("2025") << 2025 << d("2025-04-20");
    QTest::newRow("2026") << 2026 << d("2026-04-05");
    QTest::newRow("2027") << 2027 << d("2027-03-28");
    QTest::newRow("2028") << 2028 << d("2028-04-16");
    QTest::newRow("2038 latest possible") << 2038 << d("2038-04-25");
    QTest::newRow("2285 earliest possible") << 2285 << d("2285-03-22");
}

void TestWorkingDayCalendar::easterSunday()
{
    QFETCH(int, year);
    QTEST(EasterComputus::easterSunday(year), "easter");
    QCOMPARE(EasterComputus::goodFriday(year).dayOfWeek(), int(Qt::Friday));
}

void TestWorkingDayCalendar::nonWorkingWeekdaysAreTheUnionOfAllUkHolidays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");
    // law-reference.md §5.4 (GOV.UK data 2024-2027; 2028 by rule).
    QTest::newRow("2024") << 2024
                          << dates({"2024-01-01", "2024-01-02", "2024-03-18", "2024-03-29",
                                    "2024-04-01", "2024-05-06", "2024-05-27", "2024-07-12",
                                    "2024-08-05", "2024-08-26", "2024-12-02", "2024-12-25",
                                    "2024-12-26"});
    QTest::newRow("2025") << 2025
                          << dates({"2025-01-01", "2025-01-02", "2025-03-17", "2025-04-18",
                                    "2025-04-21", "2025-05-05", "2025-05-26", "2025-07-14",
                                    "2025-08-04", "2025-08-25", "2025-12-01", "2025-12-25",
                                    "2025-12-26"});
    QTest::newRow("2026") << 2026
                          << dates({"2026-01-01", "2026-01-02", "2026-03-17", "2026-04-03",
                                    "2026-04-06", "2026-05-04", "2026-05-25", "2026-06-15",
                                    "2026-07-13", "2026-08-03", "2026-08-31", "2026-11-30",
                                    "2026-12-25", "2026-12-28"});
    QTest::newRow("2027") << 2027
                          << dates({"2027-01-01", "2027-01-04", "2027-03-17", "2027-03-26",
                                    "2027-03-29", "2027-05-03", "2027-05-31", "2027-07-12",
                                    "2027-08-02", "2027-08-30", "2027-11-30", "2027-12-27",
                                    "2027-12-28"});
    QTest::newRow("2028 projected")
        << 2028
        << dates({"2028-01-03", "2028-01-04", "2028-03-17", "2028-04-14", "2028-04-17",
                  "2028-05-01", "2028-05-29", "2028-07-12", "2028-08-07", "2028-08-28",
                  "2028-11-30", "2028-12-25", "2028-12-26"});
    // The irregular years (law-reference.md §5.5).
    QTest::newRow("2020 VE day") << 2020
                                 << dates({"2020-01-01", "2020-01-02", "2020-03-17", "2020-04-10",
                                           "2020-04-13", "2020-05-08", "2020-05-25", "2020-07-13",
                                           "2020-08-03", "2020-08-31", "2020-11-30", "2020-12-25",
                                           "2020-12-28"});
    QTest::newRow("2022 jubilee and state funeral")
        << 2022
        << dates({"2022-01-03", "2022-01-04", "2022-03-17", "2022-04-15", "2022-04-18",
                  "2022-05-02", "2022-06-02", "2022-06-03", "2022-07-12", "2022-08-01",
                  "2022-08-29", "2022-09-19", "2022-11-30", "2022-12-26", "2022-12-27"});
    QTest::newRow("2023 coronation")
        << 2023
        << dates({"2023-01-02", "2023-01-03", "2023-03-17", "2023-04-07", "2023-04-10",
                  "2023-05-01", "2023-05-08", "2023-05-29", "2023-07-12", "2023-08-07",
                  "2023-08-28", "2023-11-30", "2023-12-25", "2023-12-26"});
}

void TestWorkingDayCalendar::nonWorkingWeekdaysAreTheUnionOfAllUkHolidays()
{
    QFETCH(int, year);
    QList<QDate> actual;
    for (const NonWorkingDay &day : WorkingDayCalendar::builtIn().nonWorkingWeekdays(year))
        actual.append(day.date);
    QTEST(actual, "expected");
}

void TestWorkingDayCalendar::reasonsNameTheHolidayAndWhereItApplies_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reason");
    QTest::newRow("St Andrew's Day") << d("2026-11-30") << "St Andrew's Day (Scotland)";
    QTest::newRow("Boyne substitute")
        << d("2025-07-14")
        << "Battle of the Boyne (Orangemen's Day) (substitute day) (Northern Ireland)";
    QTest::newRow("Easter Monday not in Scotland")
        << d("2026-04-06") << "Easter Monday (England and Wales, Northern Ireland)";
    QTest::newRow("Good Friday everywhere") << d("2026-04-03") << "Good Friday";
    QTest::newRow("Scottish summer") << d("2026-08-03") << "Summer bank holiday (Scotland)";
    QTest::newRow("Saturday") << d("2026-11-28") << "Saturday";
    QTest::newRow("Sunday") << d("2026-11-29") << "Sunday";
    QTest::newRow("working day") << d("2026-11-27") << "";
}

void TestWorkingDayCalendar::reasonsNameTheHolidayAndWhereItApplies()
{
    QFETCH(QDate, date);
    QTEST(WorkingDayCalendar::builtIn().reasonNotWorking(date), "reason");
}

void TestWorkingDayCalendar::goodFridayAndChristmasDayNeverDependOnTheData()
{
    // s10(6) names them apart from bank holidays: a file without them changes nothing.
    const QByteArray minimal =
        R"({"england-and-wales":{"events":[{"title":"x","date":"2030-01-01"}]},
        "scotland":{"events":[{"title":"x","date":"2030-01-01"}]},
        "northern-ireland":{"events":[{"title":"x","date":"2030-01-01"}]}})";
    const Result<BankHolidayCalendar> holidays = BankHolidayCalendar::fromGovUkJson(minimal);
    QVERIFY(holidays.ok());
    const WorkingDayCalendar calendar(*holidays);
    QVERIFY(!calendar.isWorkingDay(d("2030-04-19"))); // Good Friday 2030
    QVERIFY(!calendar.isWorkingDay(d("2030-12-25")));
    QVERIFY(calendar.isWorkingDay(d("2030-04-22"))); // Easter Monday: not in the published data
    QVERIFY(!calendar.isProjected(d("2030-06-01")));
}

void TestWorkingDayCalendar::rulesReproduceThePublishedListsOfOrdinaryYears_data()
{
    QTest::addColumn<int>("year");
    // Not 2026: Scotland's one-off 15 June (proclaimed February 2026).
    for (const int year : {2018, 2019, 2021, 2024, 2025, 2027})
        QTest::newRow(qPrintable(QString::number(year))) << year;
}

void TestWorkingDayCalendar::rulesReproduceThePublishedListsOfOrdinaryYears()
{
    QFETCH(int, year);
    for (const UkDivision division : allUkDivisions) {
        QList<QDate> projected;
        for (const BankHoliday &holiday : BankHolidayRules::project(division, year))
            projected.append(holiday.date);
        QList<QDate> published;
        for (const BankHoliday &holiday : BankHolidayCalendar::builtIn().holidays(year)) {
            if (holiday.division == division)
                published.append(holiday.date);
        }
        QCOMPARE(projected, published);
    }
}

void TestWorkingDayCalendar::oneOffDaysComeFromThePublishedData()
{
    // 2020: early May moved by proclamation to Fri 8 May; the rule alone says Mon 4 May.
    const WorkingDayCalendar &calendar = WorkingDayCalendar::builtIn();
    QVERIFY(calendar.isWorkingDay(d("2020-05-04")));
    QVERIFY(!calendar.isWorkingDay(d("2020-05-08")));
    QVERIFY(!calendar.isWorkingDay(d("2022-09-19"))); // state funeral, all of the UK
    QVERIFY(!calendar.isWorkingDay(d("2026-06-15"))); // Scotland only, but s10(6): any part
    QCOMPARE(calendar.reasonNotWorking(d("2023-05-08")),
             QStringLiteral("Bank holiday for the coronation of King Charles III"));
}

void TestWorkingDayCalendar::yearsWithoutPublishedDataAreProjected()
{
    const WorkingDayCalendar &calendar = WorkingDayCalendar::builtIn();
    QVERIFY(!calendar.isProjected(d("2018-06-01")));
    QVERIFY(!calendar.isProjected(d("2027-06-01")));
    QVERIFY(calendar.isProjected(d("2028-06-01")));
    QVERIFY(calendar.isProjected(d("2017-06-01")));
    for (const NonWorkingDay &day : calendar.nonWorkingWeekdays(2029))
        QVERIFY(day.projected);
    QVERIFY(!calendar.covers(d("1999-12-31")));
    QVERIFY(!calendar.isWorkingDay(d("2100-01-04")));
    QVERIFY(!calendar.addWorkingDays(d("2099-12-30"), 5).isValid());
}

void TestWorkingDayCalendar::countingHelpersAgree()
{
    const WorkingDayCalendar &calendar = WorkingDayCalendar::builtIn();
    // From a Saturday: day 1 is the Monday (ICO: receipt on a non-working day is still day 0).
    QCOMPARE(calendar.addWorkingDays(d("2026-11-28"), 1),
             d("2026-12-01")); // Mon 30 Nov is St Andrew's
    QCOMPARE(calendar.workingDaysBetween(d("2026-11-28"), d("2026-12-04")), 4);
    QCOMPARE(calendar.workingDaysBetween(d("2026-12-04"), d("2026-11-28")), 0);
    for (QDate date = d("2025-12-01"); date < d("2026-02-01"); date = date.addDays(1)) {
        const QDate next = calendar.addWorkingDays(date, 1);
        QCOMPARE(calendar.workingDaysBetween(date.addDays(1), next), 1);
        QVERIFY(calendar.isWorkingDay(next));
    }
}

QTEST_GUILESS_MAIN(TestWorkingDayCalendar)
#include "tst_working_day_calendar.moc"
