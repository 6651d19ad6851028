#include "tests/cli/CliRunner.h"
#include "tests/support/ReferenceCase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// withdraw, lapse, reopen and delete on the command line (issue 24 point 8), as an officer runs
// them: each changes the stored case and its list line, a refusal says why with its exit code,
// and the audit chain still verifies after a deletion.
class TestCliLifecycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    QString caseFile(const QString &reference, const QJsonArray &clockChanges = {})
    {
        QJsonObject object = testsupport::referenceCaseObject();
        object.insert(QStringLiteral("reference"), reference);
        QJsonObject reply = object.value(QStringLiteral("reply")).toObject();
        reply.remove(QStringLiteral("sentOn")); // not answered yet
        object.insert(QStringLiteral("reply"), reply);
        if (!clockChanges.isEmpty())
            object.insert(QStringLiteral("clockChanges"), clockChanges);
        return testsupport::writeJsonFile(m_dir.filePath(reference + QStringLiteral(".json")),
                                          object);
    }

    CliRun run(QStringList args)
    {
        args.prepend(m_store);
        args.prepend(QStringLiteral("--store"));
        return runCli(args, m_dir.filePath(QStringLiteral("home")));
    }

    QJsonObject listed(const QString &reference)
    {
        const CliRun list = run({QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &value : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            if (value.toObject().value(QStringLiteral("reference")).toString() == reference)
                return value.toObject();
        }
        return {};
    }

private slots:
    void init()
    {
        static int n = 0;
        m_store = m_dir.filePath(QStringLiteral("lifecycle-%1.foistore").arg(++n));
        const QJsonArray sought{
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("clarification-sought")},
                        {QStringLiteral("date"), QStringLiteral("2018-05-15")}}};
        const CliRun imported = run({QStringLiteral("import"), caseFile(QStringLiteral("L-1")),
                                     caseFile(QStringLiteral("L-2"), sought)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
    }

    void withdrawThenReopen()
    {
        const CliRun noReason = run({QStringLiteral("withdraw"), QStringLiteral("L-1")});
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY2(noReason.err.contains(QStringLiteral("--reason")), qPrintable(noReason.err));
        const CliRun withdrawn =
            run({QStringLiteral("withdraw"), QStringLiteral("L-1"), QStringLiteral("--reason"),
                 QStringLiteral("Withdrawn by email"), QStringLiteral("--on"),
                 QStringLiteral("20/5/2018"), QStringLiteral("--officer"), QStringLiteral("Jo")});
        QVERIFY2(withdrawn.exitCode == 0, qPrintable(withdrawn.out + withdrawn.err));
        QVERIFY2(withdrawn.out.contains(QStringLiteral("Withdrawn on 20 May 2018")),
                 qPrintable(withdrawn.out));
        QCOMPARE(listed(QStringLiteral("L-1")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("closed"));
        QCOMPARE(listed(QStringLiteral("L-1")).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("withdrawn"));
        const CliRun again = run({QStringLiteral("withdraw"), QStringLiteral("L-1"),
                                  QStringLiteral("--reason"), QStringLiteral("Again")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already closed")), qPrintable(again.err));
        const CliRun reopened = run({QStringLiteral("reopen"), QStringLiteral("L-1"),
                                     QStringLiteral("--reason"), QStringLiteral("Came back")});
        QVERIFY2(reopened.exitCode == 0, qPrintable(reopened.out + reopened.err));
        QCOMPARE(listed(QStringLiteral("L-1")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("open"));
    }

    void lapseNeedsAnOutstandingClarification()
    {
        // s1(3): L-1 never asked for clarification, L-2 did on 15 May 2018.
        const CliRun refused = run({QStringLiteral("lapse"), QStringLiteral("L-1"),
                                    QStringLiteral("--reason"), QStringLiteral("No answer")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("not waiting for clarification")),
                 qPrintable(refused.err));
        const CliRun badDay = run({QStringLiteral("lapse"), QStringLiteral("L-2"),
                                   QStringLiteral("--reason"), QStringLiteral("No answer"),
                                   QStringLiteral("--on"), QStringLiteral("32/13/2018")});
        QCOMPARE(badDay.exitCode, 2);
        const CliRun lapsed = run({QStringLiteral("lapse"), QStringLiteral("L-2"),
                                   QStringLiteral("--reason"), QStringLiteral("No answer"),
                                   QStringLiteral("--on"), QStringLiteral("2018-08-15")});
        QVERIFY2(lapsed.exitCode == 0, qPrintable(lapsed.out + lapsed.err));
        QCOMPARE(listed(QStringLiteral("L-2")).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("lapsed"));
    }

    void deleteACaseCreatedInErrorToday()
    {
        const CliRun unconfirmed = run({QStringLiteral("delete"), QStringLiteral("L-1"),
                                        QStringLiteral("--reason"), QStringLiteral("Twice")});
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY2(unconfirmed.err.contains(QStringLiteral("--yes")), qPrintable(unconfirmed.err));
        QVERIFY(!listed(QStringLiteral("L-1")).isEmpty());
        const CliRun deleted =
            run({QStringLiteral("delete"), QStringLiteral("L-1"), QStringLiteral("--reason"),
                 QStringLiteral("Logged twice"), QStringLiteral("--yes")});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.out + deleted.err));
        QVERIFY(listed(QStringLiteral("L-1")).isEmpty());
        QVERIFY(!listed(QStringLiteral("L-2")).isEmpty());
        const CliRun verified = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        const CliRun missing =
            run({QStringLiteral("delete"), QStringLiteral("L-1"), QStringLiteral("--reason"),
                 QStringLiteral("Again"), QStringLiteral("--yes")});
        QCOMPARE(missing.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "tst_cli_lifecycle.moc"
