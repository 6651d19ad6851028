// Issue 20 point 1: `--store postgresql://...` on the command line. `store init` makes the case
// store's schema in an empty database (and only there), once; a file or a password in the address
// is refused with what to do instead; and a command that does not use a team store yet says so
// rather than making a file named like the address.

#include "core/store/PostgresMigrations.h"
#include "core/store/StoreConnection.h"
#include "tests/cli/CliRunner.h"
#include "tests/postgres/ThrowawayPostgres.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using foi::core::PostgresMigrations;
using foi::core::StoreConnection;

class TestCliTeamStore : public QObject
{
    Q_OBJECT
private:
    foi::test::ThrowawayPostgres m_server;
    QString m_database;
    QTemporaryDir m_home;

    CliRun run(const QStringList &args) { return runCli(args, m_home.path()); }

    int storeVersion()
    {
        auto connection = StoreConnection::openServer(m_server.address(m_database),
                                                      StoreConnection::Access::ReadOnly);
        if (!connection.ok())
            return -1;
        auto version = PostgresMigrations::currentVersion(**connection);
        return version.ok() ? *version : -1;
    }

private slots:
    void initTestCase()
    {
        QString problem;
        m_server = foi::test::ThrowawayPostgres::find(&problem);
        QVERIFY2(m_server.isRunning(), qPrintable(problem));
        QVERIFY(m_home.isValid());
    }

    void init()
    {
        QString problem;
        m_database = m_server.createDatabase(&problem);
        QVERIFY2(!m_database.isEmpty(), qPrintable(problem));
    }

    void cleanup() { m_server.dropDatabase(m_database); }

    void storeInitPreparesAnEmptyDatabase()
    {
        QCOMPARE(storeVersion(), 0);
        CliRun made = run({QStringLiteral("--store"), m_server.url(m_database),
                           QStringLiteral("store"), QStringLiteral("init")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(made.out.contains(QStringLiteral("is ready")));
        QCOMPARE(storeVersion(), PostgresMigrations::latestVersion());
        // Run again (by a script, or a second administrator): nothing changes.
        made = run({QStringLiteral("--store"), m_server.url(m_database), QStringLiteral("store"),
                    QStringLiteral("init")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(storeVersion(), PostgresMigrations::latestVersion());
    }

    void storeInitLeavesADatabaseOfOtherTablesAlone()
    {
        QCOMPARE(
            m_server.runAsSuperuser(QStringLiteral("CREATE TABLE payroll (id INT)"), m_database),
            QString());
        const CliRun made = run({QStringLiteral("--store"), m_server.url(m_database),
                                 QStringLiteral("store"), QStringLiteral("init")});
        QCOMPARE(made.exitCode, 1);
        QVERIFY2(made.err.contains(QStringLiteral("already holds other tables")),
                 qPrintable(made.err));
        QCOMPARE(storeVersion(), 0);
    }

    void storeInitIsForATeamStoreOnly()
    {
        const QString file = m_home.filePath(QStringLiteral("cases.foistore"));
        const CliRun made =
            run({QStringLiteral("--store"), file, QStringLiteral("store"), QStringLiteral("init")});
        QCOMPARE(made.exitCode, 2);
        QVERIFY2(made.err.contains(QStringLiteral("postgresql://")), qPrintable(made.err));
        QVERIFY(!QFile::exists(file));
    }

    void aPasswordInTheAddressIsRefused()
    {
        const CliRun made = run({QStringLiteral("--store"),
                                 QStringLiteral("postgresql://officer:secret@%1:%2/%3")
                                     .arg(m_server.host())
                                     .arg(m_server.port())
                                     .arg(m_database),
                                 QStringLiteral("store"), QStringLiteral("init")});
        QCOMPARE(made.exitCode, 2);
        QVERIFY2(made.err.contains(QStringLiteral("pgpass")), qPrintable(made.err));
        QVERIFY(!made.err.contains(QStringLiteral("secret")));
        QCOMPARE(storeVersion(), 0);
    }

    void aCommandThatUsesOnlyFilesSaysSo()
    {
        QVERIFY(run({QStringLiteral("--store"), m_server.url(m_database), QStringLiteral("store"),
                     QStringLiteral("init")})
                    .exitCode == 0);
        const QDir before(QDir::currentPath());
        const CliRun listed =
            run({QStringLiteral("--store"), m_server.url(m_database), QStringLiteral("list")});
        QVERIFY(listed.exitCode != 0);
        QVERIFY2(listed.err.contains(QStringLiteral("team store")), qPrintable(listed.err));
        QVERIFY(!QFile::exists(QStringLiteral("postgresql:")));
    }
};

QTEST_GUILESS_MAIN(TestCliTeamStore)
#include "tst_cli_team_store.moc"
