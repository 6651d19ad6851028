#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// foi-workbench-cli stats over the hand-made cases of tests/data/statistics: the same bytes as
// the hand-computed CSV files, JSON that repeats itself, and exit 2 with a clear message for a
// period the command cannot report on (issue 18 points 6 and 7).
class TestCliStats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    CliRun run(QStringList args)
    {
        args.prepend(m_store);
        args.prepend(u"--store"_s);
        return runCli(args, m_dir.filePath(u"home"_s));
    }

    static QString golden(const QString &name)
    {
        QFile file(QStringLiteral(FOI_TEST_DATA_DIR "/statistics/expected/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing golden file %s", qPrintable(name));
        return QString::fromUtf8(file.readAll());
    }

    static QStringList quarterOne(const QString &report)
    {
        return {u"stats"_s, u"--report"_s,   report,       u"--from"_s,    u"2026-01-01"_s,
                u"--to"_s,  u"2026-03-31"_s, u"--as-at"_s, u"2026-04-30"_s};
    }

private slots:
    void initTestCase()
    {
        m_store = m_dir.filePath(u"stats.foistore"_s);
        QStringList args{u"import"_s, u"--officer"_s, u"Jo Officer"_s};
        const QDir cases(QStringLiteral(FOI_TEST_DATA_DIR "/statistics/cases"));
        for (const QString &name : cases.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            args.append(cases.filePath(name));
        const CliRun imported = run(args);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void reportsEqualTheHandComputedFiles_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("report");
        QTest::addColumn<QString>("file");
        QTest::newRow("code-of-practice")
            << QStringList() << u"code-of-practice"_s << u"code-of-practice.csv"_s;
        QTest::newRow("code-of-practice, EIR only")
            << QStringList{u"--regime"_s, u"EIR"_s} << u"code-of-practice"_s
            << u"code-of-practice-eir.csv"_s;
        QTest::newRow("cabinet-office") << QStringList{u"--format"_s, u"csv"_s}
                                        << u"cabinet-office"_s << u"cabinet-office.csv"_s;
        QTest::newRow("timeliness") << QStringList() << u"timeliness"_s << u"timeliness.csv"_s;
    }

    void reportsEqualTheHandComputedFiles()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, report);
        QFETCH(QString, file);
        const CliRun result = run(quarterOne(report) + extra);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.out, golden(file));
        QCOMPARE(result.err, QString()); // no case without a date, no due date changed by hand
    }

    void jsonKeepsItsAsAtAndIsTheSameEachTime()
    {
        const QStringList args =
            quarterOne(u"cabinet-office"_s) + QStringList{u"--format"_s, u"json"_s};
        const CliRun first = run(args);
        const CliRun second = run(args);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, second.out);
        QVERIFY(first.out.contains(u"\"asAt\": \"2026-04-30\""_s));
        QVERIFY(first.out.contains(u"\"inputsSha256\": \""_s));
        QVERIFY(first.out.contains(u"\"Row\": \"Exemption s31(1)(a)\""_s));
    }

    void periodEndingBeforeItStartsIsAUsageError()
    {
        const CliRun result = run({u"stats"_s, u"--report"_s, u"timeliness"_s, u"--from"_s,
                                   u"2026-03-31"_s, u"--to"_s, u"2026-01-01"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"ends (2026-01-01) before it starts (2026-03-31)"_s),
                 qPrintable(result.err));
        QCOMPARE(result.out, QString());
    }

    void asAtBeforeThePeriodIsAUsageError()
    {
        QStringList args = quarterOne(u"code-of-practice"_s);
        args.replace(args.indexOf(u"2026-04-30"_s), u"2025-12-31"_s);
        const CliRun result = run(args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"--as-at"_s), qPrintable(result.err));
    }

    void unknownReportOrRegimeIsAUsageError()
    {
        QCOMPARE(run(quarterOne(u"disclosure"_s)).exitCode, 2);
        const CliRun regime =
            run(quarterOne(u"timeliness"_s) + QStringList{u"--regime"_s, u"DPA"_s});
        QCOMPARE(regime.exitCode, 2);
        QVERIFY(regime.err.contains(u"FOIA or EIR"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
