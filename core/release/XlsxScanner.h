#pragma once

#include "core/release/OoxmlPackage.h"
#include "core/release/ReleaseFinding.h"
#include "core/release/ScanLimits.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

namespace foi::core {

class ZipContainer;

// Looks through an .xlsx workbook for what an officer cannot see in Excel's normal view but a
// requester can recover: hidden and very hidden sheets, hidden rows and columns that hold data,
// cell comments, pivot caches (a full copy of the source data), external links and connections,
// a Power Pivot data model, embedded objects, hidden defined names, and the people named in
// the document properties. Every finding names the sheet and cells. Fails when the container or
// one of its parts cannot be read (FILE-UNREADABLE, FILE-LIMIT-EXCEEDED).
class XlsxScanner
{
public:
    XlsxScanner(ZipContainer &zip, const ScanLimits &limits);

    [[nodiscard]] Result<ReleaseFindings> scan();

private:
    struct Sheet
    {
        QString name;
        QString state; // "visible", "hidden", "veryHidden"
        QString part;
    };
    struct DefinedName
    {
        QString name;
        QString formula;
        bool hidden = false;
    };

    [[nodiscard]] Status readWorkbook(const QString &workbookPart);
    [[nodiscard]] Status scanSheet(const Sheet &sheet);
    [[nodiscard]] Status scanSheetData(const Sheet &sheet, const QByteArray &xml);
    [[nodiscard]] Status scanComments(const Sheet &sheet, const QString &part, bool threaded);
    [[nodiscard]] Status scanPivotCaches();
    [[nodiscard]] Status scanExternalData();
    void scanNames();
    void scanOtherParts();

    ZipContainer &m_zip;
    const ScanLimits &m_limits;
    OoxmlPackage m_package;
    QList<Sheet> m_sheets;
    QList<DefinedName> m_names;
    ReleaseFindings m_findings;
};

} // namespace foi::core
