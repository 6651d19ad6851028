// Optimistic saves (issue 20 point 3): two officers open the same case; the first saves; the
// second's save, based on the version they opened, is refused with who changed the case, the
// stored case keeps the first officer's change, and the second officer's typing stays in their
// open document (their autosaver reports the refusal and keeps the change unsaved) until they
// open the newer version and make it again. Run on a store file and on a team store
// (tst_optimistic_save_postgresql, issue 20 point 2).

#include "tests/core/store/StoreTestSupport.h"
#include "tests/support/ReferenceCase.h"
#include "tests/support/TestStore.h"

#include "core/law/WorkingDayCalendar.h"
#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseEditingService.h"
#include "core/support/StoreErrorCode.h"

#include <QSignalSpy>

using namespace foi::core;

namespace {

std::unique_ptr<CaseEditingService> editing(StoreRepositories &store, const QString &officer)
{
    auto cases = std::make_unique<CaseEditingService>(
        store, *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
        WorkingDayCalendar::builtIn());
    cases->setOfficer(officer);
    return cases;
}

} // namespace

class TestOptimisticSave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::TestStore> m_store;

private slots:
    void init()
    {
        m_store = testsupport::TestStore::create(m_dir.path(), storetest::fakeClock());
        QVERIFY(m_store);
        Case theCase = testsupport::referenceCase();
        theCase.reference = QStringLiteral("FOI-1");
        QVERIFY(editing(*m_store, QStringLiteral("Logging Officer"))->save(theCase));
    }

    void cleanup() { m_store.reset(); }

    void theSecondOfficersSaveIsRefusedAndTheFirstsIsKept()
    {
        auto ann = editing(*m_store, QStringLiteral("Ann Officer"));
        auto bob = editing(*m_store, QStringLiteral("Bob Officer"));
        Result<Case> annCase = ann->open(QStringLiteral("FOI-1"));
        Result<Case> bobCase = bob->open(QStringLiteral("FOI-1"));
        QVERIFY(annCase && bobCase);
        QCOMPARE(ann->versionOf(QStringLiteral("FOI-1")), std::optional<qint64>(1));
        annCase->requestText = QStringLiteral("Ann's wording");
        QVERIFY(ann->save(*annCase));
        QCOMPARE(ann->versionOf(QStringLiteral("FOI-1")), std::optional<qint64>(2));
        bobCase->requestText = QStringLiteral("Bob's wording");
        Status refused = bob->save(*bobCase);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(StoreErrorCode::Changed));
        QVERIFY2(refused.error().message.contains(QStringLiteral("changed by Ann Officer")),
                 qPrintable(refused.error().message));
        QCOMPARE(m_store->cases().version(QStringLiteral("FOI-1")).value(), 2);
        QCOMPARE(bob->open(QStringLiteral("FOI-1"))->requestText, QStringLiteral("Ann's wording"));
        bobCase->requestText = QStringLiteral("Ann's wording, then Bob's");
        QVERIFY(bob->save(*bobCase));
        QCOMPARE(ann->open(QStringLiteral("FOI-1"))->requestText,
                 QStringLiteral("Ann's wording, then Bob's"));
    }

    void theAutosaverKeepsARefusedChangeUnsaved()
    {
        auto ann = editing(*m_store, QStringLiteral("Ann Officer"));
        auto bob = editing(*m_store, QStringLiteral("Bob Officer"));
        CaseDocument annDocument;
        CaseDocument bobDocument;
        annDocument.reset(ann->open(QStringLiteral("FOI-1")).value());
        bobDocument.reset(bob->open(QStringLiteral("FOI-1")).value());
        CaseAutosaver annSaver(annDocument, *ann, 0);
        CaseAutosaver bobSaver(bobDocument, *bob, 0);
        QSignalSpy refusals(&bobSaver, &CaseAutosaver::saveFailed);
        annDocument.edit(QStringLiteral("typing"),
                         [](Case &c) { c.requestText = QStringLiteral("Ann typed"); });
        annSaver.flush();
        QVERIFY(annSaver.isSaved());
        bobDocument.edit(QStringLiteral("typing"),
                         [](Case &c) { c.requestText = QStringLiteral("Bob typed"); });
        bobSaver.flush();
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.at(0).at(0).value<Error>().code, QString(StoreErrorCode::Changed));
        QVERIFY(!bobSaver.isSaved());
        QCOMPARE(bobDocument.current().requestText, QStringLiteral("Bob typed"));
        QCOMPARE(m_store->cases().load(QStringLiteral("FOI-1"))->version, 2);
        QCOMPARE(ann->open(QStringLiteral("FOI-1"))->requestText, QStringLiteral("Ann typed"));
    }
};

QTEST_GUILESS_MAIN(TestOptimisticSave)
#include "tst_optimistic_save.moc"
