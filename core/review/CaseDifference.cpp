#include "CaseDifference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace foi::core {

namespace {

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

// Every leaf of the document by its path; empty objects and lists count as leaves.
void flatten(const QJsonValue &value, const QString &path, QMap<QString, QString> &into)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                    into);
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(array.at(i), path + QStringLiteral("[%1]").arg(i), into);
    } else {
        into.insert(path.isEmpty() ? QStringLiteral("$") : path, scalarText(value));
    }
}

QMap<QString, QString> fieldsOf(const QByteArray &document)
{
    QMap<QString, QString> fields;
    const QJsonDocument parsed = QJsonDocument::fromJson(document);
    if (parsed.isObject())
        flatten(parsed.object(), {}, fields);
    else if (!document.isEmpty())
        fields.insert(QStringLiteral("$"), QString::fromUtf8(document));
    return fields;
}

} // namespace

QList<FieldDifference> CaseDifference::between(const QByteArray &reviewed,
                                               const QByteArray &current)
{
    const QMap<QString, QString> before = fieldsOf(reviewed);
    const QMap<QString, QString> after = fieldsOf(current);
    QStringList paths = before.keys();
    for (const QString &path : after.keys()) {
        if (!before.contains(path))
            paths.append(path);
    }
    std::sort(paths.begin(), paths.end());
    QList<FieldDifference> differences;
    for (const QString &path : paths) {
        const QString was = before.value(path);
        const QString now = after.value(path);
        if (was != now || before.contains(path) != after.contains(path))
            differences.append({path, was, now});
    }
    return differences;
}

} // namespace foi::core
