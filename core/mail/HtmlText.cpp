#include "core/mail/HtmlText.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>
#include <QVariant>

namespace foi::core {

namespace {

// A document that loads nothing from outside: an email's <img src="file:///..."> must not make
// the workbench read a file of the officer's.
class SealedDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace

QString HtmlText::toPlainText(const QString &html)
{
    SealedDocument document;
    document.setHtml(html);
    // Block by block, so that a numbered or bulleted list keeps its markers ("1.", "•"), which
    // the question splitter reads; toPlainText() would drop them.
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString line = block.text();
        if (QTextList *list = block.textList()) {
            const QString marker = list->itemText(block);
            line = (marker.isEmpty() ? QStringLiteral("•") : marker) + QLatin1Char(' ') + line;
        }
        lines.append(line);
    }
    QString text = lines.join(QLatin1Char('\n'));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text.trimmed();
}

} // namespace foi::core
