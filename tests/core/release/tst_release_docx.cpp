#include "tests/core/release/ReleaseTestFiles.h"

#include "core/release/ReleaseScanner.h"

#include <QTest>

using namespace foi::core;
using namespace releasetest;

Q_DECLARE_METATYPE(releasetest::WordDocument)

namespace {

QString describe(const ReleaseFindings &findings)
{
    QStringList lines;
    for (const ReleaseFinding &finding : findings)
        lines.append(finding.code + QStringLiteral(" @ ") + finding.location);
    return lines.join(QLatin1Char('\n'));
}

ReleaseFindings scanDocx(const WordDocument &doc)
{
    return ReleaseScanner(ScanLimits::standard())
        .scanData(docxOf(doc), QStringLiteral("reply.docx"));
}

QString wordPart(const QString &root, const QString &content)
{
    return QStringLiteral("<w:%1 xmlns:w=\"%2\">%3</w:%1>")
        .arg(root, QLatin1String(wordNs()), content);
}

} // namespace

class TestReleaseDocx : public QObject
{
    Q_OBJECT
private slots:
    void cleanDocumentGivesNothing()
    {
        WordDocument doc;
        // Formatting that hides nothing: a bold run, a style without vanish, vanish switched off,
        // and a hidden paragraph mark (which hides no text).
        doc.body += u"<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:b/>"
                    "<w:vanish w:val=\"0\"/></w:rPr><w:t>Bold</w:t></w:r></w:p>"_qs;
        doc.styles = u"<w:style w:styleId=\"Strong\"><w:rPr><w:b/></w:rPr></w:style>"_qs;
        const ReleaseFindings findings = scanDocx(doc);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    void eachVectorGivesItsCode_data()
    {
        QTest::addColumn<WordDocument>("doc");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("location");

        WordDocument changes;
        changes.body += u"<w:p><w:ins w:id=\"1\" w:author=\"A Reviewer\"><w:r><w:t>not</w:t>"
                        "</w:r></w:ins><w:del w:id=\"2\" w:author=\"B Officer\"><w:r><w:delText>"
                        "Mr Smith's complaint</w:delText></w:r></w:del></w:p>"_qs;
        QTest::newRow("tracked changes")
            << changes << u"DOC-TRACKED-CHANGES"_qs
            << u"main text, paragraph 3: 1 insertion, 1 deletion by A Reviewer, B Officer"_qs;

        WordDocument comments;
        comments.rels = {{u"rId2"_qs, u"comments"_qs, u"comments.xml"_qs}};
        comments.extraParts = {
            {u"word/comments.xml"_qs,
             xmlPart(wordPart(u"comments"_qs,
                              u"<w:comment w:id=\"0\" w:author=\"J Bloggs\"><w:p><w:r><w:t>"
                              "Check with legal</w:t></w:r></w:p></w:comment>"_qs))}};
        QTest::newRow("comments") << comments << u"DOC-COMMENTS"_qs << u"1 comment by J Bloggs"_qs;

        WordDocument hidden;
        hidden.body += u"<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>Informant: P Jones</w:t>"
                       "</w:r></w:p>"_qs;
        QTest::newRow("hidden text")
            << hidden << u"DOC-HIDDEN-TEXT"_qs
            << u"main text, paragraph 3: \u201cInformant: P Jones\u201d"_qs;

        WordDocument hiddenStyle;
        hiddenStyle.styles =
            u"<w:style w:styleId=\"Secret\"><w:rPr><w:vanish/></w:rPr></w:style>"_qs;
        hiddenStyle.body = u"<w:p><w:r><w:rPr><w:rStyle w:val=\"Secret\"/></w:rPr><w:t>Home "
                           "address</w:t></w:r></w:p>"_qs;
        QTest::newRow("hidden by style") << hiddenStyle << u"DOC-HIDDEN-TEXT"_qs
                                         << u"main text, paragraph 1: \u201cHome address\u201d"_qs;

        WordDocument footer;
        footer.rels = {{u"rId3"_qs, u"footer"_qs, u"footer1.xml"_qs}};
        footer.extraParts = {
            {u"word/footer1.xml"_qs,
             xmlPart(wordPart(u"ftr"_qs, u"<w:p><w:r><w:rPr><w:vanish w:val=\"true\"/></w:rPr>"
                                         "<w:t>Draft by K Lee</w:t></w:r></w:p>"_qs))}};
        QTest::newRow("hidden text in a footer")
            << footer << u"DOC-HIDDEN-TEXT"_qs
            << u"footer (footer1.xml), paragraph 1: \u201cDraft by K Lee\u201d"_qs;

        WordDocument embedded;
        embedded.extraParts = {{u"word/embeddings/Microsoft_Excel_Worksheet.xlsx"_qs, "PK"}};
        QTest::newRow("embedded object") << embedded << u"DOC-EMBEDDED-OBJECT"_qs
                                         << u"word/embeddings/Microsoft_Excel_Worksheet.xlsx"_qs;

        WordDocument author;
        author.creator = u"Jane Smith"_qs;
        QTest::newRow("author") << author << u"META-AUTHOR"_qs
                                << u"document properties: creator \u201cJane Smith\u201d"_qs;
    }

    void eachVectorGivesItsCode()
    {
        QFETCH(WordDocument, doc);
        QFETCH(QString, code);
        QFETCH(QString, location);
        const ReleaseFindings findings = scanDocx(doc);
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().code, code);
        QCOMPARE(findings.constFirst().location, location);
    }

    void objectInTheTextIsFoundWithItsParagraph()
    {
        WordDocument doc;
        doc.body += u"<w:p><w:r><w:object><o:OLEObject ProgID=\"Excel.Sheet.12\"/></w:object>"
                    "</w:r></w:p>"_qs;
        const ReleaseFindings findings = scanDocx(doc);
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().code, u"DOC-EMBEDDED-OBJECT"_qs);
        QVERIFY(findings.constFirst().location.startsWith(u"main text, paragraph 3"_qs));
    }

    void documentWithoutMainPartIsUnreadable()
    {
        const QByteArray zip = zipOf({{u"word/document.xml"_qs, "<w:document/>"}});
        const ReleaseFindings findings =
            ReleaseScanner(ScanLimits::standard()).scanData(zip, u"reply.docx"_qs);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.constFirst().code, u"FILE-UNREADABLE"_qs);
    }
};

QTEST_GUILESS_MAIN(TestReleaseDocx)
#include "tst_release_docx.moc"
