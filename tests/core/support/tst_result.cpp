#include "core/support/Result.h"

#include <QTest>

using foi::core::Error;
using foi::core::Result;

class TestResult : public QObject
{
    Q_OBJECT
private slots:
    void holdsTheValueWhenTheCallSucceeded()
    {
        const Result<int> result(42);
        QVERIFY(result.ok());
        QCOMPARE(result.value(), 42);
    }

    void carriesTheOfficersMessageAndTheLogDetailWhenItFailed()
    {
        const Result<int> result(Error::make(QStringLiteral("store.locked"),
                                             QStringLiteral("Another program is using the store."),
                                             QStringLiteral("SQLITE_BUSY")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("store.locked"));
        QCOMPARE(result.error().message, QStringLiteral("Another program is using the store."));
        QCOMPARE(result.error().detail, QStringLiteral("SQLITE_BUSY"));
    }

    void movesItsValueOut()
    {
        Result<QString> result(QStringLiteral("13457_18"));
        const QString taken = std::move(result).value();
        QCOMPARE(taken, QStringLiteral("13457_18"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
