#include "core/reply/ReplyTextLayout.h"

#include "core/reply/LetterStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextList>
#include <QTextListFormat>
#include <QTextTable>
#include <QTextTableCell>
#include <QTextTableFormat>
#include <QUrl>

#include <algorithm>

namespace foi::core {

namespace {

// Spacing is designed in points; the document is laid out in its paint device's pixels (300 dpi
// for the PDF, the screen for a preview), so every distance goes through this scale.
const double paragraphGapPt = 6.0;
const double indentPt = 18.0;
const double logoHeightPt = 48.0;
// Between the columns of a side-by-side letter: 18 pt. The layout reads a cell's padding in CSS
// pixels (1/96 inch) and scales them to the paint device itself.
const double gutterPaddingPx = 18.0 * 96.0 / 72.0;

QTextCharFormat charFormat(const QFont &font, bool italic = false)
{
    QTextCharFormat format;
    format.setFont(font);
    format.setFontItalic(italic);
    // Explicit ink, so neither a preview's palette nor an ODT reader's default decides it.
    format.setForeground(LetterStyle::textColor());
    return format;
}

QTextBlockFormat blockFormat(double top, double bottom, Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextBlockFormat format;
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    format.setAlignment(alignment);
    return format;
}

class Builder
{
public:
    Builder(QTextDocument &document, double pointScale)
        : Builder(QTextCursor(&document), pointScale)
    {}
    Builder(const QTextCursor &cursor, double pointScale)
        : m_cursor(cursor)
        , m_style(LetterStyle::standard())
        , m_pointScale(pointScale)
    {}

    // Goes on in another place, such as a table cell, whose first (empty) block the next
    // block takes; a numbered list of questions goes on across places.
    void moveTo(const QTextCursor &cursor)
    {
        m_cursor = cursor;
        m_first = true;
    }

    QTextCursor cursor() const { return m_cursor; }

    double pt(double points) const { return points * m_pointScale; }

    // The logo, right-aligned and at most logoHeightPt tall; a file that does not load is left
    // out (the settings refuse such a file, but it may have gone since).
    void logo(QTextDocument &document, const QString &path)
    {
        const QImage image(path);
        if (image.isNull())
            return;
        const QString name = QStringLiteral("foi-letterhead-logo");
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        QTextImageFormat format;
        format.setName(name);
        const double height = pt(logoHeightPt);
        format.setHeight(height);
        format.setWidth(height * image.width() / std::max(1, image.height()));
        newBlock(blockFormat(0, pt(paragraphGapPt), Qt::AlignRight),
                 charFormat(m_style.bodyFont()));
        m_cursor.insertImage(format);
    }

    void add(const ReplyBlock &block)
    {
        if (block.kind != ReplyBlock::Kind::Question)
            m_questionList = nullptr;
        switch (block.kind) {
        case ReplyBlock::Kind::SenderAddress:
            return lines(block.items, Qt::AlignRight, true);
        case ReplyBlock::Kind::RecipientAddress:
            return lines(block.items, Qt::AlignLeft, false);
        case ReplyBlock::Kind::Date:
            return paragraph(block.text, blockFormat(pt(paragraphGapPt * 2), 0, Qt::AlignRight));
        case ReplyBlock::Kind::Reference:
            return labelled(block.label, block.text,
                            blockFormat(0, pt(paragraphGapPt * 2), Qt::AlignRight));
        case ReplyBlock::Kind::Salutation:
            return paragraph(block.text, blockFormat(0, pt(paragraphGapPt)));
        case ReplyBlock::Kind::Paragraph:
            if (!block.label.isEmpty())
                return labelled(block.label, block.text, blockFormat(0, pt(paragraphGapPt)));
            return paragraph(block.text, blockFormat(0, pt(paragraphGapPt)));
        case ReplyBlock::Kind::Caption:
            return labelled(block.text, QString(),
                            blockFormat(pt(paragraphGapPt / 2), pt(paragraphGapPt / 2)));
        case ReplyBlock::Kind::Heading:
            return styled(block.text, m_style.headingFont(),
                          blockFormat(pt(paragraphGapPt * 2), pt(paragraphGapPt)));
        case ReplyBlock::Kind::Subheading:
            return styled(block.text, m_style.subheadingFont(),
                          blockFormat(pt(paragraphGapPt), pt(paragraphGapPt / 2)));
        case ReplyBlock::Kind::Question:
            return question(block);
        case ReplyBlock::Kind::Answer:
            return answer(block);
        case ReplyBlock::Kind::List:
            return list(block);
        case ReplyBlock::Kind::Signature:
            return signature(block);
        }
    }

private:
    void newBlock(const QTextBlockFormat &format, const QTextCharFormat &chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }

    void paragraph(const QString &text, const QTextBlockFormat &format)
    {
        styled(text, m_style.bodyFont(), format);
    }

    void styled(const QString &text, const QFont &font, const QTextBlockFormat &format)
    {
        const QTextCharFormat chars = charFormat(font);
        newBlock(format, chars);
        m_cursor.insertText(text, chars);
    }

    void labelled(const QString &label, const QString &text, const QTextBlockFormat &format)
    {
        QFont bold = m_style.bodyFont();
        bold.setBold(true);
        newBlock(format, charFormat(m_style.bodyFont()));
        if (!label.isEmpty())
            m_cursor.insertText(label + QLatin1Char(' '), charFormat(bold));
        m_cursor.insertText(text, charFormat(m_style.bodyFont()));
    }

    void lines(const QStringList &items, Qt::Alignment alignment, bool firstBold)
    {
        QFont bold = m_style.bodyFont();
        bold.setBold(true);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const bool last = i + 1 == items.size();
            newBlock(blockFormat(0, last ? pt(paragraphGapPt * 2) : 0, alignment),
                     charFormat(m_style.bodyFont()));
            m_cursor.insertText(items.at(i),
                                charFormat(firstBold && i == 0 ? bold : m_style.bodyFont()));
        }
    }

    // The request restated: one numbered list, so Qt hangs the numbers and wraps under the text.
    // The composer numbers questions 1..n in order, as the list does.
    void question(const ReplyBlock &block)
    {
        newBlock(blockFormat(pt(paragraphGapPt / 2), pt(paragraphGapPt / 2)),
                 charFormat(m_style.bodyFont()));
        if (m_questionList) {
            m_questionList->add(m_cursor.block());
        } else {
            QTextListFormat format;
            format.setStyle(QTextListFormat::ListDecimal);
            format.setIndent(1);
            m_questionList = m_cursor.createList(format);
        }
        m_cursor.insertText(block.text, charFormat(m_style.bodyFont(), true));
    }

    void answer(const ReplyBlock &block)
    {
        QTextBlockFormat format = blockFormat(0, pt(paragraphGapPt));
        format.setLeftMargin(pt(indentPt));
        QFont bold = m_style.bodyFont();
        bold.setBold(true);
        newBlock(format, charFormat(m_style.bodyFont()));
        if (!block.label.isEmpty())
            m_cursor.insertText(block.label + QLatin1Char(' '), charFormat(bold));
        m_cursor.insertText(block.text, charFormat(m_style.bodyFont()));
    }

    void list(const ReplyBlock &block)
    {
        if (!block.label.isEmpty())
            labelled(block.label, QString(),
                     blockFormat(pt(paragraphGapPt / 2), pt(paragraphGapPt / 2)));
        QTextList *textList = nullptr;
        for (const QString &item : block.items) {
            newBlock(blockFormat(0, pt(paragraphGapPt / 2)), charFormat(m_style.bodyFont()));
            if (!textList) {
                QTextListFormat format;
                format.setStyle(QTextListFormat::ListDisc);
                format.setIndent(1);
                textList = m_cursor.createList(format);
            } else {
                textList->add(m_cursor.block());
            }
            m_cursor.insertText(item, charFormat(m_style.bodyFont()));
        }
        // The next block must not join the list.
        if (textList)
            m_cursor.insertBlock(blockFormat(0, 0), charFormat(m_style.bodyFont()));
        if (textList)
            textList->remove(m_cursor.block());
    }

    void signature(const ReplyBlock &block)
    {
        if (!block.text.isEmpty())
            paragraph(block.text, blockFormat(pt(paragraphGapPt * 2), pt(paragraphGapPt * 3)));
        lines(block.items, Qt::AlignLeft, true);
    }

    QTextCursor m_cursor;
    const LetterStyle &m_style;
    double m_pointScale;
    QTextList *m_questionList = nullptr;
    bool m_first = true;
};

bool isBlank(const ReplyBlock &block)
{
    return block.text.isEmpty() && block.label.isEmpty() && block.items.isEmpty();
}

// A side-by-side letter as a borderless table of two equal columns, one row per pair of
// blocks, so each paragraph starts level with its translation and a long one pushes the next
// row down on both sides. Each column has its own builder, so its numbered questions run on.
void buildSideBySide(const ReplyDocument &reply, QTextCursor cursor, double pointScale)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellPadding(0);
    format.setCellSpacing(0);
    format.setMargin(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 50),
                                      QTextLength(QTextLength::PercentageLength, 50)});
    const int rows = int(reply.blocks.size());
    QTextTable *table = cursor.insertTable(rows, 2, format);
    Builder left(cursor, pointScale);
    Builder right(cursor, pointScale);
    const auto fill = [table](Builder &builder, int row, int column, const ReplyBlock &block) {
        if (isBlank(block))
            return;
        builder.moveTo(table->cellAt(row, column).firstCursorPosition());
        builder.add(block);
    };
    for (int row = 0; row < rows; ++row) {
        fill(left, row, 0, reply.blocks.at(row));
        if (!reply.rowSpans(row))
            fill(right, row, 1, reply.facingBlocks.at(row));
    }
    // The cells' own formats (span, padding) last: a cell's format is its first block's
    // character format, which the builders set for the text's font. The layout drops the top
    // margin of a cell's first block and the bottom margin of its last, so the row keeps the
    // larger of its two sides' as padding, and the paragraphs stay spaced as in one column.
    const double cssPerDevicePx = 96.0 / (72.0 * pointScale);
    for (int row = 0; row < rows; ++row) {
        const bool spans = reply.rowSpans(row);
        if (spans)
            table->mergeCells(row, 0, 1, 2);
        double top = 0;
        double bottom = 0;
        for (int column = 0; column < (spans ? 1 : 2); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            top = std::max(top, cell.firstCursorPosition().block().blockFormat().topMargin());
            bottom =
                std::max(bottom, cell.lastCursorPosition().block().blockFormat().bottomMargin());
        }
        for (int column = 0; column < (spans ? 1 : 2); ++column) {
            QTextTableCell cell = table->cellAt(row, column);
            QTextTableCellFormat padding = cell.format().toTableCellFormat();
            padding.setTopPadding(top * cssPerDevicePx);
            padding.setBottomPadding(bottom * cssPerDevicePx);
            padding.setLeftPadding(spans || column == 0 ? 0 : gutterPaddingPx / 2);
            padding.setRightPadding(spans || column == 1 ? 0 : gutterPaddingPx / 2);
            cell.setFormat(padding);
        }
    }
}

} // namespace

void ReplyTextLayout::build(const ReplyDocument &reply, QTextDocument &target)
{
    target.clear();
    target.setDefaultFont(LetterStyle::standard().bodyFont());
    target.setDocumentMargin(0);
    const QPaintDevice *device = target.documentLayout()->paintDevice();
    const double pointScale = (device ? device->logicalDpiY() : 96) / 72.0;
    target.setIndentWidth(indentPt * pointScale);
    target.setMetaInformation(QTextDocument::DocumentTitle, reply.title);
    Builder builder(target, pointScale);
    if (!reply.logoPath.isEmpty())
        builder.logo(target, reply.logoPath);
    if (reply.sideBySide()) {
        // A list's indent in CSS pixels, which the layout scales to the device: 18 pt in a
        // column, where the single column's wider indent would take a quarter of the width.
        target.setIndentWidth(indentPt * 96.0 / 72.0);
        QTextCursor cursor = builder.cursor();
        if (cursor.block().text().isEmpty()) {
            // The empty block a table follows takes no height: the letter starts at the top.
            QTextBlockFormat none;
            none.setLineHeight(0, QTextBlockFormat::FixedHeight);
            cursor.setBlockFormat(none);
        }
        buildSideBySide(reply, cursor, pointScale);
        return;
    }
    for (const ReplyBlock &block : reply.blocks)
        builder.add(block);
}

} // namespace foi::core
