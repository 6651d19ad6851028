#include "ServiceTestSupport.h"

#include "services/CaseImportJob.h"
#include "services/CaseImportService.h"
#include "services/CaseRecordMapper.h"
#include "store/CaseStore.h"

#include <QTemporaryDir>

using namespace foi::core;

// Importing case files into the store and exporting them again.
class TestCaseImportService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;

private slots:
    void init()
    {
        static int n = 0;
        auto store = CaseStore::open(m_dir.filePath(QStringLiteral("import-%1.foistore").arg(++n)),
                                     CaseStore::OpenMode::CreateIfMissing);
        QVERIFY(store);
        m_store = std::move(store).value();
    }

    void cleanup() { m_store.reset(); }

    void referenceCaseImportsWithItsListingColumns()
    {
        const QString file = servicetest::writeCaseFile(m_dir.filePath(QStringLiteral("ref.json")),
                                                        servicetest::referenceCase());
        CaseImportService service(*m_store);
        auto report = service.importFiles({file}, QStringLiteral("Jo Officer"));
        QVERIFY(report);
        QVERIFY(report->ok());
        QCOMPARE(report->created, 1);
        auto stored = m_store->cases().load(QStringLiteral("13457_18"));
        QVERIFY(stored);
        QCOMPARE(stored->record.regime, QStringLiteral("FOIA"));
        QCOMPARE(stored->record.dateReceived, QDate(2018, 5, 14));
        QCOMPARE(stored->record.requesterName, QStringLiteral("A. Requester"));
        // 20 working days from Monday 14 May 2018, skipping the 28 May bank holiday (s10(1)).
        QCOMPARE(stored->record.dueDate, QDate(2018, 6, 12));
        QVERIFY(stored->record.questionsText.contains(QStringLiteral("facial recognition")));
        QVERIFY(!stored->record.outcome.isEmpty());
        QCOMPARE(m_store->search().search(QStringLiteral("facial recognition"), 5)->size(), 1);
    }

    void exportGivesBackACaseFileThatReadsAsTheSameCase()
    {
        const Case original = servicetest::referenceCase();
        const QString file =
            servicetest::writeCaseFile(m_dir.filePath(QStringLiteral("ref2.json")), original);
        CaseImportService service(*m_store);
        QVERIFY(service.importFiles({file}, QStringLiteral("Jo Officer")));
        auto exported = service.exportCase(QStringLiteral("13457_18"));
        QVERIFY(exported);
        auto reread = CaseFile::read(*exported);
        QVERIFY(reread);
        QCOMPARE(*reread, original);
    }

    void reimportingTheSameFileChangesNothing()
    {
        const QString file = servicetest::writeCaseFile(m_dir.filePath(QStringLiteral("ref3.json")),
                                                        servicetest::referenceCase());
        CaseImportService service(*m_store);
        QVERIFY(service.importFiles({file}, QStringLiteral("Jo Officer")));
        auto again = service.importFiles({file}, QStringLiteral("Jo Officer"));
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(m_store->audit().head()->seq, 1);
    }

    void oneBadFileImportsNothingAndIsNamed()
    {
        Case other = servicetest::referenceCase();
        other.reference = QStringLiteral("OTHER-1");
        const QString good =
            servicetest::writeCaseFile(m_dir.filePath(QStringLiteral("good.json")), other);
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"formatVersion\": 1, \"reference\": 7}");
        file.close();
        CaseImportService service(*m_store);
        auto report =
            service.importFiles({good, bad, m_dir.filePath(QStringLiteral("absent.json"))},
                                QStringLiteral("Jo Officer"));
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 2);
        QVERIFY(report->problems.at(0).startsWith(bad + QStringLiteral(": ")));
        QVERIFY(report->problems.at(1).contains(QStringLiteral("absent.json")));
        QCOMPARE(*m_store->cases().count(), 0);
    }

    void caseWithASentReplyIsClosedOnTheDayItWasSent()
    {
        Case theCase = servicetest::referenceCase();
        theCase.reply.sentOn = QDate(2018, 6, 8);
        const CaseRecord record = CaseRecordMapper::toRecord(theCase);
        QCOMPARE(record.status, QStringLiteral("closed"));
        QCOMPARE(record.closedOn, QDate(2018, 6, 8));
        theCase.reply.sentOn = QDate();
        QCOMPARE(CaseRecordMapper::toRecord(theCase).status, QStringLiteral("open"));
    }

    // The GUI's import: file by file on a worker's own connection, counted, stoppable.
    void importJobCountsEachFileAndStopsWhenCancelled()
    {
        QStringList paths;
        for (int i = 1; i <= 3; ++i) {
            Case c = servicetest::referenceCase();
            c.reference = QStringLiteral("JOB-%1").arg(i);
            paths.append(servicetest::writeCaseFile(
                m_dir.filePath(QStringLiteral("job-%1.json").arg(i)), c));
        }
        const QString storePath = m_dir.filePath(QStringLiteral("job.foistore"));
        QVERIFY(CaseStore::open(storePath, CaseStore::OpenMode::CreateIfMissing));
        JobControl stopped;
        stopped.cancelled = true;
        auto none = CaseImportJob::run(storePath, paths, QStringLiteral("Jo Officer"), stopped);
        QVERIFY(none);
        QCOMPARE(none->created, 0);
        QCOMPARE(int(stopped.total), 3);

        JobControl control;
        auto all = CaseImportJob::run(storePath, paths, QStringLiteral("Jo Officer"), control);
        QVERIFY(all);
        QCOMPARE(all->created, 3);
        QCOMPARE(int(control.done), 3);
        auto missing = CaseImportJob::run(m_dir.filePath(QStringLiteral("absent.foistore")), paths,
                                          QStringLiteral("Jo Officer"), control);
        QVERIFY(!missing);
    }
};

QTEST_GUILESS_MAIN(TestCaseImportService)
#include "tst_caseimportservice.moc"
