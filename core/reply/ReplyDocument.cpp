#include "core/reply/ReplyDocument.h"

namespace foi::core {

QString ReplyDocument::plainText() const
{
    QStringList paragraphs;
    for (const ReplyBlock &block : blocks) {
        QStringList lines;
        if (!block.label.isEmpty())
            lines << block.label;
        if (!block.text.isEmpty())
            lines << block.text;
        lines << block.items;
        paragraphs << lines.join(QLatin1Char('\n'));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace foi::core
