#include "core/store/CaseStore.h"
#include "core/support/Clock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

// The program's one clock (issue 22 point 3): what a fixed clock answers, and that the store
// dates what it writes by the clock it is given rather than the system's.
class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void fixedClockAnswersItsMomentInUtc()
    {
        const QDateTime moment(QDate(2026, 3, 31), QTime(23, 30), Qt::UTC);
        const Clock clock = Clock::fixedAt(moment);
        QCOMPARE(clock.now(), moment);
        QCOMPARE(clock(), moment);
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
        QCOMPARE(clock.today(), moment.toLocalTime().date());
    }

    void fixedDayIsTodayWhateverTheTimeZone()
    {
        const Clock clock = Clock::fixedOn(QDate(2024, 2, 29));
        QCOMPARE(clock.today(), QDate(2024, 2, 29));
    }

    void anyFunctionOfTheMomentIsAClock()
    {
        int asked = 0;
        const Clock clock = [&asked] {
            ++asked;
            return QDateTime(QDate(2025, 1, 6), QTime(9, 0), Qt::UTC);
        };
        QCOMPARE(clock.now().date(), QDate(2025, 1, 6));
        QCOMPARE(asked, 1);
    }

    void systemClockReadsTheSystemsDay()
    {
        const QDate before = QDate::currentDate();
        const QDate today = Clock::system().today();
        const QDate after = QDate::currentDate();
        QVERIFY(today == before || today == after);
        QVERIFY(qAbs(Clock::system().now().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    // A damaged store is kept aside as a copy named by the time the store's clock gives.
    void quarantineCopyIsNamedByTheStoresClock()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("damaged.foistore"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3").append('\0').append(QByteArray(200, 'x')));
        file.close();
        const Clock clock = Clock::fixedAt(QDateTime(QDate(2019, 7, 4), QTime(8, 15, 30), Qt::UTC));
        auto opened = CaseStore::open(path, CaseStore::OpenMode::ReadWrite,
                                      CaseStore::Options{.clock = clock});
        QVERIFY(!opened);
        QVERIFY(QFile::exists(path + QStringLiteral(".quarantine-20190704T081530Z")));
        QCOMPARE(*CaseStore::quarantine(path, clock),
                 path + QStringLiteral(".quarantine-20190704T081530Z"));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
