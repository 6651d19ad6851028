#pragma once

#include "core/support/Result.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

namespace foi::core {

// QXmlStreamReader over one XML part of a document, refusing nesting deeper than a limit.
// Elements are matched by local name, so the Transitional and Strict OOXML namespaces (and any
// prefix a producer chooses) read alike. Use: while (reader.next()) { ... } then status().
class PartReader
{
public:
    PartReader(const QByteArray &xml, QString partName, int maxDepth);

    // Advances one token; false at the end of the part or on an error.
    bool next();
    QXmlStreamReader &xml() { return m_reader; }

    bool isStart(QLatin1StringView localName) const
    {
        return m_reader.isStartElement() && m_reader.name() == localName;
    }
    bool isEnd(QLatin1StringView localName) const
    {
        return m_reader.isEndElement() && m_reader.name() == localName;
    }
    QString attribute(QLatin1StringView localName) const;
    // The text of the current start element and its children; moves to its end element.
    QString elementText();
    int depth() const { return m_depth; }

    // FILE-UNREADABLE or FILE-LIMIT-EXCEEDED naming the part, when reading stopped on an error.
    [[nodiscard]] Status status() const;

private:
    QXmlStreamReader m_reader;
    QString m_partName;
    int m_maxDepth = 0;
    int m_depth = 0;
    bool m_tooDeep = false;
};

// "1", "true" or "on": how OOXML and ODF write a boolean attribute that is set.
bool isTrueAttribute(const QString &value);

} // namespace foi::core
