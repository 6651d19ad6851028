#include "core/release/OoxmlPackage.h"

#include "core/release/PartReader.h"
#include "core/release/ZipContainer.h"

#include <QDir>

namespace foi::core {

OoxmlPackage::OoxmlPackage(ZipContainer &zip, const ScanLimits &limits)
    : m_zip(zip)
    , m_limits(limits)
{}

QString OoxmlPackage::resolve(const QString &sourcePart, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target).mid(1);
    const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : sourcePart.left(slash + 1);
    QString resolved = QDir::cleanPath(folder + target);
    while (resolved.startsWith(QLatin1String("../")))
        resolved = resolved.mid(3);
    return resolved;
}

Result<QList<OoxmlPackage::Relationship>> OoxmlPackage::relationships(const QString &partName) const
{
    const qsizetype slash = partName.lastIndexOf(QLatin1Char('/'));
    const QString relsPart = partName.left(slash + 1) + QStringLiteral("_rels/") +
                             partName.mid(slash + 1) + QStringLiteral(".rels");
    QList<Relationship> found;
    if (!m_zip.contains(relsPart))
        return found;
    const Result<QByteArray> bytes = m_zip.read(relsPart);
    if (!bytes.ok())
        return bytes.error();
    PartReader reader(bytes.value(), relsPart, m_limits.maxXmlDepth);
    while (reader.next()) {
        if (!reader.isStart(QLatin1StringView("Relationship")))
            continue;
        Relationship relationship;
        relationship.id = reader.attribute(QLatin1StringView("Id"));
        relationship.type =
            reader.attribute(QLatin1StringView("Type")).section(QLatin1Char('/'), -1);
        relationship.external =
            reader.attribute(QLatin1StringView("TargetMode")) == QLatin1String("External");
        const QString target = reader.attribute(QLatin1StringView("Target"));
        relationship.target = relationship.external ? target : resolve(partName, target);
        found.append(relationship);
    }
    if (Status status = reader.status(); !status.ok())
        return status.error();
    return found;
}

Result<QString> OoxmlPackage::mainPart() const
{
    const Result<QList<Relationship>> rels = relationships(QString());
    if (!rels.ok())
        return rels.error();
    for (const Relationship &relationship : rels.value())
        if (relationship.type == QLatin1String("officeDocument") && !relationship.external)
            return relationship.target;
    return Error::make(QStringLiteral("FILE-UNREADABLE"),
                       QStringLiteral("The file has no main document part (_rels/.rels names "
                                      "none), so it is damaged or not an Office Open XML "
                                      "file. Save it again from the application that made it."));
}

Status OoxmlPackage::collectNames(const QString &part, const QStringList &elements,
                                  QStringList &names) const
{
    if (!m_zip.contains(part))
        return success();
    const Result<QByteArray> bytes = m_zip.read(part);
    if (!bytes.ok())
        return bytes.error();
    PartReader reader(bytes.value(), part, m_limits.maxXmlDepth);
    while (reader.next()) {
        if (!reader.xml().isStartElement() || reader.depth() != 2 ||
            !elements.contains(reader.xml().name().toString()))
            continue;
        const QString element = reader.xml().name().toString();
        const QString value = reader.elementText();
        if (!value.trimmed().isEmpty())
            names.append(QStringLiteral("%1 \u201c%2\u201d").arg(element, value.trimmed()));
    }
    return reader.status();
}

Result<ReleaseFindings> OoxmlPackage::metadataFindings() const
{
    QStringList names;
    if (Status status =
            collectNames(QStringLiteral("docProps/core.xml"),
                         {QStringLiteral("creator"), QStringLiteral("lastModifiedBy")}, names);
        !status.ok())
        return status.error();
    if (Status status = collectNames(QStringLiteral("docProps/app.xml"),
                                     {QStringLiteral("Manager"), QStringLiteral("Company")}, names);
        !status.ok())
        return status.error();
    ReleaseFindings findings;
    if (!names.isEmpty())
        findings.append({QStringLiteral("META-AUTHOR"),
                         QStringLiteral("document properties: ") + names.join(QStringLiteral(", ")),
                         QStringLiteral("The file's properties name people or the organisation "
                                        "behind it. Clear them (File \u25b8 Info \u25b8 Inspect "
                                        "Document in Excel or Word) or release the content in "
                                        "a new file.")});
    return findings;
}

} // namespace foi::core
