#pragma once

#include "core/release/ReleaseFinding.h"
#include "core/release/ScanLimits.h"
#include "core/support/Result.h"

#include <QByteArray>

namespace Poppler {
class Document;
class Page;
} // namespace Poppler

namespace foi::core {

// Looks through a PDF, read with Poppler, for what travels with the pages but is not printed
// on them: the people named in the document information and XMP metadata, annotations
// (comments, sticky notes, unapplied redaction marks), attached files, form fields, JavaScript,
// and text that is present but cannot be seen: drawn under a filled box (the classic failed
// redaction) or drawn invisibly. That last check renders each page and compares the area of
// every word with what is painted there: a word whose area is one flat colour is hidden.
// Fails with FILE-UNREADABLE (damaged, password-protected) or FILE-LIMIT-EXCEEDED (more pages
// than the limit).
class PdfScanner
{
public:
    PdfScanner(const QByteArray &content, const ScanLimits &limits);

    [[nodiscard]] Result<ReleaseFindings> scan();

private:
    void scanMetadata(Poppler::Document &document);
    void scanAttachmentsAndScripts(Poppler::Document &document);
    [[nodiscard]] Status scanPage(Poppler::Page &page, int pageNumber);
    [[nodiscard]] Status scanTextUnderBoxes(Poppler::Page &page, int pageNumber);
    void addCollected();

    const QByteArray &m_content;
    const ScanLimits &m_limits;
    ReleaseFindings m_findings;
    QStringList m_annotations;
    QStringList m_fields;
    QStringList m_scripts;
};

} // namespace foi::core
