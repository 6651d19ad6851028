#include "FoiVersion.h"
#include "tests/cli/CliRunner.h"

#include <QTemporaryDir>
#include <QTest>

class TestCliBasics : public QObject
{
    Q_OBJECT
private slots:
    void helpListsTheCommandsAndTheGlobalStoreOption()
    {
        const CliRun run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Commands:")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("--store FILE")));
        QVERIFY(run.out.contains(QStringLiteral("paths")));
    }

    void versionPrintsTheProjectVersion()
    {
        const CliRun run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("foi-workbench-cli " FOI_VERSION_STRING));
    }

    void unknownCommandIsAUsageErrorThatSaysWhatToDo()
    {
        const CliRun run = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("unknown command 'frobnicate'")));
        QVERIFY(run.err.contains(QStringLiteral("--help")));
        QVERIFY(run.out.isEmpty());
    }

    void unknownGlobalOptionIsAUsageError()
    {
        const CliRun run = runCli({QStringLiteral("--frobnicate"), QStringLiteral("paths")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("unknown option '--frobnicate'")));
    }

    void unknownCommandOptionIsAUsageError()
    {
        const CliRun run = runCli({QStringLiteral("paths"), QStringLiteral("--colour")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("colour")), qPrintable(run.err));
    }

    void noCommandIsAUsageError()
    {
        const CliRun run = runCli({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("no command given")));
    }

    void storeWithoutAFileNameIsAUsageError()
    {
        const CliRun run = runCli({QStringLiteral("--store")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--store needs a file name")));
    }

    void defaultStoreLivesInTheUsersDataFolder()
    {
        QTemporaryDir home;
        const CliRun run = runCli({QStringLiteral("paths")}, home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(home.path() + QStringLiteral("/foi-workbench/cases.foistore")),
                 qPrintable(run.out));
    }

    void globalStoreOptionSelectsTheStoreBeforeOrAfterTheCommand()
    {
        const CliRun before = runCli({QStringLiteral("--store"), QStringLiteral("/tmp/x.foistore"),
                                      QStringLiteral("paths")});
        QCOMPARE(before.exitCode, 0);
        QVERIFY(before.out.contains(QStringLiteral("Case store:  /tmp/x.foistore")));
        const CliRun after = runCli({QStringLiteral("paths"), QStringLiteral("--store"),
                                     QStringLiteral("/tmp/y.foistore"), QStringLiteral("--json")});
        QCOMPARE(after.exitCode, 0);
        QVERIFY2(after.out.contains(QStringLiteral("\"store\": \"/tmp/y.foistore\"")),
                 qPrintable(after.out));
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
