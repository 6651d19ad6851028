#include "core/release/XlsxScanner.h"

#include "core/release/FindingText.h"
#include "core/release/HiddenColumns.h"
#include "core/release/PartReader.h"
#include "core/release/ZipContainer.h"

#include <QHash>
#include <QSet>

namespace foi::core {

namespace {

QString sheetLabel(const QString &name)
{
    return QStringLiteral("sheet \u2018%1\u2019").arg(name);
}

QString rowLabel(qint64 row)
{
    return QString::number(row);
}

// Where data sits in a worksheet: the rows that hold any, and per column how many cells.
struct SheetContent
{
    QList<qint64> hiddenRowsWithData;
    qint64 rowsWithData = 0;
    HiddenColumns hiddenColumns;
};

} // namespace

XlsxScanner::XlsxScanner(ZipContainer &zip, const ScanLimits &limits)
    : m_zip(zip)
    , m_limits(limits)
    , m_package(zip, limits)
{}

Result<ReleaseFindings> XlsxScanner::scan()
{
    const Result<QString> workbook = m_package.mainPart();
    if (!workbook.ok())
        return workbook.error();
    if (Status status = readWorkbook(workbook.value()); !status.ok())
        return status.error();
    QSet<QString> scanned; // a damaged workbook may name one part for many sheets
    for (const Sheet &sheet : std::as_const(m_sheets)) {
        if (!sheet.part.isEmpty() && scanned.contains(sheet.part))
            continue;
        scanned.insert(sheet.part);
        if (Status status = scanSheet(sheet); !status.ok())
            return status.error();
    }
    scanNames();
    if (Status status = scanPivotCaches(); !status.ok())
        return status.error();
    if (Status status = scanExternalData(); !status.ok())
        return status.error();
    scanOtherParts();
    const Result<ReleaseFindings> metadata = m_package.metadataFindings();
    if (!metadata.ok())
        return metadata.error();
    m_findings.append(metadata.value());
    return m_findings;
}

Status XlsxScanner::readWorkbook(const QString &workbookPart)
{
    const Result<QList<OoxmlPackage::Relationship>> rels = m_package.relationships(workbookPart);
    if (!rels.ok())
        return rels.error();
    QHash<QString, QString> partById;
    for (const OoxmlPackage::Relationship &relationship : rels.value())
        partById.insert(relationship.id, relationship.target);
    const Result<QByteArray> bytes = m_zip.read(workbookPart);
    if (!bytes.ok())
        return bytes.error();
    PartReader reader(bytes.value(), workbookPart, m_limits.maxXmlDepth);
    while (reader.next()) {
        if (reader.isStart(QLatin1StringView("sheet"))) {
            QString state = reader.attribute(QLatin1StringView("state"));
            m_sheets.append({reader.attribute(QLatin1StringView("name")),
                             state.isEmpty() ? QStringLiteral("visible") : state,
                             partById.value(reader.attribute(QLatin1StringView("id")))});
        } else if (reader.isStart(QLatin1StringView("definedName"))) {
            DefinedName name;
            name.name = reader.attribute(QLatin1StringView("name"));
            name.hidden = isTrueAttribute(reader.attribute(QLatin1StringView("hidden")));
            name.formula = reader.elementText().trimmed();
            m_names.append(name);
        }
    }
    return reader.status();
}

Status XlsxScanner::scanSheet(const Sheet &sheet)
{
    if (sheet.part.isEmpty() || !m_zip.contains(sheet.part)) {
        if (sheet.state != QLatin1String("visible"))
            m_findings.append({sheet.state == QLatin1String("veryHidden")
                                   ? QStringLiteral("XLSX-VERY-HIDDEN-SHEET")
                                   : QStringLiteral("XLSX-HIDDEN-SHEET"),
                               sheetLabel(sheet.name),
                               QStringLiteral("The workbook lists a hidden sheet. Delete it, "
                                              "or release the visible data as CSV.")});
        return success();
    }
    const Result<QByteArray> bytes = m_zip.read(sheet.part);
    if (!bytes.ok())
        return bytes.error();
    if (Status status = scanSheetData(sheet, bytes.value()); !status.ok())
        return status;
    const Result<QList<OoxmlPackage::Relationship>> rels = m_package.relationships(sheet.part);
    if (!rels.ok())
        return rels.error();
    for (const OoxmlPackage::Relationship &relationship : rels.value()) {
        const bool threaded = relationship.type == QLatin1String("threadedComment");
        if ((relationship.type == QLatin1String("comments") || threaded) &&
            !relationship.external && m_zip.contains(relationship.target))
            if (Status status = scanComments(sheet, relationship.target, threaded); !status.ok())
                return status;
    }
    return success();
}

namespace {

void readRow(PartReader &reader, qint64 row, SheetContent &content, bool rowHidden)
{
    bool rowHasData = false;
    qint64 column = 0;
    bool cellHasData = false;
    while (reader.next()) {
        if (reader.isEnd(QLatin1StringView("row")))
            break;
        if (reader.isStart(QLatin1StringView("c"))) {
            const qint64 named =
                FindingText::columnOfCell(reader.attribute(QLatin1StringView("r")));
            column = named > 0 ? named : column + 1;
            cellHasData = false;
        } else if (reader.isStart(QLatin1StringView("v")) ||
                   reader.isStart(QLatin1StringView("f")) ||
                   reader.isStart(QLatin1StringView("is"))) {
            cellHasData = cellHasData || !reader.elementText().trimmed().isEmpty();
        } else if (reader.isEnd(QLatin1StringView("c")) && cellHasData) {
            rowHasData = true;
            content.hiddenColumns.cellsHaveData(column, column);
        }
    }
    if (rowHasData) {
        ++content.rowsWithData;
        if (rowHidden)
            content.hiddenRowsWithData.append(row);
    }
}

} // namespace

Status XlsxScanner::scanSheetData(const Sheet &sheet, const QByteArray &xml)
{
    SheetContent content;
    PartReader reader(xml, sheet.part, m_limits.maxXmlDepth);
    qint64 row = 0;
    while (reader.next()) {
        if (reader.isStart(QLatin1StringView("col"))) {
            if (isTrueAttribute(reader.attribute(QLatin1StringView("hidden"))))
                content.hiddenColumns.hide(reader.attribute(QLatin1StringView("min")).toLongLong(),
                                           reader.attribute(QLatin1StringView("max")).toLongLong());
        } else if (reader.isStart(QLatin1StringView("row"))) {
            const qint64 named = reader.attribute(QLatin1StringView("r")).toLongLong();
            row = named > 0 ? named : row + 1;
            readRow(reader, row, content,
                    isTrueAttribute(reader.attribute(QLatin1StringView("hidden"))));
        }
    }
    if (Status status = reader.status(); !status.ok())
        return status;

    if (sheet.state != QLatin1String("visible")) {
        const bool veryHidden = sheet.state == QLatin1String("veryHidden");
        m_findings.append(
            {veryHidden ? QStringLiteral("XLSX-VERY-HIDDEN-SHEET")
                        : QStringLiteral("XLSX-HIDDEN-SHEET"),
             sheetLabel(sheet.name) + QStringLiteral(", ") +
                 FindingText::count(content.rowsWithData, QStringLiteral("row"),
                                    QStringLiteral("rows")) +
                 QStringLiteral(" with data"),
             veryHidden ? QStringLiteral("The sheet is \u2018very hidden\u2019: Excel's Unhide "
                                         "does not even list it, yet anyone can read it. Delete "
                                         "the sheet, or release the visible data as CSV.")
                        : QStringLiteral("The sheet is hidden but anyone can unhide it. Delete "
                                         "the sheet, or release the visible data as CSV.")});
        return success(); // its hidden rows and columns go with it
    }
    if (!content.hiddenRowsWithData.isEmpty())
        m_findings.append({QStringLiteral("XLSX-HIDDEN-ROWS"),
                           sheetLabel(sheet.name) + QStringLiteral(", ") +
                               FindingText::noun(content.hiddenRowsWithData, QStringLiteral("row"),
                                                 QStringLiteral("rows")) +
                               u' ' + FindingText::ranges(content.hiddenRowsWithData, rowLabel),
                           QStringLiteral("Hidden rows hold data. Delete the rows (unhiding "
                                          "them is not enough if they must not go), or release "
                                          "the visible data as CSV.")});
    const QList<qint64> hiddenColumnsWithData = content.hiddenColumns.withData();
    if (!hiddenColumnsWithData.isEmpty())
        m_findings.append({QStringLiteral("XLSX-HIDDEN-COLUMNS"),
                           sheetLabel(sheet.name) + QStringLiteral(", ") +
                               FindingText::noun(hiddenColumnsWithData, QStringLiteral("column"),
                                                 QStringLiteral("columns")) +
                               u' ' +
                               FindingText::ranges(hiddenColumnsWithData, FindingText::columnName),
                           QStringLiteral("Hidden columns hold data. Delete the columns, or "
                                          "release the visible data as CSV.")});
    return success();
}

Status XlsxScanner::scanComments(const Sheet &sheet, const QString &part, bool threaded)
{
    const Result<QByteArray> bytes = m_zip.read(part);
    if (!bytes.ok())
        return bytes.error();
    PartReader reader(bytes.value(), part, m_limits.maxXmlDepth);
    QStringList cells;
    QStringList authors;
    const QLatin1StringView element =
        threaded ? QLatin1StringView("threadedComment") : QLatin1StringView("comment");
    while (reader.next()) {
        if (reader.isStart(element))
            cells.append(reader.attribute(QLatin1StringView("ref")));
        else if (reader.isStart(QLatin1StringView("author")))
            authors.append(reader.elementText().trimmed());
    }
    if (Status status = reader.status(); !status.ok())
        return status;
    if (cells.isEmpty())
        return success();
    QString location =
        sheetLabel(sheet.name) + QStringLiteral(", ") +
        FindingText::count(cells.size(), QStringLiteral("comment"), QStringLiteral("comments")) +
        QStringLiteral(" at ") + FindingText::names(cells, 8);
    if (!authors.isEmpty())
        location += QStringLiteral(" by ") + FindingText::names(authors);
    m_findings.append({QStringLiteral("XLSX-COMMENTS"), location,
                       QStringLiteral("Cell comments and notes travel with the file and name "
                                      "their authors. Delete them (Review \u25b8 Delete) "
                                      "before release.")});
    return success();
}

void XlsxScanner::scanNames()
{
    QSet<QString> hiddenSheets;
    for (const Sheet &sheet : std::as_const(m_sheets))
        if (sheet.state != QLatin1String("visible"))
            hiddenSheets.insert(sheet.name);
    for (const DefinedName &name : std::as_const(m_names)) {
        // Excel hides the name behind every autofilter; the filter itself is not hidden data.
        if (name.name == QLatin1String("_xlnm._FilterDatabase"))
            continue;
        QString sheet = name.formula.section(QLatin1Char('!'), 0, 0);
        if (sheet.startsWith(QLatin1Char('=')))
            sheet = sheet.mid(1);
        if (sheet.size() >= 2 && sheet.startsWith(QLatin1Char('\'')) &&
            sheet.endsWith(QLatin1Char('\'')))
            sheet =
                sheet.mid(1, sheet.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
        const bool pointsAtHiddenSheet =
            name.formula.contains(QLatin1Char('!')) && hiddenSheets.contains(sheet);
        if (!name.hidden && !pointsAtHiddenSheet)
            continue;
        m_findings.append(
            {QStringLiteral("XLSX-HIDDEN-NAME"),
             QStringLiteral("defined name \u2018%1\u2019 = %2").arg(name.name, name.formula),
             pointsAtHiddenSheet
                 ? QStringLiteral("A defined name points into a hidden sheet, so the "
                                  "hidden data can be reached by name. Delete the "
                                  "name and the sheet.")
                 : QStringLiteral("A hidden defined name is not shown in Excel's "
                                  "Name Manager. Delete it, or release the data "
                                  "as CSV.")});
    }
}

Status XlsxScanner::scanPivotCaches()
{
    for (const QString &part : m_zip.entriesUnder(QStringLiteral("xl/pivotCache/"))) {
        if (!part.section(QLatin1Char('/'), -1).startsWith(QLatin1String("pivotCacheDefinition")))
            continue;
        const Result<QByteArray> bytes = m_zip.read(part);
        if (!bytes.ok())
            return bytes.error();
        PartReader reader(bytes.value(), part, m_limits.maxXmlDepth);
        QString records;
        QString source;
        while (reader.next()) {
            if (reader.isStart(QLatin1StringView("pivotCacheDefinition")))
                records = reader.attribute(QLatin1StringView("recordCount"));
            else if (reader.isStart(QLatin1StringView("worksheetSource")))
                source = QStringLiteral("\u2018%1\u2019!%2")
                             .arg(reader.attribute(QLatin1StringView("sheet")),
                                  reader.attribute(QLatin1StringView("ref")));
        }
        if (Status status = reader.status(); !status.ok())
            return status;
        QString location = QStringLiteral("pivot cache %1").arg(part.section(QLatin1Char('/'), -1));
        if (!source.isEmpty())
            location += QStringLiteral(", a copy of ") + source;
        if (!records.isEmpty())
            location += QStringLiteral(" (%1 records)").arg(records);
        m_findings.append({QStringLiteral("XLSX-PIVOT-CACHE"), location,
                           QStringLiteral("A pivot table keeps a full copy of its source data "
                                          "inside the file; a double-click on a total shows it. "
                                          "Paste the pivot table's values into a new workbook "
                                          "or release them as CSV.")});
    }
    return success();
}

Status XlsxScanner::scanExternalData()
{
    for (const QString &part : m_zip.entriesUnder(QStringLiteral("xl/externalLinks/"))) {
        if (part.contains(QLatin1String("/_rels/")))
            continue;
        const Result<QList<OoxmlPackage::Relationship>> rels = m_package.relationships(part);
        if (!rels.ok())
            return rels.error();
        QStringList targets;
        for (const OoxmlPackage::Relationship &relationship : rels.value())
            targets.append(relationship.target);
        m_findings.append(
            {QStringLiteral("XLSX-EXTERNAL-DATA"),
             QStringLiteral("external link %1%2")
                 .arg(part.section(QLatin1Char('/'), -1),
                      targets.isEmpty() ? QString()
                                        : QStringLiteral(" to ") + FindingText::names(targets)),
             QStringLiteral("The workbook links to another file and keeps a copy "
                            "of the values it uses from it, and the link names the "
                            "file's location. Break the links (Data \u25b8 Edit "
                            "Links \u25b8 Break Link) before release.")});
    }
    QStringList connections;
    for (const QString &part : m_zip.entryNames())
        if (part == QLatin1String("xl/connections.xml") ||
            part.startsWith(QLatin1String("xl/queryTables/")))
            connections.append(part);
    if (!connections.isEmpty())
        m_findings.append({QStringLiteral("XLSX-EXTERNAL-DATA"),
                           QStringLiteral("data connections: ") + FindingText::names(connections),
                           QStringLiteral("The workbook holds data connections or query tables "
                                          "that name databases or files and may keep their "
                                          "results. Remove the connections (Data \u25b8 Queries "
                                          "& Connections) before release.")});
    return success();
}

void XlsxScanner::scanOtherParts()
{
    const QStringList model = m_zip.entriesUnder(QStringLiteral("xl/model/"));
    if (!model.isEmpty())
        m_findings.append({QStringLiteral("XLSX-DATA-MODEL"),
                           QStringLiteral("data model: ") + FindingText::names(model),
                           QStringLiteral("The workbook carries a Power Pivot data model, a "
                                          "whole database of the source data. Release the "
                                          "figures as CSV instead.")});
    const QStringList embedded = m_zip.entriesUnder(QStringLiteral("xl/embeddings/"));
    if (!embedded.isEmpty())
        m_findings.append({QStringLiteral("XLSX-EMBEDDED-OBJECT"),
                           QStringLiteral("embedded: ") + FindingText::names(embedded),
                           QStringLiteral("Other documents are embedded in the workbook, each "
                                          "with its own content and metadata. Delete them or "
                                          "check each one before release.")});
}

} // namespace foi::core
