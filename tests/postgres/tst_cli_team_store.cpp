// Issue 20 point 1: `--store postgresql://...` on the command line. `store init` makes the case
// store's schema in an empty database (and only there), once; a file or a password in the address
// is refused with what to do instead; and a command that does not use a team store yet says so
// rather than making a file named like the address. Issue 20 point 2: `backup` of a team store
// writes a pg_dump archive with its audit anchor recorded beside it, and `restore` puts it into an
// empty database only, after checking the file, and verifies the restored chain; `audit verify`
// checks a team store's chain.

#include "core/store/AuditTrail.h"
#include "core/store/BackupMetadata.h"
#include "core/store/CaseRepository.h"
#include "core/store/PostgresMigrations.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreConnection.h"
#include "tests/cli/CliRunner.h"
#include "tests/core/store/StoreTestSupport.h"
#include "tests/postgres/ThrowawayPostgres.h"

#include <QDir>
#include <QProcess>
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

    // A team store in `database` holding `count` cases, each saved twice (so the audit trail
    // has 2 * count rows); the chain's head.
    foi::core::AuditAnchor makeStore(const QString &database, int count)
    {
        const CliRun made = run({QStringLiteral("--store"), m_server.url(database),
                                 QStringLiteral("store"), QStringLiteral("init")});
        if (made.exitCode != 0) {
            qWarning("%s", qPrintable(made.err));
            return {};
        }
        auto store = foi::core::ServerStore::open(
            m_server.address(database), StoreConnection::Access::ReadWrite, storetest::fakeClock());
        if (!store.ok())
            return {};
        foi::core::CaseRepository &cases = (*store)->repositories().cases();
        for (int i = 1; i <= count; ++i) {
            auto record = storetest::record(QStringLiteral("FOI-%1").arg(i),
                                            QStringLiteral("speed cameras on road %1").arg(i));
            (void)cases.save(record, QStringLiteral("officer"));
            record.requestText += QStringLiteral(" and their fines");
            record.document.replace("speed", "speeding");
            (void)cases.save(record, QStringLiteral("officer"));
        }
        return (*store)->repositories().audit().head().value();
    }

    int caseCount(const QString &database)
    {
        auto connection = StoreConnection::openServer(m_server.address(database),
                                                      StoreConnection::Access::ReadOnly);
        if (!connection.ok())
            return -1;
        auto row = (*connection)->selectRow(QStringLiteral("SELECT count(*) FROM cases"));
        return row.ok() && *row ? (**row).at(0).toInt() : -1;
    }

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
        const CliRun searched = run({QStringLiteral("--store"), m_server.url(m_database),
                                     QStringLiteral("search"), QStringLiteral("drones")});
        QVERIFY(searched.exitCode != 0);
        QVERIFY2(searched.err.contains(QStringLiteral("team store")), qPrintable(searched.err));
        QVERIFY2(searched.err.contains(QStringLiteral("'list' work on a team store")),
                 qPrintable(searched.err));
        QVERIFY(!QFile::exists(QStringLiteral("postgresql:")));
    }

    // `list` reads a team store's case list as it reads a file's (issue 20 point 1), the
    // unallocated ones too.
    void listShowsATeamStoresCases()
    {
        makeStore(m_database, 3);
        const CliRun listed = run({QStringLiteral("--store"), m_server.url(m_database),
                                   QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        for (int i = 1; i <= 3; ++i)
            QVERIFY2(listed.out.contains(QStringLiteral("\"FOI-%1\"").arg(i)),
                     qPrintable(listed.out));
        const CliRun unallocated =
            run({QStringLiteral("--store"), m_server.url(m_database), QStringLiteral("list"),
                 QStringLiteral("--unallocated"), QStringLiteral("--json")});
        QVERIFY2(unallocated.exitCode == 0, qPrintable(unallocated.err));
        QCOMPARE(unallocated.out.count(QStringLiteral("\"reference\"")), 3);
    }

    // `audit verify` checks a team store's chain as it checks a file's, through an anchor, and
    // names the first row changed behind the workbench's back.
    void auditVerifyChecksATeamStoresChain()
    {
        const foi::core::AuditAnchor head = makeStore(m_database, 2);
        CliRun verified =
            run({QStringLiteral("--store"), m_server.url(m_database), QStringLiteral("audit"),
                 QStringLiteral("verify"), QStringLiteral("--anchor"), head.toString()});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY2(verified.out.contains(QStringLiteral("Audit trail intact: 4 row(s), through every "
                                                      "anchor given")),
                 qPrintable(verified.out));
        // Only the server's superuser can get past the append-only triggers.
        QCOMPARE(
            m_server.runAsSuperuser(
                QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change; "
                               "UPDATE audit_log SET summary = 'nothing to see' WHERE seq = 2"),
                m_database),
            QString());
        verified = run({QStringLiteral("--store"), m_server.url(m_database),
                        QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(verified.out.contains(QStringLiteral("Audit trail BROKEN at row 2")),
                 qPrintable(verified.out));
        QVERIFY(verified.out.contains(QStringLiteral("Keep the database as it is")));
    }

    void aTeamStoreIsBackedUpAndRestoredIntoAnEmptyDatabase()
    {
        const foi::core::AuditAnchor head = makeStore(m_database, 3);
        QCOMPARE(head.seq, 6);
        const QString backup = m_home.filePath(QStringLiteral("team-store.dump"));
        const CliRun backedUp = run({QStringLiteral("--store"), m_server.url(m_database),
                                     QStringLiteral("backup"), backup});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QVERIFY2(backedUp.out.contains(QStringLiteral("Audit anchor: ") + head.toString()),
                 qPrintable(backedUp.out));
        // pg_dump's custom format, with the record a store file's backup has.
        QFile dump(backup);
        QVERIFY(dump.open(QIODevice::ReadOnly));
        QCOMPARE(dump.read(5), QByteArray("PGDMP"));
        const auto record = foi::core::BackupMetadata::read(backup);
        QVERIFY(record.ok());
        QCOMPARE(record->auditHead.toString(), head.toString());
        QCOMPARE(record->schemaVersion, PostgresMigrations::latestVersion());
        QCOMPARE(record->sha256, foi::core::BackupMetadata::fileSha256(backup).value());

        QString problem;
        const QString target = m_server.createDatabase(&problem);
        QVERIFY2(!target.isEmpty(), qPrintable(problem));
        const CliRun restored = run(
            {QStringLiteral("--store"), m_server.url(target), QStringLiteral("restore"), backup});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY2(restored.out.contains(QStringLiteral("6 rows, head ") + head.toString() +
                                       QStringLiteral(", through the backup's recorded anchor")),
                 qPrintable(restored.out));
        QCOMPARE(caseCount(target), 3);
        // The restored store is a team store like the first: it backs up in turn, to the same head.
        const CliRun verified =
            run({QStringLiteral("--store"), m_server.url(target), QStringLiteral("backup"),
                 m_home.filePath(QStringLiteral("again.dump"))});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY(verified.out.contains(head.toString()));
        m_server.dropDatabase(target);
    }

    void aBackupNeverReplacesAFile()
    {
        makeStore(m_database, 1);
        const QString existing = m_home.filePath(QStringLiteral("kept.txt"));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an officer's notes");
        file.close();
        const CliRun backedUp = run({QStringLiteral("--store"), m_server.url(m_database),
                                     QStringLiteral("backup"), existing});
        QCOMPARE(backedUp.exitCode, 1);
        QVERIFY2(backedUp.err.contains(QStringLiteral("never replaces a file")),
                 qPrintable(backedUp.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("an officer's notes"));
    }

    void aRestoreIsRefusedBeforeAnythingIsWritten()
    {
        const foi::core::AuditAnchor head = makeStore(m_database, 2);
        const QString backup = m_home.filePath(QStringLiteral("refusals.dump"));
        QCOMPARE(run({QStringLiteral("--store"), m_server.url(m_database), QStringLiteral("backup"),
                      backup})
                     .exitCode,
                 0);
        QFile original(backup);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();

        // Into a database that is not empty (here, the store itself): nothing changes.
        CliRun refused = run({QStringLiteral("--store"), m_server.url(m_database),
                              QStringLiteral("restore"), backup});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is not empty")), qPrintable(refused.err));
        QCOMPARE(caseCount(m_database), 2);

        QString problem;
        const QString target = m_server.createDatabase(&problem);
        QVERIFY2(!target.isEmpty(), qPrintable(problem));
        const auto restoreInto = [&](const QString &file) {
            return run(
                {QStringLiteral("--store"), m_server.url(target), QStringLiteral("restore"), file});
        };
        const auto writeFile = [&](const QString &name, const QByteArray &content) {
            const QString path = m_home.filePath(name);
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(content);
            return path;
        };
        // Not a dump at all (a store file's backup, say).
        refused = restoreInto(writeFile(QStringLiteral("cases.foistore"), "SQLite format 3"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is not a team store backup")),
                 qPrintable(refused.err));
        // A dump cut short, without its record: pg_restore cannot read its contents.
        refused = restoreInto(writeFile(QStringLiteral("cut.dump"), bytes.left(bytes.size() / 3)));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("damaged or cut short")) ||
                     refused.err.contains(QStringLiteral("failed")),
                 qPrintable(refused.err));
        // A dump changed after the backup, beside its record.
        QByteArray changed = bytes;
        changed[changed.size() - 10] = char(changed.at(changed.size() - 10) ^ 0x20);
        const QString tampered = writeFile(QStringLiteral("tampered.dump"), changed);
        QVERIFY(QFile::copy(foi::core::BackupMetadata::metadataPathFor(backup),
                            foi::core::BackupMetadata::metadataPathFor(tampered)));
        refused = restoreInto(tampered);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is not the file its record")),
                 qPrintable(refused.err));
        // A PostgreSQL dump of some other database.
        const QString other = m_server.createDatabase(&problem);
        QCOMPARE(m_server.runAsSuperuser(QStringLiteral("CREATE TABLE payroll (id INT)"), other),
                 QString());
        const QString otherDump = m_home.filePath(QStringLiteral("payroll.dump"));
        QProcess pgDump;
        pgDump.start(QStringLiteral("pg_dump"),
                     {QStringLiteral("--format=custom"), QStringLiteral("--file=") + otherDump,
                      QStringLiteral("--no-password"),
                      QStringLiteral("--dbname=") + m_server.url(other)});
        QVERIFY(pgDump.waitForFinished(60000));
        QCOMPARE(pgDump.exitCode(), 0);
        refused = restoreInto(otherDump);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("not of a case store")),
                 qPrintable(refused.err));
        m_server.dropDatabase(other);

        // Each refusal left the target empty: the real backup still restores into it.
        const CliRun restored = restoreInto(backup);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(head.toString()));
        QCOMPARE(caseCount(target), 2);
        m_server.dropDatabase(target);
    }
};

QTEST_GUILESS_MAIN(TestCliTeamStore)
#include "tst_cli_team_store.moc"
