#include "ReplyTextLayout.h"

#include "reply/LetterStyle.h"

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextListFormat>

namespace foi::core {

namespace {

// Points to the document's layout units: Qt lays text out in points when the document's paint
// device is the PDF writer, so spacing is given in points too.
constexpr double paragraphGap = 6.0;

QTextCharFormat charFormat(const QFont &font, bool italic = false)
{
    QTextCharFormat format;
    format.setFont(font);
    format.setFontItalic(italic);
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
    explicit Builder(QTextDocument &document)
        : m_cursor(&document)
        , m_style(LetterStyle::standard())
    {}

    void add(const ReplyBlock &block)
    {
        switch (block.kind) {
        case ReplyBlock::Kind::SenderAddress:
            return lines(block.items, Qt::AlignRight, true);
        case ReplyBlock::Kind::RecipientAddress:
            return lines(block.items, Qt::AlignLeft, false);
        case ReplyBlock::Kind::Date:
            return paragraph(block.text, blockFormat(paragraphGap * 2, 0, Qt::AlignRight));
        case ReplyBlock::Kind::Reference:
            return labelled(block.label, block.text,
                            blockFormat(0, paragraphGap * 2, Qt::AlignRight));
        case ReplyBlock::Kind::Salutation:
        case ReplyBlock::Kind::Paragraph:
            return paragraph(block.text, blockFormat(0, paragraphGap));
        case ReplyBlock::Kind::Heading:
            return styled(block.text, m_style.headingFont(),
                          blockFormat(paragraphGap * 2, paragraphGap));
        case ReplyBlock::Kind::Subheading:
            return styled(block.text, m_style.subheadingFont(),
                          blockFormat(paragraphGap, paragraphGap / 2));
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
            newBlock(blockFormat(0, last ? paragraphGap * 2 : 0, alignment),
                     charFormat(m_style.bodyFont()));
            m_cursor.insertText(items.at(i),
                                charFormat(firstBold && i == 0 ? bold : m_style.bodyFont()));
        }
    }

    void question(const ReplyBlock &block)
    {
        QTextBlockFormat format = blockFormat(paragraphGap / 2, paragraphGap / 2);
        format.setLeftMargin(24);
        format.setTextIndent(-24); // hanging number
        QFont bold = m_style.bodyFont();
        bold.setBold(true);
        newBlock(format, charFormat(m_style.bodyFont()));
        m_cursor.insertText(block.label + QLatin1Char('.'), charFormat(bold));
        m_cursor.insertText(QStringLiteral("\t"), charFormat(m_style.bodyFont()));
        m_cursor.insertText(block.text, charFormat(m_style.bodyFont(), true));
    }

    void answer(const ReplyBlock &block)
    {
        QTextBlockFormat format = blockFormat(0, paragraphGap);
        format.setLeftMargin(24);
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
            labelled(block.label, QString(), blockFormat(paragraphGap / 2, paragraphGap / 2));
        QTextList *textList = nullptr;
        for (const QString &item : block.items) {
            newBlock(blockFormat(0, paragraphGap / 2), charFormat(m_style.bodyFont()));
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
            paragraph(block.text, blockFormat(paragraphGap * 2, paragraphGap * 3));
        lines(block.items, Qt::AlignLeft, true);
    }

    QTextCursor m_cursor;
    const LetterStyle &m_style;
    bool m_first = true;
};

} // namespace

void ReplyTextLayout::build(const ReplyDocument &reply, QTextDocument &target)
{
    target.clear();
    target.setDefaultFont(LetterStyle::standard().bodyFont());
    target.setDocumentMargin(0);
    target.setMetaInformation(QTextDocument::DocumentTitle, reply.title);
    Builder builder(target);
    for (const ReplyBlock &block : reply.blocks)
        builder.add(block);
}

} // namespace foi::core
