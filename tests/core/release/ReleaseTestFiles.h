#pragma once

// Test files for the release scan, made in code: the XML parts written out here and zipped with
// QuaZip, so every fixture says exactly what it holds.

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <utility>

namespace releasetest {

using Parts = QList<std::pair<QString, QByteArray>>;

inline QByteArray zipOf(const Parts &parts, const char *password = nullptr)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create the test zip");
    for (const auto &[name, content] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), password) ||
            file.write(content) != content.size())
            qFatal("cannot write a test zip entry");
        file.close();
    }
    zip.close();
    return bytes;
}

inline QByteArray xmlPart(const QString &body)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") +
           body.toUtf8();
}

inline const char *relsNs()
{
    return "http://schemas.openxmlformats.org/package/2006/relationships";
}

inline QString relType(const QString &kind)
{
    return QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/") +
           kind;
}

// A relationships part: (id, kind, target[, "External"]).
inline QByteArray rels(const QList<QStringList> &relationships)
{
    QString body = QStringLiteral("<Relationships xmlns=\"%1\">").arg(QLatin1String(relsNs()));
    for (const QStringList &r : relationships)
        body += QStringLiteral("<Relationship Id=\"%1\" Type=\"%2\" Target=\"%3\"%4/>")
                    .arg(r[0], relType(r[1]), r[2],
                         r.size() > 3 ? QStringLiteral(" TargetMode=\"External\"") : QString());
    return xmlPart(body + QStringLiteral("</Relationships>"));
}

inline QByteArray coreProperties(const QString &creator, const QString &lastModifiedBy)
{
    return xmlPart(
        QStringLiteral("<cp:coreProperties "
                       "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                       "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                       "<dc:title>Staff numbers by grade</dc:title>"
                       "<dc:creator>%1</dc:creator><cp:lastModifiedBy>%2</cp:lastModifiedBy>"
                       "</cp:coreProperties>")
            .arg(creator, lastModifiedBy));
}

// --- .xlsx ---------------------------------------------------------------------------------

struct Sheet
{
    QString name;
    QString state;                                // "", "hidden", "veryHidden"
    QString content;                              // inside <worksheet>: <cols>, <sheetData>
    QList<std::pair<QString, QString>> sheetRels; // (kind, target part); content in extraParts
};

inline QString sheetData(const QStringList &rows)
{
    return QStringLiteral("<sheetData>") + rows.join(QString()) + QStringLiteral("</sheetData>");
}

inline QString row(int r, const QStringList &values, const QString &extra = {})
{
    QString text = QStringLiteral("<row r=\"%1\"%2>").arg(r).arg(extra);
    for (int i = 0; i < values.size(); ++i)
        if (!values[i].isEmpty())
            text += QStringLiteral("<c r=\"%1%2\" t=\"inlineStr\"><is><t>%3</t></is></c>")
                        .arg(QChar(u'A' + i))
                        .arg(r)
                        .arg(values[i]);
    return text + QStringLiteral("</row>");
}

inline Sheet visibleSummary()
{
    return {QStringLiteral("Summary"),
            QString(),
            sheetData({row(1, {QStringLiteral("Grade"), QStringLiteral("Headcount")}),
                       row(2, {QStringLiteral("Constable"), QStringLiteral("5200")}),
                       row(3, {QStringLiteral("Sergeant"), QStringLiteral("1100")})}),
            {}};
}

struct Workbook
{
    QList<Sheet> sheets{visibleSummary()};
    QString definedNames; // <definedName .../> elements
    Parts extraParts;
    QString creator;
    QString lastModifiedBy;
};

inline QByteArray xlsxOf(const Workbook &book)
{
    Parts parts;
    parts.append({QStringLiteral("[Content_Types].xml"),
                  xmlPart(QStringLiteral("<Types xmlns=\"http://schemas.openxmlformats.org/"
                                         "package/2006/content-types\"/>"))});
    parts.append({QStringLiteral("_rels/.rels"),
                  rels({{QStringLiteral("rId1"), QStringLiteral("officeDocument"),
                         QStringLiteral("xl/workbook.xml")}})});
    QString sheets;
    QList<QStringList> workbookRels;
    for (int i = 0; i < book.sheets.size(); ++i) {
        const Sheet &sheet = book.sheets[i];
        const QString id = QStringLiteral("rId%1").arg(i + 1);
        sheets +=
            QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"%3\"%4/>")
                .arg(sheet.name)
                .arg(i + 1)
                .arg(id, sheet.state.isEmpty() ? QString()
                                               : QStringLiteral(" state=\"%1\"").arg(sheet.state));
        workbookRels.append(
            {id, QStringLiteral("worksheet"), QStringLiteral("worksheets/sheet%1.xml").arg(i + 1)});
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                      xmlPart(QStringLiteral("<worksheet xmlns=\"http://schemas.openxmlformats."
                                             "org/spreadsheetml/2006/main\">%1</worksheet>")
                                  .arg(sheet.content))});
        QList<QStringList> sheetRels;
        for (const auto &[kind, part] : sheet.sheetRels)
            sheetRels.append({QStringLiteral("rId%1").arg(sheetRels.size() + 1), kind,
                              QStringLiteral("../") + part.mid(3)});
        if (!sheetRels.isEmpty())
            parts.append({QStringLiteral("xl/worksheets/_rels/sheet%1.xml.rels").arg(i + 1),
                          rels(sheetRels)});
    }
    parts.append(
        {QStringLiteral("xl/workbook.xml"),
         xmlPart(
             QStringLiteral("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                            "2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                            "officeDocument/2006/relationships\"><sheets>%1</sheets>%2</workbook>")
                 .arg(sheets, book.definedNames.isEmpty()
                                  ? QString()
                                  : QStringLiteral("<definedNames>%1</definedNames>")
                                        .arg(book.definedNames)))});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels(workbookRels)});
    parts.append(
        {QStringLiteral("docProps/core.xml"), coreProperties(book.creator, book.lastModifiedBy)});
    parts.append(book.extraParts);
    return zipOf(parts);
}

// --- .docx ---------------------------------------------------------------------------------

inline const char *wordNs()
{
    return "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
}

inline QString paragraph(const QString &text)
{
    return QStringLiteral("<w:p><w:r><w:t>%1</w:t></w:r></w:p>").arg(text);
}

struct WordDocument
{
    QString body = paragraph(QStringLiteral("We hold the information you asked for.")) +
                   paragraph(QStringLiteral("It is attached as a table."));
    QString styles;          // <w:style> elements for word/styles.xml
    QList<QStringList> rels; // the main part's relationships (id, kind, target)
    Parts extraParts;
    QString creator;
};

inline QByteArray docxOf(const WordDocument &doc)
{
    const QString ns = QLatin1String(wordNs());
    Parts parts;
    parts.append({QStringLiteral("_rels/.rels"),
                  rels({{QStringLiteral("rId1"), QStringLiteral("officeDocument"),
                         QStringLiteral("word/document.xml")}})});
    parts.append({QStringLiteral("word/document.xml"),
                  xmlPart(QStringLiteral("<w:document xmlns:w=\"%1\" "
                                         "xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
                                         "<w:body>%2</w:body></w:document>")
                              .arg(ns, doc.body))});
    parts.append(
        {QStringLiteral("word/styles.xml"),
         xmlPart(QStringLiteral("<w:styles xmlns:w=\"%1\">%2</w:styles>").arg(ns, doc.styles))});
    if (!doc.rels.isEmpty())
        parts.append({QStringLiteral("word/_rels/document.xml.rels"), rels(doc.rels)});
    parts.append({QStringLiteral("docProps/core.xml"), coreProperties(doc.creator, QString())});
    parts.append(doc.extraParts);
    return zipOf(parts);
}

// --- .ods / .odt ---------------------------------------------------------------------------

struct OdfDocument
{
    bool spreadsheet = true;
    QString automaticStyles; // <style:style> elements
    QString body;            // inside <office:spreadsheet> or <office:text>
    QString initialCreator;
    QString creator;
};

inline QByteArray odfOf(const OdfDocument &doc)
{
    const QString namespaces =
        QStringLiteral("xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                       "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                       "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                       "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                       "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                       "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                       "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"");
    const QString kind = doc.spreadsheet ? QStringLiteral("spreadsheet") : QStringLiteral("text");
    Parts parts;
    parts.append({QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.") +
                                                  (doc.spreadsheet ? "spreadsheet" : "text")});
    parts.append({QStringLiteral("content.xml"),
                  xmlPart(QStringLiteral("<office:document-content %1 office:version=\"1.3\">"
                                         "<office:automatic-styles>%2</office:automatic-styles>"
                                         "<office:body><office:%3>%4</office:%3></office:body>"
                                         "</office:document-content>")
                              .arg(namespaces, doc.automaticStyles, kind, doc.body))});
    QString meta;
    if (!doc.initialCreator.isEmpty())
        meta += QStringLiteral("<meta:initial-creator>%1</meta:initial-creator>")
                    .arg(doc.initialCreator);
    if (!doc.creator.isEmpty())
        meta += QStringLiteral("<dc:creator>%1</dc:creator>").arg(doc.creator);
    parts.append({QStringLiteral("meta.xml"),
                  xmlPart(QStringLiteral("<office:document-meta %1><office:meta>"
                                         "<meta:generator>LibreOffice</meta:generator>%2"
                                         "</office:meta></office:document-meta>")
                              .arg(namespaces, meta))});
    return zipOf(parts);
}

inline QString odsCell(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("<table:table-cell/>")
                           : QStringLiteral("<table:table-cell office:value-type=\"string\">"
                                            "<text:p>%1</text:p></table:table-cell>")
                                 .arg(value);
}

inline QString odsRow(const QStringList &values, const QString &extra = {})
{
    QString row = QStringLiteral("<table:table-row%1>").arg(extra);
    for (const QString &value : values)
        row += odsCell(value);
    return row + QStringLiteral("</table:table-row>");
}

// --- .pdf ----------------------------------------------------------------------------------

// A PDF written object by object, for the structures QPdfWriter cannot make (annotations, form
// fields, scripts). Object 1 must be the catalog; the cross-reference table is computed.
inline QByteArray pdfOf(const QList<QByteArray> &objects)
{
    QByteArray out("%PDF-1.7\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace releasetest
