#include "core/law/BankHolidayFile.h"
#include "core/law/WorkingDayCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;
using namespace Qt::StringLiterals;

namespace {

QJsonObject division(const QString &code, const QJsonArray &events)
{
    return QJsonObject{{u"division"_s, code}, {u"events"_s, events}};
}

QJsonArray events2031(const QString &extraDate = {})
{
    QJsonArray events{QJsonObject{{u"title"_s, u"New Year's Day"_s}, {u"date"_s, u"2031-01-01"_s}}};
    if (!extraDate.isEmpty())
        events.append(QJsonObject{{u"title"_s, u"Special bank holiday"_s}, {u"date"_s, extraDate}});
    return events;
}

QByteArray govUkFile(const QJsonArray &englandAndWales)
{
    return QJsonDocument(
               QJsonObject{
                   {u"england-and-wales"_s, division(u"england-and-wales"_s, englandAndWales)},
                   {u"scotland"_s, division(u"scotland"_s, events2031())},
                   {u"northern-ireland"_s, division(u"northern-ireland"_s, events2031())}})
        .toJson();
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Importing an updated GOV.UK bank-holidays file: validation with the JSON path, atomic and
// private storage, and the imported years overriding the built-in ones.
class TestBankHolidayFile : public QObject
{
    Q_OBJECT

private slots:
    void malformedFileNamesThePathAndChangesNothing_data();
    void malformedFileNamesThePathAndChangesNothing();
    void validFileIsStoredPrivatelyAndOverridesTheYearsItCovers();
    void missingUserFileMeansTheBuiltInCalendar();
    void damagedUserFileIsReported();
    void builtInDataCoversEveryYearFrom2018To2027();
};

void TestBankHolidayFile::malformedFileNamesThePathAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("path");
    QTest::newRow("not JSON") << QByteArray("{\"england-and-wales\":") << QString();
    QTest::newRow("array at top level") << QByteArray("[]") << u"(top level)"_s;
    QTest::newRow("missing division")
        << QJsonDocument(QJsonObject{{u"england-and-wales"_s,
                                      division(u"england-and-wales"_s, events2031())}})
               .toJson()
        << u"scotland"_s;
    QTest::newRow("bad date") << govUkFile(events2031(u"2031-02-30"_s))
                              << u"england-and-wales.events[1].date"_s;
    QTest::newRow("date not ISO") << govUkFile(events2031(u"1/5/2031"_s))
                                  << u"england-and-wales.events[1].date"_s;
    QTest::newRow("year out of range")
        << govUkFile(events2031(u"2150-01-01"_s)) << u"england-and-wales.events[1].date"_s;
    QTest::newRow("empty events") << govUkFile({}) << u"england-and-wales.events"_s;
    QJsonArray untitled = events2031();
    untitled.append(QJsonObject{{u"date"_s, u"2031-05-05"_s}});
    QTest::newRow("event without title")
        << govUkFile(untitled) << u"england-and-wales.events[1].title"_s;
}

void TestBankHolidayFile::malformedFileNamesThePathAndChangesNothing()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString destination = dir.filePath(u"data/bank-holidays.json"_s);
    const QByteArray previous = govUkFile(events2031());
    QVERIFY(BankHolidayFile::importFile(write(dir, u"good.json"_s, previous), destination).ok());

    const Result<BankHolidayCalendar> result =
        BankHolidayFile::importFile(write(dir, u"bad.json"_s, content), destination);
    QVERIFY(!result.ok());
    QFETCH(QString, path);
    if (!path.isEmpty()) {
        QCOMPARE(result.error().detail, path);
        QVERIFY2(result.error().message.contains(path), qPrintable(result.error().message));
    }
    QVERIFY(result.error().message.contains(u"Nothing was changed"_s));
    QCOMPARE(readAll(destination), previous);
}

void TestBankHolidayFile::validFileIsStoredPrivatelyAndOverridesTheYearsItCovers()
{
    QTemporaryDir dir;
    const QString destination = dir.filePath(u"data/bank-holidays.json"_s);
    const QByteArray content = govUkFile(events2031(u"2031-06-06"_s));
    const Result<BankHolidayCalendar> imported =
        BankHolidayFile::importFile(write(dir, u"new.json"_s, content), destination);
    QVERIFY(imported.ok());
    QCOMPARE(readAll(destination), content);
    QCOMPARE(QFile::permissions(destination) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    const Result<BankHolidayCalendar> effective = BankHolidayFile::effective(destination);
    QVERIFY(effective.ok());
    QVERIFY(effective->isPublished(UkDivision::Scotland, 2031));
    QVERIFY(effective->isPublished(UkDivision::Scotland, 2026)); // built-in years remain
    const WorkingDayCalendar calendar(*effective);
    QCOMPARE(calendar.reasonNotWorking(QDate(2031, 6, 6)),
             u"Special bank holiday (England and Wales)"_s);
    // The imported 2031 replaces the rule: Easter Monday is not in the file, so it is a working
    // day.
    QVERIFY(calendar.isWorkingDay(QDate(2031, 4, 14)));
    QVERIFY(!calendar.isWorkingDay(QDate(2031, 4, 11))); // Good Friday always (s10(6))
}

void TestBankHolidayFile::missingUserFileMeansTheBuiltInCalendar()
{
    QTemporaryDir dir;
    const Result<BankHolidayCalendar> effective =
        BankHolidayFile::effective(dir.filePath(u"none.json"_s));
    QVERIFY(effective.ok());
    QCOMPARE(effective->publishedYears(UkDivision::NorthernIreland),
             BankHolidayCalendar::builtIn().publishedYears(UkDivision::NorthernIreland));
}

void TestBankHolidayFile::damagedUserFileIsReported()
{
    QTemporaryDir dir;
    const QString path = write(dir, u"bank-holidays.json"_s, "{broken");
    const Result<BankHolidayCalendar> effective = BankHolidayFile::effective(path);
    QVERIFY(!effective.ok());
    QVERIFY(effective.error().message.contains(path));
}

void TestBankHolidayFile::builtInDataCoversEveryYearFrom2018To2027()
{
    for (const UkDivision division : allUkDivisions) {
        const QList<int> years = BankHolidayCalendar::builtIn().publishedYears(division);
        QCOMPARE(years, (QList<int>{2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027}));
    }
}

QTEST_GUILESS_MAIN(TestBankHolidayFile)
#include "tst_bank_holiday_file.moc"
