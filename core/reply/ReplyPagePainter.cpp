#include "core/reply/ReplyPagePainter.h"

#include "core/reply/LetterStyle.h"
#include "core/reply/ReplyTextLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QObject>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextListFormat>

namespace foi::core {

namespace {

constexpr int layoutDpi = 300;
constexpr double boundarySlackPx = 1.0; // at layoutDpi: 1/300 inch

struct PageGeometry
{
    QRectF header;
    QRectF body;
    QRectF footer;
    QSizeF page;
};

PageGeometry pageGeometry(double dpi)
{
    const double mm = dpi / 25.4;
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

void drawWatermark(QPainter &painter, const PageGeometry &g, const ReplyDocument &reply)
{
    painter.save();
    QFont font(LetterStyle::standard().family());
    font.setPointSizeF(96);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(LetterStyle::watermarkColor());
    painter.translate(g.page.width() / 2, g.page.height() / 2);
    painter.rotate(-45);
    const QRectF box(-g.page.width(), -g.page.height() / 4, 2 * g.page.width(),
                     g.page.height() / 2);
    painter.drawText(box, Qt::AlignCenter,
                     reply.watermark.isEmpty() ? QStringLiteral("DRAFT") : reply.watermark);
    painter.restore();
}

void drawBands(QPainter &painter, const PageGeometry &g, const ReplyDocument &reply, int page,
               int pages)
{
    const LetterStyle &style = LetterStyle::standard();
    painter.save();
    painter.setFont(style.smallFont());
    painter.setPen(LetterStyle::bandColor());
    painter.drawText(g.header, Qt::AlignLeft | Qt::AlignVCenter, reply.author);
    painter.drawText(g.header, Qt::AlignRight | Qt::AlignVCenter,
                     reply.bandReference.isEmpty()
                         ? QObject::tr("Our reference: %1").arg(reply.reference)
                         : reply.bandReference);
    painter.drawLine(g.header.bottomLeft(), g.header.bottomRight());
    const QString pageOf = reply.bandPage.isEmpty() ? QObject::tr("Page %1 of %2") : reply.bandPage;
    painter.drawText(g.footer, Qt::AlignRight | Qt::AlignVCenter, pageOf.arg(page).arg(pages));
    if (reply.draft)
        painter.drawText(g.footer, Qt::AlignLeft | Qt::AlignVCenter,
                         reply.bandDraft.isEmpty() ? QObject::tr("DRAFT: not for sending")
                                                   : reply.bandDraft);
    painter.restore();
}

// The number (or bullet text) of a list item, before its first line, as the document layout
// would place it: one space's width to the left of the text.
void drawListMarker(QPainter &painter, const QTextBlock &block, const QPointF &lineStart,
                    double ascent)
{
    // itemText() numbers a numbered list ("9."); for a bulleted one it gives only the suffix,
    // so the bullet is the glyph the document layout would draw.
    QString marker;
    switch (block.textList()->format().style()) {
    case QTextListFormat::ListDisc:
        marker = QString(QChar(0x2022));
        break;
    case QTextListFormat::ListCircle:
        marker = QString(QChar(0x25E6));
        break;
    case QTextListFormat::ListSquare:
        marker = QString(QChar(0x25AA));
        break;
    default:
        marker = block.textList()->itemText(block);
        break;
    }
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

// One page's lines of the body, each line on one page only, in the letter style's text colour.
// QTextDocument::drawContents is not used: it paints with the application's palette (pale text
// on paper on a dark desktop), and with a clip it also draws the last line of a block above the
// clip and a line starting on its lower edge, out of sight but kept in the PDF, so text at page
// breaks was read twice by pdftotext, screen readers and search.
void drawBody(QPainter &painter, QTextDocument &document, const PageGeometry &g, int index)
{
    const double top = index * g.body.height();
    const double bottom = top + g.body.height();
    painter.save();
    painter.translate(g.body.left(), g.body.top() - top);
    painter.setPen(LetterStyle::textColor());
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        if (!block.isVisible() || !text)
            continue;
        // A block's layout is placed within its frame (a side-by-side letter's table cell);
        // its bounding rectangle is in the document's coordinates.
        const QPointF origin = layout->blockBoundingRect(block).topLeft();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            // A line the layout moved to the next page starts on the page's boundary, which
            // the layout's fixed-point arithmetic may leave a fraction of a pixel above it.
            const double lineTop = origin.y() + line.y() + boundarySlackPx;
            if (lineTop < top || lineTop >= bottom)
                continue;
            line.draw(&painter, origin);
            if (i == 0 && block.textList())
                drawListMarker(painter, block, origin + line.position(), line.ascent());
        }
    }
    painter.restore();
}

Error paintError(const QString &detail)
{
    return Error::make(QStringLiteral("reply.paint"),
                       QObject::tr("The letter's pages could not be drawn. Try again; if it "
                                   "keeps failing, export the PDF and print that."),
                       detail);
}

} // namespace

Status ReplyPagePainter::paint(const ReplyDocument &reply, QPagedPaintDevice &device)
{
    // Laid out once at the export's resolution, against a PDF writer that is never painted on,
    // and drawn scaled to the device: a printer at 600 or 1200 dpi gets the very pages (breaks,
    // spacing) the exported PDF has.
    QBuffer unused;
    unused.open(QIODevice::WriteOnly);
    QPdfWriter layoutDevice(&unused);
    layoutDevice.setResolution(layoutDpi);
    const PageGeometry g = pageGeometry(layoutDpi);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&layoutDevice);
    ReplyTextLayout::build(reply, document);
    document.setPageSize(g.body.size());
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return paintError(QStringLiteral("QPainter::begin failed"));
    painter.scale(device.logicalDpiX() / double(layoutDpi),
                  device.logicalDpiY() / double(layoutDpi));
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return paintError(QStringLiteral("newPage failed at page %1").arg(i + 1));
        }
        if (reply.draft)
            drawWatermark(painter, g, reply);
        drawBands(painter, g, reply, i + 1, pages);
        drawBody(painter, document, g, i);
    }
    if (!painter.end())
        return paintError(QStringLiteral("QPainter::end failed"));
    return success();
}

} // namespace foi::core
