#pragma once

#include "core/reply/ReplyDocument.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QString>

namespace foi::core {

// Saves a reply as an OpenDocument text file that an officer can edit by hand in LibreOffice or
// Word, with the same words and structure as the PDF. Written atomically like the PDF.
class OdtReplyWriter
{
public:
    static Result<QByteArray> render(const ReplyDocument &reply);
    static Status write(const ReplyDocument &reply, const QString &path);
};

} // namespace foi::core
