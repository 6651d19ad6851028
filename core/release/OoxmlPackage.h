#pragma once

#include "core/release/ReleaseFinding.h"
#include "core/release/ScanLimits.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

namespace foi::core {

class ZipContainer;

// The parts of an Office Open XML package (.xlsx, .docx) that every format shares: the
// relationships that tie parts together (ECMA-376 Part 2, Open Packaging Conventions) and the
// document properties in docProps/. Fails with the ZipContainer's and PartReader's errors.
class OoxmlPackage
{
public:
    struct Relationship
    {
        QString id;
        QString type;   // the last segment of the type URI: "worksheet", "comments", ...
        QString target; // the part name inside the package, or the URI when external
        bool external = false;
    };

    OoxmlPackage(ZipContainer &zip, const ScanLimits &limits);

    // The relationships of `partName` ("" for the package itself). A part without a
    // relationships part has none.
    [[nodiscard]] Result<QList<Relationship>> relationships(const QString &partName) const;

    // The target of the package's officeDocument relationship (xl/workbook.xml, word/document.xml).
    [[nodiscard]] Result<QString> mainPart() const;

    // META-AUTHOR for the people named in docProps/core.xml (creator, lastModifiedBy) and
    // docProps/app.xml (Manager, Company).
    [[nodiscard]] Result<ReleaseFindings> metadataFindings() const;

    static QString resolve(const QString &sourcePart, const QString &target);

private:
    [[nodiscard]] Status collectNames(const QString &part, const QStringList &elements,
                                      QStringList &names) const;

    ZipContainer &m_zip;
    const ScanLimits &m_limits;
};

} // namespace foi::core
