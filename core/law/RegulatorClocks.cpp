#include "core/law/RegulatorClocks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foi::core {

namespace {

Error invalid(const QString &path, const QString &problem)
{
    return Error::make(
        QStringLiteral("law.clocks.invalid"),
        QStringLiteral("The regulator clock data is not valid: %1 %2.").arg(path, problem), path);
}

Result<RegulatorClock> clockFrom(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return invalid(path, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    RegulatorClock clock;
    for (const char *key : {"id", "title", "source"}) {
        if (object.value(QLatin1String(key)).toString().trimmed().isEmpty())
            return invalid(path + u'.' + QLatin1String(key),
                           QStringLiteral("must be a non-empty string"));
    }
    clock.id = object.value(QStringLiteral("id")).toString();
    clock.title = object.value(QStringLiteral("title")).toString();
    clock.source = object.value(QStringLiteral("source")).toString();
    const QJsonValue days = object.value(QStringLiteral("calendar_days"));
    if (!days.isDouble() || days.toDouble() != days.toInt() || days.toInt() < 1 ||
        days.toInt() > 366)
        return invalid(path + QStringLiteral(".calendar_days"),
                       QStringLiteral("must be a whole number of days from 1 to 366"));
    clock.calendarDays = days.toInt();
    const QString rule = object.value(QStringLiteral("on_non_working_day")).toString();
    if (rule == QLatin1String("stays"))
        clock.onNonWorkingDay = NonWorkingDayRule::Stays;
    else if (rule == QLatin1String("next-working-day"))
        clock.onNonWorkingDay = NonWorkingDayRule::MovesToNextWorkingDay;
    else
        return invalid(path + QStringLiteral(".on_non_working_day"),
                       QStringLiteral("must be \"stays\" or \"next-working-day\""));
    const QJsonValue division = object.value(QStringLiteral("working_days_of"));
    if (!division.isNull() && !division.isUndefined()) {
        clock.workingDaysOf = ukDivisionFromCode(division.toString());
        if (!clock.workingDaysOf)
            return invalid(path + QStringLiteral(".working_days_of"),
                           QStringLiteral("must be null or a part of the UK "
                                          "(\"england-and-wales\", \"scotland\", "
                                          "\"northern-ireland\")"));
    }
    return clock;
}

} // namespace

Result<RegulatorClocks> RegulatorClocks::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(QStringLiteral("law.clocks.invalid"),
                           QStringLiteral("The regulator clock data is not valid JSON (%1 at "
                                          "byte %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    const QJsonValue clocksValue = document.object().value(QStringLiteral("clocks"));
    if (!clocksValue.isArray())
        return invalid(QStringLiteral("clocks"), QStringLiteral("must be an array"));
    RegulatorClocks clocks;
    bool haveSteps = false;
    bool haveAppeal = false;
    const QJsonArray array = clocksValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<RegulatorClock> clock = clockFrom(array.at(i), QStringLiteral("clocks[%1]").arg(i));
        if (!clock)
            return clock.error();
        if (clock->id == QLatin1String(decisionNoticeSteps)) {
            clocks.m_steps = *clock;
            haveSteps = true;
        } else if (clock->id == QLatin1String(tribunalAppeal)) {
            clocks.m_appeal = *clock;
            haveAppeal = true;
        }
    }
    if (!haveSteps || !haveAppeal)
        return invalid(QStringLiteral("clocks"),
                       QStringLiteral("must hold both \"%1\" and \"%2\"")
                           .arg(QLatin1String(decisionNoticeSteps), QLatin1String(tribunalAppeal)));
    return clocks;
}

Result<RegulatorClocks> RegulatorClocks::builtIn()
{
    QFile file(QStringLiteral(":/law/regulator-clocks.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("law.clocks.missing"),
                           QStringLiteral("The built-in regulator clock data is missing: "
                                          "the workbench was built incompletely."));
    return fromJson(file.readAll());
}

} // namespace foi::core
