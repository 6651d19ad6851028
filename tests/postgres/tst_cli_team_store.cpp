// Issue 20 point 1: `--store postgresql://...` on the command line. `store init` makes the case
// store's schema in an empty database (and only there), once; a file or a password in the address
// is refused with what to do instead; and a command that does not use a team store yet says so
// rather than making a file named like the address. Issue 20 point 2: `backup` of a team store
// writes a pg_dump archive with its audit anchor recorded beside it, and `restore` puts it into an
// empty database only, after checking the file, and verifies the restored chain; `audit verify`
// checks a team store's chain. Issue 20 point 1 again: every command on cases whose services work
// on either back end runs on a team store (search, similar, export, import, the lifecycle verbs,
// hold, retention, render, review, matter, intake, disclosure-log, calendar import), each shown
// here by what it printed or changed, `stats` by the golden figures of tst_cli_stats.

#include "core/store/AuditTrail.h"
#include "core/store/BackupMetadata.h"
#include "core/store/CaseRepository.h"
#include "core/store/PostgresMigrations.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreConnection.h"
#include "tests/cli/CliRunner.h"
#include "tests/core/store/StoreTestSupport.h"
#include "tests/postgres/ThrowawayPostgres.h"
#include "tests/support/ReferenceCase.h"
#include "tests/support/TestMail.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    // Runs `args` on the team store in m_database.
    CliRun onTeam(const QStringList &args)
    {
        return run(QStringList{QStringLiteral("--store"), m_server.url(m_database)} + args);
    }

    // A prepared team store holding the reference case (13457_18), imported by the command line:
    // as answered (its reply sent in 2018), or before its reply was sent.
    bool importReferenceCase(bool answered)
    {
        const CliRun made = onTeam({QStringLiteral("store"), QStringLiteral("init")});
        const QString file =
            answered
                ? testsupport::referenceCasePath()
                : testsupport::writeCaseFile(m_home.filePath(QStringLiteral("unanswered.json")),
                                             testsupport::unansweredReferenceCase());
        const CliRun imported = onTeam({QStringLiteral("import"), file, QStringLiteral("--officer"),
                                        QStringLiteral("Jo Officer")});
        if (made.exitCode != 0 || imported.exitCode != 0) {
            qWarning("%s%s", qPrintable(made.err), qPrintable(imported.err));
            return false;
        }
        return imported.out.contains(QStringLiteral("Imported 1 new")) &&
               imported.out.contains(m_server.address(m_database).display());
    }

    // The case `reference` as `list --json` shows it.
    QJsonObject listed(const QString &reference)
    {
        const CliRun list = onTeam({QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &row : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            if (row[QStringLiteral("reference")].toString() == reference)
                return row.toObject();
        }
        return {};
    }

    // One cell of the team store, as its superuser reads it ("" when no row).
    QString cell(const QString &sql)
    {
        auto connection = StoreConnection::openServer(m_server.address(m_database),
                                                      StoreConnection::Access::ReadOnly);
        if (!connection.ok())
            return QStringLiteral("(no connection)");
        auto row = (*connection)->selectRow(sql);
        return row.ok() && *row ? (**row).at(0).toString() : QString();
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

    // `stats` on a team store gives, byte for byte, the figures the hand-computed golden files
    // hold for the same cases imported into a store file (tests/data/statistics, tst_cli_stats).
    void statsOnATeamStoreMatchTheGoldenFigures()
    {
        QVERIFY(onTeam({QStringLiteral("store"), QStringLiteral("init")}).exitCode == 0);
        QStringList imported{QStringLiteral("import"), QStringLiteral("--officer"),
                             QStringLiteral("Jo Officer")};
        const QDir cases(QStringLiteral(FOI_TEST_DATA_DIR "/statistics/cases"));
        for (const QString &name :
             cases.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            imported.append(cases.filePath(name));
        const CliRun import = onTeam(imported);
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        for (const auto &[report, file] :
             {std::pair{QStringLiteral("code-of-practice"), QStringLiteral("code-of-practice.csv")},
              std::pair{QStringLiteral("timeliness"), QStringLiteral("timeliness.csv")}}) {
            const CliRun counted =
                onTeam({QStringLiteral("stats"), QStringLiteral("--report"), report,
                        QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                        QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                        QStringLiteral("--as-at"), QStringLiteral("2026-04-30")});
            QVERIFY2(counted.exitCode == 0, qPrintable(counted.err));
            QFile golden(QStringLiteral(FOI_TEST_DATA_DIR "/statistics/expected/") + file);
            QVERIFY(golden.open(QIODevice::ReadOnly));
            QCOMPARE(counted.out, QString::fromUtf8(golden.readAll()));
        }
    }

    // search, similar and export read a team store (full text on the server's tsvector).
    void searchSimilarAndExportReadATeamStore()
    {
        makeStore(m_database, 3);
        {
            auto store = foi::core::ServerStore::open(m_server.address(m_database),
                                                      StoreConnection::Access::ReadWrite,
                                                      storetest::fakeClock());
            QVERIFY(store.ok());
            QVERIFY((*store)->repositories().cases().save(
                storetest::record(QStringLiteral("FOI-4"),
                                  QStringLiteral("drone footage of the carnival parade")),
                QStringLiteral("officer")));
            QVERIFY((*store)->repositories().cases().save(
                storetest::record(QStringLiteral("FOI-5"),
                                  QStringLiteral("the carnival parade filmed by a drone")),
                QStringLiteral("officer")));
        }
        const CliRun found =
            onTeam({QStringLiteral("search"), QStringLiteral("fines"), QStringLiteral("--json")});
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        QCOMPARE(found.out.count(QStringLiteral("\"reference\"")), 3);
        const CliRun similar =
            onTeam({QStringLiteral("similar"), QStringLiteral("FOI-5"), QStringLiteral("--json")});
        QVERIFY2(similar.exitCode == 0, qPrintable(similar.err));
        QVERIFY2(similar.out.contains(QStringLiteral("\"FOI-4\"")), qPrintable(similar.out));
        QVERIFY(!similar.out.contains(QStringLiteral("\"FOI-1\"")));
        const CliRun exported = onTeam({QStringLiteral("export"), QStringLiteral("FOI-2")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(QStringLiteral("speeding cameras on road 2")),
                 qPrintable(exported.out));
    }

    // import, then withdraw, reopen and hold change the case on the server, each audited.
    void importAndTheLifecycleVerbsChangeATeamStore()
    {
        QVERIFY(importReferenceCase(false));
        QCOMPARE(cell(QStringLiteral("SELECT count(*) FROM cases WHERE reference = '13457_18'")),
                 QStringLiteral("1"));
        CliRun changed = onTeam({QStringLiteral("withdraw"), QStringLiteral("13457_18"),
                                 QStringLiteral("--reason"),
                                 QStringLiteral("The requester wrote to withdraw it.")});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        QVERIFY2(changed.out.contains(QStringLiteral("its clock is stopped")),
                 qPrintable(changed.out));
        QCOMPARE(listed(QStringLiteral("13457_18"))[QStringLiteral("outcome")].toString(),
                 QStringLiteral("withdrawn"));
        changed = onTeam({QStringLiteral("reopen"), QStringLiteral("13457_18"),
                          QStringLiteral("--reason"), QStringLiteral("Withdrawn by mistake.")});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        QVERIFY(changed.out.contains(QStringLiteral("its clock runs again")));
        changed = onTeam(
            {QStringLiteral("hold"), QStringLiteral("13457_18"), QStringLiteral("tribunal")});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        QCOMPARE(listed(QStringLiteral("13457_18"))[QStringLiteral("hold")].toString(),
                 QStringLiteral("tribunal"));
        const CliRun verified = onTeam({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    }

    // retention erases the requester of a case closed long ago (the reference case, 2018) on
    // the server; a hold keeps it (UK GDPR Art. 5(1)(e), issue 20 point 2).
    void retentionErasesOnATeamStore()
    {
        QVERIFY(importReferenceCase(true));
        QVERIFY(onTeam({QStringLiteral("hold"), QStringLiteral("13457_18"),
                        QStringLiteral("commissioner")})
                    .exitCode == 0);
        CliRun erased = onTeam({QStringLiteral("retention")});
        QVERIFY2(erased.exitCode == 0, qPrintable(erased.err));
        QVERIFY2(erased.out.contains(QStringLiteral("kept (on hold): 13457_18")),
                 qPrintable(erased.out));
        const QString requester =
            cell(QStringLiteral("SELECT requester_name FROM cases WHERE reference = '13457_18'"));
        QVERIFY(!requester.isEmpty());
        QVERIFY(onTeam({QStringLiteral("hold"), QStringLiteral("13457_18"), QStringLiteral("none")})
                    .exitCode == 0);
        erased = onTeam({QStringLiteral("retention")});
        QVERIFY2(erased.exitCode == 0, qPrintable(erased.err));
        QVERIFY2(erased.out.contains(QStringLiteral("erased: 13457_18")), qPrintable(erased.out));
        QVERIFY(!cell(QStringLiteral("SELECT document FROM cases WHERE reference = '13457_18'"))
                     .contains(requester));
    }

    // render writes the letter of a case on the server, and --final keeps it there as reply
    // version 1 (s17; issue 7).
    void renderAndAFinalReplyUseATeamStore()
    {
        QVERIFY(importReferenceCase(true));
        const QString draft = m_home.filePath(QStringLiteral("draft.pdf"));
        const QString authority =
            QStringLiteral(FOI_SOURCE_DIR "/packaging/authority.example.json");
        CliRun rendered =
            onTeam({QStringLiteral("render"), QStringLiteral("13457_18"), QStringLiteral("--out"),
                    draft, QStringLiteral("--authority"), authority});
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        QVERIFY(QFileInfo(draft).size() > 0);
        rendered =
            onTeam({QStringLiteral("render"), QStringLiteral("13457_18"), QStringLiteral("--final"),
                    QStringLiteral("--out"), m_home.filePath(QStringLiteral("final.pdf")),
                    QStringLiteral("--authority"), authority});
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        QVERIFY2(rendered.out.contains(QStringLiteral("Recorded as reply version 1 of 13457_18")),
                 qPrintable(rendered.out));
        QCOMPARE(cell(QStringLiteral("SELECT count(*) FROM sent_replies")), QStringLiteral("1"));
        // The disclosure log works from the sent reply on the server.
        const CliRun prepared = onTeam({QStringLiteral("disclosure-log"), QStringLiteral("prepare"),
                                        QStringLiteral("13457_18")});
        QVERIFY2(prepared.exitCode == 0, qPrintable(prepared.err + prepared.out));
        QCOMPARE(cell(QStringLiteral("SELECT count(*) FROM disclosure_log_entries")),
                 QStringLiteral("1"));
        const CliRun shown = onTeam(
            {QStringLiteral("disclosure-log"), QStringLiteral("show"), QStringLiteral("13457_18")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(QStringLiteral("Version 1: draft")), qPrintable(shown.out));
    }

    // review status and matter verbs read and change a team store's cases (FOIA s45 Code
    // of Practice internal review; issue 20 point 1).
    void reviewAndMatterVerbsUseATeamStore()
    {
        QVERIFY(importReferenceCase(true));
        const CliRun reviewed = onTeam(
            {QStringLiteral("review"), QStringLiteral("status"), QStringLiteral("13457_18")});
        QVERIFY2(reviewed.exitCode == 0, qPrintable(reviewed.err));
        QVERIFY2(reviewed.out.startsWith(QStringLiteral("13457_18: not reviewed")),
                 qPrintable(reviewed.out));
        const CliRun opened = onTeam(
            {QStringLiteral("matter"), QStringLiteral("open"), QStringLiteral("internal-review"),
             QStringLiteral("13457_18"), QStringLiteral("--received"), QStringLiteral("2018-06-29"),
             QStringLiteral("--reviewer"), QStringLiteral("A. Senior"), QStringLiteral("--officer"),
             QStringLiteral("A. Senior"), QStringLiteral("--json")});
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
        const QJsonObject matter = QJsonDocument::fromJson(opened.out.toUtf8()).object();
        QCOMPARE(matter.value(QStringLiteral("matter")).toString(), QStringLiteral("IR1"));
        QCOMPARE(matter.value(QStringLiteral("due")).toString(), QStringLiteral("2018-07-30"));
        QCOMPARE(listed(QStringLiteral("13457_18"))[QStringLiteral("hold")].toString(),
                 QStringLiteral("internal-review"));
    }

    // intake makes a case on the server from an email; the files it keeps go to the officer's
    // data folder, in a folder named after the team store (README, "Team store").
    void intakeFilesAnEmailIntoATeamStore()
    {
        QVERIFY(onTeam({QStringLiteral("store"), QStringLiteral("init")}).exitCode == 0);
        const QString mail = m_home.filePath(QStringLiteral("request.eml"));
        QFile file(mail);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(testmail::plainRequest());
        file.close();
        const CliRun taken = onTeam(
            {QStringLiteral("intake"), mail, QStringLiteral("--officer"), QStringLiteral("Jo")});
        QVERIFY2(taken.exitCode == 0, qPrintable(taken.err + taken.out));
        QVERIFY2(taken.out.contains(QStringLiteral("request.eml: created case 1_26")),
                 qPrintable(taken.out));
        QCOMPARE(cell(QStringLiteral("SELECT count(*) FROM attachments")), QStringLiteral("1"));
        const QString sha256 = cell(QStringLiteral("SELECT sha256 FROM attachments"));
        const foi::core::StoreAddress address = m_server.address(m_database);
        const QString folder = m_home.filePath(
            QStringLiteral("foi-workbench/team-stores/%1-%2-%3-attachments")
                .arg(address.host(), QString::number(address.port()), address.database())
                .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._/-]")),
                         QStringLiteral("_")));
        QVERIFY2(
            QFile::exists(folder + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256),
            qPrintable(folder));
    }

    // calendar import recounts the due dates of the team store's open cases (s10 FOIA: the
    // working days move with the bank holidays).
    void calendarImportRecountsATeamStoresDueDates()
    {
        makeStore(m_database, 1);
        QJsonObject root;
        for (const QString &division :
             {QStringLiteral("england-and-wales"), QStringLiteral("scotland"),
              QStringLiteral("northern-ireland")}) {
            const QJsonArray events{
                QJsonObject{{QStringLiteral("title"), QStringLiteral("x")},
                            {QStringLiteral("date"), QStringLiteral("2031-01-01")}}};
            root.insert(division, QJsonObject{{QStringLiteral("division"), division},
                                              {QStringLiteral("events"), events}});
        }
        const QString holidays = m_home.filePath(QStringLiteral("bank-holidays.json"));
        QFile file(holidays);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();
        const CliRun imported =
            onTeam({QStringLiteral("calendar"), QStringLiteral("import"), holidays});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
        QVERIFY2(imported.out.contains(
                     QStringLiteral("The due date of the one open case stays as it was.")),
                 qPrintable(imported.out));
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
