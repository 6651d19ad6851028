#include "tests/core/release/ReleaseTestFiles.h"

#include "core/release/ReleaseScanner.h"

#include <QTest>

using namespace foi::core;
using namespace releasetest;

Q_DECLARE_METATYPE(releasetest::OdfDocument)

namespace {

QString describe(const ReleaseFindings &findings)
{
    QStringList lines;
    for (const ReleaseFinding &finding : findings)
        lines.append(finding.code + QStringLiteral(" @ ") + finding.location);
    return lines.join(QLatin1Char('\n'));
}

ReleaseFindings scanOdf(const OdfDocument &doc)
{
    return ReleaseScanner(ScanLimits::standard())
        .scanData(odfOf(doc), doc.spreadsheet ? u"reply.ods"_qs : u"reply.odt"_qs);
}

QString summarySheet(const QString &rows = {})
{
    return u"<table:table table:name=\"Summary\"><table:table-column "
           "table:number-columns-repeated=\"2\"/>"_qs +
           odsRow({u"Grade"_qs, u"Headcount"_qs}) + odsRow({u"Sergeant"_qs, u"1100"_qs}) + rows +
           u"<table:table-row table:number-rows-repeated=\"1048573\"><table:table-cell "
           "table:number-columns-repeated=\"1024\"/></table:table-row></table:table>"_qs;
}

OdfDocument textDocument(const QString &body)
{
    OdfDocument doc;
    doc.spreadsheet = false;
    doc.body = u"<text:p>We hold the information.</text:p>"_qs + body;
    return doc;
}

} // namespace

// LibreOffice's files: hidden sheets, rows and columns, comments, tracked changes, hidden text,
// pivot tables, links and meta.xml, one fixture per code.
class TestReleaseOdf : public QObject
{
    Q_OBJECT
private slots:
    void cleanFilesGiveNothing()
    {
        OdfDocument sheet;
        // A filtered row with no data, and a million empty repeated rows, hide nothing.
        sheet.body = summarySheet(odsRow({u""_qs}, u" table:visibility=\"filter\""_qs));
        ReleaseFindings findings = scanOdf(sheet);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
        findings = scanOdf(textDocument(u"<text:p>It is attached.</text:p>"_qs));
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    void eachVectorGivesItsCode_data()
    {
        QTest::addColumn<OdfDocument>("doc");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("location");

        OdfDocument hidden;
        hidden.automaticStyles =
            u"<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties "
            "table:display=\"false\"/></style:style>"_qs;
        hidden.body = summarySheet() +
                      u"<table:table table:name=\"Staff\" table:style-name=\"ta2\">"_qs +
                      odsRow({u"Surname"_qs}) + odsRow({u"Smith"_qs}) + u"</table:table>"_qs;
        QTest::newRow("hidden sheet")
            << hidden << u"ODS-HIDDEN-SHEET"_qs << u"sheet \u2018Staff\u2019, 2 rows with data"_qs;

        OdfDocument rows;
        rows.body = summarySheet(
            odsRow({u"Smith"_qs, u"PC"_qs},
                   u" table:visibility=\"collapse\" table:number-rows-repeated=\"2\""_qs));
        QTest::newRow("hidden rows")
            << rows << u"ODS-HIDDEN-ROWS"_qs << u"sheet \u2018Summary\u2019, rows 3\u20134"_qs;

        OdfDocument columns;
        columns.body =
            u"<table:table table:name=\"Summary\"><table:table-column/><table:table-column "
            "table:visibility=\"collapse\"/>"_qs +
            odsRow({u"Grade"_qs, u"Surname"_qs}) + odsRow({u"PC"_qs, u"Smith"_qs}) +
            u"</table:table>"_qs;
        QTest::newRow("hidden columns")
            << columns << u"ODS-HIDDEN-COLUMNS"_qs << u"sheet \u2018Summary\u2019, column B"_qs;

        OdfDocument comment;
        comment.body =
            u"<table:table table:name=\"Summary\"><table:table-row><table:table-cell "
            "office:value-type=\"float\" office:value=\"3\"><office:annotation><dc:creator>J "
            "Bloggs</dc:creator><text:p>two on suspension</text:p></office:annotation><text:p>3"
            "</text:p></table:table-cell></table:table-row></table:table>"_qs;
        QTest::newRow("sheet comment") << comment << u"ODS-COMMENTS"_qs
                                       << u"1 comment at \u2018Summary\u2019!A1 by J Bloggs"_qs;

        OdfDocument pivot;
        pivot.body = summarySheet() +
                     u"<table:data-pilot-tables><table:data-pilot-table table:name=\"P1\" "
                     "table:target-range-address=\"Summary.D1:E5\"/></table:data-pilot-tables>"_qs;
        QTest::newRow("pivot table") << pivot << u"ODS-PIVOT-TABLE"_qs << u"1 pivot table"_qs;

        OdfDocument linked;
        linked.body = u"<table:table table:name=\"Summary\"><table:table-source "
                      "xlink:href=\"file:///S:/HR/establishment.ods\"/></table:table>"_qs;
        QTest::newRow("linked sheet")
            << linked << u"ODS-EXTERNAL-DATA"_qs << u"file:///S:/HR/establishment.ods"_qs;

        OdfDocument author;
        author.body = summarySheet();
        author.initialCreator = u"Jane Smith"_qs;
        QTest::newRow("author")
            << author << u"META-AUTHOR"_qs
            << u"document properties: initial-creator \u201cJane Smith\u201d"_qs;

        QTest::newRow("tracked changes")
            << textDocument(
                   u"<text:tracked-changes><text:changed-region text:id=\"c1\">"
                   "<text:deletion><office:change-info><dc:creator>A Reviewer"
                   "</dc:creator></office:change-info><text:p>Mr Smith's complaint"
                   "</text:p></text:deletion></text:changed-region></text:tracked-changes>"_qs)
            << u"ODT-TRACKED-CHANGES"_qs << u"1 tracked change by A Reviewer"_qs;

        QTest::newRow("text comment")
            << textDocument(u"<text:p>See<office:annotation><dc:creator>J Bloggs</dc:creator>"
                            "<text:p>check with legal</text:p></office:annotation></text:p>"_qs)
            << u"ODT-COMMENTS"_qs << u"1 comment at paragraph 2 by J Bloggs"_qs;

        OdfDocument hiddenText = textDocument(
            u"<text:p>Visible <text:span text:style-name=\"T1\">Informant: P Jones</text:span>"
            "</text:p>"_qs);
        hiddenText.automaticStyles =
            u"<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties "
            "text:display=\"none\"/></style:style>"_qs;
        QTest::newRow("hidden text") << hiddenText << u"ODT-HIDDEN-TEXT"_qs
                                     << u"paragraph 2: \u201cInformant: P Jones\u201d"_qs;

        QTest::newRow("hidden section")
            << textDocument(u"<text:section text:name=\"S1\" text:display=\"none\"><text:p>"
                            "Internal note</text:p></text:section>"_qs)
            << u"ODT-HIDDEN-TEXT"_qs << u"paragraph 2: \u201cInternal note\u201d"_qs;

        QTest::newRow("embedded object")
            << textDocument(u"<text:p><draw:frame><draw:object xlink:href=\"./Object 1\"/>"
                            "</draw:frame></text:p>"_qs)
            << u"ODT-EMBEDDED-OBJECT"_qs << u"./Object 1"_qs;
    }

    void eachVectorGivesItsCode()
    {
        QFETCH(OdfDocument, doc);
        QFETCH(QString, code);
        QFETCH(QString, location);
        const ReleaseFindings findings = scanOdf(doc);
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().code, code);
        QCOMPARE(findings.constFirst().location, location);
    }

    void repeatedRowsAndColumnsAreCountedNotExpanded()
    {
        // A whole sheet's width and height hidden and filled by repetition: ranges, not a stall.
        OdfDocument doc;
        doc.body = u"<table:table table:name=\"Summary\"><table:table-column "
                   "table:visibility=\"collapse\" table:number-columns-repeated=\"16384\"/>"
                   "<table:table-row table:visibility=\"collapse\" "
                   "table:number-rows-repeated=\"1048576\"><table:table-cell "
                   "office:value-type=\"float\" office:value=\"1\" "
                   "table:number-columns-repeated=\"16384\"/></table:table-row>"
                   "</table:table>"_qs;
        const ReleaseFindings findings = scanOdf(doc);
        QVERIFY2(findings.size() == 2, qPrintable(describe(findings)));
        QCOMPARE(findings[0].location, u"sheet \u2018Summary\u2019, rows 1\u20131048576"_qs);
        QCOMPARE(findings[1].location, u"sheet \u2018Summary\u2019, columns A\u2013XFD"_qs);
    }

    void withoutContentIsUnreadable()
    {
        const ReleaseFindings findings = ReleaseScanner(ScanLimits::standard())
                                             .scanData(zipOf({{u"mimetype"_qs, "x"}}), u"a.ods"_qs);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.constFirst().code, u"FILE-UNREADABLE"_qs);
    }
};

QTEST_GUILESS_MAIN(TestReleaseOdf)
#include "tst_release_odf.moc"
