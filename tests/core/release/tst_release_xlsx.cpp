#include "tests/core/release/ReleaseTestFiles.h"

#include "core/release/ReleaseScanner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;
using namespace releasetest;

Q_DECLARE_METATYPE(releasetest::Workbook)

namespace {

QStringList codesOf(const ReleaseFindings &findings)
{
    QStringList codes;
    for (const ReleaseFinding &finding : findings)
        codes.append(finding.code);
    return codes;
}

QString describe(const ReleaseFindings &findings)
{
    QStringList lines;
    for (const ReleaseFinding &finding : findings)
        lines.append(finding.code + QStringLiteral(" @ ") + finding.location +
                     QStringLiteral(": ") + finding.message);
    return lines.join(QLatin1Char('\n'));
}

ReleaseFindings scanXlsx(const QByteArray &bytes)
{
    return ReleaseScanner(ScanLimits::standard()).scanData(bytes, QStringLiteral("reply.xlsx"));
}

Sheet staffSheet(const QString &state)
{
    return {QStringLiteral("Staff"),
            state,
            sheetData({row(1, {QStringLiteral("Surname"), QStringLiteral("Rank")}),
                       row(2, {QStringLiteral("Smith"), QStringLiteral("Constable")}),
                       row(3, {QStringLiteral("Jones"), QStringLiteral("Sergeant")})}),
            {}};
}

} // namespace

// The breaches behind issue 19 (PSNI 2023: a hidden sheet; Islington 2013: pivot caches) and
// the vectors WhatDoTheyKnow's excel_analyzer checks; one fixture per finding code.
class TestReleaseXlsx : public QObject
{
    Q_OBJECT
private slots:
    void cleanWorkbookGivesNothing()
    {
        Workbook book;
        // A hidden row with nothing in it hides nothing.
        book.sheets[0].content = sheetData({row(1, {QStringLiteral("Grade")}),
                                            row(2, {}, QStringLiteral(" hidden=\"1\"")),
                                            row(3, {QStringLiteral("Sergeant")})});
        book.definedNames = QStringLiteral(
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">"
            "Summary!$A$1:$B$3</definedName><definedName name=\"Grades\">Summary!$A$1:$A$3"
            "</definedName>");
        const ReleaseFindings findings = scanXlsx(xlsxOf(book));
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    void eachVectorGivesItsCode_data()
    {
        QTest::addColumn<Workbook>("book");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("location");

        Workbook hidden;
        hidden.sheets.append(staffSheet(QStringLiteral("hidden")));
        QTest::newRow("hidden sheet")
            << hidden << u"XLSX-HIDDEN-SHEET"_qs << u"sheet \u2018Staff\u2019, 3 rows with data"_qs;

        // excel_analyzer once matched only state="hidden" and missed veryHidden.
        Workbook veryHidden;
        veryHidden.sheets.append(staffSheet(QStringLiteral("veryHidden")));
        QTest::newRow("very hidden sheet") << veryHidden << u"XLSX-VERY-HIDDEN-SHEET"_qs
                                           << u"sheet \u2018Staff\u2019, 3 rows with data"_qs;

        Workbook rows;
        rows.sheets[0].content =
            sheetData({row(1, {QStringLiteral("Grade")}),
                       row(5, {QStringLiteral("Smith")}, QStringLiteral(" hidden=\"1\"")),
                       row(6, {QStringLiteral("Jones")}, QStringLiteral(" hidden=\"true\"")),
                       row(9, {QStringLiteral("Brown")}, QStringLiteral(" hidden=\"1\""))});
        QTest::newRow("hidden rows")
            << rows << u"XLSX-HIDDEN-ROWS"_qs << u"sheet \u2018Summary\u2019, rows 5\u20136, 9"_qs;

        Workbook columns;
        columns.sheets[0].content =
            QStringLiteral("<cols><col min=\"2\" max=\"3\" hidden=\"1\" width=\"0\"/></cols>") +
            sheetData({row(1, {QStringLiteral("Grade"), QStringLiteral("Surname")}),
                       row(2, {QStringLiteral("Sergeant"), QStringLiteral("Smith")})});
        QTest::newRow("hidden columns")
            << columns << u"XLSX-HIDDEN-COLUMNS"_qs << u"sheet \u2018Summary\u2019, column B"_qs;

        Workbook comments;
        comments.sheets[0].sheetRels = {{u"comments"_qs, u"xl/comments1.xml"_qs}};
        comments.extraParts = {
            {u"xl/comments1.xml"_qs,
             xmlPart(u"<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                     "main\"><authors><author>J Bloggs</author></authors><commentList>"
                     "<comment ref=\"B2\" authorId=\"0\"><text><t>Includes the two on "
                     "suspension</t></text></comment></commentList></comments>"_qs)}};
        QTest::newRow("comments") << comments << u"XLSX-COMMENTS"_qs
                                  << u"sheet \u2018Summary\u2019, 1 comment at B2 by J Bloggs"_qs;

        Workbook pivot;
        pivot.extraParts = {
            {u"xl/pivotCache/pivotCacheDefinition1.xml"_qs,
             xmlPart(u"<pivotCacheDefinition xmlns=\"http://schemas.openxmlformats.org/"
                     "spreadsheetml/2006/main\" recordCount=\"2375\"><cacheSource "
                     "type=\"worksheet\"><worksheetSource ref=\"A1:H2376\" sheet=\"Applicants\"/>"
                     "</cacheSource></pivotCacheDefinition>"_qs)},
            {u"xl/pivotCache/pivotCacheRecords1.xml"_qs,
             xmlPart(u"<pivotCacheRecords xmlns=\"http://schemas.openxmlformats.org/"
                     "spreadsheetml/2006/main\" count=\"0\"/>"_qs)}};
        QTest::newRow("pivot cache")
            << pivot << u"XLSX-PIVOT-CACHE"_qs
            << u"pivot cache pivotCacheDefinition1.xml, a copy of \u2018Applicants\u2019!A1:H2376 "
               "(2375 records)"_qs;

        Workbook external;
        external.extraParts = {
            {u"xl/externalLinks/externalLink1.xml"_qs,
             xmlPart(u"<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                     "2006/main\"/>"_qs)},
            {u"xl/externalLinks/_rels/externalLink1.xml.rels"_qs,
             rels({{u"rId1"_qs, u"externalLinkPath"_qs, u"file:///S:/HR/establishment.xlsx"_qs,
                    u"External"_qs}})}};
        QTest::newRow("external link")
            << external << u"XLSX-EXTERNAL-DATA"_qs
            << u"external link externalLink1.xml to file:///S:/HR/establishment.xlsx"_qs;

        Workbook name;
        name.definedNames =
            u"<definedName name=\"StaffList\" hidden=\"1\">Summary!$A$1:$B$3</definedName>"_qs;
        QTest::newRow("hidden name")
            << name << u"XLSX-HIDDEN-NAME"_qs
            << u"defined name \u2018StaffList\u2019 = Summary!$A$1:$B$3"_qs;

        Workbook model;
        model.extraParts = {{u"xl/model/item.data"_qs, QByteArray("model")}};
        QTest::newRow("data model")
            << model << u"XLSX-DATA-MODEL"_qs << u"data model: xl/model/item.data"_qs;

        Workbook embedded;
        embedded.extraParts = {{u"xl/embeddings/oleObject1.bin"_qs, QByteArray("ole")}};
        QTest::newRow("embedded") << embedded << u"XLSX-EMBEDDED-OBJECT"_qs
                                  << u"embedded: xl/embeddings/oleObject1.bin"_qs;

        Workbook author;
        author.creator = u"Jane Smith"_qs;
        author.lastModifiedBy = u"HR Analyst 3"_qs;
        QTest::newRow("author") << author << u"META-AUTHOR"_qs
                                << u"document properties: creator \u201cJane Smith\u201d, "
                                   "lastModifiedBy \u201cHR Analyst 3\u201d"_qs;
    }

    void eachVectorGivesItsCode()
    {
        QFETCH(Workbook, book);
        QFETCH(QString, code);
        QFETCH(QString, location);
        const ReleaseFindings findings = scanXlsx(xlsxOf(book));
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().code, code);
        QCOMPARE(findings.constFirst().location, location);
        QVERIFY(!findings.constFirst().message.isEmpty());
    }

    void nameIntoHiddenSheetIsFoundWithTheSheet()
    {
        Workbook book;
        book.sheets.append(staffSheet(QStringLiteral("hidden")));
        book.definedNames = u"<definedName name=\"Everyone\">'Staff'!$A$1:$B$3</definedName>"_qs;
        QCOMPARE(codesOf(scanXlsx(xlsxOf(book))),
                 (QStringList{u"XLSX-HIDDEN-SHEET"_qs, u"XLSX-HIDDEN-NAME"_qs}));
    }

    void notAZipIsUnreadable()
    {
        const ReleaseFindings findings = scanXlsx("Surname,Rank\nSmith,Constable\n");
        QCOMPARE(codesOf(findings), QStringList{u"FILE-UNREADABLE"_qs});
        QCOMPARE(findings.constFirst().location, u"reply.xlsx"_qs);
    }

    void truncatedZipIsUnreadable()
    {
        Workbook book;
        book.sheets.append(staffSheet(QStringLiteral("hidden")));
        const QByteArray whole = xlsxOf(book);
        for (const qsizetype cut : {qsizetype(30), whole.size() / 2, whole.size() - 10})
            QCOMPARE(codesOf(scanXlsx(whole.left(cut))), QStringList{u"FILE-UNREADABLE"_qs});
    }

    void malformedXmlIsUnreadableAndNamesThePart()
    {
        Workbook book;
        book.sheets[0].content = u"<sheetData><row r=\"1\"></sheetData>"_qs;
        const ReleaseFindings findings = scanXlsx(xlsxOf(book));
        QCOMPARE(codesOf(findings), QStringList{u"FILE-UNREADABLE"_qs});
        QVERIFY2(findings.constFirst().message.contains(u"xl/worksheets/sheet1.xml"_qs),
                 qPrintable(findings.constFirst().message));
    }

    void deepXmlIsRefused()
    {
        Workbook book;
        book.sheets[0].content =
            QString(u"<a>"_qs).repeated(5000) + QString(u"</a>"_qs).repeated(5000);
        QCOMPARE(codesOf(scanXlsx(xlsxOf(book))), QStringList{u"FILE-LIMIT-EXCEEDED"_qs});
    }

    void passwordProtectedFileIsUnreadable()
    {
        const QByteArray zip =
            zipOf({{u"_rels/.rels"_qs,
                    rels({{u"rId1"_qs, u"officeDocument"_qs, u"xl/workbook.xml"_qs}})}},
                  "secret");
        const ReleaseFindings findings = scanXlsx(zip);
        QCOMPARE(codesOf(findings), QStringList{u"FILE-UNREADABLE"_qs});
        QVERIFY(findings.constFirst().message.contains(u"password"_qs));
    }

    void zipBombIsStoppedAtTheRatioLimit()
    {
        // 16 MB of zeros deflate to about 16 KB: a thousand to one.
        Workbook book;
        book.sheets[0].content = u"<sheetData/>"_qs + QString(16 * 1024 * 1024, QLatin1Char(' '));
        const ReleaseFindings findings = scanXlsx(xlsxOf(book));
        QCOMPARE(codesOf(findings), QStringList{u"FILE-LIMIT-EXCEEDED"_qs});
        QVERIFY2(findings.constFirst().message.contains(u"zip bomb"_qs),
                 qPrintable(findings.constFirst().message));
    }

    void tenThousandEntriesAreRefusedWithoutReadingThem()
    {
        Parts parts;
        for (int i = 0; i < 10000; ++i)
            parts.append({u"xl/media/image%1.png"_qs.arg(i), QByteArray("x")});
        const ReleaseFindings findings = scanXlsx(zipOf(parts));
        QCOMPARE(codesOf(findings), QStringList{u"FILE-LIMIT-EXCEEDED"_qs});
        QVERIFY2(findings.constFirst().message.contains(u"10000 parts"_qs),
                 qPrintable(findings.constFirst().message));
    }

    void otherTypesAreUncheckedAndMissingFilesFail()
    {
        const ReleaseScanner scanner(ScanLimits::standard());
        QCOMPARE(codesOf(scanner.scanData("GIF89a", u"photo.gif"_qs)),
                 QStringList{u"FILE-UNCHECKED-TYPE"_qs});
        const Result<ReleaseFindings> missing = scanner.scan(u"/nonexistent/reply.xlsx"_qs);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, u"FILE-UNREADABLE"_qs);
    }

    void everyCodeIsDocumented()
    {
        for (const QString &doc : {u"/docs/release-scan.md"_qs, u"/docs/findings.md"_qs}) {
            QFile file(QStringLiteral(FOI_SOURCE_DIR) + doc);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (const QString &code : ReleaseScanner::knownCodes())
                QVERIFY2(text.contains(u'`' + code + u'`'), qPrintable(code + u" in "_qs + doc));
        }
    }

    void scanReadsTheFileFromDisk()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Workbook book;
        book.sheets.append(staffSheet(QStringLiteral("veryHidden")));
        QFile file(dir.filePath(u"staff.xlsx"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(xlsxOf(book));
        file.close();
        const Result<ReleaseFindings> findings =
            ReleaseScanner(ScanLimits::standard()).scan(file.fileName());
        QVERIFY(findings.ok());
        QCOMPARE(codesOf(findings.value()), QStringList{u"XLSX-VERY-HIDDEN-SHEET"_qs});
    }
};

QTEST_GUILESS_MAIN(TestReleaseXlsx)
#include "tst_release_xlsx.moc"
