#include "tests/core/store/StoreTestSupport.h"

#include "core/law/ExemptionCatalogue.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/CaseFile.h"
#include "core/model/RequesterKeys.h"
#include "core/rules/StatisticsRecords.h"
#include "core/services/StatisticsService.h"
#include "core/store/Migrations.h"
#include "core/support/StoreErrorCode.h"

#include <QDir>

using namespace foi::core;

// Numbered schema upgrades: a fresh store, and each upgrade applied to a fixture file of the
// version before it (tests/data/store/schema-vN.sql, dumps of stores made by that version,
// with data), keeping the data and the audit chain.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString fixture(int version)
    {
        static int n = 0;
        const QString file =
            m_dir.filePath(QStringLiteral("v%1-%2.foistore").arg(version).arg(++n));
        QFile sql(QStringLiteral(FOI_TEST_DATA_DIR "/store/schema-v%1.sql").arg(version));
        if (!sql.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(sql.fileName()));
        QFile(file).open(QIODevice::WriteOnly);
        const QString error = storetest::rawExec(file, QString::fromUtf8(sql.readAll()));
        if (!error.isEmpty())
            qFatal("fixture %d does not load: %s", version, qPrintable(error));
        return file;
    }

    static int userVersion(const QString &file)
    {
        return storetest::rawSelect(file, QStringLiteral("PRAGMA user_version"))
            .value(0)
            .value(0)
            .toInt();
    }

private slots:
    void freshStoreIsAtTheLatestVersion()
    {
        const QString file = m_dir.filePath(QStringLiteral("fresh.foistore"));
        QVERIFY(storetest::create(file));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        const auto tables = storetest::rawSelect(
            file,
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
        QStringList names;
        for (const QStringList &row : tables)
            names.append(row.value(0));
        for (const char *table :
             {"audit_log", "audit_snapshot", "cases", "attachments", "sent_replies", "case_index"})
            QVERIFY2(names.contains(QString::fromLatin1(table)), table);
    }

    void fixturesAreAtTheVersionTheyClaim()
    {
        QCOMPARE(userVersion(fixture(1)), 1);
        QCOMPARE(userVersion(fixture(2)), 2);
        QCOMPARE(userVersion(fixture(3)), 3);
        QCOMPARE(userVersion(fixture(4)), 4);
        QCOMPARE(userVersion(fixture(5)), 5);
        QCOMPARE(userVersion(fixture(6)), 6);
        QCOMPARE(userVersion(fixture(7)), 7);
        QCOMPARE(userVersion(fixture(8)), 8);
        QCOMPARE(userVersion(fixture(9)), 9);
        QCOMPARE(userVersion(fixture(10)), 10);
        QCOMPARE(userVersion(fixture(14)), 14);
        QCOMPARE(userVersion(fixture(17)), 17);
        QCOMPARE(userVersion(fixture(19)), 19);
    }

    void upgradeFromVersion1KeepsTheAuditChainAndAddsCases()
    {
        const QString file = fixture(1);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
        QCOMPARE(report->rowsChecked, 3);
        QVERIFY((*store)->cases().save(
            storetest::record(QStringLiteral("FOI-NEW"), QStringLiteral("tasers")),
            QStringLiteral("officer")));
        QCOMPARE((*store)->audit().head()->seq, 4);
    }

    void upgradeFromVersion2IndexesTheCasesAlreadyStored()
    {
        const QString file = fixture(2);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        auto found = (*store)->search().search(QStringLiteral("facial recognition"), 10);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->constFirst().reference, QStringLiteral("FIX-2"));
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 4 adds offline review's tables to a store of version 3 with cases: the cases,
    // their search index and the audit chain are kept, and a review can be recorded at once.
    void upgradeFromVersion3AddsReviewsAndKeepsCases()
    {
        const QString file = fixture(3);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        QCOMPARE(*(*store)->cases().count(), 2);
        QCOMPARE((*store)->search().search(QStringLiteral("body-worn"), 10)->size(), 1);
        auto status = (*store)->reviews().status(QStringLiteral("FIX-3"));
        QVERIFY(status);
        QCOMPARE(status->state, ReviewStatus::State::NotReviewed);
        const QString sha =
            storetest::rawSelect(
                file, QStringLiteral("SELECT document_sha256 FROM cases WHERE reference = 'FIX-3'"))
                .value(0)
                .value(0);
        QVERIFY((*store)->reviews().recordExport({QStringLiteral("FIX-3"),
                                                  QString(64, QLatin1Char('1')),
                                                  sha,
                                                  QStringLiteral("2026-01-01T00:00:00Z"),
                                                  QStringLiteral("officer"),
                                                  QStringLiteral("FP"),
                                                  {},
                                                  false}));
        QCOMPARE((*store)->reviews().status(QStringLiteral("FIX-3"))->state,
                 ReviewStatus::State::AwaitingReview);
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
        QCOMPARE(report->rowsChecked, 3);
    }

    // Migration 5 lists cases from covering indexes: a store of version 4 with cases is
    // upgraded, the narrow indexes replaced, and the list, filters and search still work.
    void upgradeFromVersion4ListsTheCasesFromACoveringIndex()
    {
        const QString file = fixture(4);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        const auto indexes = storetest::rawSelect(
            file, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND "
                                 "tbl_name = 'cases' ORDER BY name"));
        QStringList names;
        for (const QStringList &row : indexes)
            names.append(row.value(0));
        QVERIFY(names.contains(QStringLiteral("cases_list_by_received")));
        QVERIFY(names.contains(QStringLiteral("cases_list_by_status")));
        QVERIFY(!names.contains(QStringLiteral("cases_by_received")));
        QVERIFY(!names.contains(QStringLiteral("cases_by_status")));
        // The page comes from the index alone, never from the long case rows.
        const auto plan = storetest::rawSelect(
            file, QStringLiteral(
                      "EXPLAIN QUERY PLAN SELECT reference, regime, date_received, "
                      "status, outcome, requester_name, updated_at, hold, id, due_date FROM cases "
                      "ORDER BY date_received DESC, id DESC LIMIT 50"));
        QVERIFY(!plan.isEmpty());
        QVERIFY2(plan.constLast().constLast().contains(
                     QStringLiteral("COVERING INDEX cases_list_by_received")),
                 qPrintable(plan.constLast().constLast()));
        auto page = (*store)->caseList().page(CaseListQuery{});
        QVERIFY(page);
        QCOMPARE(page->cases.size(), 2);
        QCOMPARE(page->cases.at(0).reference, QStringLiteral("FIX-4"));
        QCOMPARE(page->cases.at(1).reference, QStringLiteral("FIX-3"));
        CaseListQuery open;
        open.status = QStringLiteral("open");
        QCOMPARE((*store)->caseList().page(open)->cases.size(), 2);
        auto found = (*store)->search().search(QStringLiteral("speed cameras"), 10);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 6 gives every other order of the case list its covering index: a store of
    // version 5 with cases is upgraded, and a page of each order comes from its index alone.
    void upgradeFromVersion5SortsEveryOrderFromAnIndex()
    {
        const QString file = fixture(5);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        const auto indexes = storetest::rawSelect(
            file, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND "
                                 "tbl_name = 'cases' ORDER BY name"));
        QStringList names;
        for (const QStringList &row : indexes)
            names.append(row.value(0));
        for (const char *index :
             {"cases_list_by_received", "cases_list_by_status", "cases_list_by_reference",
              "cases_list_by_requester", "cases_list_by_due", "cases_list_by_status_id",
              "cases_list_by_outcome"})
            QVERIFY2(names.contains(QString::fromLatin1(index)), index);
        for (int order = 0; order <= static_cast<int>(CaseListOrder::Outcome); ++order) {
            CaseListQuery query;
            query.order = static_cast<CaseListOrder>(order);
            query.ascending = true;
            auto plan = (*store)->caseList().plan(query);
            QVERIFY(plan);
            const QString steps = plan->join(QLatin1Char(' '));
            QVERIFY2(steps.contains(QStringLiteral("COVERING INDEX cases_list_")) &&
                         !steps.contains(QStringLiteral("TEMP B-TREE")),
                     qPrintable(steps));
            auto page = (*store)->caseList().page(query);
            QVERIFY(page);
            QCOMPARE(page->cases.size(), 2);
        }
        CaseListQuery byReference;
        byReference.order = CaseListOrder::Reference;
        byReference.ascending = true;
        QCOMPARE((*store)->caseList().page(byReference)->cases.at(0).reference,
                 QStringLiteral("FIX-3"));
        QCOMPARE(*(*store)->caseList().count(byReference), qint64(2));
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 7 gives each attachment a kind: a file attached under version 6 reads as
    // "other", keeps its hash and audit, and can then be marked (audited); the column refuses
    // a kind the workbench does not know.
    void upgradeFromVersion6GivesOldAttachmentsTheKindOther()
    {
        const QString file = fixture(6);
        // An attachment as a version-6 store kept it (no kind column yet).
        QCOMPARE(
            storetest::rawExec(
                file, QStringLiteral("INSERT INTO attachments (case_id, file_name, media_type, "
                                     "size_bytes, sha256, added_at, added_by) VALUES (1, "
                                     "'letter.pdf', 'application/pdf', 4, '%1', "
                                     "'2026-11-26T13:05:00.000Z', 'Fixture Officer')")
                          .arg(QString(64, QLatin1Char('a')))),
            QString());
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        auto listed = (*store)->attachments().attachmentsOf(QStringLiteral("FIX-3"));
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->at(0).kind, AttachmentKind::Other);
        QCOMPARE(listed->at(0).fileName, QStringLiteral("letter.pdf"));
        QCOMPARE(listed->at(0).sha256, QString(64, QLatin1Char('a')));
        QVERIFY((*store)->attachments().setKind(QStringLiteral("FIX-3"), listed->at(0).id,
                                                AttachmentKind::RequestAsReceived,
                                                QStringLiteral("officer")));
        QCOMPARE((*store)->attachments().attachmentsOf(QStringLiteral("FIX-3"))->at(0).kind,
                 AttachmentKind::RequestAsReceived);
        QCOMPARE((*store)->audit().head()->seq, 3);
        QVERIFY(!storetest::rawExec(file, QStringLiteral("UPDATE attachments SET kind = 'memo'"))
                     .isEmpty());
        QCOMPARE(*(*store)->cases().count(), 2);
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 8 rebuilds the search index with prefix indexes for 4 and 5 letters: a store
    // of version 7 keeps its cases findable by what is typed, and
    // the rebuilt index's triggers follow new and changed cases.
    void upgradeFromVersion7RebuildsTheIndexWithLongerPrefixes()
    {
        const QString file = fixture(7);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        const QString index =
            storetest::rawSelect(
                file, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'case_index'"))
                .value(0)
                .value(0);
        QVERIFY2(index.contains(QStringLiteral("prefix = '2 3 4 5'")), qPrintable(index));
        const auto triggers = storetest::rawSelect(
            file, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND "
                                 "name LIKE 'case_index_%' ORDER BY name"));
        QCOMPARE(triggers.size(), 3);
        QCOMPARE((*store)->search().search(QStringLiteral("speed camer"), 10)->size(), 1);
        QCOMPARE((*store)->search().search(QStringLiteral("body-wo"), 10)->size(), 1);
        QVERIFY((*store)->cases().save(
            storetest::record(QStringLiteral("FOI-NEW"), QStringLiteral("helicopter flights")),
            QStringLiteral("officer")));
        QCOMPARE((*store)->search().search(QStringLiteral("helic"), 10)->size(), 1);
        QVERIFY((*store)->cases().save(
            storetest::record(QStringLiteral("FOI-NEW"), QStringLiteral("drone flights")),
            QStringLiteral("officer")));
        QCOMPARE((*store)->search().search(QStringLiteral("helic"), 10)->size(), 0);
        QCOMPARE((*store)->search().search(QStringLiteral("drone fligh"), 10)->size(), 1);
        // FTS5's own check: the rebuilt index holds exactly the words of the cases table.
        QCOMPARE(storetest::rawExec(file, QStringLiteral("INSERT INTO case_index(case_index, "
                                                         "rank) VALUES ('integrity-check', 1)")),
                 QString());
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 9 keys each stored case by its requester's normalised name, email and address
    // (RequesterKeys), read from the case's document: the two fixture cases share a requester,
    // so each is found from the other's keys, and a later save keeps the keys in step.
    void upgradeFromVersion8KeysTheRequestersOfTheCasesStored()
    {
        const QString file = fixture(8);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        // Both cases: "A Requester", a@example.org; no postal address.
        QCOMPARE(storetest::rawSelect(file, QStringLiteral("SELECT COUNT(*) FROM requester_keys"))
                     .value(0)
                     .value(0),
                 QStringLiteral("4"));
        const QStringList keys =
            RequesterKeys(
                Requester{QStringLiteral(" a  REQUESTER"), {}, QStringLiteral("A@Example.org ")})
                .lookupKeys();
        QCOMPARE(keys.size(), 2);
        for (const QString &key : keys) {
            auto found = (*store)->cases().receivedWithRequesterKey(key, QDate(2025, 6, 1),
                                                                    QDate(2025, 6, 30), 10);
            QVERIFY2(found, qPrintable(found ? QString() : found.error().detail));
            QCOMPARE(found->size(), 2);
            QCOMPARE(found->at(0).reference, QStringLiteral("FIX-3"));
            QCOMPARE(found->at(1).reference, QStringLiteral("FIX-4"));
        }
        CaseRecord moved = storetest::record(QStringLiteral("FIX-NEW"), QStringLiteral("Drones"),
                                             QDate(2025, 6, 3));
        moved.requesterKeys = {keys.at(1)};
        QVERIFY((*store)->cases().save(moved, QStringLiteral("officer")));
        QCOMPARE(
            (*store)
                ->cases()
                .receivedWithRequesterKey(keys.at(1), QDate(2025, 6, 1), QDate(2025, 6, 30), 10)
                ->size(),
            3);
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // A document that is not JSON (damage the store's checks report elsewhere) gives its case
    // no keys; it does not stop the upgrade, so the store still opens.
    void upgradeFromVersion8PassesOverADocumentThatIsNotJson()
    {
        const QString file = fixture(8);
        QCOMPARE(storetest::rawExec(
                     file, QStringLiteral("UPDATE cases SET document = CAST('{\"requester\": ' AS "
                                          "BLOB) WHERE reference = 'FIX-4'")),
                 QString());
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        QCOMPARE(
            storetest::rawSelect(file, QStringLiteral("SELECT COUNT(*) FROM requester_keys k JOIN "
                                                      "cases c ON c.id = k.case_id WHERE "
                                                      "c.reference = 'FIX-4'"))
                .value(0)
                .value(0),
            QStringLiteral("0"));
        QCOMPARE(storetest::rawSelect(file, QStringLiteral("SELECT COUNT(*) FROM requester_keys"))
                     .value(0)
                     .value(0),
                 QStringLiteral("2"));
    }

    // Migration 10: the open cases of a version-9 store are indexed in the orders whose index
    // does not start with the status, and the open filter reads them from there; a case
    // closed afterwards leaves those indexes and the list.
    void upgradeFromVersion9IndexesTheOpenCasesOfEachOrder()
    {
        const QString file = fixture(9);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        for (const char *index : {"cases_open_by_reference", "cases_open_by_requester",
                                  "cases_open_by_due", "cases_open_by_outcome"}) {
            const auto entries = storetest::rawSelect(
                file, QStringLiteral("SELECT COUNT(*) FROM cases INDEXED BY %1 WHERE "
                                     "status = 'open'")
                          .arg(QString::fromLatin1(index)));
            QCOMPARE(entries.value(0).value(0), QStringLiteral("2"));
        }
        CaseListQuery open;
        open.order = CaseListOrder::Reference;
        open.ascending = true;
        open.status = QStringLiteral("open");
        QVERIFY2((*store)->caseList().plan(open)->join(u' ').contains(
                     QStringLiteral("COVERING INDEX cases_open_by_reference")),
                 qPrintable((*store)->caseList().plan(open)->join(u' ')));
        auto page = (*store)->caseList().page(open);
        QVERIFY(page);
        QCOMPARE(page->cases.size(), 2);
        QCOMPARE(page->cases.at(0).reference, QStringLiteral("FIX-3"));

        CaseRecord closed =
            storetest::record(QStringLiteral("FIX-3"), QStringLiteral("Drones"), QDate(2025, 6, 2));
        closed.status = QStringLiteral("closed");
        QVERIFY((*store)->cases().save(closed, QStringLiteral("officer")));
        page = (*store)->caseList().page(open);
        QCOMPARE(page->cases.size(), 1);
        QCOMPARE(page->cases.at(0).reference, QStringLiteral("FIX-4"));
        QCOMPARE(*(*store)->caseList().count(open), qint64(1));
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 11 (issue 19): an attachment of a version-10 store can be marked for release,
    // scanned and a finding kept with a reason; removing the attachment removes all three, and
    // the audit chain stays whole.
    void upgradeFromVersion10KeepsReleaseMarksWithTheirAttachment()
    {
        const QString file = fixture(10);
        QCOMPARE(
            storetest::rawExec(
                file, QStringLiteral("INSERT INTO attachments (case_id, file_name, media_type, "
                                     "size_bytes, sha256, added_at, added_by, kind) VALUES (1, "
                                     "'staff.xlsx', 'application/zip', 4, '%1', "
                                     "'2026-11-26T13:05:00.000Z', 'Fixture Officer', 'other')")
                          .arg(QString(64, QLatin1Char('b')))),
            QString());
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        ReleaseRegister &releases = (*store)->releases();
        const QString fix3 = QStringLiteral("FIX-3");
        QCOMPARE(releases.filesOf(fix3)->size(), 0);
        const qint64 id = (*store)->attachments().attachmentsOf(fix3)->at(0).id;
        QVERIFY(releases.mark(fix3, id, QStringLiteral("officer")));
        const ReleaseFinding hidden{QStringLiteral("XLSX-HIDDEN-SHEET"),
                                    QStringLiteral("sheet Staff"), QStringLiteral("Hidden.")};
        QVERIFY(releases.recordScan(fix3, id, QString(64, QLatin1Char('b')), {hidden},
                                    QStringLiteral("officer")));
        QVERIFY(releases.resolve(fix3, id, QString(64, QLatin1Char('b')), hidden,
                                 QStringLiteral("The sheet is published already"),
                                 QStringLiteral("officer")));
        const auto files = releases.filesOf(fix3);
        QVERIFY(files);
        QCOMPARE(files->size(), 1);
        QVERIFY(files->at(0).scan->findings == ReleaseFindings{hidden});
        QCOMPARE(files->at(0).resolutions.size(), 1);
        QVERIFY((*store)->attachments().remove(fix3, id, QStringLiteral("officer")));
        QCOMPARE(releases.filesOf(fix3)->size(), 0);
        for (const char *table : {"release_files", "release_scans", "release_resolutions"})
            QCOMPARE(storetest::rawSelect(
                         file, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                         .value(0)
                         .value(0),
                     QStringLiteral("0"));
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 12: each case's review state becomes a column of the case list, filled from the
    // review tables of a version-10 store (rows added here as version 10 kept them: FIX-3
    // exported and approved at its current version, FIX-4 returned and then exported again),
    // and every list index covers it, so that the list shows and filters it from its indexes.
    void upgradeFromVersion10KeepsTheReviewStateOfEachCaseInTheList()
    {
        const QString file = fixture(10);
        const QString sha3 =
            storetest::rawSelect(
                file, QStringLiteral("SELECT document_sha256 FROM cases WHERE reference = 'FIX-3'"))
                .value(0)
                .value(0);
        const QString sha4 =
            storetest::rawSelect(
                file, QStringLiteral("SELECT document_sha256 FROM cases WHERE reference = 'FIX-4'"))
                .value(0)
                .value(0);
        const QString reviews =
            QStringLiteral(
                "INSERT INTO review_exports (id, case_id, bundle_sha256, document_sha256, "
                "exported_at, "
                "exported_by, exporter_fingerprint, reviewer, requester_included) VALUES "
                "(1, (SELECT id FROM cases WHERE reference = 'FIX-3'), 'b1', '%1', '2026-11-30', "
                "'Fixture Officer', 'FP1', '', 0), "
                "(2, (SELECT id FROM cases WHERE reference = 'FIX-4'), 'b2', '%2', '2026-11-30', "
                "'Fixture Officer', 'FP1', '', 0), "
                "(3, (SELECT id FROM cases WHERE reference = 'FIX-4'), 'b3', '%2', '2026-12-01', "
                "'Fixture Officer', 'FP1', '', 0); "
                "INSERT INTO review_decisions (case_id, export_id, response_sha256, decision, "
                "reviewer, reviewer_fingerprint, comment, comments_json, responded_at, "
                "imported_at, "
                "imported_by, audit_seq) VALUES "
                "((SELECT id FROM cases WHERE reference = 'FIX-3'), 1, 'r1', 'approve', 'Sam "
                "Senior', "
                "'FP2', '', '{}', '2026-11-30', '2026-11-30', 'Fixture Officer', 1), "
                "((SELECT id FROM cases WHERE reference = 'FIX-4'), 2, 'r2', 'return', 'Sam "
                "Senior', "
                "'FP2', 'Fix Q1', '{}', '2026-11-30', '2026-11-30', 'Fixture Officer', 1)")
                .arg(sha3, sha4);
        QCOMPARE(storetest::rawExec(file, reviews), QString());

        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        CaseListQuery everyCase;
        everyCase.order = CaseListOrder::Reference;
        everyCase.ascending = true;
        auto page = (*store)->caseList().page(everyCase);
        QVERIFY(page);
        QCOMPARE(page->cases.size(), 2);
        QCOMPARE(page->cases.at(0).review, ReviewState::ReadyToSend);
        QCOMPARE(page->cases.at(1).review, ReviewState::AwaitingReview);
        QCOMPARE((*store)->reviews().status(QStringLiteral("FIX-3"))->state,
                 ReviewState::ReadyToSend);
        QCOMPARE((*store)->reviews().status(QStringLiteral("FIX-4"))->state,
                 ReviewState::AwaitingReview);

        // Every index the list reads covers the column: no page reads a case row.
        const auto definitions = storetest::rawSelect(
            file, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                 "(name LIKE 'cases_list_%' OR name LIKE 'cases_open_%')"));
        QCOMPARE(definitions.size(), 13);
        for (const QStringList &index : definitions)
            QVERIFY2(index.value(1).contains(QStringLiteral("review_status")),
                     qPrintable(index.value(0)));
        CaseListQuery awaiting;
        awaiting.review = ReviewState::AwaitingReview;
        const QString plan = (*store)->caseList().plan(awaiting)->join(u' ');
        QVERIFY2(plan.contains(QStringLiteral("COVERING INDEX cases_list_by_review")),
                 qPrintable(plan));
        page = (*store)->caseList().page(awaiting);
        QCOMPARE(page->cases.size(), 1);
        QCOMPARE(page->cases.at(0).reference, QStringLiteral("FIX-4"));

        // A change to the approved case outdates its approval, in the list too.
        CaseRecord changed =
            storetest::record(QStringLiteral("FIX-3"), QStringLiteral("Drones"), QDate(2025, 6, 2));
        QVERIFY((*store)->cases().save(changed, QStringLiteral("officer")));
        CaseListQuery outdated;
        outdated.review = ReviewState::ApprovalOutdated;
        page = (*store)->caseList().page(outdated);
        QCOMPARE(page->cases.size(), 1);
        QCOMPARE(page->cases.at(0).reference, QStringLiteral("FIX-3"));
        QCOMPARE((*store)->reviews().status(QStringLiteral("FIX-3"))->state,
                 ReviewState::ApprovalOutdated);
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 12 also indexes, for the search, the reasons given in each stored case file
    // (claims' reasons, harm and public interest, the NCND harm) and the requester's email
    // address (issue 24, point 11): the cases already stored are found by them at once.
    void upgradeFromVersion10SearchesTheReasonsAndEmailOfTheCasesStored()
    {
        const QString file = fixture(10);
        // A claim as a version-10 store kept it in FIX-4's case file.
        QCOMPARE(storetest::rawExec(
                     file, QStringLiteral(
                               "UPDATE cases SET document = CAST(json_set(CAST(document AS TEXT), "
                               "'$.claims', json('[{\"provision\":\"s31(1)(a)\",\"reason\":"
                               "\"Covert tactics would be exposed\",\"publicInterest\":{"
                               "\"favouringExemption\":[\"National security matters\"]}}]'), "
                               "'$.ncndHarm', 'Offenders would adapt') AS BLOB) "
                               "WHERE reference = 'FIX-4'")),
                 QString());
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        for (const char *typed : {"covert", "national security", "offenders adapt"}) {
            auto found = (*store)->search().search(QString::fromLatin1(typed), 10);
            QVERIFY2(found && found->size() == 1, typed);
            QCOMPARE(found->constFirst().reference, QStringLiteral("FIX-4"));
        }
        for (const char *typed : {"a@example.org", "a@", "example.org"})
            QVERIFY2((*store)->search().search(QString::fromLatin1(typed), 10)->size() == 2, typed);
        QCOMPARE(storetest::rawSelect(
                     file, QStringLiteral("SELECT requester_email FROM cases WHERE reference = "
                                          "'FIX-3'"))
                     .value(0)
                     .value(0),
                 QStringLiteral("a@example.org"));
    }

    // Migration 13 (issue 24 point 8): a case's title in case_titles, shown in the list without
    // the list's pages leaving their covering indexes.
    void upgradeFromVersion10KeepsTitlesBesideTheListsIndexes()
    {
        const QString file = fixture(10);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        QCOMPARE(storetest::rawSelect(file, QStringLiteral("SELECT COUNT(*) FROM case_titles"))
                     .value(0)
                     .value(0),
                 QStringLiteral("0"));
        CaseRecord titled =
            storetest::record(QStringLiteral("FIX-3"), QStringLiteral("Drones"), QDate(2025, 6, 2));
        titled.title = QStringLiteral("Drone flights over the city");
        QVERIFY((*store)->cases().save(titled, QStringLiteral("officer")));
        CaseListQuery all;
        all.order = CaseListOrder::Reference;
        all.ascending = true;
        auto page = (*store)->caseList().page(all);
        QVERIFY(page);
        QCOMPARE(page->cases.size(), 2);
        QCOMPARE(page->cases.at(0).title, QStringLiteral("Drone flights over the city"));
        QCOMPARE(page->cases.at(1).title, QString());
        const auto plan = (*store)->caseList().plan(all);
        QVERIFY(plan);
        for (const QString &step : *plan)
            QVERIFY2(step.contains(QStringLiteral("COVERING INDEX")), qPrintable(step));
        // The title taken out again (the document changes with it).
        CaseRecord untitled = storetest::record(QStringLiteral("FIX-3"),
                                                QStringLiteral("Drones again"), QDate(2025, 6, 2));
        QVERIFY((*store)->cases().save(untitled, QStringLiteral("officer")));
        QCOMPARE((*store)->caseList().page(all)->cases.at(0).title, QString());
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 14 (issue 19): each email kept with a case keeps its Message-ID, so that a reply
    // to it finds its case.
    void upgradeFromVersion10KeepsMessageIdsWithAttachments()
    {
        const QString file = fixture(10);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        const auto indexes = storetest::rawSelect(
            file, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND "
                                 "name = 'attachments_by_message_id'"));
        QCOMPARE(indexes.size(), 1);
        // The cases already stored keep working; an email kept from now on finds its case.
        QVERIFY(*(*store)->attachments().caseWithMessage({QStringLiteral("m@example.org")}) ==
                QString());
        QVERIFY((*store)->attachments().add(
            QStringLiteral("FIX-4"), QStringLiteral("r.eml"), QStringLiteral("message/rfc822"),
            "From: x", AttachmentKind::RequestAsReceived, QStringLiteral("officer"),
            QStringLiteral("m@example.org")));
        QCOMPARE(*(*store)->attachments().caseWithMessage(
                     {QStringLiteral("other@example.org"), QStringLiteral("m@example.org")}),
                 QStringLiteral("FIX-4"));
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 15 (issue 17, point 4): the table of enforcement notices (FOIA s52) and
    // practice recommendations (s48), which belong to no case. A version-14 store with cases
    // upgrades, keeps them, and then keeps an enforcement notice, audited.
    void upgradeFromVersion14AddsAuthorityMattersBesideTheCases()
    {
        const QString file = fixture(14);
        const auto references = [&file] {
            const QString sql = QStringLiteral("SELECT reference FROM cases ORDER BY reference");
            QStringList all;
            for (const QStringList &row : storetest::rawSelect(file, sql))
                all.append(row.value(0));
            return all;
        };
        const QStringList before = references();
        QVERIFY(!before.isEmpty());
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        QCOMPARE(references(), before);
        QCOMPARE((*store)->authorityMatters().all(false)->size(), 0);
        AuthorityMatter notice;
        notice.id = QStringLiteral("EN1");
        notice.icoReference = QStringLiteral("ENF0123456");
        notice.dated = QDate(2025, 3, 10);
        notice.received = notice.dated;
        notice.requirements.append({QStringLiteral("Action plan"), QDate(2025, 4, 24), 30, {}});
        QVERIFY((*store)->authorityMatters().save(notice, QStringLiteral("officer"),
                                                  QStringLiteral("open-authority-matter"),
                                                  QStringLiteral("EN1 recorded")));
        QCOMPARE(*(*store)->authorityMatters().load(QStringLiteral("EN1")), notice);
        QCOMPARE((*store)->authorityMatters().all(true)->size(), 1);
        const auto indexes = storetest::rawSelect(
            file, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND "
                                 "name = 'authority_matters_open'"));
        QCOMPARE(indexes.size(), 1);
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 16 (issue 18 point 5): the disclosure log's table, empty, beside the cases
    // already stored; an entry kept from now on reads back and is audited.
    void upgradeFromVersion14AddsAnEmptyDisclosureLog()
    {
        const QString file = fixture(14);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        QCOMPARE(storetest::rawSelect(file,
                                      QStringLiteral("SELECT COUNT(*) FROM disclosure_log_entries"))
                     .value(0)
                     .value(0),
                 QStringLiteral("0"));
        QVERIFY((*store)->disclosureLog().versionsOf(QStringLiteral("FIX-3"))->isEmpty());
        DisclosureLogEntry entry;
        entry.reference = QStringLiteral("FIX-3");
        entry.requestText = QStringLiteral("How many drones?");
        QVERIFY((*store)->disclosureLog().save(entry, QStringLiteral("officer"),
                                               QStringLiteral("prepare-disclosure-log"),
                                               QStringLiteral("prepared")));
        QCOMPARE(*(*store)->disclosureLog().versionsOf(QStringLiteral("FIX-3")),
                 QList<DisclosureLogEntry>{entry});
        QCOMPARE((*store)
                     ->disclosureLog()
                     .save({}, QStringLiteral("officer"), QStringLiteral("prepare-disclosure-log"),
                           QStringLiteral("prepared"))
                     .error()
                     .code,
                 QString(StoreErrorCode::NotFound));
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 17 (issue 18 point 4): the statistics summaries. The cases already stored get
    // theirs from their documents the first time the statistics are read (the lawful due date
    // needs the calendar, which SQL has not got), and they are what the documents give.
    void upgradeFromVersion14SummarisesTheCasesAlreadyStored()
    {
        const QString file = fixture(14);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        QCOMPARE(storetest::rawSelect(file, QStringLiteral("SELECT count(*) FROM case_statistics"))
                     .value(0)
                     .value(0),
                 QStringLiteral("0"));
        const WorkingDayCalendar &calendar = WorkingDayCalendar::builtIn();
        QCOMPARE(*(*store)->statistics().isCurrent(calendar.fingerprint()), false);
        QList<StatisticsRecord> fromDocuments;
        QVERIFY((*store)->cases().eachDocument(
            [&](const QString &, const QDate &storedDue, const QByteArray &document) {
                const auto theCase = CaseFile::read(document, ExemptionCatalogue::builtIn());
                if (!theCase)
                    return false;
                StatisticsRecord record = StatisticsRecords::of(*theCase, calendar);
                record.storedDue = storedDue;
                fromDocuments.append(record);
                return true;
            }));
        QCOMPARE(fromDocuments.size(), 2);
        StatisticsService statistics(**store, calendar, ExemptionCatalogue::builtIn());
        const auto records = statistics.records();
        QVERIFY2(records, qPrintable(records ? QString() : records.error().message));
        QCOMPARE(*records, fromDocuments);
        QCOMPARE(*(*store)->statistics().isCurrent(calendar.fingerprint()), true);
        QCOMPARE(storetest::rawSelect(file, QStringLiteral("SELECT count(*) FROM case_statistics"))
                     .value(0)
                     .value(0),
                 QStringLiteral("2"));
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 18 (issue 23 point 2): each case's language of correspondence as a column,
    // filled from its case file (FIX-5 is in Welsh, FIX-6 bilingual, FIX-3 and FIX-4 say
    // nothing and are in English), and every covering index of the list made again with it, so
    // that the list filters by it from its indexes.
    void upgradeFromVersion17FillsEachCasesLanguageFromItsFile()
    {
        const QString file = fixture(17);
        QCOMPARE(storetest::rawSelect(file, QStringLiteral("SELECT count(*) FROM cases"))
                     .value(0)
                     .value(0),
                 QStringLiteral("4"));
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        QStringList languages;
        for (const QStringList &row : storetest::rawSelect(
                 file, QStringLiteral("SELECT reference, language FROM cases ORDER BY reference")))
            languages.append(row.join(u'='));
        QCOMPARE(languages.join(u' '),
                 QStringLiteral("FIX-3=en FIX-4=en FIX-5=cy FIX-6=bilingual"));
        CaseListQuery welsh;
        welsh.language = LetterLanguage::Welsh;
        auto page = (*store)->caseList().page(welsh);
        QVERIFY(page);
        QCOMPARE(page->cases.size(), 1);
        QCOMPARE(page->cases.at(0).reference, QStringLiteral("FIX-5"));
        QCOMPARE(page->cases.at(0).language, LetterLanguage::Welsh);
        welsh.order = CaseListOrder::Reference;
        welsh.status = QStringLiteral("open");
        const QString plan = (*store)->caseList().plan(welsh)->join(u' ');
        QVERIFY2(plan.contains(QStringLiteral("USING COVERING INDEX cases_open_by_reference")),
                 qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 19 (issue 23 point 5): the Welsh and bilingual cases stored leave the English
    // (stemmed) index for their own, where their words are as written; the English cases stay
    // where they were, and the search finds both.
    void upgradeFromVersion17IndexesTheWelshCasesWithoutTheEnglishStemmer()
    {
        const QString file = fixture(17);
        const auto matches = [&file](const QString &index, const QString &word) {
            return storetest::rawSelect(file, QStringLiteral("SELECT group_concat(c.reference) "
                                                             "FROM %1 JOIN cases c ON c.id = "
                                                             "%1.rowid WHERE %1 MATCH '\"%2\"'")
                                                  .arg(index, word))
                .value(0)
                .value(0);
        };
        QCOMPARE(matches(QStringLiteral("case_index"), QStringLiteral("gerbydau")),
                 QStringLiteral("FIX-5"));
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        QCOMPARE(matches(QStringLiteral("case_index"), QStringLiteral("gerbydau")), QString());
        QCOMPARE(matches(QStringLiteral("case_index_cy"), QStringLiteral("gerbydau")),
                 QStringLiteral("FIX-5"));
        QCOMPARE(matches(QStringLiteral("case_index_cy"), QStringLiteral("cyllideb")),
                 QStringLiteral("FIX-6"));
        QCOMPARE(matches(QStringLiteral("case_index"), QStringLiteral("cameras")),
                 QStringLiteral("FIX-3,FIX-4"));
        const auto found = [&store](const QString &typed) {
            QStringList references;
            const auto results = (*store)->search().search(typed, 10);
            for (const CaseSummary &summary : results.value())
                references.append(summary.reference);
            references.sort();
            return references.join(u' ');
        };
        QCOMPARE(found(QStringLiteral("cerbydau")), QStringLiteral("FIX-5"));
        QCOMPARE(found(QStringLiteral("speed cameras")), QStringLiteral("FIX-3"));
        // A case saved after the upgrade goes to the index its language picks.
        CaseRecord welsh =
            storetest::record(QStringLiteral("FIX-7"), QStringLiteral("ei gerbydau"));
        welsh.language = LetterLanguage::Welsh;
        QVERIFY((*store)->cases().save(welsh, QStringLiteral("officer")));
        QCOMPARE(found(QStringLiteral("cerbydau")), QStringLiteral("FIX-5 FIX-7"));
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Migration 20 (issue 20 point 3): every case stored is at version 1 and unallocated; a
    // save based on version 1 makes version 2, and a second save based on version 1 is refused.
    void upgradeFromVersion19GivesEachCaseVersionOne()
    {
        const QString file = fixture(19);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(userVersion(file), Migrations::latestVersion());
        QCOMPARE(storetest::rawSelect(file, QStringLiteral("SELECT group_concat(version || ':' || "
                                                           "ifnull(assigned_officer, '-'), ' ') "
                                                           "FROM cases"))
                     .value(0)
                     .value(0),
                 QStringLiteral("1:- 1:- 1:- 1:-"));
        auto stored = (*store)->cases().load(QStringLiteral("FIX-3"));
        QVERIFY(stored);
        QCOMPARE(stored->version, 1);
        CaseRecord first = stored->record;
        first.document.append(" ");
        QCOMPARE(*(*store)->cases().save(first, QStringLiteral("Ann Officer")),
                 CaseRepository::SaveResult::Updated);
        QCOMPARE(*(*store)->cases().version(QStringLiteral("FIX-3")), 2);
        CaseRecord second = stored->record;
        second.document.append("\n");
        auto refused = (*store)->cases().save(second, QStringLiteral("Bob Officer"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(StoreErrorCode::Changed));
        auto report = (*store)->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    void failedUpgradeLeavesTheFileAtItsVersion()
    {
        const QString file = fixture(1);
        // A table in the way of version 2 makes its upgrade fail half way.
        QCOMPARE(storetest::rawExec(file, QStringLiteral("CREATE TABLE attachments (x)")),
                 QString());
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY(!store);
        QCOMPARE(store.error().code, QString(StoreErrorCode::Sql));
        QVERIFY(store.error().message.contains(QStringLiteral("version 2")));
        QCOMPARE(userVersion(file), 1);
        QVERIFY(storetest::rawSelect(
                    file, QStringLiteral("SELECT name FROM sqlite_schema WHERE name = 'cases'"))
                    .isEmpty());
    }

    void readOnlyOpeningNeverUpgrades()
    {
        const QString file = fixture(2);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadOnly, storetest::options());
        QVERIFY(!store);
        QVERIFY(store.error().message.contains(QStringLiteral("upgraded")));
        QCOMPARE(userVersion(file), 2);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
