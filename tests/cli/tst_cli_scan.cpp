#include "tests/cli/CliRunner.h"

#include "tests/core/release/ReleaseTestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace releasetest;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the test file");
    return path;
}

QByteArray workbookWithHiddenStaffSheet()
{
    Workbook book;
    book.sheets.append(
        {QStringLiteral("Staff"),
         QStringLiteral("hidden"),
         sheetData({row(1, {QStringLiteral("Surname")}), row(2, {QStringLiteral("Smith")})}),
         {}});
    return xlsxOf(book);
}

} // namespace

class TestCliScan : public QObject
{
    Q_OBJECT
private slots:
    void cleanFileExitsZero()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"figures.xlsx"_qs, xlsxOf(Workbook{}));
        const CliRun run = runCli({u"scan"_qs, path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, path + u": clean\n"_qs);
    }

    void hiddenSheetExitsOneAndSaysWhere()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"staff.xlsx"_qs, workbookWithHiddenStaffSheet());
        const CliRun run = runCli({u"scan"_qs, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.out.contains(u"XLSX-HIDDEN-SHEET at sheet \u2018Staff\u2019, 2 rows with data"_qs),
            qPrintable(run.out));
    }

    void jsonListsEveryFileWithItsFindings()
    {
        QTemporaryDir dir;
        const QString clean = writeFile(dir, u"figures.xlsx"_qs, xlsxOf(Workbook{}));
        const QString staff = writeFile(dir, u"staff.xlsx"_qs, workbookWithHiddenStaffSheet());
        const CliRun run = runCli({u"scan"_qs, clean, staff, u"--json"_qs});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray files =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"files"_qs).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].toObject().value(u"findings"_qs).toArray().size(), 0);
        const QJsonArray findings = files[1].toObject().value(u"findings"_qs).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].toObject().value(u"code"_qs).toString(), u"XLSX-HIDDEN-SHEET"_qs);
        QCOMPARE(files[1].toObject().value(u"file"_qs).toString(), staff);
    }

    void unreadableFileExitsTwo()
    {
        QTemporaryDir dir;
        const QString damaged = writeFile(dir, u"damaged.xlsx"_qs, "PK\x03\x04 not really");
        const CliRun run = runCli({u"scan"_qs, damaged});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(u"FILE-UNREADABLE"_qs), qPrintable(run.out));
        const CliRun missing = runCli({u"scan"_qs, dir.filePath(u"missing.xlsx"_qs)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.out.contains(u"cannot be read"_qs), qPrintable(missing.out));
    }

    void noFileIsAUsageError()
    {
        const CliRun run = runCli({u"scan"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"needs at least one file"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cli_scan.moc"
