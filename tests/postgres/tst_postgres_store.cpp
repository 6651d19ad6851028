// Issue 20 points 1 and 2: the store's repositories over a team store on PostgreSQL, against a
// real server. The PostgreSQL schema's version 1 holds every table and column of the SQLite
// store at its latest version; the upgrade runs once and refuses a newer store; cases save,
// load and list as on SQLite; the audit trail refuses changes and verifies; the search ranks,
// matches the start of a word and finds words not in English; and writers appending to the
// audit trail at once, each on its own connection, never fork the chain.

#include "core/intake/ReferenceAllocator.h"
#include "core/law/LapsePolicy.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/Authority.h"
#include "core/services/AllocationService.h"
#include "core/services/CaseEditingService.h"
#include "core/services/CaseLifecycleService.h"
#include "core/store/AuditTrail.h"
#include "core/store/CaseListReader.h"
#include "core/store/CaseRepository.h"
#include "core/store/CaseSearch.h"
#include "core/store/Migrations.h"
#include "core/store/PostgresMigrations.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreRepositories.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"
#include "tests/core/store/StoreTestSupport.h"
#include "tests/postgres/ThrowawayPostgres.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using foi::core::AuditTrail;
using foi::core::CaseListOrder;
using foi::core::CaseListQuery;
using foi::core::CaseListReader;
using foi::core::CaseRepository;
using foi::core::CaseSearch;
using foi::core::LetterLanguage;
using foi::core::PostgresMigrations;
using foi::core::ServerStore;
using foi::core::StoreConnection;
using foi::core::WriteTransaction;
namespace StoreErrorCode = foi::core::StoreErrorCode;

class TestPostgresStore : public QObject
{
    Q_OBJECT
private:
    foi::test::ThrowawayPostgres m_server;
    QString m_database;

    std::unique_ptr<StoreConnection> connect()
    {
        auto connection = StoreConnection::openServer(m_server.address(m_database),
                                                      StoreConnection::Access::ReadWrite);
        if (!connection.ok()) {
            qWarning("%s",
                     qPrintable(connection.error().message + u' ' + connection.error().detail));
            return {};
        }
        return std::move(connection).value();
    }

    std::unique_ptr<StoreConnection> connectWithSchema()
    {
        auto connection = connect();
        if (!connection)
            return {};
        if (auto upgraded = PostgresMigrations::upgrade(*connection); !upgraded) {
            qWarning("%s", qPrintable(upgraded.error().message + u' ' + upgraded.error().detail));
            return {};
        }
        return connection;
    }

    // Every "table.column" of `connection`'s schema, read by `sql` (two columns per row).
    static QSet<QString> columnsOf(StoreConnection &connection, const QString &sql)
    {
        QSet<QString> columns;
        auto rows = connection.select(sql);
        if (!rows)
            return columns;
        while (rows->next())
            columns.insert(rows->value(0).toString() + u'.' + rows->value(1).toString());
        return columns;
    }

private slots:
    void initTestCase()
    {
        QString problem;
        m_server = foi::test::ThrowawayPostgres::find(&problem);
        QVERIFY2(m_server.isRunning(), qPrintable(problem));
    }

    void init()
    {
        QString problem;
        m_database = m_server.createDatabase(&problem);
        QVERIFY2(!m_database.isEmpty(), qPrintable(problem));
    }

    void cleanup() { m_server.dropDatabase(m_database); }

    void anEmptyDatabaseIsVersionNothingAndUpgradesToTheLatest()
    {
        auto connection = connect();
        QVERIFY(connection);
        QCOMPARE(PostgresMigrations::currentVersion(*connection).value(), 0);
        QVERIFY(PostgresMigrations::upgrade(*connection));
        QCOMPARE(PostgresMigrations::currentVersion(*connection).value(),
                 PostgresMigrations::latestVersion());
        // A second upgrade (another workbench opening the store) changes nothing.
        QVERIFY(PostgresMigrations::upgrade(*connection));
        QCOMPARE(PostgresMigrations::currentVersion(*connection).value(),
                 PostgresMigrations::latestVersion());
    }

    void versionOneHoldsEveryTableAndColumnOfTheSqliteStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto sqlite = storetest::create(dir.filePath(QStringLiteral("cases.foistore")));
        QVERIFY(sqlite);
        QCOMPARE(foi::core::Migrations::latestVersion(), 20);
        auto file = StoreConnection::open(sqlite->path(), StoreConnection::Access::ReadOnly, 1000);
        QVERIFY(file.ok());
        // The full-text index is FTS5's own tables on SQLite and a column on PostgreSQL.
        const QSet<QString> onSqlite = columnsOf(
            **file, QStringLiteral("SELECT m.name, p.name FROM sqlite_master m, "
                                   "pragma_table_info(m.name) p WHERE m.type = 'table' AND "
                                   "m.name NOT LIKE 'case_index%' AND m.name NOT LIKE 'sqlite_%'"));
        QVERIFY(onSqlite.size() > 100);
        auto server = connectWithSchema();
        QVERIFY(server);
        QSet<QString> onPostgres =
            columnsOf(*server, QStringLiteral("SELECT table_name, column_name FROM "
                                              "information_schema.columns WHERE "
                                              "table_schema = 'public'"));
        QVERIFY(onPostgres.remove(QStringLiteral("cases.search_vector")));
        QVERIFY(onPostgres.remove(QStringLiteral("authority_matters.position")));
        QCOMPARE(QSet<QString>(onPostgres - onSqlite), QSet<QString>());
        QCOMPARE(QSet<QString>(onSqlite - onPostgres), QSet<QString>());
    }

    // Version 2 (SQLite's migration 18, issue 23 point 2): the language of correspondence of
    // the cases stored at version 1, read from each case file (none said: English; a document
    // that is not JSON: English too, and the upgrade goes on), and the list filters by it.
    void versionTwoFillsTheLanguageOfTheCasesStored()
    {
        auto connection = connect();
        QVERIFY(connection);
        QVERIFY(PostgresMigrations::upgrade(*connection, 1));
        const QList<QPair<QString, QByteArray>> documents{
            {QStringLiteral("FOI-EN"), QByteArrayLiteral(R"({"reference":"FOI-EN"})")},
            {QStringLiteral("FOI-CY"),
             QByteArrayLiteral(R"({"languageOfCorrespondence":"cy","reference":"FOI-CY"})")},
            {QStringLiteral("FOI-BI"),
             QByteArrayLiteral(R"({"languageOfCorrespondence":"bilingual","reference":"FOI-BI"})")},
            {QStringLiteral("FOI-XX"), QByteArrayLiteral("not json \xff")},
        };
        for (const auto &[reference, document] : documents)
            QVERIFY(connection->run(
                QStringLiteral("INSERT INTO cases (reference, regime, date_received, status, "
                               "document, document_sha256, created_at, updated_at) VALUES (?, "
                               "'FOIA', '2025-01-06', 'open', ?, '', '2025-01-06', '2025-01-06')"),
                {reference, document}));
        QVERIFY(PostgresMigrations::upgrade(*connection));
        QCOMPARE(PostgresMigrations::currentVersion(*connection).value(),
                 PostgresMigrations::latestVersion());
        auto rows = connection->select(
            QStringLiteral("SELECT reference, language FROM cases ORDER BY reference"));
        QVERIFY(rows.ok());
        QStringList languages;
        while (rows->next())
            languages.append(rows->value(0).toString() + u'=' + rows->value(1).toString());
        QCOMPARE(languages.join(u' '),
                 QStringLiteral("FOI-BI=bilingual FOI-CY=cy FOI-EN=en FOI-XX=en"));
        CaseListReader caseList(*connection);
        CaseListQuery welsh;
        welsh.language = LetterLanguage::Welsh;
        const auto page = caseList.page(welsh);
        QVERIFY(page.ok());
        QCOMPARE(page->cases.size(), 1);
        QCOMPARE(page->cases.at(0).reference, QStringLiteral("FOI-CY"));
        QCOMPARE(page->cases.at(0).language, LetterLanguage::Welsh);
        welsh.language = LetterLanguage::English;
        QCOMPARE(caseList.count(welsh).value(), 2);
    }

    // Version 3 (issue 23 point 5): a Welsh or bilingual case's words are in the search vector
    // as written only (the simple configuration); an English case's also as English stems. A
    // case stored at version 2 gets its vector again at the upgrade.
    void welshCasesAreSearchedAsWrittenWithoutTheEnglishStemmer()
    {
        auto connection = connect();
        QVERIFY(connection);
        QVERIFY(PostgresMigrations::upgrade(*connection, 2));
        QVERIFY(connection->run(
            QStringLiteral("INSERT INTO cases (reference, regime, date_received, status, "
                           "document, document_sha256, created_at, updated_at, request_text, "
                           "language) VALUES ('FOI-OLD', 'FOIA', '2025-01-06', 'open', '{}', '', "
                           "'2025-01-06', '2025-01-06', 'Costau''r plas', 'cy')")));
        QVERIFY(PostgresMigrations::upgrade(*connection));
        QCOMPARE(PostgresMigrations::currentVersion(*connection).value(),
                 PostgresMigrations::latestVersion());
        const auto clock = storetest::fakeClock();
        AuditTrail audit(*connection, clock);
        CaseRepository cases(*connection, audit, clock);
        auto english = storetest::record(QStringLiteral("FOI-EN"),
                                         QStringLiteral("Number of police vehicles"));
        auto welsh = storetest::record(QStringLiteral("FOI-CY"), QStringLiteral("Costau'r plas"));
        welsh.language = LetterLanguage::Welsh;
        for (const auto &record : {english, welsh})
            QVERIFY(cases.save(record, QStringLiteral("officer")));
        const auto lexemes = [&connection](const QString &reference) {
            auto rows = connection->select(
                QStringLiteral("SELECT unnest(tsvector_to_array(search_vector)) FROM cases "
                               "WHERE reference = ?"),
                {reference});
            QStringList words;
            while (rows.ok() && rows->next())
                words.append(rows->value(0).toString());
            return words;
        };
        // Porter's rules would give "pla" (plague) for "plas" (mansion).
        for (const QString &reference : {QStringLiteral("FOI-OLD"), QStringLiteral("FOI-CY")}) {
            const QStringList words = lexemes(reference);
            QVERIFY2(words.contains(QStringLiteral("plas")), qPrintable(words.join(u' ')));
            QVERIFY2(!words.contains(QStringLiteral("pla")), qPrintable(words.join(u' ')));
        }
        const QStringList englishWords = lexemes(QStringLiteral("FOI-EN"));
        QVERIFY(englishWords.contains(QStringLiteral("vehicl")));
        QVERIFY(englishWords.contains(QStringLiteral("vehicles")));
        CaseSearch search(*connection);
        const auto found = [&search](const QString &typed) {
            QStringList references;
            const auto results = search.search(typed, 10);
            for (const auto &summary : results.value())
                references.append(summary.reference);
            references.sort();
            return references.join(u' ');
        };
        QCOMPARE(found(QStringLiteral("plas")), QStringLiteral("FOI-CY FOI-OLD"));
        QCOMPARE(found(QStringLiteral("vehicle police")), QStringLiteral("FOI-EN"));
    }

    // Version 4 (SQLite's migration 20, issue 20 point 3): each case stored at version 3 is at
    // version 1 and unallocated; saves are then checked against the version they read.
    void versionFourGivesEachCaseVersionOneAndNoOfficer()
    {
        auto connection = connect();
        QVERIFY(connection);
        QVERIFY(PostgresMigrations::upgrade(*connection, 3));
        QVERIFY(connection->run(
            QStringLiteral("INSERT INTO cases (reference, regime, date_received, status, "
                           "document, document_sha256, created_at, updated_at) VALUES "
                           "('FOI-OLD', 'FOIA', '2025-01-06', 'open', '{}', '', '2025-01-06', "
                           "'2025-01-06')")));
        QVERIFY(PostgresMigrations::upgrade(*connection, 4));
        QCOMPARE(PostgresMigrations::currentVersion(*connection).value(), 4);
        auto row = connection->selectRow(QStringLiteral(
            "SELECT version, assigned_officer IS NULL FROM cases WHERE reference = 'FOI-OLD'"));
        QVERIFY(row.ok() && row->has_value());
        QCOMPARE((**row).at(0).toLongLong(), 1);
        QCOMPARE((**row).at(1).toBool(), true);
    }

    // Issue 20 point 3: two officers, each on a connection of their own, read version 1 of a
    // case; the first saves (version 2); the second's save, based on version 1, is refused with
    // who changed it, and changes nothing; read again, the second officer's change goes on top.
    void aSaveBasedOnAnOlderVersionIsRefusedOnTheServer()
    {
        auto first = connectWithSchema();
        auto second = connect();
        QVERIFY(first && second);
        const auto clock = storetest::fakeClock();
        AuditTrail firstAudit(*first, clock);
        CaseRepository firstCases(*first, firstAudit, clock);
        AuditTrail secondAudit(*second, clock);
        CaseRepository secondCases(*second, secondAudit, clock);
        QVERIFY(firstCases.save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("v1")),
                                QStringLiteral("Ann Officer")));
        auto ann = firstCases.load(QStringLiteral("FOI-1"));
        auto bob = secondCases.load(QStringLiteral("FOI-1"));
        QVERIFY(ann.ok() && bob.ok());
        QCOMPARE(ann->version, 1);
        QCOMPARE(bob->version, 1);
        ann->record.document = "{\"by\": \"Ann\"}";
        QCOMPARE(firstCases.save(ann->record, QStringLiteral("Ann Officer")).value(),
                 CaseRepository::SaveResult::Updated);
        const auto head = secondAudit.head().value();
        bob->record.document = "{\"by\": \"Bob\"}";
        auto refused = secondCases.save(bob->record, QStringLiteral("Bob Officer"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreErrorCode::Changed);
        QVERIFY2(refused.error().message.contains(QStringLiteral("changed by Ann Officer")),
                 qPrintable(refused.error().message));
        QCOMPARE(secondAudit.head().value().seq, head.seq);
        auto reread = secondCases.load(QStringLiteral("FOI-1"));
        QVERIFY(reread.ok());
        QCOMPARE(reread->version, 2);
        QCOMPARE(reread->record.document, QByteArray("{\"by\": \"Ann\"}"));
        reread->record.document = "{\"by\": \"Ann, then Bob\"}";
        QVERIFY(secondCases.save(reread->record, QStringLiteral("Bob Officer")));
        QCOMPARE(firstCases.version(QStringLiteral("FOI-1")).value(), 3);
        QVERIFY(firstAudit.verify({}).value().intact);
    }

    // Issue 20 point 3 on the server: allocations are audited and the list shows one officer's
    // cases or the unallocated ones, as on a store file.
    void allocationIsAuditedAndTheListFiltersMineAndUnallocated()
    {
        auto connection = connectWithSchema();
        QVERIFY(connection);
        auto store = ServerStore::open(m_server.address(m_database),
                                       StoreConnection::Access::ReadWrite, storetest::fakeClock());
        QVERIFY(store.ok());
        foi::core::StoreRepositories &repositories = (*store)->repositories();
        for (int i = 1; i <= 4; ++i)
            QVERIFY(repositories.cases().save(
                storetest::record(QStringLiteral("FOI-%1").arg(i), QStringLiteral("request")),
                QStringLiteral("officer")));
        foi::core::AllocationService allocation(repositories);
        QVERIFY(allocation.allocate(QStringLiteral("FOI-1"), QStringLiteral("jo"),
                                    QStringLiteral("Manager")));
        QVERIFY(allocation.allocate(QStringLiteral("FOI-2"), QStringLiteral("jo"),
                                    QStringLiteral("Manager")));
        auto moved = allocation.allocate(QStringLiteral("FOI-2"), QStringLiteral("sam"),
                                         QStringLiteral("Manager"));
        QVERIFY(moved.ok() && moved->changed);
        QCOMPARE(moved->from, QStringLiteral("jo"));
        const auto listed = [&repositories](CaseListQuery query) {
            QStringList references;
            const auto page = repositories.caseList().page(query);
            for (const auto &summary : page.value().cases)
                references.append(summary.reference);
            references.sort();
            return references.join(u' ');
        };
        CaseListQuery mine;
        mine.allocation = foi::core::CaseAllocation::AllocatedTo;
        mine.allocatedTo = QStringLiteral("jo");
        QCOMPARE(listed(mine), QStringLiteral("FOI-1"));
        CaseListQuery unallocated;
        unallocated.allocation = foi::core::CaseAllocation::Unallocated;
        QCOMPARE(listed(unallocated), QStringLiteral("FOI-3 FOI-4"));
        QCOMPARE(repositories.caseList().count(unallocated).value(), 2);
        auto rows = repositories.audit().rowsFor(QStringLiteral("FOI-2"),
                                                 {QStringLiteral("case-allocation")});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1).summary, QStringLiteral("reallocated from jo to sam"));
        QCOMPARE(rows->at(1).officer, QStringLiteral("Manager"));
        QVERIFY(repositories.verify().value().intact);
    }

    // Issue 20 point 1: the services take the repositories every store has, so the same ones
    // work on a team store: a request logged, edited and saved, a stale save refused, the request
    // withdrawn and reopened, every change in the audit chain.
    void theCaseServicesWorkOnATeamStoreAsOnAFile()
    {
        auto connection = connectWithSchema();
        QVERIFY(connection);
        auto store = ServerStore::open(m_server.address(m_database),
                                       StoreConnection::Access::ReadWrite, storetest::fakeClock());
        QVERIFY(store.ok());
        foi::core::StoreRepositories &repositories = (*store)->repositories();
        const foi::core::WorkingDayCalendar &calendar = foi::core::WorkingDayCalendar::builtIn();
        auto allocator = foi::core::ReferenceAllocator::create(QStringLiteral("{seq}_{yy}"));
        QVERIFY(allocator.ok());
        foi::core::CaseEditingService cases(repositories, *allocator, calendar);
        cases.setOfficer(QStringLiteral("Jo Officer"));
        auto logged = cases.logNewRequest(QDate(2026, 11, 2), foi::core::Authority{});
        QVERIFY2(logged.ok(), logged.ok() ? "" : qPrintable(logged.error().message));
        foi::core::Case edited = *logged;
        edited.requestText = QStringLiteral("How many drones does the force own?");
        QVERIFY(cases.save(edited));
        auto reopened = cases.open(logged->reference);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->requestText, edited.requestText);

        // A second officer's service saved in between: the first one's save is refused.
        foi::core::CaseEditingService other(repositories, *allocator, calendar);
        other.setOfficer(QStringLiteral("Sam Officer"));
        auto theirs = other.open(logged->reference);
        QVERIFY(theirs.ok());
        theirs->requestText = QStringLiteral("How many drones, and what did they cost?");
        QVERIFY(other.save(*theirs));
        edited.requestText = QStringLiteral("An edit made on the older version");
        const foi::core::Status stale = cases.save(edited);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, foi::core::StoreErrorCode::Changed);
        QCOMPARE(cases.open(logged->reference)->requestText, theirs->requestText);

        auto policy = foi::core::LapsePolicy::builtIn();
        QVERIFY(policy.ok());
        foi::core::CaseLifecycleService lifecycle(repositories, *policy, calendar);
        QVERIFY(lifecycle.withdraw(logged->reference, QDate(2026, 11, 9),
                                   QStringLiteral("The requester withdrew it by email."),
                                   QStringLiteral("Jo Officer"), QDate(2026, 11, 9)));
        QVERIFY(lifecycle.reopen(logged->reference, QDate(2026, 11, 10),
                                 QStringLiteral("The requester asked again."),
                                 QStringLiteral("Jo Officer"), QDate(2026, 11, 10)));
        auto rows = repositories.audit().rowsFor(logged->reference, {QStringLiteral("case")});
        QVERIFY(rows.ok());
        QVERIFY2(rows->size() >= 5, qPrintable(QString::number(rows->size())));
        QVERIFY(repositories.verify().value().intact);
    }

    void aStoreOfANewerWorkbenchIsRefused()
    {
        auto connection = connectWithSchema();
        QVERIFY(connection);
        QVERIFY(connection->run(QStringLiteral("UPDATE store_meta SET value = ? WHERE key = ?"),
                                {QString::number(PostgresMigrations::latestVersion() + 1),
                                 QStringLiteral("schema_version")}));
        const auto upgraded = PostgresMigrations::upgrade(*connection);
        QVERIFY(!upgraded);
        QCOMPARE(upgraded.error().code, StoreErrorCode::NewerSchema);
        QVERIFY(upgraded.error().message.contains(QStringLiteral("newer")));
    }

    void casesSaveLoadAndListAsOnSqlite()
    {
        auto connection = connectWithSchema();
        QVERIFY(connection);
        const auto clock = storetest::fakeClock();
        AuditTrail audit(*connection, clock);
        CaseRepository cases(*connection, audit, clock);
        CaseListReader caseList(*connection);
        auto first = storetest::record(QStringLiteral("foi-2"), QStringLiteral("bikes"));
        first.title = QStringLiteral("Bicycle lanes");
        first.requesterKeys = {QStringLiteral("alex requester")};
        QCOMPARE(cases.save(first, QStringLiteral("officer")).value(),
                 CaseRepository::SaveResult::Created);
        QCOMPARE(cases
                     .save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("cars")),
                           QStringLiteral("officer"))
                     .value(),
                 CaseRepository::SaveResult::Created);
        QCOMPARE(cases
                     .save(storetest::record(QStringLiteral("FOI-3"), QStringLiteral("vans")),
                           QStringLiteral("officer"))
                     .value(),
                 CaseRepository::SaveResult::Created);
        QCOMPARE(cases.save(first, QStringLiteral("officer")).value(),
                 CaseRepository::SaveResult::Unchanged);
        first.requestText = QStringLiteral("bicycles");
        first.document.replace("bikes", "bicycles");
        QCOMPARE(cases.save(first, QStringLiteral("officer")).value(),
                 CaseRepository::SaveResult::Updated);

        const auto loaded = cases.load(QStringLiteral("foi-2"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->record.requestText, QStringLiteral("bicycles"));
        QCOMPARE(loaded->record.document, first.document);
        // The requester's keys (the aggregation lookup, Fees Regulations reg 5) as digests.
        const auto sameRequester = cases.receivedWithRequesterKey(
            QStringLiteral("alex requester"), QDate(2025, 1, 1), QDate(2025, 12, 31), 10);
        QVERIFY2(sameRequester.ok(),
                 qPrintable(sameRequester.ok() ? QString() : sameRequester.error().detail));
        QCOMPARE(sameRequester->size(), 1);
        QCOMPARE(sameRequester->at(0).reference, QStringLiteral("foi-2"));

        // The reference order compares case-blind, as SQLite's COLLATE NOCASE does, a page at a
        // time after the cursor.
        CaseListQuery query;
        query.order = CaseListOrder::Reference;
        query.ascending = true;
        query.limit = 2;
        const auto page = caseList.page(query);
        QVERIFY(page.ok());
        QCOMPARE(page->cases.size(), 2);
        QCOMPARE(page->cases.at(0).reference, QStringLiteral("FOI-1"));
        QCOMPARE(page->cases.at(1).reference, QStringLiteral("foi-2"));
        QCOMPARE(page->cases.at(1).title, QStringLiteral("Bicycle lanes"));
        QVERIFY(page->next);
        query.after = page->next;
        const auto rest = caseList.page(query);
        QVERIFY(rest.ok());
        QCOMPARE(rest->cases.size(), 1);
        QCOMPARE(rest->cases.at(0).reference, QStringLiteral("FOI-3"));
        // The open cases only, in an order whose SQLite index is partial and named in the query.
        query.after.reset();
        query.status = QStringLiteral("open");
        query.limit = 10;
        QCOMPARE(caseList.page(query)->cases.size(), 3);
        QCOMPARE(caseList.count(query).value(), 3);

        const auto report = audit.verify({});
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->problem));
        QCOMPARE(report->rowsChecked, 4);
    }

    void theAuditTrailRefusesChangesAndRowsNotAtItsHead()
    {
        auto connection = connectWithSchema();
        QVERIFY(connection);
        AuditTrail audit(*connection, storetest::fakeClock());
        for (int i = 0; i < 3; ++i) {
            WriteTransaction transaction(*connection);
            QVERIFY(transaction.begin());
            QVERIFY(audit.record({QStringLiteral("officer"), QStringLiteral("note"),
                                  QStringLiteral("case"), QStringLiteral("FOI-1"),
                                  QStringLiteral("entry %1").arg(i), std::nullopt,
                                  QByteArray("after")}));
            QVERIFY(transaction.commit());
        }
        QVERIFY(!connection->run(QStringLiteral("UPDATE audit_log SET officer = 'x'")));
        QVERIFY(!connection->run(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
        QVERIFY(!connection->run(QStringLiteral("TRUNCATE audit_log CASCADE")));
        QVERIFY(!connection->run(QStringLiteral("DELETE FROM audit_snapshot")));
        // A row that does not follow the head (seq 2 again, or seq 4 after the wrong hash).
        const QString insert = QStringLiteral(
            "INSERT INTO audit_log (seq, recorded_at, officer, action, entity, entity_key, "
            "summary, prev_hash, row_hash) VALUES (?, 't', 'o', 'a', 'e', 'k', 's', ?, 'h')");
        QVERIFY(!connection->run(insert, {4, QStringLiteral("not-the-head")}));
        QVERIFY(!connection->run(insert, {2, audit.head()->hash}));
        const auto report = audit.verify({});
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->problem));
        QCOMPARE(report->rowsChecked, 3);
    }

    void searchRanksMatchesPrefixesAndWordsNotInEnglish()
    {
        auto connection = connectWithSchema();
        QVERIFY(connection);
        const auto clock = storetest::fakeClock();
        AuditTrail audit(*connection, clock);
        CaseRepository cases(*connection, audit, clock);
        CaseSearch search(*connection);
        auto recruitment = storetest::record(QStringLiteral("FOI-1"),
                                             QStringLiteral("recruitment of police officers"));
        auto welsh = storetest::record(QStringLiteral("FOI-2"),
                                       QStringLiteral("Cais am wybodaeth am y gyllideb"));
        auto named = storetest::record(QStringLiteral("FOI-3"),
                                       QStringLiteral("budget for the recruitment fair"));
        named.requesterName = QStringLiteral("Recruitment Watch");
        for (const auto &record : {recruitment, welsh, named})
            QVERIFY(cases.save(record, QStringLiteral("officer")));

        // A word typed past its English stem ("recruit") still finds it.
        auto found = search.search(QStringLiteral("recruitm"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 2);
        // Stemmed: "officer" finds "officers"; every word must match.
        found = search.search(QStringLiteral("police officer"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->at(0).reference, QStringLiteral("FOI-1"));
        // Welsh words, which the english configuration does not know, are found as written.
        found = search.search(QStringLiteral("gyllideb wybodaeth"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->at(0).reference, QStringLiteral("FOI-2"));
        // Ranked best first (lower is better, as bm25 on SQLite): the requester weighs more
        // than the request's wording.
        found = search.search(QStringLiteral("recruitment fa"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        found = search.search(QStringLiteral("recruitment police"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        // (The last word is the start of a word: "re" of "recruitment" in both.)
        found = search.search(QStringLiteral("recruitment re"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).reference, QStringLiteral("FOI-3"));
        QVERIFY(found->at(0).score < found->at(1).score);
        // Nothing searchable gives nothing, and quotes or operators are only separators.
        QCOMPARE(search.search(QStringLiteral("!&|:*"), 10)->size(), 0);
        QCOMPARE(search.search(QStringLiteral("recruitment' & !police"), 10)->size(), 1);
    }

    void similarRequestsAreTheEarlierOnesWordedAlike()
    {
        auto connection = connectWithSchema();
        QVERIFY(connection);
        const auto clock = storetest::fakeClock();
        AuditTrail audit(*connection, clock);
        CaseRepository cases(*connection, audit, clock);
        CaseSearch search(*connection);
        QVERIFY(cases.save(storetest::record(QStringLiteral("FOI-1"),
                                             QStringLiteral("speed cameras on the ring road")),
                           QStringLiteral("officer")));
        QVERIFY(cases.save(
            storetest::record(QStringLiteral("FOI-2"), QStringLiteral("library opening hours")),
            QStringLiteral("officer")));
        QVERIFY(cases.save(
            storetest::record(QStringLiteral("FOI-3"), QStringLiteral("fines from speed cameras")),
            QStringLiteral("officer")));
        const auto similar = search.similarTo(QStringLiteral("FOI-3"), 5);
        QVERIFY2(similar.ok(), qPrintable(similar.ok() ? QString() : similar.error().detail));
        QCOMPARE(similar->size(), 1);
        QCOMPARE(similar->at(0).reference, QStringLiteral("FOI-1"));
    }

    void aDatabaseWithoutAStoreSaysHowToMakeOne()
    {
        const auto opened =
            ServerStore::open(m_server.address(m_database), StoreConnection::Access::ReadWrite,
                              storetest::fakeClock());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, StoreErrorCode::NotInitialised);
        QVERIFY(opened.error().message.contains(QStringLiteral("store init")));
        // Opening made nothing.
        auto connection = connect();
        QVERIFY(connection);
        QCOMPARE(PostgresMigrations::currentVersion(*connection).value(), 0);
    }

    void anInitialisedStoreOpensWithTheRepositoriesOfAFile()
    {
        QVERIFY(ServerStore::initialise(m_server.address(m_database)));
        // Initialising again (a second administrator, or a script run twice) is harmless.
        QVERIFY(ServerStore::initialise(m_server.address(m_database)));
        auto opened = ServerStore::open(m_server.address(m_database),
                                        StoreConnection::Access::ReadWrite, storetest::fakeClock());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        ServerStore &store = **opened;
        QCOMPARE(store.address(), m_server.url(m_database));
        {
            WriteTransaction together = store.repositories().transaction();
            QVERIFY(together.begin());
            QVERIFY(store.repositories().cases().save(
                storetest::record(QStringLiteral("FOI-1"), QStringLiteral("bikes")),
                QStringLiteral("officer")));
            QVERIFY(store.repositories().cases().save(
                storetest::record(QStringLiteral("FOI-2"), QStringLiteral("cars")),
                QStringLiteral("officer")));
            // Not committed: neither case is kept.
        }
        QCOMPARE(store.repositories().cases().count().value(), 0);
        QVERIFY(store.repositories().cases().save(
            storetest::record(QStringLiteral("FOI-3"), QStringLiteral("vans")),
            QStringLiteral("officer")));
        const auto report = store.repositories().verify();
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->problem));
        QCOMPARE(report->rowsChecked, 1);
    }

    void aDatabaseOfOtherTablesIsLeftAlone()
    {
        QCOMPARE(
            m_server.runAsSuperuser(QStringLiteral("CREATE TABLE payroll (id INT)"), m_database),
            QString());
        const auto made = ServerStore::initialise(m_server.address(m_database));
        QVERIFY(!made);
        QCOMPARE(made.error().code, StoreErrorCode::NotEmpty);
        auto connection = connect();
        QVERIFY(connection);
        QCOMPARE(PostgresMigrations::currentVersion(*connection).value(), 0);
    }

    // Without the lock on the chain's head, two writers read the same head and the second's
    // row is refused (or, without the head trigger, forks the chain).
    void concurrentWritersNeverForkTheAuditChain()
    {
        QVERIFY(connectWithSchema());
        constexpr int writers = 4;
        constexpr int appendsEach = 40;
        std::atomic<int> failures{0};
        QList<QThread *> threads;
        for (int w = 0; w < writers; ++w) {
            threads.append(QThread::create([this, w, &failures] {
                auto connection = connect();
                if (!connection) {
                    ++failures;
                    return;
                }
                AuditTrail audit(*connection, storetest::fakeClock());
                for (int i = 0; i < appendsEach; ++i) {
                    WriteTransaction transaction(*connection);
                    const bool ok =
                        transaction.begin() &&
                        audit
                            .record({QStringLiteral("officer-%1").arg(w), QStringLiteral("note"),
                                     QStringLiteral("case"), QStringLiteral("FOI-%1").arg(w),
                                     QStringLiteral("append %1").arg(i), std::nullopt,
                                     QByteArray::number(w * 1000 + i)})
                            .ok() &&
                        transaction.commit();
                    if (!ok)
                        ++failures;
                }
            }));
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(failures.load(), 0);
        auto connection = connect();
        QVERIFY(connection);
        AuditTrail audit(*connection, storetest::fakeClock());
        const auto report = audit.verify({});
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->problem));
        QCOMPARE(report->rowsChecked, writers * appendsEach);
    }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgres_store.moc"
