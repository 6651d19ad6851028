#pragma once

#include "core/reply/ReplyDocument.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QString>

namespace foi::core {

// Renders a reply as PDF/A-1b: A4, one embedded face, real text in reading order, a header with
// the authority and reference and a footer with "Page n of m" on every page (paginated here,
// since QTextDocument::print imposes its own margins and page numbers). A draft carries a DRAFT
// watermark on every page. Needs a QGuiApplication (fonts).
class PdfReplyWriter
{
public:
    static Result<QByteArray> render(const ReplyDocument &reply);

    // Writes atomically: a failure or a kill part-way leaves any earlier file untouched.
    static Status write(const ReplyDocument &reply, const QString &path);
};

} // namespace foi::core
