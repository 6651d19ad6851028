#include "core/release/PdfScanner.h"

#include "core/release/FindingText.h"
#include "core/release/PartReader.h"

#include <QImage>

#include <poppler-annotation.h>
#include <poppler-form.h>
#include <poppler-link.h>
#include <poppler-qt6.h>

#include <algorithm>

namespace foi::core {

namespace {

QString annotationKind(const Poppler::Annotation &annotation)
{
    switch (annotation.subType()) {
    case Poppler::Annotation::AText:
        return QStringLiteral("note");
    case Poppler::Annotation::AHighlight:
        return QStringLiteral("highlight");
    case Poppler::Annotation::AStamp:
        return QStringLiteral("stamp");
    case Poppler::Annotation::AInk:
        return QStringLiteral("drawing");
    case Poppler::Annotation::AGeom:
        return QStringLiteral("box");
    case Poppler::Annotation::AFileAttachment:
        return QStringLiteral("attached file");
    default:
        return QStringLiteral("annotation");
    }
}

// The Info keys that only say which program made the file.
bool isProducerKey(const QString &key)
{
    static const QStringList keys{QStringLiteral("Title"),    QStringLiteral("Creator"),
                                  QStringLiteral("Producer"), QStringLiteral("CreationDate"),
                                  QStringLiteral("ModDate"),  QStringLiteral("Trapped")};
    return keys.contains(key);
}

// The people an XMP packet names (dc:creator, pdf:Author, xmp:Author); an unreadable packet
// names nobody here, and the Info dictionary is still checked.
QStringList xmpPeople(const QString &xmp, int maxDepth)
{
    QStringList people;
    PartReader reader(xmp.toUtf8(), QStringLiteral("XMP metadata"), maxDepth);
    int inCreator = 0;
    while (reader.next()) {
        if (reader.isStart(QLatin1StringView("creator")) ||
            reader.isStart(QLatin1StringView("Author"))) {
            ++inCreator;
        } else if (reader.isEnd(QLatin1StringView("creator")) ||
                   reader.isEnd(QLatin1StringView("Author"))) {
            --inCreator;
        } else if (inCreator > 0 && reader.xml().isCharacters() && !reader.xml().isWhitespace()) {
            people.append(reader.xml().text().toString().trimmed());
        }
    }
    return people;
}

// The words whose area on the rendered page is one flat colour: drawn under a filled box, in
// the colour of what is under them, or invisibly.
bool areaIsFlat(const QImage &image, const QRectF &box)
{
    const QRect area = box.toAlignedRect().intersected(image.rect());
    if (area.width() < 3 || area.height() < 3)
        return false;
    int lowest = 255;
    int highest = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = area.left(); x <= area.right(); ++x) {
            const int grey = qGray(line[x]);
            lowest = std::min(lowest, grey);
            highest = std::max(highest, grey);
        }
    }
    return highest - lowest < 16;
}

} // namespace

PdfScanner::PdfScanner(const QByteArray &content, const ScanLimits &limits)
    : m_content(content)
    , m_limits(limits)
{}

Result<ReleaseFindings> PdfScanner::scan()
{
    if (!m_content.startsWith("%PDF-"))
        return Error::make(QStringLiteral("FILE-UNREADABLE"),
                           QStringLiteral("The file's name says it is a PDF but its content is "
                                          "not one. Check what the file really is before "
                                          "releasing it."));
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(m_content);
    if (!document)
        return Error::make(QStringLiteral("FILE-UNREADABLE"),
                           QStringLiteral("The PDF is damaged and cannot be read. Make it again "
                                          "from its source."));
    if (document->isLocked())
        return Error::make(QStringLiteral("FILE-UNREADABLE"),
                           QStringLiteral("The PDF is password-protected, so it cannot be "
                                          "checked. Remove the password and scan it again."));
    if (document->numPages() < 1)
        return Error::make(QStringLiteral("FILE-UNREADABLE"),
                           QStringLiteral("The PDF has no readable pages, so it is damaged. Make "
                                          "it again from its source."));
    if (document->numPages() > m_limits.maxPdfPages)
        return Error::make(QStringLiteral("FILE-LIMIT-EXCEEDED"),
                           QStringLiteral("The PDF has %1 pages, more than the %2 the scan "
                                          "examines. Split it into smaller files.")
                               .arg(document->numPages())
                               .arg(m_limits.maxPdfPages));
    scanMetadata(*document);
    scanAttachmentsAndScripts(*document);
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        if (Status status = scanPage(*page, i + 1); !status.ok())
            return status.error();
    }
    addCollected();
    return m_findings;
}

void PdfScanner::scanMetadata(Poppler::Document &document)
{
    QStringList entries;
    for (const QString &key : document.infoKeys()) {
        if (isProducerKey(key))
            continue;
        const QString value = document.info(key).trimmed();
        if (!value.isEmpty())
            entries.append(QStringLiteral("%1 \u201c%2\u201d").arg(key, value.left(60)));
    }
    for (const QString &person : xmpPeople(document.metadata(), m_limits.maxXmlDepth))
        if (!person.isEmpty())
            entries.append(QStringLiteral("XMP creator \u201c%1\u201d").arg(person.left(60)));
    if (!entries.isEmpty())
        m_findings.append({QStringLiteral("PDF-METADATA"),
                           QStringLiteral("document properties: ") + FindingText::names(entries, 6),
                           QStringLiteral("The PDF's properties name people or say more than "
                                          "the pages do. Clear them (in Acrobat: File \u25b8 "
                                          "Properties, or Remove Hidden Information) or print "
                                          "the pages to a new PDF.")});
}

void PdfScanner::scanAttachmentsAndScripts(Poppler::Document &document)
{
    QStringList files;
    for (Poppler::EmbeddedFile *file : document.embeddedFiles())
        files.append(file->name());
    if (!files.isEmpty())
        m_findings.append({QStringLiteral("PDF-ATTACHMENTS"),
                           QStringLiteral("attached files: ") + FindingText::names(files),
                           QStringLiteral("Files are attached inside the PDF, each with all its "
                                          "own content. Remove them, or check and release them "
                                          "separately.")});
    if (!document.scripts().isEmpty())
        m_scripts.append(FindingText::count(document.scripts().size(),
                                            QStringLiteral("document script"),
                                            QStringLiteral("document scripts")));
}

Status PdfScanner::scanPage(Poppler::Page &page, int pageNumber)
{
    for (const std::unique_ptr<Poppler::Annotation> &annotation : page.annotations()) {
        const Poppler::Annotation::SubType type = annotation->subType();
        if (type == Poppler::Annotation::ALink) {
            const auto *link = static_cast<const Poppler::LinkAnnotation *>(annotation.get());
            if (link->linkDestination() &&
                link->linkDestination()->linkType() == Poppler::Link::JavaScript)
                m_scripts.append(QStringLiteral("a link on page %1").arg(pageNumber));
            continue;
        }
        if (type == Poppler::Annotation::AWidget)
            continue; // a form field, reported with the fields
        QString text =
            QStringLiteral("page %1: %2").arg(pageNumber).arg(annotationKind(*annotation));
        if (!annotation->author().trimmed().isEmpty())
            text += QStringLiteral(" by ") + annotation->author().trimmed();
        m_annotations.append(text);
    }
    for (const std::unique_ptr<Poppler::FormField> &field : page.formFields()) {
        m_fields.append(QStringLiteral("page %1: \u2018%2\u2019")
                            .arg(pageNumber)
                            .arg(field->fullyQualifiedName()));
        const std::unique_ptr<Poppler::Link> action = field->activationAction();
        if (action && action->linkType() == Poppler::Link::JavaScript)
            m_scripts.append(
                QStringLiteral("field \u2018%1\u2019").arg(field->fullyQualifiedName()));
    }
    return scanTextUnderBoxes(page, pageNumber);
}

Status PdfScanner::scanTextUnderBoxes(Poppler::Page &page, int pageNumber)
{
    const std::vector<std::unique_ptr<Poppler::TextBox>> words = page.textList();
    if (words.empty())
        return success();
    const double scale = m_limits.pdfRenderDpi / 72.0;
    const QSizeF pixels = page.pageSizeF() * scale;
    if (pixels.width() * pixels.height() > double(m_limits.maxPdfPagePixels))
        return Error::make(QStringLiteral("FILE-LIMIT-EXCEEDED"),
                           QStringLiteral("Page %1 measures %2 by %3 cm, too large for the scan "
                                          "to look for text under boxes. Check that the page "
                                          "size is right, or make the PDF again.")
                               .arg(pageNumber)
                               .arg(qRound(page.pageSizeF().width() * 2.54 / 72.0))
                               .arg(qRound(page.pageSizeF().height() * 2.54 / 72.0)));
    const QImage image = page.renderToImage(m_limits.pdfRenderDpi, m_limits.pdfRenderDpi)
                             .convertToFormat(QImage::Format_RGB32);
    if (image.isNull())
        return success();
    qint64 hidden = 0;
    QList<qint64> heights; // where on the page, in tenths from the top
    for (const std::unique_ptr<Poppler::TextBox> &word : words) {
        if (word->text().trimmed().isEmpty())
            continue;
        const QRectF box = word->boundingBox();
        // The middle of the word's box: its edges may touch a neighbour's ink.
        const QRectF inner(box.x() * scale + box.width() * scale * 0.15,
                           box.y() * scale + box.height() * scale * 0.2, box.width() * scale * 0.7,
                           box.height() * scale * 0.6);
        if (!areaIsFlat(image, inner))
            continue;
        ++hidden;
        heights.append(qint64(10.0 * box.center().y() / std::max(1.0, page.pageSizeF().height())));
    }
    if (hidden == 0)
        return success();
    const auto part = [](qint64 tenth) {
        return tenth < 3   ? QStringLiteral("top")
               : tenth < 7 ? QStringLiteral("middle")
                           : QStringLiteral("bottom");
    };
    QStringList parts;
    for (const qint64 tenth : std::as_const(heights))
        parts.append(part(tenth));
    m_findings.append(
        {QStringLiteral("PDF-TEXT-UNDER-BOX"),
         QStringLiteral("page %1, %2 (%3)")
             .arg(pageNumber)
             .arg(FindingText::count(hidden, QStringLiteral("word"), QStringLiteral("words")),
                  FindingText::names(parts, 3)),
         QStringLiteral("Text is still in the page but covered by a filled box or "
                        "drawn invisibly, so anyone can copy it out. Redact with a "
                        "tool that removes the text (and check the result), or "
                        "print to an image and release that.")});
    return success();
}

void PdfScanner::addCollected()
{
    if (!m_annotations.isEmpty())
        m_findings.append({QStringLiteral("PDF-ANNOTATIONS"), FindingText::names(m_annotations, 6),
                           QStringLiteral("Comments, notes and marks travel with the PDF and "
                                          "name their authors; a redaction mark not yet applied "
                                          "hides nothing. Apply or delete them, then flatten.")});
    if (!m_fields.isEmpty())
        m_findings.append({QStringLiteral("PDF-FORM-FIELDS"), FindingText::names(m_fields, 6),
                           QStringLiteral("Form fields keep their values, including any not "
                                          "shown. Flatten the form (print to a new PDF) before "
                                          "release.")});
    if (!m_scripts.isEmpty())
        m_findings.append({QStringLiteral("PDF-JAVASCRIPT"), FindingText::names(m_scripts, 6),
                           QStringLiteral("The PDF runs JavaScript, which a released document "
                                          "has no need of. Print it to a new PDF.")});
}

} // namespace foi::core
