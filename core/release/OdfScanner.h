#pragma once

#include "core/release/HiddenColumns.h"
#include "core/release/ReleaseFinding.h"
#include "core/release/ScanLimits.h"
#include "core/support/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace foi::core {

class ZipContainer;
class PartReader;

// Looks through an OpenDocument spreadsheet (.ods) or text (.odt), as LibreOffice writes them
// (OASIS ODF 1.2/1.3), for what is not shown but is in the file: hidden sheets (a table style
// with table:display="false"), hidden rows and columns that hold data (table:visibility
// collapse or filter), comments (office:annotation), tracked changes, hidden text (text:display
// "none" styles, hidden text and paragraph fields, hidden sections), pivot tables
// (data-pilot tables), external data (linked tables, DDE links, database ranges from a data
// source), embedded objects, and the people named in meta.xml. Codes start ODS- or ODT- after
// the document's kind. Fails when the container or a part cannot be read.
class OdfScanner
{
public:
    enum class Kind { Spreadsheet, Text };

    OdfScanner(ZipContainer &zip, const ScanLimits &limits, Kind kind);

    [[nodiscard]] Result<ReleaseFindings> scan();

private:
    struct Table
    {
        QString name;
        bool hidden = false;
        qint64 row = 0;
        qint64 column = 0;
        qint64 rowsWithData = 0;
        bool rowHidden = false;
        qint64 rowRepeat = 1;
        bool rowHasData = false;
        QList<qint64> hiddenRowsWithData;
        HiddenColumns hiddenColumns;
    };

    [[nodiscard]] Status scanContent();
    [[nodiscard]] Status scanMeta();
    void readStyle(PartReader &reader, QString &currentStyle);
    void startTable(PartReader &reader);
    void endTable();
    void readCell(PartReader &reader);
    void endRow();
    void addTextFindings();
    QString code(const char *suffix) const;

    ZipContainer &m_zip;
    const ScanLimits &m_limits;
    Kind m_kind;
    QSet<QString> m_hiddenTableStyles;
    QSet<QString> m_hiddenTextStyles;
    QList<Table> m_tables; // a stack: tables nest in text documents
    ReleaseFindings m_findings;
    qint64 m_paragraph = 0;
    qint64 m_changes = 0;
    QStringList m_changeAuthors;
    qint64 m_annotations = 0;
    QStringList m_annotationAuthors;
    QStringList m_annotationPlaces;
    QList<qint64> m_hiddenTextParagraphs;
    QStringList m_hiddenSamples;
    QStringList m_objects;
    QStringList m_external;
    qint64 m_pivotTables = 0;
};

} // namespace foi::core
