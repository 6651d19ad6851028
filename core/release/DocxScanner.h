#pragma once

#include "core/release/OoxmlPackage.h"
#include "core/release/ReleaseFinding.h"
#include "core/release/ScanLimits.h"
#include "core/support/Result.h"

#include <QSet>
#include <QString>

namespace foi::core {

class ZipContainer;

// Looks through a .docx document for what Word's normal view does not show but the file still
// carries: tracked changes (insertions, deletions, moves, formatting changes, with their
// authors), comments, hidden text (w:vanish, directly or through a style), embedded objects,
// and the people named in the document properties. Findings name the paragraphs of the main
// text, header, footer, footnotes or endnotes concerned. Fails when the container or one of
// its parts cannot be read (FILE-UNREADABLE, FILE-LIMIT-EXCEEDED).
class DocxScanner
{
public:
    DocxScanner(ZipContainer &zip, const ScanLimits &limits);

    [[nodiscard]] Result<ReleaseFindings> scan();

private:
    [[nodiscard]] Status readHiddenStyles();
    [[nodiscard]] Status scanStory(const QString &part, const QString &label);
    [[nodiscard]] Status scanComments(const QString &part);

    ZipContainer &m_zip;
    const ScanLimits &m_limits;
    OoxmlPackage m_package;
    QSet<QString> m_hiddenStyles;
    ReleaseFindings m_findings;
    QStringList m_objectsInText;
};

} // namespace foi::core
