// Issue 20 point 4: the team's roles, enforced by the server. `store init` makes the group roles
// foi_officer, foi_reviewer, foi_manager and foi_administrator (none may log in), `store grant`
// gives them to login roles, and each login, connected as itself, is refused by the server what
// its role may not do: an officer changing a case allocated to another officer, or allocating;
// a reviewer changing a case's decision; anyone (the administrator and the superuser included)
// changing or removing an audit row; anyone but the administrator altering the schema. What each
// role may do, it does. Version 7: the records of a case (attachments, sent replies, reviews,
// ...) follow the case's allocation as the case row does, and tables later versions add get the
// roles' grants by default; a version 5 store upgrades to it.

#include "core/services/AllocationService.h"
#include "core/services/AttachmentService.h"
#include "core/store/CaseRepository.h"
#include "core/store/PostgresMigrations.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreRepositories.h"
#include "core/support/StoreErrorCode.h"
#include "tests/cli/CliRunner.h"
#include "tests/core/store/StoreTestSupport.h"
#include "tests/postgres/ThrowawayPostgres.h"

#include <QTemporaryDir>
#include <QTest>

using foi::core::ServerStore;
using foi::core::StoreConnection;
namespace StoreErrorCode = foi::core::StoreErrorCode;

namespace {

// The logins of the test, one for each group role (two officers), made once on the server.
const QString ann = QStringLiteral("foi_test_ann");   // officer
const QString bob = QStringLiteral("foi_test_bob");   // officer
const QString rita = QStringLiteral("foi_test_rita"); // reviewer
const QString max = QStringLiteral("foi_test_max");   // manager
const QString ada = QStringLiteral("foi_test_ada");   // administrator

// What one statement did, run as a login: the server's error (empty when it ran) and how many
// rows it changed.
struct Outcome
{
    QString error;
    int rows = -1;
};

} // namespace

class TestTeamRoles : public QObject
{
    Q_OBJECT
private:
    foi::test::ThrowawayPostgres m_server;
    QString m_database;

    // Runs `sql` in the test's database connected as `login`.
    Outcome runAs(const QString &login, const QString &sql)
    {
        Outcome outcome;
        const QString name = QStringLiteral("foi-test-%1-%2").arg(login).arg(++m_sessions);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_server.host());
            db.setPort(m_server.port());
            db.setUserName(login);
            db.setDatabaseName(m_database);
            if (!db.open()) {
                outcome.error = QStringLiteral("cannot log in: ") + db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (query.exec(sql))
                    outcome.rows = query.numRowsAffected();
                else
                    outcome.error = query.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return outcome;
    }

    // A team store opened as `login`, as an officer's workbench opens it.
    std::unique_ptr<ServerStore> openAs(const QString &login)
    {
        auto store = ServerStore::open(m_server.address(m_database, login),
                                       StoreConnection::Access::ReadWrite, storetest::fakeClock());
        if (!store) {
            qWarning("%s %s", qPrintable(store.error().message), qPrintable(store.error().detail));
            return {};
        }
        return std::move(store).value();
    }

    QString outcomeOf(const QString &reference)
    {
        auto store = openAs(m_server.superuser());
        return store ? store->repositories().cases().load(reference)->record.outcome : QString();
    }

    // An INSERT of an attachment row for case `reference`, as the workbench writes one.
    static QString attachmentRowFor(const QString &reference)
    {
        return QStringLiteral(
                   "INSERT INTO attachments (case_id, file_name, media_type, size_bytes, "
                   "sha256, added_at, added_by) SELECT id, 'letter.pdf', "
                   "'application/pdf', 4, repeat('a', 64), '2026-12-08T00:00:00Z', "
                   "current_user FROM cases WHERE reference = '%1'")
            .arg(reference);
    }

    // An INSERT of a sent reply for case `reference`, anchored at the audit trail's head.
    static QString sentReplyFor(const QString &reference)
    {
        return QStringLiteral("INSERT INTO sent_replies (case_id, sent_at, sent_by, file_name, "
                              "media_type, content, sha256, audit_head_seq, audit_head_hash) "
                              "SELECT id, '2026-12-08T00:00:00Z', current_user, 'reply.pdf', "
                              "'application/pdf', '\\x25504446'::bytea, repeat('b', 64), head.seq, "
                              "head.row_hash FROM cases, (SELECT seq, row_hash FROM audit_log "
                              "ORDER BY seq DESC LIMIT 1) head WHERE reference = '%1'")
            .arg(reference);
    }

    int m_sessions = 0;

private slots:
    void initTestCase()
    {
        QString problem;
        m_server = foi::test::ThrowawayPostgres::find(&problem);
        QVERIFY2(m_server.isRunning(), qPrintable(problem));
        m_database = m_server.createDatabase(&problem);
        QVERIFY2(!m_database.isEmpty(), qPrintable(problem));
        const CliRun init = runCli({QStringLiteral("--store"), m_server.url(m_database),
                                    QStringLiteral("store"), QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.out + init.err));
        // The IT department's part: a login role for each officer, then the store's roles.
        for (const QString &login : {ann, bob, rita, max, ada})
            QCOMPARE(m_server.runAsSuperuser(
                         QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                                        "rolname = '%1') THEN CREATE ROLE %1 LOGIN; END IF; "
                                        "END $$")
                             .arg(login)),
                     QString());
        const QList<QPair<QString, QString>> grants{{QStringLiteral("officer"), ann},
                                                    {QStringLiteral("officer"), bob},
                                                    {QStringLiteral("reviewer"), rita},
                                                    {QStringLiteral("manager"), max},
                                                    {QStringLiteral("administrator"), ada}};
        for (const auto &[role, login] : grants) {
            const CliRun granted =
                runCli({QStringLiteral("--store"), m_server.url(m_database),
                        QStringLiteral("store"), QStringLiteral("grant"), role, login});
            QVERIFY2(granted.exitCode == 0, qPrintable(granted.out + granted.err));
        }
        // Three cases: FOI-1 allocated to Ann, FOI-2 to Bob, FOI-3 to nobody.
        auto store = openAs(m_server.superuser());
        QVERIFY(store);
        foi::core::AllocationService allocation(store->repositories());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(store->repositories().cases().save(
                storetest::record(QStringLiteral("FOI-%1").arg(i), QStringLiteral("request")),
                QStringLiteral("logging officer")));
        QVERIFY(allocation.allocate(QStringLiteral("FOI-1"), ann, QStringLiteral("manager")));
        QVERIFY(allocation.allocate(QStringLiteral("FOI-2"), bob, QStringLiteral("manager")));
    }

    void cleanupTestCase() { m_server.dropDatabase(m_database); }

    // The README's way: the store's administrator is no superuser, only a login with
    // CREATEROLE that owns the (empty) database; it makes the store, and grants a role.
    void anAdministratorWithCreateRoleInitialisesAndGrants()
    {
        const QString it = QStringLiteral("foi_test_it");
        const QString database = QStringLiteral("foi_test_it_store");
        m_server.dropDatabase(database);
        QCOMPARE(m_server.runAsSuperuser(
                     QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                                    "rolname = '%1') THEN CREATE ROLE %1 LOGIN CREATEROLE; END "
                                    "IF; END $$")
                         .arg(it)),
                 QString());
        QCOMPARE(m_server.runAsSuperuser(
                     QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, it)),
                 QString());
        const QString address = m_server.url(database, it);
        const CliRun init = runCli(
            {QStringLiteral("--store"), address, QStringLiteral("store"), QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.out + init.err));
        const CliRun granted = runCli({QStringLiteral("--store"), address, QStringLiteral("store"),
                                       QStringLiteral("grant"), QStringLiteral("officer"), ann});
        QVERIFY2(granted.exitCode == 0, qPrintable(granted.out + granted.err));
        auto officer =
            ServerStore::open(m_server.address(database, ann), StoreConnection::Access::ReadWrite,
                              storetest::fakeClock());
        QVERIFY2(officer, qPrintable(officer ? QString() : officer.error().detail));
        QVERIFY(
            (*officer)
                ->repositories()
                .cases()
                .save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("request")), ann)
                .ok());
        m_server.dropDatabase(database);
    }

    void theGroupRolesCannotLogIn()
    {
        const CliRun unknownRole =
            runCli({QStringLiteral("--store"), m_server.url(m_database), QStringLiteral("store"),
                    QStringLiteral("grant"), QStringLiteral("boss"), ann});
        QCOMPARE(unknownRole.exitCode, 2);
        QVERIFY2(unknownRole.err.contains(QStringLiteral("officer, reviewer, manager")),
                 qPrintable(unknownRole.err));
        const CliRun unknownLogin = runCli(
            {QStringLiteral("--store"), m_server.url(m_database), QStringLiteral("store"),
             QStringLiteral("grant"), QStringLiteral("officer"), QStringLiteral("nobody_here")});
        QCOMPARE(unknownLogin.exitCode, 2);
        QVERIFY2(unknownLogin.err.contains(QStringLiteral("createuser")),
                 qPrintable(unknownLogin.err));
        for (const QString &role :
             {QStringLiteral("foi_officer"), QStringLiteral("foi_reviewer"),
              QStringLiteral("foi_manager"), QStringLiteral("foi_administrator")}) {
            const Outcome login = runAs(role, QStringLiteral("SELECT 1"));
            QVERIFY2(login.error.contains(QStringLiteral("not permitted to log in")),
                     qPrintable(role + u' ' + login.error));
        }
    }

    void everyRoleReadsEveryCase()
    {
        for (const QString &login : {ann, bob, rita, max, ada}) {
            auto store = openAs(login);
            QVERIFY2(store, qPrintable(login));
            QCOMPARE(store->repositories().cases().count().value(), 3);
        }
    }

    void anOfficerChangesTheirOwnAndUnallocatedCasesOnly()
    {
        QCOMPARE(runAs(ann, QStringLiteral("UPDATE cases SET outcome = 'ann-1' WHERE reference = "
                                           "'FOI-1'"))
                     .rows,
                 1);
        QCOMPARE(runAs(ann, QStringLiteral("UPDATE cases SET outcome = 'ann-3' WHERE reference = "
                                           "'FOI-3'"))
                     .rows,
                 1);
        // Bob's case is not Ann's to change: row-level security leaves her no row to update.
        QCOMPARE(runAs(ann, QStringLiteral("UPDATE cases SET outcome = 'ann-2' WHERE reference = "
                                           "'FOI-2'"))
                     .rows,
                 0);
        QCOMPARE(runAs(ann, QStringLiteral("DELETE FROM cases WHERE reference = 'FOI-2'")).rows, 0);
        QCOMPARE(outcomeOf(QStringLiteral("FOI-2")), QStringLiteral("in-progress"));
        QCOMPARE(outcomeOf(QStringLiteral("FOI-1")), QStringLiteral("ann-1"));
        // Through the workbench, the refusal says whose case it is.
        auto store = openAs(ann);
        QVERIFY(store);
        auto loaded = store->repositories().cases().load(QStringLiteral("FOI-2"));
        QVERIFY(loaded.ok());
        loaded->record.document = "{\"changed\": \"by Ann\"}";
        auto refused = store->repositories().cases().save(loaded->record, ann);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreErrorCode::Forbidden);
        QVERIFY2(refused.error().message.contains(QStringLiteral("allocated to foi_test_bob")),
                 qPrintable(refused.error().message));
        auto own = store->repositories().cases().load(QStringLiteral("FOI-1"));
        QVERIFY(own.ok());
        own->record.document = "{\"changed\": \"by Ann\"}";
        QVERIFY(store->repositories().cases().save(own->record, ann).ok());
    }

    void onlyAManagerAllocates()
    {
        const Outcome officer =
            runAs(ann, QStringLiteral("UPDATE cases SET assigned_officer = '%1' WHERE reference = "
                                      "'FOI-3'")
                           .arg(ann));
        QVERIFY2(officer.error.contains(QStringLiteral("permission denied")),
                 qPrintable(officer.error));
        auto annStore = openAs(ann);
        QVERIFY(annStore);
        auto refused = foi::core::AllocationService(annStore->repositories())
                           .allocate(QStringLiteral("FOI-3"), ann, ann);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreErrorCode::Forbidden);
        auto ritaStore = openAs(rita);
        QVERIFY(ritaStore);
        QVERIFY(!foi::core::AllocationService(ritaStore->repositories())
                     .allocate(QStringLiteral("FOI-3"), rita, rita)
                     .ok());
        auto maxStore = openAs(max);
        QVERIFY(maxStore);
        auto allocated = foi::core::AllocationService(maxStore->repositories())
                             .allocate(QStringLiteral("FOI-3"), ann, max);
        QVERIFY2(allocated.ok(), qPrintable(allocated ? QString() : allocated.error().detail));
        QVERIFY(allocated->changed);
        QVERIFY(maxStore->repositories().verify().value().intact);
    }

    // Version 7: the server refuses an officer's row for a case allocated to someone else in
    // the tables of a case's records as in the cases table, whoever writes the SQL.
    void anOfficerWritesTheRecordsOfTheirOwnCasesOnly()
    {
        const Outcome others = runAs(ann, attachmentRowFor(QStringLiteral("FOI-2")));
        QVERIFY2(others.error.contains(QStringLiteral("row-level security")),
                 qPrintable(others.error));
        QCOMPARE(runAs(ann, attachmentRowFor(QStringLiteral("FOI-1"))).rows, 1);
        const Outcome othersReply = runAs(ann, sentReplyFor(QStringLiteral("FOI-2")));
        QVERIFY2(othersReply.error.contains(QStringLiteral("row-level security")),
                 qPrintable(othersReply.error));
        QCOMPARE(runAs(ann, sentReplyFor(QStringLiteral("FOI-1"))).rows, 1);
        // Nor may she move her row onto Bob's case, or change or remove his.
        QCOMPARE(runAs(bob, attachmentRowFor(QStringLiteral("FOI-2"))).rows, 1);
        QVERIFY(runAs(ann, QStringLiteral("UPDATE attachments SET case_id = (SELECT id FROM cases "
                                          "WHERE reference = 'FOI-2') WHERE added_by = '%1'")
                               .arg(ann))
                    .error.contains(QStringLiteral("row-level security")));
        QCOMPARE(
            runAs(ann, QStringLiteral("DELETE FROM attachments WHERE added_by = '%1'").arg(bob))
                .rows,
            0);
        // Through the workbench, the refusal says it is her role.
        QTemporaryDir folder;
        const QString letter = folder.filePath(QStringLiteral("letter.txt"));
        QFile file(letter);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a letter");
        file.close();
        auto store = openAs(ann);
        QVERIFY(store);
        foi::core::AttachmentService attachments(store->repositories(),
                                                 folder.filePath(QStringLiteral("copies")));
        auto refused = attachments.add(QStringLiteral("FOI-2"), letter,
                                       foi::core::AttachmentKind::Correspondence, ann);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreErrorCode::Forbidden);
        QVERIFY(attachments
                    .add(QStringLiteral("FOI-1"), letter, foi::core::AttachmentKind::Correspondence,
                         ann)
                    .ok());
    }

    // A manager writes any case's records; a reviewer records a review of any case, and nothing
    // else (version 7).
    void aManagerAndAReviewerWriteAnyCasesRecords()
    {
        QCOMPARE(runAs(max, attachmentRowFor(QStringLiteral("FOI-2"))).rows, 1);
        QCOMPARE(runAs(rita, QStringLiteral("INSERT INTO review_exports (case_id, bundle_sha256, "
                                            "document_sha256, exported_at, exported_by, "
                                            "exporter_fingerprint, requester_included) SELECT id, "
                                            "repeat('d', 64), repeat('e', 64), "
                                            "'2026-12-08T00:00:00Z', current_user, 'f', 0 FROM "
                                            "cases WHERE reference = 'FOI-2'"))
                     .rows,
                 1);
        QVERIFY(runAs(rita, attachmentRowFor(QStringLiteral("FOI-2")))
                    .error.contains(QStringLiteral("permission denied")));
        QVERIFY(runAs(ann, QStringLiteral("INSERT INTO review_exports (case_id, bundle_sha256, "
                                          "document_sha256, exported_at, exported_by, "
                                          "exporter_fingerprint, requester_included) SELECT id, "
                                          "repeat('9', 64), repeat('e', 64), "
                                          "'2026-12-08T00:00:00Z', current_user, 'f', 0 FROM "
                                          "cases WHERE reference = 'FOI-2'"))
                    .error.contains(QStringLiteral("row-level security")));
    }

    // A table a later version adds (made, as upgrades from version 7 are, by foi_administrator)
    // gets the roles' grants without a statement of its own.
    void aLaterTableGetsTheRolesGrants()
    {
        QCOMPARE(runAs(ada, QStringLiteral("SET ROLE foi_administrator; "
                                           "CREATE TABLE later_notes (note TEXT)"))
                     .error,
                 QString());
        QCOMPARE(runAs(ann, QStringLiteral("INSERT INTO later_notes VALUES ('ann')")).rows, 1);
        QCOMPARE(runAs(max, QStringLiteral("DELETE FROM later_notes")).rows, 1);
        QCOMPARE(runAs(rita, QStringLiteral("SELECT * FROM later_notes")).error, QString());
        QVERIFY(runAs(rita, QStringLiteral("INSERT INTO later_notes VALUES ('rita')"))
                    .error.contains(QStringLiteral("permission denied")));
        QCOMPARE(
            runAs(ada, QStringLiteral("SET ROLE foi_administrator; DROP TABLE later_notes")).error,
            QString());
    }

    // A store made at version 5 (roles, row-level security on cases only) upgrades to version 7
    // with its cases kept, after which Bob's case's records are refused to Ann too.
    void aVersion5StoreUpgradesToCaseRecordSecurity()
    {
        QString problem;
        const QString older = m_server.createDatabase(&problem);
        QVERIFY2(!older.isEmpty(), qPrintable(problem));
        const QString current = m_database;
        m_database = older;
        {
            auto connection = StoreConnection::openServer(m_server.address(older),
                                                          StoreConnection::Access::ReadWrite);
            QVERIFY(connection.ok());
            QVERIFY(foi::core::PostgresMigrations::upgrade(**connection, 5).ok());
            QVERIFY((*connection)
                        ->run(QStringLiteral("INSERT INTO cases (reference, regime, date_received, "
                                             "status, document, document_sha256, created_at, "
                                             "updated_at, assigned_officer) VALUES ('OLD-1', "
                                             "'FOIA', '2026-01-05', 'open', '\\x7b7d'::bytea, "
                                             "repeat('0', 64), '2026-01-05T09:00:00Z', "
                                             "'2026-01-05T09:00:00Z', '%1')")
                                  .arg(bob))
                        .ok());
        }
        // Before: version 5 leaves the attachments table open to any officer.
        QCOMPARE(runAs(ann, attachmentRowFor(QStringLiteral("OLD-1"))).rows, 1);
        {
            auto connection = StoreConnection::openServer(m_server.address(older),
                                                          StoreConnection::Access::ReadWrite);
            QVERIFY(connection.ok());
            QVERIFY(foi::core::PostgresMigrations::upgrade(
                        **connection, foi::core::PostgresMigrations::latestVersion())
                        .ok());
            QCOMPARE(foi::core::PostgresMigrations::currentVersion(**connection).value(), 7);
        }
        QVERIFY(runAs(ann, attachmentRowFor(QStringLiteral("OLD-1")))
                    .error.contains(QStringLiteral("row-level security")));
        QCOMPARE(runAs(bob, attachmentRowFor(QStringLiteral("OLD-1"))).rows, 1);
        m_database = current;
        m_server.dropDatabase(older);
    }

    void aReviewerRecordsTheReviewStateButNoDecision()
    {
        QCOMPARE(runAs(rita, QStringLiteral("UPDATE cases SET review_status = 'awaiting' WHERE "
                                            "reference = 'FOI-2'"))
                     .rows,
                 1);
        const Outcome decision = runAs(
            rita, QStringLiteral("UPDATE cases SET outcome = 'refused' WHERE reference = 'FOI-2'"));
        QVERIFY2(decision.error.contains(QStringLiteral("permission denied")),
                 qPrintable(decision.error));
    }

    void nobodyChangesOrRemovesAnAuditRow()
    {
        for (const QString &login : {ann, rita, max, ada, m_server.superuser()}) {
            const Outcome changed =
                runAs(login, QStringLiteral("UPDATE audit_log SET summary = 'rewritten' WHERE "
                                            "seq = 1"));
            QVERIFY2(!changed.error.isEmpty(), qPrintable(login));
            const Outcome removed = runAs(login, QStringLiteral("DELETE FROM audit_log WHERE "
                                                                "seq = 1"));
            QVERIFY2(!removed.error.isEmpty(), qPrintable(login));
            const Outcome emptied = runAs(login, QStringLiteral("TRUNCATE audit_log"));
            QVERIFY2(!emptied.error.isEmpty(), qPrintable(login));
        }
        // The app roles have no such privilege at all; the owner's attempt meets the trigger.
        QVERIFY(runAs(ann, QStringLiteral("DELETE FROM audit_log WHERE seq = 1"))
                    .error.contains(QStringLiteral("permission denied")));
        QVERIFY(runAs(ada, QStringLiteral("DELETE FROM audit_log WHERE seq = 1"))
                    .error.contains(QStringLiteral("append-only")));
        auto store = openAs(m_server.superuser());
        QVERIFY(store);
        auto report = store->repositories().verify();
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    void onlyTheAdministratorAltersTheSchema()
    {
        for (const QString &login : {ann, rita, max}) {
            QVERIFY2(!runAs(login, QStringLiteral("ALTER TABLE cases ADD COLUMN extra INTEGER"))
                          .error.isEmpty(),
                     qPrintable(login));
            QVERIFY2(
                !runAs(login, QStringLiteral("CREATE TABLE extra (x INTEGER)")).error.isEmpty(),
                qPrintable(login));
            QVERIFY2(!runAs(login, QStringLiteral("UPDATE store_meta SET value = '4' WHERE key = "
                                                  "'schema_version'"))
                          .error.isEmpty(),
                     qPrintable(login));
        }
        // An officer's workbench opening a store that needs an upgrade cannot run it: a store
        // made up to version 4, before its roles, is refused to Ann and stays as it was.
        QString problem;
        const QString older = m_server.createDatabase(&problem);
        QVERIFY2(!older.isEmpty(), qPrintable(problem));
        {
            auto connection = StoreConnection::openServer(m_server.address(older),
                                                          StoreConnection::Access::ReadWrite);
            QVERIFY(connection.ok());
            QVERIFY(foi::core::PostgresMigrations::upgrade(**connection, 4).ok());
        }
        auto officer =
            ServerStore::open(m_server.address(older, ann), StoreConnection::Access::ReadWrite,
                              storetest::fakeClock());
        QVERIFY(!officer);
        QCOMPARE(officer.error().code, StoreErrorCode::Forbidden);
        {
            auto connection = StoreConnection::openServer(m_server.address(older),
                                                          StoreConnection::Access::ReadOnly);
            QVERIFY(connection.ok());
            QCOMPARE(foi::core::PostgresMigrations::currentVersion(**connection).value(), 4);
        }
        m_server.dropDatabase(older);
        // The administrator, a member of the role that owns the schema, alters it.
        QCOMPARE(runAs(ada, QStringLiteral("ALTER TABLE cases ADD COLUMN extra INTEGER")).error,
                 QString());
        QCOMPARE(runAs(ada, QStringLiteral("ALTER TABLE cases DROP COLUMN extra")).error,
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_team_roles.moc"
