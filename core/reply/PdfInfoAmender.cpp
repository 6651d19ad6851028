#include "core/reply/PdfInfoAmender.h"

#include <QRegularExpression>

namespace foi::core {

namespace {

Error malformed(const QString &what)
{
    return Error::make(QStringLiteral("reply.pdf.amend"),
                       QObject::tr("The reply's PDF could not be completed."),
                       QStringLiteral("unexpected PDF structure from QPdfWriter: %1").arg(what));
}

// A PDF text string: UTF-16BE with a byte-order mark, written in hex so no byte needs escaping.
QByteArray pdfTextString(const QString &text)
{
    QByteArray utf16("\xfe\xff", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return '<' + utf16.toHex() + '>';
}

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// The body of "<<...>>" of object `number` in the original file.
QByteArray objectDictionary(const QByteArray &pdf, int number)
{
    const QByteArray start = QByteArray::number(number) + " 0 obj\n<<";
    const qsizetype from = pdf.lastIndexOf("\n" + start);
    if (from < 0)
        return {};
    const qsizetype open = from + 1 + start.size();
    const qsizetype close = pdf.indexOf(">>\nendobj", open);
    return close < 0 ? QByteArray() : pdf.mid(open, close - open);
}

QByteArray xrefEntry(qsizetype offset)
{
    return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
}

} // namespace

Result<QByteArray> PdfInfoAmender::addAuthorAndSubject(const QByteArray &pdf, const QString &author,
                                                       const QString &subject,
                                                       const QString &language)
{
    static const QRegularExpression trailerPattern(
        QStringLiteral("trailer\\s*<<\\s*/Size (\\d+)\\s*/Info (\\d+) 0 R\\s*/Root (\\d+) 0 R\\s*"
                       "(/ID \\[[^\\]]*\\])\\s*>>\\s*startxref\\s*(\\d+)\\s*%%EOF\\s*$"));
    const QString tail = QString::fromLatin1(pdf.right(512));
    const QRegularExpressionMatch trailer = trailerPattern.match(tail);
    if (!trailer.hasMatch())
        return malformed(QStringLiteral("trailer"));
    const int size = trailer.captured(1).toInt();
    const int infoNumber = trailer.captured(2).toInt();
    const int rootNumber = trailer.captured(3).toInt();
    const QByteArray id = trailer.captured(4).toLatin1();
    const QByteArray previousXref = trailer.captured(5).toLatin1();

    QByteArray info = objectDictionary(pdf, infoNumber);
    QByteArray catalog = objectDictionary(pdf, rootNumber);
    const qsizetype packetStart = pdf.indexOf("<?xpacket begin=");
    const qsizetype packetEnd = pdf.indexOf("<?xpacket end='w'?>", packetStart);
    if (info.isEmpty() || catalog.isEmpty() || packetStart < 0 || packetEnd < 0)
        return malformed(QStringLiteral("info, catalog or XMP packet"));
    QByteArray xmp = pdf.mid(packetStart, packetEnd - packetStart) + "<?xpacket end='w'?>";
    const QByteArray dcClose = "</dc:title>";
    if (!xmp.contains(dcClose) || !catalog.contains("/Metadata "))
        return malformed(QStringLiteral("dc:title or /Metadata"));
    xmp.replace(dcClose, dcClose + "\n      <dc:creator><rdf:Seq><rdf:li>" + xmlEscaped(author) +
                             "</rdf:li></rdf:Seq></dc:creator>\n      <dc:description><rdf:Alt>"
                             "<rdf:li xml:lang=\"x-default\">" +
                             xmlEscaped(subject) + "</rdf:li></rdf:Alt></dc:description>" +
                             (language.isEmpty() ? QByteArray()
                                                 : "\n      <dc:language><rdf:Bag><rdf:li>" +
                                                       xmlEscaped(language) +
                                                       "</rdf:li></rdf:Bag></dc:language>"));

    const int newInfo = size;
    const int newMetadata = size + 1;
    static const QRegularExpression metadataRef(QStringLiteral("/Metadata \\d+ 0 R"));
    catalog = QString::fromLatin1(catalog)
                  .replace(metadataRef, QStringLiteral("/Metadata %1 0 R").arg(newMetadata))
                  .toLatin1();
    static const QRegularExpression langEntry(QStringLiteral("/Lang\\s*(\\([^)]*\\)|<[^>]*>)"));
    catalog = QString::fromLatin1(catalog).remove(langEntry).toLatin1();
    static const QRegularExpression languageTag(
        QStringLiteral("\\A[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*\\z"));
    if (!language.isEmpty() && !languageTag.match(language).hasMatch())
        return malformed(QStringLiteral("language tag '%1'").arg(language));
    if (!language.isEmpty())
        catalog += "/Lang (" + language.toLatin1() + ")\n";
    info += "/Author " + pdfTextString(author) + "\n/Subject " + pdfTextString(subject) + "\n";

    QByteArray update = pdf;
    if (!update.endsWith('\n'))
        update += '\n';
    const qsizetype catalogOffset = update.size();
    update += QByteArray::number(rootNumber) + " 0 obj\n<<" + catalog + ">>\nendobj\n";
    const qsizetype infoOffset = update.size();
    update += QByteArray::number(newInfo) + " 0 obj\n<<" + info + ">>\nendobj\n";
    const qsizetype metadataOffset = update.size();
    update += QByteArray::number(newMetadata) +
              " 0 obj\n<<\n/Type /Metadata /Subtype /XML\n/Length " +
              QByteArray::number(xmp.size()) + "\n>>\nstream\n" + xmp + "\nendstream\nendobj\n";
    const qsizetype xrefOffset = update.size();
    update += "xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(rootNumber) + " 1\n" +
              xrefEntry(catalogOffset) + QByteArray::number(newInfo) + " 2\n" +
              xrefEntry(infoOffset) + xrefEntry(metadataOffset);
    update += "trailer\n<<\n/Size " + QByteArray::number(size + 2) + "\n/Info " +
              QByteArray::number(newInfo) + " 0 R\n/Root " + QByteArray::number(rootNumber) +
              " 0 R\n/Prev " + previousXref + "\n" + id + "\n>>\nstartxref\n" +
              QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return update;
}

} // namespace foi::core
