#include "tests/cli/CliRunner.h"
#include "tests/support/ReferenceCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `allocate REF --to OFFICER` / `--nobody` and `list --mine` / `--unallocated` (issue 20
// point 3), as a manager and an officer run them on a store file.
class TestCliAllocate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    CliRun run(QStringList args)
    {
        args.prepend(m_store);
        args.prepend(QStringLiteral("--store"));
        return runCli(args, m_dir.filePath(QStringLiteral("home")));
    }

    QString caseFile(const QString &reference)
    {
        QJsonObject object = testsupport::referenceCaseObject();
        object.insert(QStringLiteral("reference"), reference);
        return testsupport::writeJsonFile(m_dir.filePath(reference + QStringLiteral(".json")),
                                          object);
    }

    QStringList listed(const QStringList &filter)
    {
        const CliRun list =
            run(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + filter);
        QStringList references;
        for (const QJsonValue &value : QJsonDocument::fromJson(list.out.toUtf8()).array())
            references.append(value.toObject().value(QStringLiteral("reference")).toString());
        references.sort();
        return references;
    }

private slots:
    void init()
    {
        static int n = 0;
        m_store = m_dir.filePath(QStringLiteral("allocate-%1.foistore").arg(++n));
        const CliRun imported =
            run({QStringLiteral("import"), caseFile(QStringLiteral("A-1")),
                 caseFile(QStringLiteral("A-2")), caseFile(QStringLiteral("A-3"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
    }

    void allocateReallocateAndListMineAndUnallocated()
    {
        const CliRun allocated =
            run({QStringLiteral("allocate"), QStringLiteral("A-1"), QStringLiteral("--to"),
                 QStringLiteral("jo"), QStringLiteral("--officer"), QStringLiteral("Manager")});
        QVERIFY2(allocated.exitCode == 0, qPrintable(allocated.out + allocated.err));
        QVERIFY2(allocated.out.contains(QStringLiteral("A-1 is now allocated to jo (was nobody)")),
                 qPrintable(allocated.out));
        QVERIFY(run({QStringLiteral("allocate"), QStringLiteral("A-2"), QStringLiteral("--to"),
                     QStringLiteral("sam")})
                    .exitCode == 0);
        QCOMPARE(
            listed({QStringLiteral("--mine"), QStringLiteral("--officer"), QStringLiteral("jo")}),
            QStringList{QStringLiteral("A-1")});
        QCOMPARE(listed({QStringLiteral("--unallocated")}), QStringList{QStringLiteral("A-3")});
        const CliRun reallocated = run({QStringLiteral("allocate"), QStringLiteral("A-2"),
                                        QStringLiteral("--to"), QStringLiteral("jo")});
        QVERIFY2(reallocated.out.contains(QStringLiteral("now allocated to jo (was sam)")),
                 qPrintable(reallocated.out));
        QCOMPARE(
            listed({QStringLiteral("--mine"), QStringLiteral("--officer"), QStringLiteral("jo")}),
            (QStringList{QStringLiteral("A-1"), QStringLiteral("A-2")}));
        const CliRun back =
            run({QStringLiteral("allocate"), QStringLiteral("A-1"), QStringLiteral("--nobody")});
        QVERIFY2(back.out.contains(QStringLiteral("now allocated to nobody (was jo)")),
                 qPrintable(back.out));
        QCOMPARE(listed({QStringLiteral("--unallocated")}),
                 (QStringList{QStringLiteral("A-1"), QStringLiteral("A-3")}));
        const CliRun verified = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    }

    void badAllocationsSayWhatIsWrong()
    {
        const CliRun neither = run({QStringLiteral("allocate"), QStringLiteral("A-1")});
        QCOMPARE(neither.exitCode, 2);
        QVERIFY2(neither.err.contains(QStringLiteral("--to OFFICER")), qPrintable(neither.err));
        const CliRun blank = run({QStringLiteral("allocate"), QStringLiteral("A-1"),
                                  QStringLiteral("--to"), QStringLiteral(" ")});
        QCOMPARE(blank.exitCode, 2);
        QVERIFY2(blank.err.contains(QStringLiteral("No officer was named")), qPrintable(blank.err));
        const CliRun unknown = run({QStringLiteral("allocate"), QStringLiteral("A-9"),
                                    QStringLiteral("--to"), QStringLiteral("jo")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("no case A-9")), qPrintable(unknown.err));
        const CliRun both = run(
            {QStringLiteral("list"), QStringLiteral("--mine"), QStringLiteral("--unallocated")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(QStringLiteral("exclude each other")), qPrintable(both.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAllocate)
#include "tst_cli_allocate.moc"
