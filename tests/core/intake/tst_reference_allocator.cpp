#include "core/intake/ReferenceAllocator.h"

#include <QTest>

using foi::core::ReferenceAllocator;
using foi::core::Status;

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

    void numberingStartsAtTheFirstSequenceUntilAHigherIsUsed();
    void typedReferencesAreCheckedWithAReason_data();
    void typedReferencesAreCheckedWithAReason();
};

// Issue 24 point 8: an authority moving to the workbench mid-year goes on from its own number.
void TestReferenceAllocator::numberingStartsAtTheFirstSequenceUntilAHigherIsUsed()
{
    auto allocator = ReferenceAllocator::create(QStringLiteral("{seq}_{yy}"), 457);
    QVERIFY(allocator);
    const QDate received(2026, 12, 7);
    QCOMPARE(allocator->next(received, {}), QStringLiteral("457_26"));
    QCOMPARE(allocator->next(received, {QStringLiteral("12_26")}), QStringLiteral("457_26"));
    QCOMPARE(allocator->next(received, {QStringLiteral("460_26")}), QStringLiteral("461_26"));
    const auto zero = ReferenceAllocator::create(QStringLiteral("{seq}_{yy}"), 0);
    QVERIFY(!zero);
    QCOMPARE(zero.error().code, QStringLiteral("reference.start.invalid"));
}

void TestReferenceAllocator::typedReferencesAreCheckedWithAReason_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("said");
    QTest::newRow("own form") << "FOI/2026/0012" << false << "\"/\"";
    QTest::newRow("plain") << "FOI-2026-0012" << true << "";
    QTest::newRow("spaces inside") << "WMP 2026 12" << true << "";
    QTest::newRow("blank") << "   " << false << "Type the reference";
    QTest::newRow("padded") << " 12_26" << false << "spaces at its start or end";
    QTest::newRow("control") << QStringLiteral("12\u0007_26") << false << "invisible or control";
    QTest::newRow("zero width") << QStringLiteral("12\u200B_26") << false << "invisible or control";
    QTest::newRow("too long") << QString(65, u'x') << false << "64 at most";
}

void TestReferenceAllocator::typedReferencesAreCheckedWithAReason()
{
    QFETCH(QString, reference);
    QFETCH(bool, allowed);
    QFETCH(QString, said);
    const Status checked = ReferenceAllocator::checkTyped(reference);
    QCOMPARE(checked.ok(), allowed);
    if (!allowed) {
        QCOMPARE(checked.error().code, QStringLiteral("reference.invalid"));
        QVERIFY2(checked.error().message.contains(said), qPrintable(checked.error().message));
    }
}

QTEST_GUILESS_MAIN(TestReferenceAllocator)
#include "tst_reference_allocator.moc"
