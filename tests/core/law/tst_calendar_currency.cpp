#include "core/law/BankHolidayCalendar.h"
#include "core/law/CalendarDataAge.h"
#include "core/law/DeadlineCalculator.h"
#include "core/law/WorkingDayCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace foi::core;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QByteArray builtInJson()
{
    QFile file(QStringLiteral(":/calendar/bank-holidays.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the built-in bank holidays are missing");
    return file.readAll();
}

// The built-in data as it stood before the proclamation: without 15 June 2026 in Scotland.
BankHolidayCalendar withoutWorldCupHoliday()
{
    QJsonObject root = QJsonDocument::fromJson(builtInJson()).object();
    QJsonObject scotland = root.value(QStringLiteral("scotland")).toObject();
    QJsonArray events;
    for (const QJsonValue &event : scotland.value(QStringLiteral("events")).toArray()) {
        if (event.toObject().value(QStringLiteral("date")).toString() != u"2026-06-15")
            events.append(event);
    }
    scotland.insert(QStringLiteral("events"), events);
    root.insert(QStringLiteral("scotland"), scotland);
    Result<BankHolidayCalendar> calendar =
        BankHolidayCalendar::fromGovUkJson(QJsonDocument(root).toJson());
    if (!calendar)
        qFatal("%s", qPrintable(calendar.error().message));
    return *calendar;
}

QDate due(const WorkingDayCalendar &calendar, Regime regime, const QDate &received)
{
    const Result<Deadline> deadline =
        DeadlineCalculator(calendar).calculate(DeadlineRequest{regime, received, {}, {}, {}, 0});
    return deadline ? deadline->due : QDate();
}

} // namespace

// The one-off Scottish bank holiday of Monday 15 June 2026 (Royal Proclamation of February 2026
// under the Banking and Financial Dealings Act 1971, s1(3)) and how old the calendar data is.
class TestCalendarCurrency : public QObject
{
    Q_OBJECT

private slots:
    void worldCupHolidayIsAScottishBankHolidayWithItsSource()
    {
        bool inScotland = false;
        for (const BankHoliday &holiday : BankHolidayCalendar::builtIn().holidays(2026)) {
            if (holiday.date != d("2026-06-15"))
                continue;
            // Proclaimed for Scotland only: England, Wales and Northern Ireland work that day.
            QCOMPARE(holiday.division, UkDivision::Scotland);
            QVERIFY(!holiday.projected);
            inScotland = true;
        }
        QVERIFY(inScotland);
        QVERIFY(builtInJson().contains("Banking and Financial Dealings Act 1971"));
        QCOMPARE(WorkingDayCalendar::builtIn().reasonNotWorking(d("2026-06-15")),
                 QStringLiteral("Bank holiday for Scotland's return to the World Cup (Scotland)"));
    }

    void deadlinesAcrossFifteenJune2026_data()
    {
        QTest::addColumn<int>("regime");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("dueBefore"); // counted without the proclaimed day
        QTest::addColumn<QDate>("dueNow");
        // s10(1)/(6): 20 working days; a bank holiday "in any part of the United Kingdom" is not
        // a working day, so a Scottish holiday moves an English authority's deadline too.
        // Received Mon 18 May: 25 May (spring bank holiday) and 15 June fall inside.
        QTest::newRow("FOIA s10(1), received 18 May 2026")
            << int(Regime::Foia) << d("2026-05-18") << d("2026-06-16") << d("2026-06-17");
        // EIR reg 5(2), reg 2(1): the same working days.
        QTest::newRow("EIR reg 5(2), received 18 May 2026")
            << int(Regime::Eir) << d("2026-05-18") << d("2026-06-16") << d("2026-06-17");
        // The 20th working day would have been 15 June itself.
        QTest::newRow("FOIA s10(1), received 15 May 2026")
            << int(Regime::Foia) << d("2026-05-15") << d("2026-06-15") << d("2026-06-16");
        // Received on the holiday: it is day 0 either way (ICO "Timescales"), so nothing moves
        // (13 July 2026 is the Northern Ireland Boyne substitute).
        QTest::newRow("FOIA s10(1), received on 15 June 2026")
            << int(Regime::Foia) << d("2026-06-15") << d("2026-07-14") << d("2026-07-14");
        QTest::newRow("FOIA s10(1), received 16 June 2026")
            << int(Regime::Foia) << d("2026-06-16") << d("2026-07-15") << d("2026-07-15");
    }

    void deadlinesAcrossFifteenJune2026()
    {
        QFETCH(int, regime);
        QFETCH(QDate, received);
        const WorkingDayCalendar before(withoutWorldCupHoliday());
        QTEST(due(before, Regime(regime), received), "dueBefore");
        QTEST(due(WorkingDayCalendar::builtIn(), Regime(regime), received), "dueNow");
    }

    void builtInDataCarriesTheDateItWasChecked()
    {
        QCOMPARE(BankHolidayCalendar::builtIn().dataDate(), d("2026-12-07"));
        // GOV.UK's own files have no such field, so it is optional; a bad one is refused.
        QVERIFY(!withoutWorldCupHoliday().dataDate().isNull());
        QJsonObject root = QJsonDocument::fromJson(builtInJson()).object();
        root.insert(QStringLiteral("updated"), QStringLiteral("7 Dec 2026"));
        const Result<BankHolidayCalendar> bad =
            BankHolidayCalendar::fromGovUkJson(QJsonDocument(root).toJson());
        QVERIFY(!bad);
        QCOMPARE(bad.error().detail, QStringLiteral("updated"));
        root.remove(QStringLiteral("updated"));
        QVERIFY(
            BankHolidayCalendar::fromGovUkJson(QJsonDocument(root).toJson())->dataDate().isNull());
    }

    void dataOlderThanSixMonthsIsStale_data()
    {
        QTest::addColumn<QDate>("builtIn");
        QTest::addColumn<QDate>("imported");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("stale");
        QTest::newRow("fresh built-in") << d("2026-12-07") << QDate() << d("2027-03-01") << false;
        QTest::newRow("exactly six months")
            << d("2026-12-07") << QDate() << d("2027-06-07") << false;
        QTest::newRow("six months and a day")
            << d("2026-12-07") << QDate() << d("2027-06-08") << true;
        QTest::newRow("a newer import counts")
            << d("2026-12-07") << d("2027-05-01") << d("2027-09-01") << false;
        QTest::newRow("an older import does not")
            << d("2026-12-07") << d("2026-01-01") << d("2027-09-01") << true;
        QTest::newRow("no date at all") << QDate() << QDate() << d("2027-01-01") << true;
    }

    void dataOlderThanSixMonthsIsStale()
    {
        QFETCH(QDate, builtIn);
        QFETCH(QDate, imported);
        QFETCH(QDate, today);
        QFETCH(bool, stale);
        const CalendarDataAge age{builtIn, imported};
        QCOMPARE(age.isStale(today), stale);
        const QString notice = age.staleNotice(today);
        QCOMPARE(notice.isEmpty(), !stale);
        if (stale) {
            QVERIFY2(notice.contains(QStringLiteral("gov.uk/bank-holidays.json")),
                     qPrintable(notice));
            QVERIFY(notice.contains(QStringLiteral("calendar import")));
        }
    }

    void describeNamesBothDates()
    {
        QCOMPARE(CalendarDataAge::of(BankHolidayCalendar::builtIn(), QDate()).describe(),
                 QStringLiteral("Built-in bank holidays checked on 7 Dec 2026."));
        QCOMPARE((CalendarDataAge{d("2026-12-07"), d("2027-02-03")}).describe(),
                 QStringLiteral("Built-in bank holidays checked on 7 Dec 2026; your imported "
                                "GOV.UK file of 3 Feb 2027."));
    }
};

QTEST_GUILESS_MAIN(TestCalendarCurrency)
#include "tst_calendar_currency.moc"
