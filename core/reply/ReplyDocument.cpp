#include "core/reply/ReplyDocument.h"

namespace foi::core {

namespace {

bool isBlank(const ReplyBlock &block)
{
    return block.text.isEmpty() && block.label.isEmpty() && block.items.isEmpty();
}

void addText(QStringList &paragraphs, const ReplyBlock &block, bool skipBlank)
{
    if (skipBlank && isBlank(block))
        return;
    QStringList lines;
    if (!block.label.isEmpty())
        lines << block.label;
    if (!block.text.isEmpty())
        lines << block.text;
    lines << block.items;
    paragraphs << lines.join(QLatin1Char('\n'));
}

} // namespace

bool ReplyDocument::rowSpans(qsizetype row) const
{
    if (row < 0 || row >= blocks.size() || row >= facingBlocks.size())
        return false;
    const ReplyBlock &left = blocks.at(row);
    const bool letterhead = left.kind == ReplyBlock::Kind::SenderAddress ||
                            left.kind == ReplyBlock::Kind::RecipientAddress;
    return letterhead && left == facingBlocks.at(row);
}

QString ReplyDocument::plainText() const
{
    QStringList paragraphs;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        addText(paragraphs, blocks.at(i), sideBySide());
        if (i < facingBlocks.size() && !rowSpans(i))
            addText(paragraphs, facingBlocks.at(i), true);
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace foi::core
