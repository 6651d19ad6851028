#include "core/model/JsonObjectReader.h"

#include <QJsonArray>

#include <cmath>

namespace foi::core {

JsonObjectReader::JsonObjectReader(QStringList &errors, const QJsonValue &value, QString path)
    : m_errors(errors)
    , m_object(value.toObject())
    , m_path(std::move(path))
    , m_isObject(value.isObject())
{
    if (!m_isObject)
        error(m_path, QStringLiteral("expected an object, found %1").arg(typeName(value)));
}

QString JsonObjectReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a true/false value");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

void JsonObjectReader::error(const QString &path, const QString &message)
{
    m_errors.append(path + QStringLiteral(": ") + message);
}

QJsonValue JsonObjectReader::value(const QString &key, Presence presence)
{
    m_seen.insert(key);
    const QJsonValue found = m_object.value(key);
    if (found.isUndefined() && presence == Presence::Required && m_isObject)
        error(pathOf(key), QStringLiteral("this field is required but missing"));
    return found;
}

QString JsonObjectReader::string(const QString &key, Presence presence)
{
    const QJsonValue found = value(key, presence);
    if (found.isUndefined())
        return {};
    if (!found.isString()) {
        error(pathOf(key), QStringLiteral("expected a string, found %1").arg(typeName(found)));
        return {};
    }
    // Never null once present, so callers can tell "absent" from "empty".
    QString text = found.toString();
    return text.isNull() ? QStringLiteral("") : text;
}

bool JsonObjectReader::boolean(const QString &key)
{
    const QJsonValue found = value(key);
    if (found.isUndefined())
        return false;
    if (!found.isBool())
        error(pathOf(key), QStringLiteral("expected true or false, found %1").arg(typeName(found)));
    return found.toBool();
}

std::optional<double> JsonObjectReader::number(const QString &key, Presence presence)
{
    const QJsonValue found = value(key, presence);
    if (found.isUndefined())
        return std::nullopt;
    if (!found.isDouble() || !std::isfinite(found.toDouble())) {
        error(pathOf(key), QStringLiteral("expected a number, found %1").arg(typeName(found)));
        return std::nullopt;
    }
    return found.toDouble();
}

QDate JsonObjectReader::date(const QString &key, Presence presence)
{
    const QString text = string(key, presence);
    if (text.isNull())
        return {};
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!parsed.isValid() || text.size() != 10)
        error(pathOf(key),
              QStringLiteral("expected a date written YYYY-MM-DD, found '%1'").arg(text));
    return parsed.isValid() ? parsed : QDate();
}

QJsonArray JsonObjectReader::array(const QString &key, Presence presence)
{
    const QJsonValue found = value(key, presence);
    if (found.isUndefined())
        return {};
    if (!found.isArray()) {
        error(pathOf(key), QStringLiteral("expected a list, found %1").arg(typeName(found)));
        return {};
    }
    return found.toArray();
}

QStringList JsonObjectReader::strings(const QString &key)
{
    QStringList result;
    const QJsonArray entries = array(key);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue entry = entries.at(i);
        if (entry.isString())
            result.append(entry.toString());
        else
            error(pathOf(key) + QStringLiteral("[%1]").arg(i),
                  QStringLiteral("expected a string, found %1").arg(typeName(entry)));
    }
    return result;
}

void JsonObjectReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            error(pathOf(it.key()), QStringLiteral("unknown field"));
    }
}

} // namespace foi::core
