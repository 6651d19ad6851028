// Allocation (issue 20 point 3): a manager allocates a case, reallocates it and takes it back;
// each change is one audit row ("allocate-case", from whom to whom, by whom) and the chain
// verifies; allocating to whom it is already allocated records nothing; a name that cannot be an
// officer's and an unknown case are refused with nothing changed; and the case list shows one
// officer's cases or the unallocated ones, page after page, from the order's covering index.
// Run on a store file and on a team store (tst_allocation_service_postgresql, issue 20 point 2).

#include "tests/core/store/StoreTestSupport.h"
#include "tests/support/TestStore.h"

#include "core/services/AllocationService.h"
#include "core/store/AuditTrail.h"
#include "core/store/CaseListReader.h"
#include "core/store/StoreRepositories.h"
#include "core/support/StoreErrorCode.h"

using namespace foi::core;

class TestAllocationService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::TestStore> m_store;

    QStringList page(CaseListQuery query)
    {
        QStringList references;
        query.limit = 2;
        for (;;) {
            auto page = m_store->caseList().page(query);
            if (!page)
                return {page.error().message};
            for (const CaseSummary &summary : page->cases)
                references.append(summary.reference);
            if (!page->next)
                break;
            query.after = page->next;
        }
        references.sort();
        return references;
    }

private slots:
    void init()
    {
        m_store = testsupport::TestStore::create(m_dir.path(), storetest::fakeClock());
        QVERIFY(m_store);
        for (int i = 1; i <= 5; ++i)
            QVERIFY(m_store->cases().save(storetest::record(QStringLiteral("FOI-%1").arg(i),
                                                            QStringLiteral("request"),
                                                            QDate(2025, 1, i)),
                                          QStringLiteral("Logging Officer")));
    }

    void cleanup() { m_store.reset(); }

    void allocationsAreAuditedFromWhomToWhomByWhom()
    {
        AllocationService allocation(*m_store);
        auto first = allocation.allocate(QStringLiteral("FOI-1"), QStringLiteral("jo"),
                                         QStringLiteral("Manager"));
        QVERIFY(first);
        QVERIFY(first->changed);
        QCOMPARE(first->from, QString());
        QCOMPARE(m_store->cases().load(QStringLiteral("FOI-1"))->assignedOfficer,
                 QStringLiteral("jo"));
        const qint64 head = m_store->audit().head()->seq;
        auto same = allocation.allocate(QStringLiteral("FOI-1"), QStringLiteral("jo"),
                                        QStringLiteral("Manager"));
        QVERIFY(same && !same->changed);
        QCOMPARE(m_store->audit().head()->seq, head);
        auto again = allocation.allocate(QStringLiteral("FOI-1"), QStringLiteral("sam"),
                                         QStringLiteral("Manager"));
        QVERIFY(again && again->changed);
        QCOMPARE(again->from, QStringLiteral("jo"));
        auto back = allocation.unallocate(QStringLiteral("FOI-1"), QStringLiteral("Manager"));
        QVERIFY(back && back->changed);
        QCOMPARE(m_store->cases().load(QStringLiteral("FOI-1"))->assignedOfficer, QString());
        auto rows =
            m_store->audit().rowsFor(QStringLiteral("FOI-1"), {QStringLiteral("case-allocation")});
        QVERIFY(rows);
        QStringList summaries;
        for (const AuditTrail::Row &row : *rows) {
            QCOMPARE(row.action, QStringLiteral("allocate-case"));
            QCOMPARE(row.officer, QStringLiteral("Manager"));
            summaries.append(row.summary);
        }
        QCOMPARE(summaries, (QStringList{QStringLiteral("allocated to jo"),
                                         QStringLiteral("reallocated from jo to sam"),
                                         QStringLiteral("allocated to nobody (was sam)")}));
        auto report = m_store->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    void refusalsChangeNothing()
    {
        AllocationService allocation(*m_store);
        const qint64 head = m_store->audit().head()->seq;
        for (const QString &name : {QString(), QStringLiteral("  "), QStringLiteral(" jo"),
                                    QString(64, u'x'), QStringLiteral("jo\nsam")}) {
            auto refused =
                allocation.allocate(QStringLiteral("FOI-1"), name, QStringLiteral("Manager"));
            QVERIFY2(!refused, qPrintable(name));
            QCOMPARE(refused.error().code, QStringLiteral("allocation.officer"));
        }
        auto unknown = allocation.allocate(QStringLiteral("FOI-9"), QStringLiteral("jo"),
                                           QStringLiteral("Manager"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QString(StoreErrorCode::NotFound));
        QCOMPARE(m_store->audit().head()->seq, head);
    }

    void theListShowsMineOrTheUnallocatedPageAfterPage()
    {
        AllocationService allocation(*m_store);
        for (const QString &reference :
             {QStringLiteral("FOI-1"), QStringLiteral("FOI-3"), QStringLiteral("FOI-4")})
            QVERIFY(allocation.allocate(reference, QStringLiteral("jo"), QStringLiteral("M")));
        QVERIFY(allocation.allocate(QStringLiteral("FOI-2"), QStringLiteral("sam"),
                                    QStringLiteral("M")));
        for (int order = 0; order <= static_cast<int>(CaseListOrder::ReviewStatus); ++order) {
            CaseListQuery mine;
            mine.order = static_cast<CaseListOrder>(order);
            mine.allocation = CaseAllocation::AllocatedTo;
            mine.allocatedTo = QStringLiteral("jo");
            QCOMPARE(page(mine), (QStringList{QStringLiteral("FOI-1"), QStringLiteral("FOI-3"),
                                              QStringLiteral("FOI-4")}));
            QCOMPARE(m_store->caseList().count(mine).value(), 3);
            CaseListQuery unallocated;
            unallocated.order = static_cast<CaseListOrder>(order);
            unallocated.allocation = CaseAllocation::Unallocated;
            QCOMPARE(page(unallocated), QStringList{QStringLiteral("FOI-5")});
        }
    }

    // Like every filter of the list, the officer is read from the order's covering index
    // (migration 20): no case row is read and nothing is sorted.
    void theAllocationFilterReadsTheOrdersCoveringIndexWithoutSorting()
    {
        if (testsupport::onPostgres())
            QSKIP("SQLite's query plans: PostgreSQL chooses its own by the table's statistics, "
                  "and its list speed is measured by the benchmark, not asserted here.");
        for (int order = 0; order <= static_cast<int>(CaseListOrder::ReviewStatus); ++order) {
            for (const QString &status : {QString(), QStringLiteral("open")}) {
                for (CaseAllocation allocation :
                     {CaseAllocation::AllocatedTo, CaseAllocation::Unallocated}) {
                    CaseListQuery query;
                    query.order = static_cast<CaseListOrder>(order);
                    query.status = status;
                    query.allocation = allocation;
                    query.allocatedTo = QStringLiteral("jo");
                    query.after = CaseListCursor{QStringLiteral("2025-01-01"), 10};
                    auto plan = m_store->caseList().plan(query);
                    QVERIFY(plan);
                    const QString steps = plan->join(QStringLiteral(" | "));
                    for (const QString &step : *plan)
                        QVERIFY2(step.contains(QStringLiteral("USING COVERING INDEX cases_")),
                                 qPrintable(steps));
                    QVERIFY2(!steps.contains(QStringLiteral("TEMP B-TREE")), qPrintable(steps));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAllocationService)
#include "tst_allocation_service.moc"
