#include "tests/core/release/ReleaseTestFiles.h"

#include "core/release/ReleaseScanner.h"
#include "core/reply/PdfInfoAmender.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

#include <functional>

using namespace foi::core;
using namespace releasetest;

namespace {

// A one-page A4 PDF drawn with QPainter at 72 dpi (so coordinates are points).
QByteArray painted(const std::function<void(QPainter &)> &draw,
                   const std::function<void(QPdfWriter &)> &setUp = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    if (setUp)
        setUp(writer);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
    draw(painter);
    painter.end();
    return bytes;
}

void visibleFigures(QPainter &painter)
{
    painter.drawText(QPointF(72, 100), QStringLiteral("Headcount by grade: Sergeant 1100"));
    // A filled box that covers no text is a design, not a redaction.
    painter.fillRect(QRectF(72, 300, 200, 40), Qt::black);
}

ReleaseFindings scanPdf(const QByteArray &pdf)
{
    return ReleaseScanner(ScanLimits::standard()).scanData(pdf, QStringLiteral("reply.pdf"));
}

QString describe(const ReleaseFindings &findings)
{
    QStringList lines;
    for (const ReleaseFinding &finding : findings)
        lines.append(finding.code + QStringLiteral(" @ ") + finding.location);
    return lines.join(QLatin1Char('\n'));
}

// Catalog (1), pages (2) and one page (3) with `pageExtra`; `catalogExtra` adds to the catalog.
QByteArray structured(const QByteArray &catalogExtra, const QByteArray &pageExtra,
                      const QList<QByteArray> &more)
{
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R " + catalogExtra + " >>",
                              "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + pageExtra +
                                  " >>"};
    objects += more;
    return pdfOf(objects);
}

} // namespace

// Failed PDF redaction and what a PDF carries besides its pages (ICO, "How to disclose
// information safely": ineffective redaction, metadata).
class TestReleasePdf : public QObject
{
    Q_OBJECT
private slots:
    void cleanPdfGivesNothing()
    {
        const ReleaseFindings findings = scanPdf(painted(visibleFigures));
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    void textUnderABlackBoxIsFound()
    {
        const ReleaseFindings findings = scanPdf(painted([](QPainter &painter) {
            visibleFigures(painter);
            painter.drawText(QPointF(72, 700), QStringLiteral("Informant: Jane Smith"));
            painter.fillRect(QRectF(60, 680, 300, 30), Qt::black);
        }));
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().code, u"PDF-TEXT-UNDER-BOX"_qs);
        QCOMPARE(findings.constFirst().location, u"page 1, 3 words (bottom)"_qs);
    }

    void whiteTextOnWhiteIsFound()
    {
        const ReleaseFindings findings = scanPdf(painted([](QPainter &painter) {
            visibleFigures(painter);
            painter.setPen(Qt::white);
            painter.drawText(QPointF(72, 140), QStringLiteral("Complainant"));
        }));
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().code, u"PDF-TEXT-UNDER-BOX"_qs);
        QCOMPARE(findings.constFirst().location, u"page 1, 1 word (top)"_qs);
    }

    void authorInTheInformationIsFound()
    {
        // The amender works on PDF/A-1b, whose XMP packet it keeps in step with the Info.
        const QByteArray pdfa = painted(visibleFigures, [](QPdfWriter &writer) {
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
            writer.setTitle(u"Figures"_qs);
        });
        QVERIFY2(scanPdf(pdfa).isEmpty(), qPrintable(describe(scanPdf(pdfa))));
        const Result<QByteArray> amended = PdfInfoAmender::addAuthorAndSubject(
            pdfa, u"Jane Smith"_qs, u"Internal review draft"_qs, u"en-GB"_qs);
        QVERIFY(amended.ok());
        const ReleaseFindings findings = scanPdf(amended.value());
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().code, u"PDF-METADATA"_qs);
        QVERIFY2(findings.constFirst().location.contains(u"Author \u201cJane Smith\u201d"_qs),
                 qPrintable(findings.constFirst().location));
    }

    void attachedFileIsFound()
    {
        const ReleaseFindings findings = scanPdf(painted(visibleFigures, [](QPdfWriter &writer) {
            writer.addFileAttachment(u"staff.xlsx"_qs, "PK not really");
        }));
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().code, u"PDF-ATTACHMENTS"_qs);
        QCOMPARE(findings.constFirst().location, u"attached files: staff.xlsx"_qs);
    }

    void structuresBesideThePages_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("location");
        QTest::newRow("note") << structured({}, "/Annots [4 0 R]",
                                            {"<< /Type /Annot /Subtype /Text /Rect [100 700 120 "
                                             "720] /Contents (Check with legal) /T (J Bloggs) >>"})
                              << u"PDF-ANNOTATIONS"_qs << u"page 1: note by J Bloggs"_qs;
        QTest::newRow("form field")
            << structured("/AcroForm << /Fields [4 0 R] >>", "/Annots [4 0 R]",
                          {"<< /Type /Annot /Subtype /Widget /FT /Tx /T (requester_email) "
                           "/V (a@example.org) /Rect [100 600 300 620] /P 3 0 R >>"})
            << u"PDF-FORM-FIELDS"_qs << u"page 1: \u2018requester_email\u2019"_qs;
        QTest::newRow("javascript") << structured("/Names << /JavaScript 4 0 R >>", {},
                                                  {"<< /Names [(init) 5 0 R] >>",
                                                   "<< /S /JavaScript /JS (app.alert\\(1\\);) >>"})
                                    << u"PDF-JAVASCRIPT"_qs << u"1 document script"_qs;
    }

    void structuresBesideThePages()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, code);
        QFETCH(QString, location);
        const ReleaseFindings findings = scanPdf(pdf);
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().code, code);
        QCOMPARE(findings.constFirst().location, location);
    }

    void damagedPdfIsUnreadable()
    {
        QCOMPARE(scanPdf("<html>not a pdf</html>").constFirst().code, u"FILE-UNREADABLE"_qs);
        QCOMPARE(scanPdf("%PDF-1.4\n%%EOF\n").constFirst().code, u"FILE-UNREADABLE"_qs);
    }

    void giantPageIsALimitNotAStall()
    {
        const QByteArray text = "BT /F1 12 Tf 20 100 Td (Hidden) Tj ET";
        const QByteArray pdf =
            pdfOf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                   "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14000 14000] /Contents 4 0 R "
                   "/Resources << /Font << /F1 5 0 R >> >> >>",
                   "<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text +
                       "\nendstream",
                   "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
        const ReleaseFindings findings = scanPdf(pdf);
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().code, u"FILE-LIMIT-EXCEEDED"_qs);
        QVERIFY2(findings.constFirst().message.contains(u"Page 1 measures 494 by 494 cm"_qs),
                 qPrintable(findings.constFirst().message));
    }

    void tooManyPagesIsALimit()
    {
        ScanLimits limits = ScanLimits::standard();
        limits.maxPdfPages = 0;
        const ReleaseFindings findings =
            ReleaseScanner(limits).scanData(painted(visibleFigures), u"reply.pdf"_qs);
        QCOMPARE(findings.constFirst().code, u"FILE-LIMIT-EXCEEDED"_qs);
    }
};

QTEST_MAIN(TestReleasePdf)
#include "tst_release_pdf.moc"
