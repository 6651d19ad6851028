#include "core/release/PartReader.h"

namespace foi::core {

PartReader::PartReader(const QByteArray &xml, QString partName, int maxDepth)
    : m_reader(xml)
    , m_partName(std::move(partName))
    , m_maxDepth(maxDepth)
{}

bool PartReader::next()
{
    if (m_reader.atEnd() || m_reader.hasError())
        return false;
    const QXmlStreamReader::TokenType token = m_reader.readNext();
    if (token == QXmlStreamReader::StartElement && ++m_depth > m_maxDepth) {
        m_tooDeep = true;
        m_reader.raiseError(QStringLiteral("elements nested deeper than %1").arg(m_maxDepth));
    } else if (token == QXmlStreamReader::EndElement) {
        --m_depth;
    }
    return !m_reader.hasError() && token != QXmlStreamReader::EndDocument &&
           token != QXmlStreamReader::Invalid;
}

QString PartReader::attribute(QLatin1StringView localName) const
{
    for (const QXmlStreamAttribute &attribute : m_reader.attributes())
        if (attribute.name() == localName)
            return attribute.value().toString();
    return {};
}

QString PartReader::elementText()
{
    const QString text = m_reader.readElementText(QXmlStreamReader::IncludeChildElements);
    --m_depth;
    return text;
}

Status PartReader::status() const
{
    if (!m_reader.hasError())
        return success();
    const QString detail = QStringLiteral("%1 line %2: %3")
                               .arg(m_partName)
                               .arg(m_reader.lineNumber())
                               .arg(m_reader.errorString());
    if (m_tooDeep)
        return Error::make(QStringLiteral("FILE-LIMIT-EXCEEDED"),
                           QStringLiteral("The part %1 nests its XML deeper than the %2 levels "
                                          "the scan follows; no office document needs that. "
                                          "Do not release this file.")
                               .arg(m_partName)
                               .arg(m_maxDepth),
                           detail);
    return Error::make(QStringLiteral("FILE-UNREADABLE"),
                       QStringLiteral("The part %1 is not well-formed XML (line %2: %3), so the "
                                      "file is damaged. Open it in the application that made it "
                                      "and save it again.")
                           .arg(m_partName)
                           .arg(m_reader.lineNumber())
                           .arg(m_reader.errorString()),
                       detail);
}

bool isTrueAttribute(const QString &value)
{
    return value == QLatin1String("1") || value == QLatin1String("true") ||
           value == QLatin1String("on");
}

} // namespace foi::core
