#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core::json {

// How a case file leaves out what was not decided: an empty text, an empty list, an unset date
// and a false flag are not written, and the reader supplies the same defaults. Shared by
// CaseFileWriter and MatterFileWriter so every part of a case file follows one rule.

inline void putText(QJsonObject &object, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        object.insert(key, text);
}

inline void putDate(QJsonObject &object, const QString &key, const QDate &date)
{
    if (date.isValid())
        object.insert(key, date.toString(Qt::ISODate));
}

inline void putDate(QJsonObject &object, const QString &key, const std::optional<QDate> &date)
{
    if (date)
        putDate(object, key, *date);
}

inline void putTexts(QJsonObject &object, const QString &key, const QStringList &texts)
{
    if (!texts.isEmpty())
        object.insert(key, QJsonArray::fromStringList(texts));
}

inline void putFlag(QJsonObject &object, const QString &key, bool flag)
{
    if (flag)
        object.insert(key, true);
}

} // namespace foi::core::json
