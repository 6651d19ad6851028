#include "core/reply/OdtReplyWriter.h"

#include "core/reply/AtomicFile.h"
#include "core/reply/ReplyTextLayout.h"

#include <QBuffer>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace foi::core {

Result<QByteArray> OdtReplyWriter::render(const ReplyDocument &reply)
{
    QTextDocument document;
    ReplyTextLayout::build(reply, document);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return Error::make(QStringLiteral("reply.odt.failed"),
                           QObject::tr("The reply could not be saved as an editable document."),
                           QStringLiteral("QTextDocumentWriter(odf) failed"));
    return buffer.data();
}

Status OdtReplyWriter::write(const ReplyDocument &reply, const QString &path)
{
    Result<QByteArray> bytes = render(reply);
    if (!bytes)
        return bytes.error();
    return AtomicFile::write(path, *bytes);
}

} // namespace foi::core
