#pragma once

#include "core/model/Codes.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// Reads one JSON object of a case file field by field, naming each field by its JSON path in
// the errors it collects ("$.questions[2].text: expected a string, found a number"). It
// remembers which fields were asked for, so finish() can report the ones it does not know.
// A wrong or missing value yields the type's empty value and an error; reading carries on, so
// one pass reports every problem.
class JsonObjectReader
{
public:
    enum class Presence { Optional, Required };

    JsonObjectReader(QStringList &errors, const QJsonValue &value, QString path);

    bool isObject() const { return m_isObject; }
    QString pathOf(const QString &key) const { return m_path + u'.' + key; }

    QString string(const QString &key, Presence presence = Presence::Optional);
    bool boolean(const QString &key);
    std::optional<double> number(const QString &key, Presence presence = Presence::Optional);
    QDate date(const QString &key, Presence presence = Presence::Optional);
    QStringList strings(const QString &key);
    // The raw value (undefined when absent), for nested objects and arrays.
    QJsonValue value(const QString &key, Presence presence = Presence::Optional);
    // An array, or an empty one with an error when the value is something else.
    QJsonArray array(const QString &key, Presence presence = Presence::Optional);

    template<typename E>
    E code(const QString &key, E fallback, Presence presence = Presence::Optional)
    {
        const QString text = string(key, presence);
        if (text.isNull())
            return fallback;
        if (const std::optional<E> parsed = fromCode<E>(text))
            return *parsed;
        error(pathOf(key), QStringLiteral("unknown value '%1'; expected one of: %2")
                               .arg(text, allCodes<E>().join(QStringLiteral(", "))));
        return fallback;
    }

    void finish();
    void error(const QString &path, const QString &message);

    static QString typeName(const QJsonValue &value);

private:
    QStringList &m_errors;
    QJsonObject m_object;
    QString m_path;
    bool m_isObject = false;
    QSet<QString> m_seen;
};

} // namespace foi::core
