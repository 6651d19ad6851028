#include "core/release/OdfScanner.h"

#include "core/release/FindingText.h"
#include "core/release/PartReader.h"
#include "core/release/ZipContainer.h"

namespace foi::core {

namespace {

QString rowLabel(qint64 row)
{
    return QString::number(row);
}

constexpr qsizetype maxListedRows = 1'048'576;

bool isHiddenVisibility(const QString &visibility)
{
    return visibility == QLatin1String("collapse") || visibility == QLatin1String("filter");
}

qint64 repeatOf(PartReader &reader, QLatin1StringView attribute)
{
    const qint64 repeat = reader.attribute(attribute).toLongLong();
    return repeat > 0 ? std::min<qint64>(repeat, 1'048'576) : 1;
}

} // namespace

OdfScanner::OdfScanner(ZipContainer &zip, const ScanLimits &limits, Kind kind)
    : m_zip(zip)
    , m_limits(limits)
    , m_kind(kind)
{}

QString OdfScanner::code(const char *suffix) const
{
    return (m_kind == Kind::Spreadsheet ? QStringLiteral("ODS-") : QStringLiteral("ODT-")) +
           QLatin1String(suffix);
}

Result<ReleaseFindings> OdfScanner::scan()
{
    if (!m_zip.contains(QStringLiteral("content.xml")))
        return Error::make(QStringLiteral("FILE-UNREADABLE"),
                           QStringLiteral("The file has no content.xml, so it is damaged or not "
                                          "an OpenDocument file. Save it again from the "
                                          "application that made it."));
    if (Status status = scanContent(); !status.ok())
        return status.error();
    addTextFindings();
    if (Status status = scanMeta(); !status.ok())
        return status.error();
    return m_findings;
}

void OdfScanner::readStyle(PartReader &reader, QString &currentStyle)
{
    if (reader.isStart(QLatin1StringView("style"))) {
        currentStyle = reader.attribute(QLatin1StringView("name"));
    } else if (reader.isStart(QLatin1StringView("table-properties"))) {
        if (reader.attribute(QLatin1StringView("display")) == QLatin1String("false"))
            m_hiddenTableStyles.insert(currentStyle);
    } else if (reader.isStart(QLatin1StringView("text-properties"))) {
        if (reader.attribute(QLatin1StringView("display")) == QLatin1String("none"))
            m_hiddenTextStyles.insert(currentStyle);
    }
}

void OdfScanner::startTable(PartReader &reader)
{
    Table table;
    table.name = reader.attribute(QLatin1StringView("name"));
    table.hidden = m_hiddenTableStyles.contains(reader.attribute(QLatin1StringView("style-name")));
    m_tables.append(table);
}

void OdfScanner::readCell(PartReader &reader)
{
    Table &table = m_tables.last();
    const qint64 repeat = repeatOf(reader, QLatin1StringView("number-columns-repeated"));
    const bool hasValue = !reader.attribute(QLatin1StringView("value-type")).isEmpty() ||
                          !reader.attribute(QLatin1StringView("formula")).isEmpty();
    const qint64 first = table.column + 1;
    table.column += repeat;
    if (!hasValue)
        return;
    table.rowHasData = true;
    table.hiddenColumns.cellsHaveData(first, table.column);
}

void OdfScanner::endRow()
{
    Table &table = m_tables.last();
    const qint64 first = table.row + 1;
    table.row += table.rowRepeat;
    if (!table.rowHasData)
        return;
    table.rowsWithData += table.rowRepeat;
    // Rows are listed one by one for the location; past a sheet's height they add nothing.
    if (table.rowHidden)
        for (qint64 r = first;
             r < first + table.rowRepeat && table.hiddenRowsWithData.size() < maxListedRows; ++r)
            table.hiddenRowsWithData.append(r);
}

void OdfScanner::endTable()
{
    const Table table = m_tables.takeLast();
    const QString where = (m_kind == Kind::Spreadsheet ? QStringLiteral("sheet \u2018%1\u2019")
                                                       : QStringLiteral("table \u2018%1\u2019"))
                              .arg(table.name);
    if (table.hidden) {
        m_findings.append({code("HIDDEN-SHEET"),
                           where + QStringLiteral(", ") +
                               FindingText::count(table.rowsWithData, QStringLiteral("row"),
                                                  QStringLiteral("rows")) +
                               QStringLiteral(" with data"),
                           QStringLiteral("The sheet is hidden but anyone can show it again. "
                                          "Delete the sheet, or release the visible data as "
                                          "CSV.")});
        return;
    }
    if (!table.hiddenRowsWithData.isEmpty())
        m_findings.append({code("HIDDEN-ROWS"),
                           where + QStringLiteral(", ") +
                               FindingText::noun(table.hiddenRowsWithData, QStringLiteral("row"),
                                                 QStringLiteral("rows")) +
                               u' ' + FindingText::ranges(table.hiddenRowsWithData, rowLabel),
                           QStringLiteral("Hidden or filtered-out rows hold data. Delete the "
                                          "rows, or release the visible data as CSV.")});
    const QList<qint64> hiddenColumns = table.hiddenColumns.withData();
    if (!hiddenColumns.isEmpty())
        m_findings.append({code("HIDDEN-COLUMNS"),
                           where + QStringLiteral(", ") +
                               FindingText::noun(hiddenColumns, QStringLiteral("column"),
                                                 QStringLiteral("columns")) +
                               u' ' + FindingText::ranges(hiddenColumns, FindingText::columnName),
                           QStringLiteral("Hidden columns hold data. Delete the columns, or "
                                          "release the visible data as CSV.")});
}

Status OdfScanner::scanContent()
{
    const QString part = QStringLiteral("content.xml");
    const Result<QByteArray> bytes = m_zip.read(part);
    if (!bytes.ok())
        return bytes.error();
    PartReader reader(bytes.value(), part, m_limits.maxXmlDepth);
    QString style;
    int hiddenSpanDepth = 0; // depth of the hidden element whose text is being collected
    QString hiddenText;
    bool inChanges = false;
    bool inAnnotation = false;
    while (reader.next()) {
        QXmlStreamReader &xml = reader.xml();
        if (hiddenSpanDepth > 0 && xml.isCharacters()) {
            hiddenText += xml.text();
            continue;
        }
        if (xml.isEndElement()) {
            if (reader.depth() + 1 == hiddenSpanDepth) {
                hiddenSpanDepth = 0;
                if (!hiddenText.trimmed().isEmpty()) {
                    m_hiddenTextParagraphs.append(std::max<qint64>(m_paragraph, 1));
                    m_hiddenSamples.append(hiddenText.trimmed().left(40));
                }
                hiddenText.clear();
            } else if (reader.isEnd(QLatin1StringView("tracked-changes"))) {
                inChanges = false;
            } else if (reader.isEnd(QLatin1StringView("annotation"))) {
                inAnnotation = false;
            } else if (reader.isEnd(QLatin1StringView("table")) && !m_tables.isEmpty()) {
                endTable();
            } else if (reader.isEnd(QLatin1StringView("table-row")) && !m_tables.isEmpty()) {
                endRow();
            }
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        readStyle(reader, style);
        if (name == QLatin1String("p") || name == QLatin1String("h")) {
            if (!inChanges && !inAnnotation)
                ++m_paragraph;
        } else if (name == QLatin1String("table") && xml.namespaceUri().endsWith(u"table:1.0")) {
            startTable(reader);
        } else if (name == QLatin1String("table-column") && !m_tables.isEmpty()) {
            Table &table = m_tables.last();
            const qint64 repeat = repeatOf(reader, QLatin1StringView("number-columns-repeated"));
            if (isHiddenVisibility(reader.attribute(QLatin1StringView("visibility"))))
                table.hiddenColumns.hide(table.column + 1, table.column + repeat);
            table.column += repeat;
        } else if (name == QLatin1String("table-row") && !m_tables.isEmpty()) {
            Table &table = m_tables.last();
            table.column = 0;
            table.rowHasData = false;
            table.rowRepeat = repeatOf(reader, QLatin1StringView("number-rows-repeated"));
            table.rowHidden = isHiddenVisibility(reader.attribute(QLatin1StringView("visibility")));
        } else if ((name == QLatin1String("table-cell") ||
                    name == QLatin1String("covered-table-cell")) &&
                   !m_tables.isEmpty()) {
            readCell(reader);
        } else if (name == QLatin1String("changed-region")) {
            ++m_changes;
        } else if (name == QLatin1String("tracked-changes")) {
            inChanges = true;
        } else if (name == QLatin1String("creator") && (inChanges || inAnnotation)) {
            (inChanges ? m_changeAuthors : m_annotationAuthors)
                .append(reader.elementText().trimmed());
        } else if (name == QLatin1String("annotation")) {
            inAnnotation = true;
            ++m_annotations;
            if (!m_tables.isEmpty())
                m_annotationPlaces.append(
                    QStringLiteral("\u2018%1\u2019!%2%3")
                        .arg(m_tables.last().name,
                             FindingText::columnName(std::max<qint64>(1, m_tables.last().column)))
                        .arg(m_tables.last().row + 1));
            else
                m_annotationPlaces.append(
                    QStringLiteral("paragraph %1").arg(std::max<qint64>(m_paragraph, 1)));
        } else if (name == QLatin1String("span") &&
                   m_hiddenTextStyles.contains(reader.attribute(QLatin1StringView("style-name")))) {
            hiddenSpanDepth = reader.depth();
        } else if (name == QLatin1String("section") &&
                   reader.attribute(QLatin1StringView("display")) == QLatin1String("none")) {
            hiddenSpanDepth = reader.depth();
        } else if (name == QLatin1String("hidden-text") ||
                   name == QLatin1String("hidden-paragraph")) {
            const QString value = reader.attribute(QLatin1StringView("string-value"));
            m_hiddenTextParagraphs.append(std::max<qint64>(m_paragraph, 1));
            m_hiddenSamples.append(value.isEmpty() ? QStringLiteral("(a hidden paragraph)")
                                                   : value.trimmed().left(40));
        } else if (name == QLatin1String("object") || name == QLatin1String("object-ole")) {
            const QString target = reader.attribute(QLatin1StringView("href"));
            m_objects.append(target.isEmpty() ? QStringLiteral("an object") : target);
        } else if (name == QLatin1String("data-pilot-table")) {
            ++m_pivotTables;
        } else if (name == QLatin1String("table-source") || name == QLatin1String("dde-link") ||
                   name == QLatin1String("database-source-sql") ||
                   name == QLatin1String("database-source-table") ||
                   name == QLatin1String("database-source-query")) {
            const QString source = reader.attribute(QLatin1StringView("href")) +
                                   reader.attribute(QLatin1StringView("database-name"));
            m_external.append(source.isEmpty() ? name : source);
        }
    }
    return reader.status();
}

void OdfScanner::addTextFindings()
{
    const auto number = [](qint64 n) {
        return QString::number(n);
    };
    if (m_changes > 0) {
        QString location = FindingText::count(m_changes, QStringLiteral("tracked change"),
                                              QStringLiteral("tracked changes"));
        if (!FindingText::names(m_changeAuthors).isEmpty())
            location += QStringLiteral(" by ") + FindingText::names(m_changeAuthors);
        m_findings.append({code("TRACKED-CHANGES"), location,
                           QStringLiteral("Recorded changes keep deleted text and the names of "
                                          "those who edited. Accept or reject them all (Edit "
                                          "\u25b8 Track Changes \u25b8 Manage) and save before "
                                          "release.")});
    }
    if (m_annotations > 0) {
        QString location = FindingText::count(m_annotations, QStringLiteral("comment"),
                                              QStringLiteral("comments")) +
                           QStringLiteral(" at ") + FindingText::names(m_annotationPlaces);
        if (!FindingText::names(m_annotationAuthors).isEmpty())
            location += QStringLiteral(" by ") + FindingText::names(m_annotationAuthors);
        m_findings.append({code("COMMENTS"), location,
                           QStringLiteral("Comments travel with the file and name their "
                                          "authors. Delete them all before release.")});
    }
    if (!m_hiddenTextParagraphs.isEmpty())
        m_findings.append(
            {code("HIDDEN-TEXT"),
             QStringLiteral("%1 %2: \u201c%3\u201d")
                 .arg(FindingText::noun(m_hiddenTextParagraphs, QStringLiteral("paragraph"),
                                        QStringLiteral("paragraphs")),
                      FindingText::ranges(m_hiddenTextParagraphs, number),
                      FindingText::names(m_hiddenSamples, 3)),
             QStringLiteral("Hidden text and sections are not shown or printed but "
                            "stay in the file. Delete them, or show them and "
                            "decide whether they may be released.")});
    if (!m_objects.isEmpty())
        m_findings.append({code("EMBEDDED-OBJECT"), FindingText::names(m_objects),
                           QStringLiteral("Objects (charts, other documents) are embedded with "
                                          "their own data. Delete them, or paste in only what "
                                          "is released.")});
    if (m_pivotTables > 0)
        m_findings.append({code("PIVOT-TABLE"),
                           FindingText::count(m_pivotTables, QStringLiteral("pivot table"),
                                              QStringLiteral("pivot tables")),
                           QStringLiteral("A pivot table works from source data that must be "
                                          "in the file. Paste its values into a new sheet and "
                                          "release them as CSV.")});
    if (!m_external.isEmpty())
        m_findings.append({code("EXTERNAL-DATA"), FindingText::names(m_external),
                           QStringLiteral("The document links to outside data and keeps a copy "
                                          "of it, and the link names where it lives. Remove the "
                                          "links (Edit \u25b8 Links) before release.")});
}

Status OdfScanner::scanMeta()
{
    const QString part = QStringLiteral("meta.xml");
    if (!m_zip.contains(part))
        return success();
    const Result<QByteArray> bytes = m_zip.read(part);
    if (!bytes.ok())
        return bytes.error();
    PartReader reader(bytes.value(), part, m_limits.maxXmlDepth);
    QStringList names;
    while (reader.next()) {
        if (reader.isStart(QLatin1StringView("initial-creator")) ||
            reader.isStart(QLatin1StringView("creator"))) {
            const QString element = reader.xml().name().toString();
            const QString value = reader.elementText().trimmed();
            if (!value.isEmpty())
                names.append(QStringLiteral("%1 \u201c%2\u201d").arg(element, value));
        }
    }
    if (Status status = reader.status(); !status.ok())
        return status;
    if (!names.isEmpty())
        m_findings.append({QStringLiteral("META-AUTHOR"),
                           QStringLiteral("document properties: ") + FindingText::names(names),
                           QStringLiteral("The file's properties name the people who made and "
                                          "edited it. Clear them (File \u25b8 Properties \u25b8 "
                                          "Reset Properties, and untick \u2018Apply user "
                                          "data\u2019) before release.")});
    return success();
}

} // namespace foi::core
