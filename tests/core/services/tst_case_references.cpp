// References and titles of new cases (issue 24 point 8): the authority's own reference typed
// on creation is checked, the reference offered is never one the store already has (or a
// deleted case had), numbering can start where the authority left off, and a case's title is
// kept, listed and searched.

#include "tests/support/ReferenceCase.h"

#include "core/law/WorkingDayCalendar.h"
#include "core/services/CaseEditingService.h"
#include "core/services/CaseImportService.h"
#include "core/store/CaseSearch.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"
#include "tests/support/TestStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace foi::core;

namespace {

const QString officer = QStringLiteral("Jo Officer");
const QDate today(2026, 12, 7);

ReferenceAllocator allocator(int first = 1)
{
    return *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}"), first);
}

// The editing service as the workbench makes it: with the officer's name for the audit.
std::unique_ptr<CaseEditingService> editing(StoreRepositories &store, int first = 1)
{
    auto cases = std::make_unique<CaseEditingService>(store, allocator(first),
                                                      WorkingDayCalendar::builtIn());
    cases->setOfficer(officer);
    return cases;
}

} // namespace

class TestCaseReferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::TestStore> m_store;

    void store(const QString &reference, const QDate &received)
    {
        Case theCase = testsupport::referenceCase();
        theCase.reference = reference;
        theCase.dateOfReceipt = received;
        const QString path = testsupport::writeCaseFile(
            m_dir.filePath(reference + QStringLiteral(".json")), theCase);
        auto report =
            CaseImportService(*m_store, WorkingDayCalendar::builtIn()).importFiles({path}, officer);
        QVERIFY(report && report->ok());
    }

private slots:
    void init()
    {
        m_store = testsupport::TestStore::create(m_dir.path(), foi::core::Clock::system());
        QVERIFY(m_store);
    }

    void theOfferSkipsAReferenceTheStoreAlreadyHas()
    {
        // 1_26 and 2_26 were typed by hand for requests received in 2025.
        store(QStringLiteral("1_26"), QDate(2025, 12, 30));
        store(QStringLiteral("2_26"), QDate(2025, 12, 31));
        const auto owned = editing(*m_store);
        CaseEditingService &cases = *owned;
        QCOMPARE(cases.nextReference(today).value(), QStringLiteral("3_26"));
    }

    void aDeletedCasesReferenceIsNeverOfferedAgain()
    {
        const auto owned = editing(*m_store);
        CaseEditingService &cases = *owned;
        auto created = cases.logNewRequest(today, Authority{});
        QVERIFY(created);
        QCOMPARE(created->reference, QStringLiteral("1_26"));
        QVERIFY(m_store->cases().deleteCreatedInError(QStringLiteral("1_26"),
                                                      QStringLiteral("Logged twice."), officer));
        QCOMPARE(cases.nextReference(today).value(), QStringLiteral("2_26"));
        const Status typed = cases.checkNewReference(QStringLiteral("1_26"), today);
        QVERIFY(!typed);
        QCOMPARE(typed.error().code, QStringLiteral("reference.taken"));
    }

    void numberingStartsWhereTheAuthorityLeftOff()
    {
        const auto owned = editing(*m_store, 457);
        CaseEditingService &cases = *owned;
        QCOMPARE(cases.nextReference(today).value(), QStringLiteral("457_26"));
        QVERIFY(cases.logNewRequest(today, Authority{}));
        QCOMPARE(cases.nextReference(today).value(), QStringLiteral("458_26"));
    }

    void theAuthoritysOwnReferenceIsCheckedAndKept()
    {
        store(QStringLiteral("FOI-2026-0012"), QDate(2026, 11, 2));
        const auto owned = editing(*m_store);
        CaseEditingService &cases = *owned;
        const auto taken =
            cases.logNewRequest(today, Authority{}, QStringLiteral("FOI-2026-0012"), QString());
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, QStringLiteral("reference.taken"));
        QVERIFY2(taken.error().message.contains(QStringLiteral("1_26")),
                 qPrintable(taken.error().message));
        const auto badly =
            cases.logNewRequest(today, Authority{}, QStringLiteral("FOI/2026/13"), QString());
        QVERIFY(!badly);
        QCOMPARE(badly.error().code, QStringLiteral("reference.invalid"));
        QCOMPARE(m_store->cases().count().value(), qint64(1));
        const auto own = cases.logNewRequest(today, Authority{}, QStringLiteral("FOI-2026-0013"),
                                             QStringLiteral("  Drone flights over the city "));
        QVERIFY2(own, qPrintable(own ? QString() : own.error().message));
        QCOMPARE(own->title, QStringLiteral("Drone flights over the city"));
        QCOMPARE(cases.open(QStringLiteral("FOI-2026-0013"))->title,
                 QStringLiteral("Drone flights over the city"));
    }

    void theTitleIsListedAndSearched()
    {
        const auto owned = editing(*m_store);
        CaseEditingService &cases = *owned;
        QVERIFY(cases.logNewRequest(today, Authority{}, QString(),
                                    QStringLiteral("Helicopter noise complaints")));
        QVERIFY(cases.logNewRequest(today, Authority{}));
        auto page = m_store->caseList().page(CaseListQuery{});
        QVERIFY(page);
        QCOMPARE(page->cases.size(), 2);
        QStringList titles;
        for (const CaseSummary &summary : page->cases)
            titles.append(summary.title);
        titles.sort();
        QCOMPARE(titles, (QStringList{QString(), QStringLiteral("Helicopter noise complaints")}));
        auto found = m_store->search().search(QStringLiteral("helicopter"), 10);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->constFirst().reference, QStringLiteral("1_26"));
        QCOMPARE(found->constFirst().title, QStringLiteral("Helicopter noise complaints"));
        // A changed title is listed at once; an emptied one leaves no row behind.
        Case theCase = *cases.open(QStringLiteral("1_26"));
        theCase.title.clear();
        QVERIFY(cases.save(theCase));
        page = m_store->caseList().page(CaseListQuery{});
        for (const CaseSummary &summary : page->cases)
            QCOMPARE(summary.title, QString());
        QCOMPARE(m_store->search().search(QStringLiteral("helicopter"), 10)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseReferences)
#include "tst_case_references.moc"
