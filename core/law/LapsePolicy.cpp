#include "core/law/LapsePolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace foi::core {

namespace {

Error invalid(const QString &field, const QString &problem)
{
    return Error::make(
        QStringLiteral("law.lapse.invalid"),
        QStringLiteral("The data on lapsed requests is not valid: %1 %2.").arg(field, problem),
        field);
}

} // namespace

Result<LapsePolicy> LapsePolicy::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QStringLiteral("the file"), QStringLiteral("must be a JSON object"));
    const QJsonObject object = document.object();
    const QJsonValue months = object.value(QStringLiteral("clarification_wait_months"));
    if (!months.isDouble() || months.toDouble() != months.toInt() || months.toInt() < 1 ||
        months.toInt() > 24)
        return invalid(QStringLiteral("clarification_wait_months"),
                       QStringLiteral("must be a whole number of months from 1 to 24"));
    const QString source = object.value(QStringLiteral("source")).toString();
    if (source.trimmed().isEmpty())
        return invalid(QStringLiteral("source"), QStringLiteral("must say what it rests on"));
    LapsePolicy policy;
    policy.m_waitMonths = months.toInt();
    policy.m_source = source;
    return policy;
}

Result<LapsePolicy> LapsePolicy::builtIn()
{
    QFile file(QStringLiteral(":/law/request-lapse.json"));
    if (!file.open(QIODevice::ReadOnly))
        return invalid(QStringLiteral(":/law/request-lapse.json"),
                       QStringLiteral("is missing from this build"));
    return fromJson(file.readAll());
}

} // namespace foi::core
