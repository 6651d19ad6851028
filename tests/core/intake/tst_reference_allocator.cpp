#include "intake/ReferenceAllocator.h"

#include <QTest>

using foi::core::ReferenceAllocator;

class TestReferenceAllocator : public QObject
{
    Q_OBJECT
private slots:
    void formatsTheFields_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seq_yy") << QStringLiteral("{seq}_{yy}") << 13457
                                << QStringLiteral("13457_18");
        QTest::newRow("padded") << QStringLiteral("FOI-{yyyy}-{seq:4}") << 7
                                << QStringLiteral("FOI-2018-0007");
        QTest::newRow("month") << QStringLiteral("{yyyy}/{mm}/{seq:3}") << 12
                               << QStringLiteral("2018/05/012");
        QTest::newRow("wider than width")
            << QStringLiteral("{seq:2}") << 123 << QStringLiteral("123");
    }

    void formatsTheFields()
    {
        QFETCH(QString, pattern);
        QFETCH(int, sequence);
        QFETCH(QString, expected);
        const auto allocator = ReferenceAllocator::create(pattern);
        QVERIFY(allocator.ok());
        QCOMPARE(allocator->format(sequence, QDate(2018, 5, 14)), expected);
    }

    void nextFollowsTheHighestNumberOfTheSameYear()
    {
        const auto allocator = ReferenceAllocator::create(QStringLiteral("{seq}_{yy}"));
        QVERIFY(allocator.ok());
        const QStringList existing{QStringLiteral("13456_18"), QStringLiteral("13457_18"),
                                   QStringLiteral("99_17"), QStringLiteral("FOI-1")};
        QCOMPARE(allocator->next(QDate(2018, 6, 1), existing), QStringLiteral("13458_18"));
        QCOMPARE(allocator->next(QDate(2019, 1, 2), existing), QStringLiteral("1_19"));
        QCOMPARE(allocator->next(QDate(2018, 6, 1), {}), QStringLiteral("1_18"));
    }

    void paddedNumbersAreReadBack()
    {
        const auto allocator = ReferenceAllocator::create(QStringLiteral("FOI-{yyyy}-{seq:4}"));
        QVERIFY(allocator.ok());
        QCOMPARE(allocator->sequenceOf(QStringLiteral("FOI-2026-0041"), QDate(2026, 11, 26)), 41);
        QCOMPARE(allocator->sequenceOf(QStringLiteral("FOI-2025-0041"), QDate(2026, 11, 26)), 0);
        QCOMPARE(allocator->next(QDate(2026, 11, 26), {QStringLiteral("FOI-2026-0041")}),
                 QStringLiteral("FOI-2026-0042"));
    }

    void badPatternsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no seq") << QStringLiteral("FOI-{yy}") << QStringLiteral("exactly once");
        QTest::newRow("two seq") << QStringLiteral("{seq}-{seq}") << QStringLiteral("exactly once");
        QTest::newRow("unknown") << QStringLiteral("{seq}-{dd}") << QStringLiteral("{dd}");
        QTest::newRow("brace") << QStringLiteral("{seq}-{yy") << QStringLiteral("brace");
        QTest::newRow("width on year") << QStringLiteral("{seq}-{yy:4}") << QStringLiteral("width");
    }

    void badPatternsAreRefusedWithAReason()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, reason);
        const auto allocator = ReferenceAllocator::create(pattern);
        QVERIFY(!allocator.ok());
        QCOMPARE(allocator.error().code, QStringLiteral("reference.pattern.invalid"));
        QVERIFY2(allocator.error().message.contains(reason), qPrintable(allocator.error().message));
    }
};

QTEST_GUILESS_MAIN(TestReferenceAllocator)
#include "tst_reference_allocator.moc"
