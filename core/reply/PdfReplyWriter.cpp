#include "core/reply/PdfReplyWriter.h"

#include "core/reply/AtomicFile.h"
#include "core/reply/PdfInfoAmender.h"
#include "core/reply/ReplyPagePainter.h"
#include "FoiVersion.h"

#include <QBuffer>
#include <QPdfWriter>

namespace foi::core {

namespace {

constexpr int resolutionDpi = 300;

} // namespace

Result<QByteArray> PdfReplyWriter::render(const ReplyDocument &reply)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(reply.title);
        writer.setCreator(QStringLiteral(FOI_APPLICATION_NAME " " FOI_VERSION_STRING));
        writer.setResolution(resolutionDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        if (const Status painted = ReplyPagePainter::paint(reply, writer); !painted)
            return Error::make(QStringLiteral("reply.pdf.paint"),
                               QObject::tr("The reply could not be turned into a PDF."),
                               painted.error().detail);
    }
    return PdfInfoAmender::addAuthorAndSubject(buffer.data(), reply.author, reply.reference,
                                               reply.language);
}

Status PdfReplyWriter::write(const ReplyDocument &reply, const QString &path)
{
    Result<QByteArray> bytes = render(reply);
    if (!bytes)
        return bytes.error();
    return AtomicFile::write(path, *bytes);
}

} // namespace foi::core
