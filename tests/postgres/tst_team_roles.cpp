// Issue 20 point 4: the team's roles, enforced by the server. `store init` makes the group roles
// foi_officer, foi_reviewer, foi_manager and foi_administrator (none may log in), `store grant`
// gives them to login roles, and each login, connected as itself, is refused by the server what
// its role may not do: an officer changing a case allocated to another officer, or allocating;
// a reviewer changing a case's decision; anyone (the administrator and the superuser included)
// changing or removing an audit row; anyone but the administrator altering the schema. What each
// role may do, it does.

#include "core/services/AllocationService.h"
#include "core/store/CaseRepository.h"
#include "core/store/PostgresMigrations.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreRepositories.h"
#include "core/support/StoreErrorCode.h"
#include "tests/cli/CliRunner.h"
#include "tests/core/store/StoreTestSupport.h"
#include "tests/postgres/ThrowawayPostgres.h"

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
