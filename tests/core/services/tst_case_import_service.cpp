#include "core/model/CaseFile.h"
#include "tests/support/ReferenceCase.h"

#include "core/services/CaseImportJob.h"
#include "core/services/CaseImportService.h"
#include "core/services/CaseRecordMapper.h"
#include "core/store/AuditTrail.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"
#include "tests/support/TestStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

// Importing case files into the store and exporting them again.
class TestCaseImportService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::TestStore> m_store;

    // The reference case under another reference and request, written as a case file.
    QString caseFile(const QString &reference, const QString &request)
    {
        Case theCase = testsupport::referenceCase();
        theCase.reference = reference;
        theCase.requestText = request;
        return testsupport::writeCaseFile(
            m_dir.filePath(QStringLiteral("%1-%2.json").arg(reference).arg(++m_files)), theCase);
    }

    QString fileWith(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    int m_files = 0;

private slots:
    void init()
    {
        m_store = testsupport::TestStore::create(m_dir.path(), foi::core::Clock::system());
        QVERIFY(m_store);
    }

    void cleanup() { m_store.reset(); }

    void referenceCaseImportsWithItsListingColumns()
    {
        const QString file = testsupport::writeCaseFile(m_dir.filePath(QStringLiteral("ref.json")),
                                                        testsupport::referenceCase());
        CaseImportService service(*m_store, WorkingDayCalendar::builtIn());
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
        const Case original = testsupport::referenceCase();
        const QString file =
            testsupport::writeCaseFile(m_dir.filePath(QStringLiteral("ref2.json")), original);
        CaseImportService service(*m_store, WorkingDayCalendar::builtIn());
        QVERIFY(service.importFiles({file}, QStringLiteral("Jo Officer")));
        auto exported = service.exportCase(QStringLiteral("13457_18"));
        QVERIFY(exported);
        auto reread = CaseFile::read(*exported);
        QVERIFY(reread);
        QCOMPARE(*reread, original);
    }

    void reimportingTheSameFileChangesNothing()
    {
        const QString file = testsupport::writeCaseFile(m_dir.filePath(QStringLiteral("ref3.json")),
                                                        testsupport::referenceCase());
        CaseImportService service(*m_store, WorkingDayCalendar::builtIn());
        QVERIFY(service.importFiles({file}, QStringLiteral("Jo Officer")));
        auto again = service.importFiles({file}, QStringLiteral("Jo Officer"));
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(m_store->audit().head()->seq, 1);
    }

    void oneBadFileImportsNothingAndIsNamed()
    {
        Case other = testsupport::referenceCase();
        other.reference = QStringLiteral("OTHER-1");
        const QString good =
            testsupport::writeCaseFile(m_dir.filePath(QStringLiteral("good.json")), other);
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"formatVersion\": 1, \"reference\": 7}");
        file.close();
        CaseImportService service(*m_store, WorkingDayCalendar::builtIn());
        auto report =
            service.importFiles({good, bad, m_dir.filePath(QStringLiteral("absent.json"))},
                                QStringLiteral("Jo Officer"));
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 2);
        QVERIFY(report->problems.at(0).startsWith(bad + QStringLiteral(": ")));
        QVERIFY(report->problems.at(1).contains(QStringLiteral("absent.json")));
        QCOMPARE(*m_store->cases().count(), 0);
    }

    // Batches of three: two whole batches are saved (inside the import's transaction) before
    // the bad JSON, the fifth file and the middle of the second batch; reading goes on to the end.
    void badFilesAfterEarlierBatchesLeaveTheStoreAsItWasAndAreAllNamed()
    {
        const QString officer = QStringLiteral("Jo Officer");
        const QString earlier = caseFile(QStringLiteral("EARLIER-1"), QStringLiteral("earlier"));
        QVERIFY(CaseImportService(*m_store, WorkingDayCalendar::builtIn())
                    .importFiles({earlier}, officer));
        const AuditAnchor headBefore = *m_store->audit().head();
        const QByteArray documentBefore =
            m_store->cases().load(QStringLiteral("EARLIER-1"))->record.document;

        QStringList paths;
        for (int i = 1; i <= 4; ++i)
            paths.append(caseFile(QStringLiteral("BATCH-%1").arg(i),
                                  QStringLiteral("Batched request %1").arg(i)));
        const QString notJson = fileWith(QStringLiteral("not-json.json"), "{\"formatVersion\": 1,");
        paths.append(notJson);
        paths.append(caseFile(QStringLiteral("BATCH-5"), QStringLiteral("Batched request 5")));
        const QString absent = m_dir.filePath(QStringLiteral("absent.json"));
        paths.append(absent);
        Case undated = testsupport::referenceCase();
        undated.reference = QStringLiteral("UNDATED-1");
        undated.dateOfReceipt = QDate();
        const QString undatedFile =
            testsupport::writeCaseFile(m_dir.filePath(QStringLiteral("undated.json")), undated);
        paths.append(undatedFile);
        // Would change the case already in the store.
        paths.append(caseFile(QStringLiteral("EARLIER-1"), QStringLiteral("changed")));

        auto report = CaseImportService(*m_store, WorkingDayCalendar::builtIn(), 3)
                          .importFiles(paths, officer);
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 3);
        QVERIFY2(report->problems.at(0).startsWith(notJson + QStringLiteral(": $: the case file "
                                                                            "is not valid JSON")),
                 qPrintable(report->problems.at(0)));
        QVERIFY(report->problems.at(1).startsWith(absent + QStringLiteral(": cannot be read")));
        QVERIFY2(report->problems.at(2).startsWith(undatedFile + QStringLiteral(": ")) &&
                     report->problems.at(2).contains(QStringLiteral("date of receipt")),
                 qPrintable(report->problems.at(2)));
        QCOMPARE(report->created + report->updated + report->unchanged, 0);

        // Exactly as before: the one case, its document, the audit trail, the search index.
        QCOMPARE(*m_store->cases().count(), 1);
        QCOMPARE(m_store->cases().load(QStringLiteral("EARLIER-1"))->record.document,
                 documentBefore);
        QCOMPARE(m_store->audit().head()->toString(), headBefore.toString());
        QVERIFY(m_store->search().search(QStringLiteral("batched"), 10)->isEmpty());
        auto audit = m_store->verify();
        QVERIFY2(audit->intact, qPrintable(audit->problem));

        // Put right, the same import goes in whole.
        paths.removeAll(notJson);
        paths.removeAll(absent);
        paths.removeAll(undatedFile);
        auto again = CaseImportService(*m_store, WorkingDayCalendar::builtIn(), 3)
                         .importFiles(paths, officer);
        QVERIFY(again && again->ok());
        QCOMPARE(again->created, 5);
        QCOMPARE(again->updated, 1);
        QCOMPARE(*m_store->cases().count(), 6);
        QCOMPARE(m_store->search().search(QStringLiteral("batched"), 10)->size(), 5);
    }

    // New, changed and unchanged cases are counted as each is saved, whatever batch it is in; a
    // case named twice in one import is created by the first file and changed by the second.
    void reportCountsNewChangedAndUnchangedCasesAcrossBatches()
    {
        const QString officer = QStringLiteral("Jo Officer");
        const QString a = caseFile(QStringLiteral("A-1"), QStringLiteral("first a"));
        const QString b = caseFile(QStringLiteral("B-1"), QStringLiteral("first b"));
        const QString c = caseFile(QStringLiteral("C-1"), QStringLiteral("first c"));
        auto first = CaseImportService(*m_store, WorkingDayCalendar::builtIn(), 2)
                         .importFiles({a, b, c}, officer);
        QVERIFY(first && first->ok());
        QCOMPARE(first->created, 3);
        QCOMPARE(first->updated + first->unchanged, 0);

        const QStringList paths{a,
                                caseFile(QStringLiteral("B-1"), QStringLiteral("second b")),
                                c,
                                caseFile(QStringLiteral("D-1"), QStringLiteral("first d")),
                                caseFile(QStringLiteral("E-1"), QStringLiteral("first e")),
                                caseFile(QStringLiteral("D-1"), QStringLiteral("second d")),
                                caseFile(QStringLiteral("F-1"), QStringLiteral("first f"))};
        auto second = CaseImportService(*m_store, WorkingDayCalendar::builtIn(), 2)
                          .importFiles(paths, officer);
        QVERIFY(second && second->ok());
        QCOMPARE(second->created, 3);
        QCOMPARE(second->updated, 2);
        QCOMPARE(second->unchanged, 2);
        QCOMPARE(*m_store->cases().count(), 6);
        QCOMPARE(m_store->cases().load(QStringLiteral("D-1"))->record.requestText,
                 QStringLiteral("second d"));
        // One audit row for each case created or changed, none for the unchanged.
        QCOMPARE(m_store->audit().head()->seq, 3 + 5);
    }

    void caseWithASentReplyIsClosedOnTheDayItWasSent()
    {
        Case theCase = testsupport::referenceCase();
        theCase.reply.sentOn = QDate(2018, 6, 8);
        const CaseRecord record =
            CaseRecordMapper::toRecord(theCase, WorkingDayCalendar::builtIn());
        QCOMPARE(record.status, QStringLiteral("closed"));
        QCOMPARE(record.closedOn, QDate(2018, 6, 8));
        theCase.reply.sentOn = QDate();
        QCOMPARE(CaseRecordMapper::toRecord(theCase, WorkingDayCalendar::builtIn()).status,
                 QStringLiteral("open"));
    }

    // The GUI's import: file by file on a worker's own connection, counted, stoppable.
    void importJobCountsEachFileAndStopsWhenCancelled()
    {
        QStringList paths;
        for (int i = 1; i <= 3; ++i) {
            Case c = testsupport::referenceCase();
            c.reference = QStringLiteral("JOB-%1").arg(i);
            paths.append(testsupport::writeCaseFile(
                m_dir.filePath(QStringLiteral("job-%1.json").arg(i)), c));
        }
        const QString storePath = m_dir.filePath(QStringLiteral("job.foistore"));
        QVERIFY(CaseStore::open(storePath, CaseStore::OpenMode::CreateIfMissing,
                                testsupport::storeOptions()));
        JobControl stopped;
        stopped.cancelled = true;
        // The worker's own store dates its audit rows with the program's clock, not the system's.
        const QDateTime moment(QDate(2019, 5, 6), QTime(10, 30), Qt::UTC);
        const Clock clock = Clock::fixedAt(moment);
        auto none =
            CaseImportJob::run(StoreAddress::file(storePath), paths, QStringLiteral("Jo Officer"),
                               WorkingDayCalendar::builtIn(), clock, stopped);
        QVERIFY(none);
        QCOMPARE(none->created, 0);
        QCOMPARE(int(stopped.total), 3);

        JobControl control;
        auto all =
            CaseImportJob::run(StoreAddress::file(storePath), paths, QStringLiteral("Jo Officer"),
                               WorkingDayCalendar::builtIn(), clock, control);
        QVERIFY(all);
        QCOMPARE(all->created, 3);
        QCOMPARE(int(control.done), 3);
        auto reopened =
            CaseStore::open(storePath, CaseStore::OpenMode::ReadOnly, testsupport::storeOptions());
        QVERIFY(reopened);
        auto rows = (*reopened)->audit().rowsFor(QStringLiteral("JOB-1"), {QStringLiteral("case")});
        QVERIFY(rows && !rows->isEmpty());
        QCOMPARE(QDateTime::fromString(rows->constFirst().recordedAt, Qt::ISODateWithMs), moment);
        reopened->reset();
        auto missing = CaseImportJob::run(
            StoreAddress::file(m_dir.filePath(QStringLiteral("absent.foistore"))), paths,
            QStringLiteral("Jo Officer"), WorkingDayCalendar::builtIn(), clock, control);
        QVERIFY(!missing);
    }
};

QTEST_GUILESS_MAIN(TestCaseImportService)
#include "tst_case_import_service.moc"
