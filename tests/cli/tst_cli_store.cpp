#include "tests/cli/CliRunner.h"
#include "tests/support/ReferenceCase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The store's commands, run as an officer would: import, export, list, search, similar,
// backup, restore and audit verify, with their exit codes.
class TestCliStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    QString caseFile(const QString &reference, const QString &received, const QString &request)
    {
        QJsonObject object = testsupport::referenceCaseObject();
        object.insert(QStringLiteral("reference"), reference);
        object.insert(QStringLiteral("dateOfReceipt"), received);
        object.insert(QStringLiteral("requestText"), request);
        return testsupport::writeJsonFile(m_dir.filePath(reference + QStringLiteral(".json")),
                                          object);
    }

    CliRun run(QStringList args)
    {
        args.prepend(m_store);
        args.prepend(QStringLiteral("--store"));
        return runCli(args, m_dir.filePath(QStringLiteral("home")));
    }

    static QString sqlite3(const QString &file, const QString &sql)
    {
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {file, sql});
        shell.waitForFinished();
        return QString::fromUtf8(shell.readAllStandardError());
    }

private slots:
    void init()
    {
        static int n = 0;
        m_store = m_dir.filePath(QStringLiteral("cli-%1.foistore").arg(++n));
        const CliRun imported = run(
            {QStringLiteral("import"), QStringLiteral("--officer"), QStringLiteral("Jo Officer"),
             caseFile(QStringLiteral("A-1"), QStringLiteral("2024-01-10"),
                      QStringLiteral("Use of facial recognition technology by the force")),
             caseFile(QStringLiteral("A-2"), QStringLiteral("2024-02-10"),
                      QStringLiteral("Overtime paid to officers at football matches")),
             caseFile(QStringLiteral("A-3"), QStringLiteral("2025-03-10"),
                      QStringLiteral("Facial recognition vans deployed in the city"))});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("Imported 3 new")),
                 qPrintable(imported.out + imported.err));
    }

    void listShowsTheCasesNewestFirst()
    {
        const CliRun listed = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray cases = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(cases.size(), 3);
        QCOMPARE(cases.at(0).toObject().value(QStringLiteral("reference")).toString(),
                 QStringLiteral("A-3"));
        const CliRun table = run({QStringLiteral("list")});
        QVERIFY(table.out.contains(QStringLiteral("A-2")));
    }

    void exportWritesTheCaseFile()
    {
        const QString out =
            m_dir.filePath(QStringLiteral("exported-%1.json").arg(m_store.right(10)));
        const CliRun exported =
            run({QStringLiteral("export"), QStringLiteral("A-2"), QStringLiteral("--out"), out});
        QCOMPARE(exported.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(QStringLiteral("reference"))
                     .toString(),
                 QStringLiteral("A-2"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("NOPE")}).exitCode, 2);
    }

    void searchAndSimilarFindTheRightCases()
    {
        const CliRun found =
            run({QStringLiteral("search"), QStringLiteral("football"), QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 0);
        const QJsonArray results = QJsonDocument::fromJson(found.out.toUtf8()).array();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("reference")).toString(),
                 QStringLiteral("A-2"));
        const CliRun similar =
            run({QStringLiteral("similar"), QStringLiteral("A-3"), QStringLiteral("--json")});
        QCOMPARE(similar.exitCode, 0);
        const QJsonArray earlier = QJsonDocument::fromJson(similar.out.toUtf8()).array();
        QVERIFY(!earlier.isEmpty());
        QCOMPARE(earlier.at(0).toObject().value(QStringLiteral("reference")).toString(),
                 QStringLiteral("A-1"));
    }

    // Issue 24, point 11: the command line's search finds words of the claims (reason, harm,
    // public interest) and the requester's email address, whole or in part. All three cases
    // share the reference case's claims and email; the search narrows with another word.
    void searchFindsClaimsTextAndTheRequestersEmail()
    {
        for (const char *typed : {"covert", "national security", "requester@",
                                  "requester@example.org", "example.org"}) {
            const CliRun found = run(
                {QStringLiteral("search"), QString::fromLatin1(typed), QStringLiteral("--json")});
            QCOMPARE(found.exitCode, 0);
            QVERIFY2(QJsonDocument::fromJson(found.out.toUtf8()).array().size() == 3,
                     qPrintable(QString::fromLatin1(typed) + QLatin1Char(' ') + found.out));
        }
        const CliRun narrowed = run({QStringLiteral("search"), QStringLiteral("covert football"),
                                     QStringLiteral("--json")});
        const QJsonArray results = QJsonDocument::fromJson(narrowed.out.toUtf8()).array();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("reference")).toString(),
                 QStringLiteral("A-2"));
    }

    void auditVerifyPassesThenNamesARowEditedWithTheSqliteShell()
    {
        const CliRun intact = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.out.contains(QStringLiteral("intact: 3 row(s)")), qPrintable(intact.out));
        const QString head = intact.out.section(QStringLiteral("Head: "), 1).trimmed();
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"),
                      head})
                     .exitCode,
                 0);
        QCOMPARE(sqlite3(m_store,
                         QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                        "UPDATE audit_log SET officer = 'Mallory' WHERE seq = 2;")),
                 QString());
        const CliRun broken = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.contains(QStringLiteral("BROKEN at row 2")), qPrintable(broken.out));
    }

    void auditVerifyRejectsANonsenseAnchor()
    {
        const CliRun result = run({QStringLiteral("audit"), QStringLiteral("verify"),
                                   QStringLiteral("--anchor"), QStringLiteral("3:xyz")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("not an audit anchor")));
    }

    void backupAndRestoreRoundTrip()
    {
        const QString backup =
            m_dir.filePath(QStringLiteral("b-%1.foistore").arg(m_store.right(10)));
        const CliRun backedUp = run({QStringLiteral("backup"), backup});
        QCOMPARE(backedUp.exitCode, 0);
        QVERIFY(backedUp.out.contains(QStringLiteral("Audit anchor: 3:")));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--backup"),
                      backup})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("backup"), backup}).exitCode, 2);     // never overwrites
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("backups"))).exists()); // the daily backup
        m_store = m_dir.filePath(QStringLiteral("restored-%1.foistore").arg(m_store.right(10)));
        const CliRun restored = run({QStringLiteral("restore"), backup});
        QCOMPARE(restored.exitCode, 0);
        const CliRun listed = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 3);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    // Issue 25 point 7: the suggested backup is the newest by its recorded time, here a "Back up
    // now" copy made after the empty daily backup of the first start; restoring it as suggested
    // brings back the cases.
    void aDamagedStoreSuggestsTheNewestBackupAndItRestores()
    {
        QTemporaryDir own;
        m_store = own.filePath(QStringLiteral("cases.foistore"));
        const CliRun imported = run(
            {QStringLiteral("import"),
             caseFile(QStringLiteral("D-1"), QStringLiteral("2025-01-10"), QStringLiteral("one")),
             caseFile(QStringLiteral("D-2"), QStringLiteral("2025-01-11"), QStringLiteral("two"))});
        QCOMPARE(imported.exitCode, 0);
        const QString backups = own.filePath(QStringLiteral("backups"));
        QCOMPARE(QDir(backups).entryList({QStringLiteral("cases-[0-9]*.foistore")}).size(), 1);
        const QString copy =
            QDir(backups).filePath(QStringLiteral("cases-backup-2099-01-01-000000.foistore"));
        QCOMPARE(run({QStringLiteral("backup"), copy}).exitCode, 0);
        QVERIFY(QFile::resize(m_store, QFileInfo(m_store).size() / 2));
        QFile::remove(m_store + QStringLiteral("-wal"));

        const CliRun refused = run({QStringLiteral("list")});
        QCOMPARE(refused.exitCode, 2);
        const QString marker = QStringLiteral(" restore ");
        const QString way = refused.err.section(QStringLiteral("restore the latest backup"), 1)
                                .section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(way.contains(marker), qPrintable(refused.err));
        const QString suggested = way.section(marker, -1).trimmed();
        QCOMPARE(suggested, copy);

        m_store = own.filePath(QStringLiteral("restored.foistore"));
        QCOMPARE(run({QStringLiteral("restore"), suggested}).exitCode, 0);
        const CliRun listed = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 2);
    }

    void missingStoreSaysWhatToDo()
    {
        m_store = m_dir.filePath(QStringLiteral("nowhere.foistore"));
        const CliRun listed = run({QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 2);
        QVERIFY(listed.err.contains(QStringLiteral("no case store")));
        QVERIFY(listed.err.contains(QStringLiteral("Ways out")));
        QVERIFY(!QFile::exists(m_store));
    }

    void fileThatIsNotAStoreIsNotTouched()
    {
        m_store = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile notes(m_store);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("shopping list");
        notes.close();
        const CliRun listed = run({QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 2);
        QVERIFY(listed.err.contains(QStringLiteral("not a case store")));
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), QByteArray("shopping list"));
    }

    void importOfABadFileImportsNothing()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json");
        file.close();
        const CliRun imported =
            run({QStringLiteral("import"),
                 caseFile(QStringLiteral("B-1"), QStringLiteral("2025-01-01"), QStringLiteral("x")),
                 bad});
        QCOMPARE(imported.exitCode, 2);
        QVERIFY(imported.err.contains(bad));
        QCOMPARE(QJsonDocument::fromJson(
                     run({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                     .array()
                     .size(),
                 3);
    }

    void importKilledPartWayLeavesTheLastCommittedState()
    {
        QStringList args{QStringLiteral("--store"), m_store, QStringLiteral("import")};
        for (int i = 0; i < 400; ++i)
            args.append(caseFile(QStringLiteral("K-%1").arg(i), QStringLiteral("2025-05-01"),
                                 QStringLiteral("Killed import %1").arg(i)));
        QProcess importer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home")));
        importer.setProcessEnvironment(environment);
        importer.start(QStringLiteral(FOI_CLI_PATH), args);
        QVERIFY(importer.waitForStarted());
        // Kill it without warning once it is writing (its WAL grows) or after a moment; either
        // way the store must come back at a committed state.
        const QString wal = m_store + QStringLiteral("-wal");
        const qint64 before = QFileInfo(wal).size();
        QElapsedTimer waited;
        waited.start();
        while (QFileInfo(wal).size() <= before && waited.elapsed() < 1500 &&
               importer.state() == QProcess::Running)
            QTest::qWait(10);
        importer.kill();
        importer.waitForFinished();
        const CliRun listed = run({QStringLiteral("list"), QStringLiteral("--json"),
                                   QStringLiteral("--limit"), QStringLiteral("1000")});
        QCOMPARE(listed.exitCode, 0);
        const qsizetype count = QJsonDocument::fromJson(listed.out.toUtf8()).array().size();
        QVERIFY2(count == 3 || count == 403, qPrintable(QString::number(count)));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void retentionErasesOldRequestersButNotOnesOnHold()
    {
        // The reference case was replied to in 2018, so all three are long closed.
        QCOMPARE(run({QStringLiteral("hold"), QStringLiteral("A-2"), QStringLiteral("tribunal")})
                     .exitCode,
                 0);
        QCOMPARE(
            run({QStringLiteral("hold"), QStringLiteral("A-2"), QStringLiteral("appeal")}).exitCode,
            2);
        const CliRun erased =
            run({QStringLiteral("retention"), QStringLiteral("--years"), QStringLiteral("6")});
        QCOMPARE(erased.exitCode, 0);
        QVERIFY2(erased.out.contains(QStringLiteral("from 2 case(s)")), qPrintable(erased.out));
        QVERIFY(erased.out.contains(QStringLiteral("kept (on hold): A-2")));
        const QJsonArray cases =
            QJsonDocument::fromJson(
                run({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                .array();
        for (const QJsonValue &value : cases) {
            const QJsonObject object = value.toObject();
            const bool held =
                object.value(QStringLiteral("reference")).toString() == QLatin1String("A-2");
            QCOMPARE(object.value(QStringLiteral("requester")).toString().isEmpty(), !held);
        }
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void officerIsRecordedInTheAuditTrail()
    {
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"),
                    {m_store, QStringLiteral("SELECT DISTINCT officer FROM audit_log")});
        QVERIFY(shell.waitForFinished());
        QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()).trimmed(),
                 QStringLiteral("Jo Officer"));
    }
};

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_cli_store.moc"
