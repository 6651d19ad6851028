#include "tests/core/store/StoreTestSupport.h"

#include "core/store/BackgroundStoreReader.h"
#include "core/store/CaseSearch.h"
#include "core/store/StoreConnection.h"
#include "core/support/StoreErrorCode.h"

#include <QSqlError>
#include <QThread>

#include <atomic>
#include <memory>

using namespace foi::core;

// Reads on the worker thread: the newest job wins. A job still running when a newer one comes
// is interrupted, and what an older job posts never reaches the owner after a newer one was
// submitted, so a stale search result cannot replace a newer one.
class TestBackgroundStoreReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("reader.foistore"));
        auto store = storetest::create(m_path);
        QVERIFY(store);
        QVERIFY(store->cases().save(
            storetest::record(QStringLiteral("FOI-1"), QStringLiteral("drone flights")),
            QStringLiteral("Jo")));
        QVERIFY(store->cases().save(
            storetest::record(QStringLiteral("FOI-2"), QStringLiteral("overtime spending")),
            QStringLiteral("Jo")));
    }

    void newerJobInterruptsTheRunningOneAndOnlyItsResultArrives()
    {
        BackgroundStoreReader reader(StoreAddress::file(m_path));
        auto started = std::make_shared<std::atomic_bool>(false);
        auto firstError = std::make_shared<QString>();
        QStringList delivered;
        // A query that would run for hours unless interrupted.
        reader.submit([started, firstError, &delivered](BackgroundStoreReader::Context &context) {
            started->store(true);
            if (!context.connection)
                return;
            auto rows = context.connection->select(
                QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                               "WHERE i < 1000000000000) SELECT COUNT(*) FROM n"));
            if (!rows)
                *firstError = rows.error().code;
            else if (!rows->next())
                *firstError = rows->lastError().isValid()
                                  ? StoreConnection::errorFrom(*rows, {}).code
                                  : QStringLiteral("no row");
            context.post([&delivered] { delivered.append(QStringLiteral("first")); });
        });
        QTRY_VERIFY(started->load());
        reader.submit([&delivered](BackgroundStoreReader::Context &context) {
            if (!context.connection)
                return;
            CaseSearch search(*context.connection);
            auto found = search.search(QStringLiteral("overtime"), 10);
            const QString reference = found ? found->value(0).reference : found.error().message;
            context.post([&delivered, reference] { delivered.append(reference); });
        });
        QTRY_COMPARE(delivered, QStringList{QStringLiteral("FOI-2")});
        QCOMPARE(*firstError, QString(StoreErrorCode::Interrupted));
        QTest::qWait(50); // nothing more arrives
        QCOMPARE(delivered, QStringList{QStringLiteral("FOI-2")});
    }

    void searchesTypedInQuickSuccessionDeliverOnlyTheLast()
    {
        BackgroundStoreReader reader(StoreAddress::file(m_path));
        QStringList delivered;
        const QStringList typed{QStringLiteral("d"), QStringLiteral("dr"), QStringLiteral("dro"),
                                QStringLiteral("o"), QStringLiteral("ov"), QStringLiteral("over")};
        for (const QString &text : typed) {
            reader.submit([text, &delivered](BackgroundStoreReader::Context &context) {
                if (!context.connection)
                    return;
                CaseSearch search(*context.connection);
                auto found = search.search(text, 10);
                const QString result =
                    found ? text + QLatin1Char('=') + found->value(0).reference : text;
                context.post([&delivered, result] { delivered.append(result); });
            });
        }
        QTRY_VERIFY(!delivered.isEmpty());
        QTest::qWait(50);
        QCOMPARE(delivered, QStringList{QStringLiteral("over=FOI-2")});
    }

    void cancelDropsWhatIsOnItsWay()
    {
        BackgroundStoreReader reader(StoreAddress::file(m_path));
        bool delivered = false;
        auto ran = std::make_shared<std::atomic_bool>(false);
        reader.submit([ran, &delivered](BackgroundStoreReader::Context &context) {
            context.post([&delivered] { delivered = true; });
            ran->store(true);
        });
        // No event is processed until cancel(): the delivery is already queued when it comes.
        while (!ran->load())
            QThread::msleep(1);
        reader.cancel();
        QTest::qWait(50);
        QVERIFY(!delivered);
    }

    void aStoreThatCannotBeOpenedIsSaid()
    {
        BackgroundStoreReader reader(
            StoreAddress::file(m_dir.filePath(QStringLiteral("missing.foistore"))));
        QString failure;
        bool opened = true;
        reader.submit([&failure, &opened](BackgroundStoreReader::Context &context) {
            context.post(
                [&failure, &opened, ok = context.connection != nullptr, message = context.failure] {
                    opened = ok;
                    failure = message;
                });
        });
        QTRY_VERIFY(!failure.isEmpty());
        QVERIFY(!opened);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundStoreReader)
#include "tst_background_store_reader.moc"
