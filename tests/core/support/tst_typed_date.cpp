#include "core/support/TypedDate.h"

#include <QTest>

using namespace foi::core;

// Dates as officers in the UK type them (issue 24, point 7): day first, month in words or
// numbers; what is not a date is said plainly, quoting what was typed.
class TestTypedDate : public QObject
{
    Q_OBJECT
private slots:
    void readsEnGbForms_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date");
        const QDate first(2026, 12, 1);
        QTest::newRow("1 December 2026") << u"1 December 2026"_qs << first;
        QTest::newRow("1/12/2026") << u"1/12/2026"_qs << first;
        QTest::newRow("01/12/2026") << u"01/12/2026"_qs << first;
        QTest::newRow("1 Dec 2026") << u"1 Dec 2026"_qs << first;
        QTest::newRow("1st December 2026") << u"1st December 2026"_qs << first;
        QTest::newRow("Tuesday 1 December 2026") << u"Tuesday 1 December 2026"_qs << first;
        QTest::newRow("1.12.2026") << u"1.12.2026"_qs << first;
        QTest::newRow("1-12-26") << u"1-12-26"_qs << first;
        QTest::newRow("ISO 2026-12-01") << u"2026-12-01"_qs << first;
        QTest::newRow("spaces around") << u"  1  december   2026 "_qs << first;
        QTest::newRow("29/2/2028 leap year") << u"29/2/2028"_qs << QDate(2028, 2, 29);
        // The Welsh interface (issue 23) shows and reads dates with the Welsh month names.
        QTest::newRow("1 Rhagfyr 2026") << u"1 Rhagfyr 2026"_qs << first;
        QTest::newRow("14 Mai 2018") << u"14 Mai 2018"_qs << QDate(2018, 5, 14);
        QTest::newRow("3 Mawrth 2026") << u"3 Mawrth 2026"_qs << QDate(2026, 3, 3);
        QTest::newRow("1 Gorff 2026") << u"1 Gorff 2026"_qs << QDate(2026, 7, 1);
        QTest::newRow("31 Awst 2026") << u"31 Awst 2026"_qs << QDate(2026, 8, 31);
    }

    void readsEnGbForms()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        const Result<QDate> parsed = TypedDate::parse(typed);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(*parsed, date);
    }

    void saysWhatWasNotUnderstood_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("why");
        QTest::newRow("month 13") << u"1/13/2026"_qs << u"no month 13"_qs;
        QTest::newRow("31 June") << u"31/06/2026"_qs << u"June has no day 31"_qs;
        QTest::newRow("not a month")
            << u"1 Decembre 2026"_qs << u"\u201cDecembre\u201d is not a month"_qs;
        QTest::newRow("no year") << u"1 December"_qs << u"the year is missing"_qs;
        QTest::newRow("words") << u"next Tuesday"_qs << u"could not be told apart"_qs;
    }

    void saysWhatWasNotUnderstood()
    {
        QFETCH(QString, typed);
        QFETCH(QString, why);
        const Result<QDate> parsed = TypedDate::parse(typed);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, u"date.not-understood"_qs);
        QVERIFY2(parsed.error().message.contains(typed.simplified()) ||
                     parsed.error().message.contains(typed),
                 qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(why), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.contains(u"1 December 2026"_qs));
    }
};

QTEST_GUILESS_MAIN(TestTypedDate)
#include "tst_typed_date.moc"
