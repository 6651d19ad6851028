#pragma once

#include <QString>

namespace foi::core {

// The text an officer would read in an HTML-only email, through Qt's own HTML reader
// (QTextDocument): paragraphs and line breaks kept, tags, styles and scripts gone. Nothing the
// HTML points at (images, style sheets, local files) is loaded. Needs a QGuiApplication, as any
// QTextDocument does; never fails.
class HtmlText
{
public:
    static QString toPlainText(const QString &html);
};

} // namespace foi::core
