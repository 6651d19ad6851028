#include "tests/core/store/StoreTestSupport.h"

#include "core/services/CaseQueryService.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace foi::core;

// The reads the workbench makes go through one service: a page and the similar requests on the
// store's own connection, the count, the outline and search on a worker with its own read-only
// connection, where only the newest request is answered.
class TestCaseQueryService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<CaseQueryService> m_queries;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("queries.foistore"));
        m_store = storetest::create(m_path);
        QVERIFY(m_store);
        QVERIFY(m_store->cases().save(
            storetest::record(QStringLiteral("FOI-1"), QStringLiteral("drone flights")),
            QStringLiteral("Jo")));
        QVERIFY(m_store->cases().save(
            storetest::record(QStringLiteral("FOI-2"), QStringLiteral("overtime spending")),
            QStringLiteral("Jo")));
        QVERIFY(m_store->cases().save(storetest::record(QStringLiteral("FOI-3"),
                                                        QStringLiteral("overtime spending 2024"),
                                                        QDate(2025, 1, 8)),
                                      QStringLiteral("Jo")));
        m_queries =
            std::make_unique<CaseQueryService>(m_store->caseList(), m_store->search(),
                                               StoreAddress::file(m_path), storetest::fakeClock());
    }

    void cleanupTestCase()
    {
        m_queries.reset();
        m_store.reset();
    }

    void aPageIsReadAtOnceInTheListsOrder()
    {
        CaseListQuery query;
        query.limit = 2;
        const Result<CasePage> page = m_queries->page(query);
        QVERIFY(page);
        QCOMPARE(page->cases.size(), 2);
        QCOMPARE(page->cases.value(0).reference, QStringLiteral("FOI-3")); // newest received
        QVERIFY(page->next);
    }

    void similarRequestsLeaveTheCaseItselfOut()
    {
        const Result<QList<CaseSummary>> similar = m_queries->similarTo(QStringLiteral("FOI-3"), 8);
        QVERIFY(similar);
        QStringList references;
        for (const CaseSummary &summary : *similar)
            references.append(summary.reference);
        QCOMPARE(references, QStringList{QStringLiteral("FOI-2")});
    }

    void theWorkerCountsThenOutlines()
    {
        const std::unique_ptr<CaseQueryReader> reader = m_queries->reader();
        std::optional<qint64> counted;
        std::optional<CaseListOutline> outlined;
        bool countedFirst = false;
        QString failure;
        reader->outline(
            CaseListQuery{}, 2, [&](qint64 count) { counted = count; },
            [&](const CaseListOutline &outline) {
                countedFirst = counted.has_value();
                outlined = outline;
            },
            [&](const QString &message) { failure = message; });
        QTRY_VERIFY(outlined.has_value());
        QVERIFY(countedFirst); // the scroll bar is right before the outline is read
        QCOMPARE(*counted, 3);
        QCOMPARE(outlined->count, 3);
        QCOMPARE(outlined->pageSize, 2);
        QCOMPARE(outlined->anchors.size(), 1); // page 2 starts after the second row
        QVERIFY(failure.isEmpty());
    }

    void onlyTheNewestSearchIsAnswered()
    {
        const std::unique_ptr<CaseQueryReader> reader = m_queries->reader();
        QList<QStringList> answers;
        auto collect = [&answers](const Result<QList<CaseSummary>> &found) {
            QStringList references;
            if (found) {
                for (const CaseSummary &summary : *found)
                    references.append(summary.reference);
            }
            answers.append(references);
        };
        reader->search(QStringLiteral("drone"), 10, collect);
        reader->search(QStringLiteral("overtime"), 10, collect);
        QTRY_COMPARE(answers.size(), 1);
        QStringList newest = answers.value(0);
        newest.sort();
        QCOMPARE(newest, (QStringList{QStringLiteral("FOI-2"), QStringLiteral("FOI-3")}));
    }

    void aWorkerOnAStoreThatCannotBeOpenedSaysWhy()
    {
        CaseQueryService missing(
            m_store->caseList(), m_store->search(),
            StoreAddress::file(m_dir.filePath(QStringLiteral("no-such.foistore"))),
            storetest::fakeClock());
        const std::unique_ptr<CaseQueryReader> reader = missing.reader();
        std::optional<Error> error;
        reader->search(QStringLiteral("drone"), 10,
                       [&error](const Result<QList<CaseSummary>> &found) {
                           error = found ? Error{} : found.error();
                       });
        QTRY_VERIFY(error.has_value());
        QVERIFY(!error->code.isEmpty());
        QVERIFY(!error->message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseQueryService)
#include "tst_case_query_service.moc"
