#include "PdfReplyWriter.h"

#include "FoiVersion.h"
#include "reply/AtomicFile.h"
#include "reply/LetterStyle.h"
#include "reply/PdfInfoAmender.h"
#include "reply/ReplyTextLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>

namespace foi::core {

namespace {

constexpr int resolutionDpi = 300;

struct PageGeometry
{
    QRectF header;
    QRectF body;
    QRectF footer;
    QSizeF page;
};

PageGeometry pageGeometry()
{
    const double mm = resolutionDpi / 25.4;
    using S = LetterStyle;
    PageGeometry g;
    g.page = QSizeF(S::pageWidthMm * mm, S::pageHeightMm * mm);
    const double width = (S::pageWidthMm - 2 * S::sideMarginMm) * mm;
    g.header = QRectF(S::sideMarginMm * mm, S::headerTopMm * mm, width, 8 * mm);
    g.body = QRectF(S::sideMarginMm * mm, S::topMarginMm * mm, width,
                    (S::pageHeightMm - S::topMarginMm - S::bottomMarginMm) * mm);
    g.footer =
        QRectF(S::sideMarginMm * mm, (S::pageHeightMm - S::footerBottomMm - 8) * mm, width, 8 * mm);
    return g;
}

void drawWatermark(QPainter &painter, const PageGeometry &g)
{
    // Solid light grey under the text: PDF/A-1 allows no transparency.
    painter.save();
    QFont font(LetterStyle::standard().family());
    font.setPointSizeF(96);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(225, 225, 225));
    painter.translate(g.page.width() / 2, g.page.height() / 2);
    painter.rotate(-45);
    const QRectF box(-g.page.width(), -g.page.height() / 4, 2 * g.page.width(),
                     g.page.height() / 2);
    painter.drawText(box, Qt::AlignCenter, QStringLiteral("DRAFT"));
    painter.restore();
}

// The number (or bullet text) of a list item, before its first line, as the document layout
// would place it: one space's width to the left of the text.
void drawListMarker(QPainter &painter, const QTextBlock &block, const QPointF &lineStart,
                    double ascent)
{
    const QString marker = block.textList()->itemText(block);
    if (marker.isEmpty())
        return;
    const QFont font = block.charFormat().font();
    const QFontMetricsF metrics(font, painter.device());
    painter.save();
    painter.setFont(font);
    painter.drawText(QPointF(lineStart.x() - metrics.horizontalAdvance(QLatin1Char(' ')) -
                                 metrics.horizontalAdvance(marker),
                             lineStart.y() + ascent),
                     marker);
    painter.restore();
}

void drawBands(QPainter &painter, const PageGeometry &g, const ReplyDocument &reply, int page,
               int pages)
{
    const LetterStyle &style = LetterStyle::standard();
    painter.save();
    painter.setFont(style.smallFont());
    painter.setPen(QColor(80, 80, 80));
    painter.drawText(g.header, Qt::AlignLeft | Qt::AlignVCenter, reply.author);
    painter.drawText(g.header, Qt::AlignRight | Qt::AlignVCenter,
                     QObject::tr("Our reference: %1").arg(reply.reference));
    painter.drawLine(g.header.bottomLeft(), g.header.bottomRight());
    painter.drawText(g.footer, Qt::AlignRight | Qt::AlignVCenter,
                     QObject::tr("Page %1 of %2").arg(page).arg(pages));
    if (reply.draft)
        painter.drawText(g.footer, Qt::AlignLeft | Qt::AlignVCenter,
                         QObject::tr("DRAFT: not for sending"));
    painter.restore();
}

// Draws the lines of `document` that begin on page `page` (0-based), each line on one page only.
// QTextDocument::drawContents is not used: with a clip it also draws the last line of a block
// above the clip and a line starting on its lower edge, out of sight but kept in the PDF, so
// text at page breaks was read twice by pdftotext, screen readers and search.
void drawPage(QPainter &painter, const QTextDocument &document, int page, double pageHeight)
{
    const double top = page * pageHeight;
    const double bottom = top + pageHeight;
    painter.setPen(Qt::black);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        if (!block.isVisible() || !text)
            continue;
        const QPointF origin = text->position();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            const double lineTop = origin.y() + line.y();
            if (lineTop < top || lineTop >= bottom)
                continue;
            line.draw(&painter, origin);
            if (i == 0 && block.textList())
                drawListMarker(painter, block, origin + line.position(), line.ascent());
        }
    }
}

} // namespace

Result<QByteArray> PdfReplyWriter::render(const ReplyDocument &reply)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const PageGeometry g = pageGeometry();
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(reply.title);
        writer.setCreator(QStringLiteral(FOI_APPLICATION_NAME " " FOI_VERSION_STRING));
        writer.setResolution(resolutionDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer); // lay out at the PDF's resolution
        ReplyTextLayout::build(reply, document);
        document.setPageSize(g.body.size());
        const int pages = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return Error::make(QStringLiteral("reply.pdf.begin"),
                               QObject::tr("The reply could not be turned into a PDF."),
                               QStringLiteral("QPainter::begin failed on QPdfWriter"));
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            if (reply.draft)
                drawWatermark(painter, g);
            drawBands(painter, g, reply, i + 1, pages);
            painter.save();
            painter.translate(g.body.left(), g.body.top() - i * g.body.height());
            drawPage(painter, document, i, g.body.height());
            painter.restore();
        }
        if (!painter.end())
            return Error::make(QStringLiteral("reply.pdf.end"),
                               QObject::tr("The reply could not be turned into a PDF."),
                               QStringLiteral("QPainter::end failed on QPdfWriter"));
    }
    return PdfInfoAmender::addAuthorAndSubject(buffer.data(), reply.author, reply.reference);
}

Status PdfReplyWriter::write(const ReplyDocument &reply, const QString &path)
{
    Result<QByteArray> bytes = render(reply);
    if (!bytes)
        return bytes.error();
    return AtomicFile::write(path, *bytes);
}

} // namespace foi::core
