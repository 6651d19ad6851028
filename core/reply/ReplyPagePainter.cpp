#include "ReplyPagePainter.h"

#include "reply/LetterStyle.h"
#include "reply/ReplyTextLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QObject>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace foi::core {

namespace {

constexpr int layoutDpi = 300;

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

void drawWatermark(QPainter &painter, const PageGeometry &g)
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
    painter.drawText(box, Qt::AlignCenter, QStringLiteral("DRAFT"));
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
                     QObject::tr("Our reference: %1").arg(reply.reference));
    painter.drawLine(g.header.bottomLeft(), g.header.bottomRight());
    painter.drawText(g.footer, Qt::AlignRight | Qt::AlignVCenter,
                     QObject::tr("Page %1 of %2").arg(page).arg(pages));
    if (reply.draft)
        painter.drawText(g.footer, Qt::AlignLeft | Qt::AlignVCenter,
                         QObject::tr("DRAFT: not for sending"));
    painter.restore();
}

// One page's slice of the body. QTextDocument::drawContents would paint with a default
// PaintContext, whose palette is the application's: on a dark desktop, pale text on paper.
void drawBody(QPainter &painter, QTextDocument &document, const PageGeometry &g, int index)
{
    const QRectF slice(0, index * g.body.height(), g.body.width(), g.body.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = LetterStyle::palette();
    context.clip = slice;
    painter.save();
    painter.translate(g.body.left(), g.body.top() - slice.top());
    painter.setClipRect(slice);
    document.documentLayout()->draw(&painter, context);
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
            drawWatermark(painter, g);
        drawBands(painter, g, reply, i + 1, pages);
        drawBody(painter, document, g, i);
    }
    if (!painter.end())
        return paintError(QStringLiteral("QPainter::end failed"));
    return success();
}

} // namespace foi::core
