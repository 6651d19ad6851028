#include "core/release/ReleaseScanner.h"

#include "core/release/CsvScanner.h"
#include "core/release/DocxScanner.h"
#include "core/release/OdfScanner.h"
#include "core/release/PdfScanner.h"
#include "core/release/XlsxScanner.h"
#include "core/release/ZipContainer.h"

#include <QFile>
#include <QFileInfo>

namespace foi::core {

namespace {

enum class FileKind { Xlsx, Docx, Ods, Odt, Pdf, Csv, Unknown };

FileKind kindOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return FileKind::Xlsx;
    if (suffix == QLatin1String("docx") || suffix == QLatin1String("docm"))
        return FileKind::Docx;
    if (suffix == QLatin1String("ods"))
        return FileKind::Ods;
    if (suffix == QLatin1String("odt"))
        return FileKind::Odt;
    if (suffix == QLatin1String("pdf"))
        return FileKind::Pdf;
    if (suffix == QLatin1String("csv"))
        return FileKind::Csv;
    return FileKind::Unknown;
}

ReleaseFindings asFindings(const Result<ReleaseFindings> &result, const QString &fileName)
{
    if (result.ok())
        return result.value();
    return {{result.error().code, QFileInfo(fileName).fileName(), result.error().message}};
}

using ZipScan = Result<ReleaseFindings> (*)(ZipContainer &, const ScanLimits &);

Result<ReleaseFindings> scanZip(const QByteArray &content, const ScanLimits &limits, ZipScan scan)
{
    if (!content.startsWith("PK\x03\x04"))
        return Error::make(QStringLiteral("FILE-UNREADABLE"),
                           QStringLiteral("The file's name says it is an office document but its "
                                          "content is not one (it is not a zip container). "
                                          "Check what the file really is before releasing it."));
    Result<std::unique_ptr<ZipContainer>> zip = ZipContainer::open(content, limits);
    if (!zip.ok())
        return zip.error();
    return scan(*zip.value(), limits);
}

Result<ReleaseFindings> scanXlsx(ZipContainer &zip, const ScanLimits &limits)
{
    return XlsxScanner(zip, limits).scan();
}

Result<ReleaseFindings> scanDocx(ZipContainer &zip, const ScanLimits &limits)
{
    return DocxScanner(zip, limits).scan();
}

Result<ReleaseFindings> scanOds(ZipContainer &zip, const ScanLimits &limits)
{
    return OdfScanner(zip, limits, OdfScanner::Kind::Spreadsheet).scan();
}

Result<ReleaseFindings> scanOdt(ZipContainer &zip, const ScanLimits &limits)
{
    return OdfScanner(zip, limits, OdfScanner::Kind::Text).scan();
}

} // namespace

ReleaseScanner::ReleaseScanner(ScanLimits limits)
    : m_limits(limits)
{}

QStringList ReleaseScanner::supportedExtensions()
{
    return {QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("docx"),
            QStringLiteral("docm"), QStringLiteral("ods"),  QStringLiteral("odt"),
            QStringLiteral("pdf"),  QStringLiteral("csv")};
}

const QStringList &ReleaseScanner::knownCodes()
{
    static const QStringList codes{
        u"XLSX-HIDDEN-SHEET"_qs,   u"XLSX-VERY-HIDDEN-SHEET"_qs, u"XLSX-HIDDEN-ROWS"_qs,
        u"XLSX-HIDDEN-COLUMNS"_qs, u"XLSX-COMMENTS"_qs,          u"XLSX-PIVOT-CACHE"_qs,
        u"XLSX-EXTERNAL-DATA"_qs,  u"XLSX-DATA-MODEL"_qs,        u"XLSX-EMBEDDED-OBJECT"_qs,
        u"XLSX-HIDDEN-NAME"_qs,    u"DOC-TRACKED-CHANGES"_qs,    u"DOC-COMMENTS"_qs,
        u"DOC-HIDDEN-TEXT"_qs,     u"DOC-EMBEDDED-OBJECT"_qs,    u"ODS-HIDDEN-SHEET"_qs,
        u"ODS-HIDDEN-ROWS"_qs,     u"ODS-HIDDEN-COLUMNS"_qs,     u"ODS-COMMENTS"_qs,
        u"ODS-PIVOT-TABLE"_qs,     u"ODS-EXTERNAL-DATA"_qs,      u"ODS-EMBEDDED-OBJECT"_qs,
        u"ODS-TRACKED-CHANGES"_qs, u"ODS-HIDDEN-TEXT"_qs,        u"ODT-TRACKED-CHANGES"_qs,
        u"ODT-COMMENTS"_qs,        u"ODT-HIDDEN-TEXT"_qs,        u"ODT-EXTERNAL-DATA"_qs,
        u"ODT-EMBEDDED-OBJECT"_qs, u"ODT-HIDDEN-SHEET"_qs,       u"ODT-HIDDEN-ROWS"_qs,
        u"ODT-HIDDEN-COLUMNS"_qs,  u"ODT-PIVOT-TABLE"_qs,        u"META-AUTHOR"_qs,
        u"PDF-METADATA"_qs,        u"PDF-ANNOTATIONS"_qs,        u"PDF-ATTACHMENTS"_qs,
        u"PDF-FORM-FIELDS"_qs,     u"PDF-JAVASCRIPT"_qs,         u"PDF-TEXT-UNDER-BOX"_qs,
        u"CSV-PERSONAL-DATA"_qs,   u"FILE-UNCHECKED-TYPE"_qs,    u"FILE-UNREADABLE"_qs,
        u"FILE-LIMIT-EXCEEDED"_qs};
    return codes;
}

Result<ReleaseFindings> ReleaseScanner::scan(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("FILE-UNREADABLE"),
                           QStringLiteral("%1 cannot be opened: %2. Check the file's name and "
                                          "that you may read it.")
                               .arg(path, file.errorString()));
    if (file.size() > m_limits.maxFileBytes)
        return ReleaseFindings{{QStringLiteral("FILE-LIMIT-EXCEEDED"), QFileInfo(path).fileName(),
                                QStringLiteral("The file is larger than %1 MB, the most the scan "
                                               "reads. Split it into smaller files.")
                                    .arg(m_limits.maxFileBytes / (1024 * 1024))}};
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::make(QStringLiteral("FILE-UNREADABLE"),
                           QStringLiteral("%1 cannot be read: %2.").arg(path, file.errorString()));
    return scanData(content, path);
}

ReleaseFindings ReleaseScanner::scanData(const QByteArray &content, const QString &fileName) const
{
    if (content.size() > m_limits.maxFileBytes)
        return {{QStringLiteral("FILE-LIMIT-EXCEEDED"), QFileInfo(fileName).fileName(),
                 QStringLiteral("The file is larger than %1 MB, the most the scan reads. Split "
                                "it into smaller files.")
                     .arg(m_limits.maxFileBytes / (1024 * 1024))}};
    switch (kindOf(fileName)) {
    case FileKind::Xlsx:
        return asFindings(scanZip(content, m_limits, scanXlsx), fileName);
    case FileKind::Docx:
        return asFindings(scanZip(content, m_limits, scanDocx), fileName);
    case FileKind::Ods:
        return asFindings(scanZip(content, m_limits, scanOds), fileName);
    case FileKind::Odt:
        return asFindings(scanZip(content, m_limits, scanOdt), fileName);
    case FileKind::Pdf:
        return asFindings(PdfScanner(content, m_limits).scan(), fileName);
    case FileKind::Csv:
        return asFindings(CsvScanner(content, m_limits).scan(), fileName);
    case FileKind::Unknown:
        break;
    }
    return {{QStringLiteral("FILE-UNCHECKED-TYPE"), QFileInfo(fileName).fileName(),
             QStringLiteral("The scan cannot read this type of file, so it may hide data or "
                            "metadata nobody has seen. Release it as PDF or CSV, or check it by "
                            "hand and record that you did and why it is safe.")}};
}

} // namespace foi::core
