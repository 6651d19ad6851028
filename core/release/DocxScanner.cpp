#include "core/release/DocxScanner.h"

#include "core/release/FindingText.h"
#include "core/release/PartReader.h"
#include "core/release/ZipContainer.h"

namespace foi::core {

namespace {

const QStringList &insertionElements()
{
    static const QStringList names{QStringLiteral("ins"), QStringLiteral("moveTo"),
                                   QStringLiteral("cellIns")};
    return names;
}

const QStringList &deletionElements()
{
    static const QStringList names{QStringLiteral("del"), QStringLiteral("moveFrom"),
                                   QStringLiteral("cellDel")};
    return names;
}

const QStringList &formattingChangeElements()
{
    static const QStringList names{QStringLiteral("rPrChange"),      QStringLiteral("pPrChange"),
                                   QStringLiteral("sectPrChange"),   QStringLiteral("tblPrChange"),
                                   QStringLiteral("trPrChange"),     QStringLiteral("tcPrChange"),
                                   QStringLiteral("numberingChange")};
    return names;
}

QString paragraphs(const QList<qint64> &numbers)
{
    return FindingText::noun(numbers, QStringLiteral("paragraph"), QStringLiteral("paragraphs"));
}

bool vanishIsOn(PartReader &reader)
{
    const QString value = reader.attribute(QLatin1StringView("val"));
    return value.isEmpty() || isTrueAttribute(value);
}

// What one story (main text, a header, the footnotes) holds out of sight.
struct StoryContent
{
    qint64 insertions = 0;
    qint64 deletions = 0;
    qint64 formatting = 0;
    QStringList authors;
    QList<qint64> changedParagraphs;
    QList<qint64> hiddenParagraphs;
    QStringList hiddenSamples;
    QList<qint64> objectParagraphs;
};

// The run (w:r) being read: whether its own properties or its style hide it, and its text.
struct RunState
{
    bool inRun = false;
    bool inProperties = false;
    bool inPropertyChange = false;
    bool hidden = false;
    QString text;
};

} // namespace

DocxScanner::DocxScanner(ZipContainer &zip, const ScanLimits &limits)
    : m_zip(zip)
    , m_limits(limits)
    , m_package(zip, limits)
{}

Result<ReleaseFindings> DocxScanner::scan()
{
    const Result<QString> document = m_package.mainPart();
    if (!document.ok())
        return document.error();
    if (Status status = readHiddenStyles(); !status.ok())
        return status.error();
    if (Status status = scanStory(document.value(), QStringLiteral("main text")); !status.ok())
        return status.error();
    const Result<QList<OoxmlPackage::Relationship>> rels =
        m_package.relationships(document.value());
    if (!rels.ok())
        return rels.error();
    QSet<QString> scanned{document.value()}; // each story once, however often it is named
    for (const OoxmlPackage::Relationship &relationship : rels.value()) {
        if (relationship.external || !m_zip.contains(relationship.target) ||
            scanned.contains(relationship.target))
            continue;
        scanned.insert(relationship.target);
        const QString &type = relationship.type;
        Status status = success();
        if (type == QLatin1String("header") || type == QLatin1String("footer") ||
            type == QLatin1String("footnotes") || type == QLatin1String("endnotes"))
            status = scanStory(relationship.target,
                               QStringLiteral("%1 (%2)").arg(
                                   type, relationship.target.section(QLatin1Char('/'), -1)));
        else if (type == QLatin1String("comments"))
            status = scanComments(relationship.target);
        if (!status.ok())
            return status.error();
    }
    QStringList embedded = m_zip.entriesUnder(QStringLiteral("word/embeddings/"));
    if (!embedded.isEmpty() || !m_objectsInText.isEmpty())
        m_findings.append({QStringLiteral("DOC-EMBEDDED-OBJECT"),
                           FindingText::names(m_objectsInText + embedded),
                           QStringLiteral("Other documents (spreadsheets, presentations) are "
                                          "embedded in this one, each with all its own data. "
                                          "Delete them, or paste in only what is released.")});
    const Result<ReleaseFindings> metadata = m_package.metadataFindings();
    if (!metadata.ok())
        return metadata.error();
    m_findings.append(metadata.value());
    return m_findings;
}

Status DocxScanner::readHiddenStyles()
{
    const QString part = QStringLiteral("word/styles.xml");
    if (!m_zip.contains(part))
        return success();
    const Result<QByteArray> bytes = m_zip.read(part);
    if (!bytes.ok())
        return bytes.error();
    PartReader reader(bytes.value(), part, m_limits.maxXmlDepth);
    QString style;
    while (reader.next()) {
        if (reader.isStart(QLatin1StringView("style")))
            style = reader.attribute(QLatin1StringView("styleId"));
        else if (reader.isEnd(QLatin1StringView("style")))
            style.clear();
        else if (reader.isStart(QLatin1StringView("vanish")) && !style.isEmpty() &&
                 vanishIsOn(reader))
            m_hiddenStyles.insert(style);
    }
    return reader.status();
}

Status DocxScanner::scanStory(const QString &part, const QString &label)
{
    const Result<QByteArray> bytes = m_zip.read(part);
    if (!bytes.ok())
        return bytes.error();
    PartReader reader(bytes.value(), part, m_limits.maxXmlDepth);
    StoryContent story;
    RunState run;
    qint64 paragraph = 0;
    bool paragraphStyleHidden = false;
    while (reader.next()) {
        QXmlStreamReader &xml = reader.xml();
        const QString name = xml.name().toString();
        if (xml.isStartElement()) {
            if (name == QLatin1String("p")) {
                ++paragraph;
                paragraphStyleHidden = false;
            } else if (name == QLatin1String("pStyle")) {
                paragraphStyleHidden =
                    m_hiddenStyles.contains(reader.attribute(QLatin1StringView("val")));
            } else if (name == QLatin1String("r")) {
                run = RunState{true, false, false, paragraphStyleHidden, {}};
            } else if (run.inRun && name == QLatin1String("rPr") && !run.inPropertyChange) {
                run.inProperties = true;
            } else if (run.inProperties && name == QLatin1String("rPrChange")) {
                run.inPropertyChange = true;
            } else if (run.inProperties && !run.inPropertyChange &&
                       name == QLatin1String("vanish")) {
                run.hidden = vanishIsOn(reader);
            } else if (run.inProperties && !run.inPropertyChange &&
                       name == QLatin1String("rStyle")) {
                run.hidden = run.hidden ||
                             m_hiddenStyles.contains(reader.attribute(QLatin1StringView("val")));
            } else if (run.inRun &&
                       (name == QLatin1String("t") || name == QLatin1String("delText"))) {
                run.text += reader.elementText();
            }
            if (insertionElements().contains(name) || deletionElements().contains(name) ||
                formattingChangeElements().contains(name)) {
                if (insertionElements().contains(name))
                    ++story.insertions;
                else if (deletionElements().contains(name))
                    ++story.deletions;
                else
                    ++story.formatting;
                story.authors.append(reader.attribute(QLatin1StringView("author")));
                story.changedParagraphs.append(std::max<qint64>(paragraph, 1));
            }
            if (name == QLatin1String("object") || name == QLatin1String("OLEObject"))
                story.objectParagraphs.append(std::max<qint64>(paragraph, 1));
        } else if (xml.isEndElement()) {
            if (name == QLatin1String("rPrChange"))
                run.inPropertyChange = false;
            else if (name == QLatin1String("rPr") && !run.inPropertyChange)
                run.inProperties = false;
            else if (name == QLatin1String("r") && run.inRun) {
                if (run.hidden && !run.text.trimmed().isEmpty()) {
                    story.hiddenParagraphs.append(std::max<qint64>(paragraph, 1));
                    story.hiddenSamples.append(run.text.trimmed().left(40));
                }
                run = RunState{};
            }
        }
    }
    if (Status status = reader.status(); !status.ok())
        return status;

    const auto number = [](qint64 n) {
        return QString::number(n);
    };
    if (story.insertions + story.deletions + story.formatting > 0) {
        QStringList kinds;
        if (story.insertions > 0)
            kinds.append(FindingText::count(story.insertions, QStringLiteral("insertion"),
                                            QStringLiteral("insertions")));
        if (story.deletions > 0)
            kinds.append(FindingText::count(story.deletions, QStringLiteral("deletion"),
                                            QStringLiteral("deletions")));
        if (story.formatting > 0)
            kinds.append(FindingText::count(story.formatting, QStringLiteral("formatting change"),
                                            QStringLiteral("formatting changes")));
        QString location = QStringLiteral("%1, %2 %3: %4")
                               .arg(label, paragraphs(story.changedParagraphs),
                                    FindingText::ranges(story.changedParagraphs, number),
                                    kinds.join(QStringLiteral(", ")));
        if (!FindingText::names(story.authors).isEmpty())
            location += QStringLiteral(" by ") + FindingText::names(story.authors);
        m_findings.append({QStringLiteral("DOC-TRACKED-CHANGES"), location,
                           QStringLiteral("Tracked changes keep deleted text and the names of "
                                          "those who edited. Accept or reject every change "
                                          "(Review \u25b8 Accept All) and save before release.")});
    }
    if (!story.hiddenParagraphs.isEmpty())
        m_findings.append({QStringLiteral("DOC-HIDDEN-TEXT"),
                           QStringLiteral("%1, %2 %3: \u201c%4\u201d")
                               .arg(label, paragraphs(story.hiddenParagraphs),
                                    FindingText::ranges(story.hiddenParagraphs, number),
                                    FindingText::names(story.hiddenSamples, 3)),
                           QStringLiteral("Text formatted as hidden is not shown or printed but "
                                          "stays in the file. Delete it, or show it and decide "
                                          "whether it may be released.")});
    for (const qint64 p : std::as_const(story.objectParagraphs))
        m_objectsInText.append(QStringLiteral("%1, paragraph %2").arg(label).arg(p));
    return success();
}

Status DocxScanner::scanComments(const QString &part)
{
    const Result<QByteArray> bytes = m_zip.read(part);
    if (!bytes.ok())
        return bytes.error();
    PartReader reader(bytes.value(), part, m_limits.maxXmlDepth);
    qint64 comments = 0;
    QStringList authors;
    while (reader.next()) {
        if (reader.isStart(QLatin1StringView("comment"))) {
            ++comments;
            authors.append(reader.attribute(QLatin1StringView("author")));
        }
    }
    if (Status status = reader.status(); !status.ok())
        return status;
    if (comments == 0)
        return success();
    QString location =
        FindingText::count(comments, QStringLiteral("comment"), QStringLiteral("comments"));
    if (!FindingText::names(authors).isEmpty())
        location += QStringLiteral(" by ") + FindingText::names(authors);
    m_findings.append({QStringLiteral("DOC-COMMENTS"), location,
                       QStringLiteral("Comments travel with the file and name their authors. "
                                      "Delete them all (Review \u25b8 Delete All Comments) "
                                      "before release.")});
    return success();
}

} // namespace foi::core
