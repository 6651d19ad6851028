#include "core/law/StepGuidance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace foi::core {

namespace {

Error invalid(const QString &path, const QString &problem)
{
    return Error::make(
        QStringLiteral("law.steps.invalid"),
        QStringLiteral("The steps' guidance data is not valid: %1 %2.").arg(path, problem), path);
}

Result<StepNeed> needFrom(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return invalid(path, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    for (const char *key : {"step", "provision", "text", "source"}) {
        if (object.value(QLatin1String(key)).toString().trimmed().isEmpty())
            return invalid(path + u'.' + QLatin1String(key),
                           QStringLiteral("must be a non-empty string"));
    }
    StepNeed need{object.value(QStringLiteral("step")).toString().trimmed(),
                  object.value(QStringLiteral("provision")).toString().trimmed(),
                  object.value(QStringLiteral("text")).toString().simplified(),
                  object.value(QStringLiteral("source")).toString().simplified(),
                  object.value(QStringLiteral("provision_cy")).toString().trimmed(),
                  object.value(QStringLiteral("text_cy")).toString().simplified()};
    const bool welsh = object.contains(QStringLiteral("text_cy")) ||
                       object.contains(QStringLiteral("provision_cy"));
    for (const char *key : {"provision_cy", "text_cy"}) {
        if (welsh && object.value(QLatin1String(key)).toString().trimmed().isEmpty())
            return invalid(path + u'.' + QLatin1String(key),
                           QStringLiteral("must be a non-empty string beside the other Welsh "
                                          "field"));
    }
    // A line is one line: it is shown above the step, where a second line would push it down.
    for (const auto &[key, text] :
         {std::pair{"text", need.text}, std::pair{"text_cy", need.textWelsh}}) {
        if (text.size() > 200)
            return invalid(path + u'.' + QLatin1String(key),
                           QStringLiteral("is longer than one line (200 characters)"));
    }
    return need;
}

} // namespace

Result<StepGuidance> StepGuidance::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(QStringLiteral("law.steps.invalid"),
                           QStringLiteral("The steps' guidance data is not valid JSON (%1 at "
                                          "byte %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    const QJsonValue stepsValue = document.object().value(QStringLiteral("steps"));
    if (!stepsValue.isArray())
        return invalid(QStringLiteral("steps"), QStringLiteral("must be an array"));
    StepGuidance guidance;
    const QJsonArray array = stepsValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("steps[%1]").arg(i);
        Result<StepNeed> need = needFrom(array.at(i), path);
        if (!need)
            return need.error();
        if (guidance.forStep(need->step))
            return invalid(path + QStringLiteral(".step"),
                           QStringLiteral("names \"%1\" a second time").arg(need->step));
        guidance.m_needs.append(*need);
    }
    return guidance;
}

Result<StepGuidance> StepGuidance::builtIn()
{
    QFile file(QStringLiteral(":/law/step-guidance.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("law.steps.missing"),
                           QStringLiteral("The steps' guidance is missing from this build."),
                           file.errorString());
    return fromJson(file.readAll());
}

QString StepNeed::provisionIn(const QLocale &locale) const
{
    return locale.language() == QLocale::Welsh && !provisionWelsh.isEmpty() ? provisionWelsh
                                                                            : provision;
}

QString StepNeed::textIn(const QLocale &locale) const
{
    return locale.language() == QLocale::Welsh && !textWelsh.isEmpty() ? textWelsh : text;
}

std::optional<StepNeed> StepGuidance::forStep(const QString &step) const
{
    for (const StepNeed &need : m_needs) {
        if (need.step == step)
            return need;
    }
    return std::nullopt;
}

} // namespace foi::core
