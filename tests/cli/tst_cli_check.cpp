#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString referenceDir()
{
    return QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18");
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the test file");
    return path;
}

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT
private slots:
    void referenceCaseChecksCleanWithExitZero()
    {
        const CliRun run = runCli({QStringLiteral("check"), referenceDir() + u"/case.json"_qs});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"13457_18: 0 errors, 0 warnings"), qPrintable(run.out));
    }

    void eachDefectCopyFailsWithExactlyItsFinding_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        const QDir defects(referenceDir() + u"/defects"_qs);
        const QStringList files = defects.entryList({u"*.json"_qs}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file))
                << defects.filePath(file) << file.chopped(int(qstrlen(".json")));
    }

    void eachDefectCopyFailsWithExactlyItsFinding()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);
        const CliRun run = runCli({QStringLiteral("check"), path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray findings = report.value(u"findings"_qs).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).toObject().value(u"code"_qs).toString(), code);
        QCOMPARE(report.value(u"errors"_qs).toInt(), 1);
    }

    void textOutputNamesTheCodeTheProvisionAndTheLocator()
    {
        const CliRun run = runCli(
            {QStringLiteral("check"), referenceDir() + u"/defects/S17-COMPLAINT-MISSING.json"_qs});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.out.contains(u"error S17-COMPLAINT-MISSING [s17(7)] at reply.complaintRights"_qs),
            qPrintable(run.out));
    }

    void lateReplyIsAWarningAndStillExitsZero()
    {
        const CliRun run = runCli({QStringLiteral("check"), referenceDir() + u"/case.json"_qs,
                                   QStringLiteral("--due"), QStringLiteral("2018-06-01")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"warning S10-LATE-WITHOUT-APOLOGY"_qs), qPrintable(run.out));
    }

    void invalidCaseFileExitsTwoNamingTheJsonPath()
    {
        QTemporaryDir dir;
        QFile reference(referenceDir() + u"/case.json"_qs);
        QVERIFY(reference.open(QIODevice::ReadOnly));
        QByteArray json = reference.readAll();
        json.replace("\"s31(3)\"", "\"s99\"");
        const CliRun run = runCli({QStringLiteral("check"), writeFile(dir, u"bad.json"_qs, json)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"$.claims[1].provision: unknown provision 's99'"_qs),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void textThatIsNotJsonExitsTwo()
    {
        QTemporaryDir dir;
        const CliRun run =
            runCli({QStringLiteral("check"), writeFile(dir, u"notes.txt"_qs, "Dear FOI team")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"not valid JSON"_qs));
    }

    void missingFileExitsTwo()
    {
        const CliRun run = runCli({QStringLiteral("check"), QStringLiteral("/no/such/case.json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"cannot read"_qs));
    }

    void noCaseFileIsAUsageError()
    {
        const CliRun run = runCli({QStringLiteral("check")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"needs exactly one case file"_qs));
    }

    void badDateOptionIsAUsageError()
    {
        const CliRun run = runCli({QStringLiteral("check"), referenceDir() + u"/case.json"_qs,
                                   QStringLiteral("--today"), QStringLiteral("tomorrow")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--today must be a date"_qs), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
