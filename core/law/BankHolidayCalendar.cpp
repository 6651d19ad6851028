#include "core/law/BankHolidayCalendar.h"

#include "core/law/BankHolidayRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

namespace foi::core {

namespace {

Q_LOGGING_CATEGORY(calendarLog, "foi.core.law.calendar")

Error invalid(const QString &path, const QString &problem)
{
    return Error::make(QStringLiteral("law.calendar.invalid"),
                       QStringLiteral("The bank holiday file is not valid: %1 %2. Nothing was "
                                      "changed; use the GOV.UK bank-holidays.json format.")
                           .arg(path, problem),
                       path);
}

} // namespace

const BankHolidayCalendar &BankHolidayCalendar::builtIn()
{
    static const BankHolidayCalendar calendar = [] {
        QFile file(QStringLiteral(":/calendar/bank-holidays.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(calendarLog)
                << "The built-in bank holiday data is missing from the resources";
            return BankHolidayCalendar();
        }
        Result<BankHolidayCalendar> loaded = fromGovUkJson(file.readAll());
        if (!loaded) {
            qCCritical(calendarLog) << loaded.error().message;
            return BankHolidayCalendar();
        }
        return std::move(loaded).value();
    }();
    return calendar;
}

Result<BankHolidayCalendar> BankHolidayCalendar::fromGovUkJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(
            QStringLiteral("law.calendar.unreadable"),
            QStringLiteral("The bank holiday file is not valid JSON (%1 at byte %2). "
                           "Nothing was changed.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return invalid(QStringLiteral("(top level)"),
                       QStringLiteral("must be an object with the keys \"england-and-wales\", "
                                      "\"scotland\" and \"northern-ireland\""));
    const QJsonObject root = document.object();
    BankHolidayCalendar calendar;
    const QJsonValue updated = root.value(QStringLiteral("updated"));
    if (!updated.isUndefined()) {
        calendar.m_dataDate = QDate::fromString(updated.toString(), Qt::ISODate);
        if (!calendar.m_dataDate.isValid() || updated.toString().size() != 10)
            return invalid(QStringLiteral("updated"),
                           QStringLiteral("must be a date written YYYY-MM-DD"));
    }
    for (const UkDivision division : allUkDivisions) {
        const QString code = ukDivisionCode(division);
        const QJsonValue divisionValue = root.value(code);
        if (!divisionValue.isObject())
            return invalid(code, QStringLiteral("is missing or not an object"));
        const QJsonObject divisionObject = divisionValue.toObject();
        const QJsonValue named = divisionObject.value(QStringLiteral("division"));
        if (!named.isUndefined() && named.toString() != code)
            return invalid(code + QStringLiteral(".division"),
                           QStringLiteral("must be \"%1\"").arg(code));
        const QJsonValue eventsValue = divisionObject.value(QStringLiteral("events"));
        if (!eventsValue.isArray() || eventsValue.toArray().isEmpty())
            return invalid(code + QStringLiteral(".events"),
                           QStringLiteral("must be a non-empty array"));
        const QJsonArray events = eventsValue.toArray();
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QString path = QStringLiteral("%1.events[%2]").arg(code).arg(i);
            const QJsonObject event = events.at(i).toObject();
            const QString title = event.value(QStringLiteral("title")).toString().trimmed();
            if (!events.at(i).isObject() || title.isEmpty())
                return invalid(path + QStringLiteral(".title"),
                               QStringLiteral("must be a non-empty string"));
            const QString spelled = event.value(QStringLiteral("date")).toString();
            const QDate date = QDate::fromString(spelled, Qt::ISODate);
            if (!date.isValid() || spelled.size() != 10)
                return invalid(
                    path + QStringLiteral(".date"),
                    QStringLiteral("must be a date written YYYY-MM-DD, not '%1'").arg(spelled));
            if (date.year() < firstSupportedYear || date.year() > lastSupportedYear)
                return invalid(
                    path + QStringLiteral(".date"),
                    QStringLiteral("(%1) is outside the years the workbench handles (%2-%3)")
                        .arg(spelled)
                        .arg(firstSupportedYear)
                        .arg(lastSupportedYear));
            calendar.m_published[key(division, date.year())].append({division, date, title, false});
        }
    }
    for (QList<BankHoliday> &list : calendar.m_published)
        std::sort(list.begin(), list.end(),
                  [](const BankHoliday &a, const BankHoliday &b) { return a.date < b.date; });
    return calendar;
}

BankHolidayCalendar BankHolidayCalendar::overriddenBy(const BankHolidayCalendar &newer) const
{
    BankHolidayCalendar merged = *this;
    for (auto it = newer.m_published.cbegin(); it != newer.m_published.cend(); ++it)
        merged.m_published.insert(it.key(), it.value());
    return merged;
}

bool BankHolidayCalendar::isPublished(UkDivision division, int year) const
{
    return m_published.contains(key(division, year));
}

QList<int> BankHolidayCalendar::publishedYears(UkDivision division) const
{
    QList<int> years;
    for (auto it = m_published.cbegin(); it != m_published.cend(); ++it) {
        if (it.key() % 4 == static_cast<int>(division))
            years.append(it.key() / 4);
    }
    std::sort(years.begin(), years.end());
    return years;
}

QList<BankHoliday> BankHolidayCalendar::holidays(int year) const
{
    QList<BankHoliday> all;
    for (const UkDivision division : allUkDivisions) {
        const auto it = m_published.constFind(key(division, year));
        all.append(it != m_published.cend() ? *it : BankHolidayRules::project(division, year));
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const BankHoliday &a, const BankHoliday &b) { return a.date < b.date; });
    return all;
}

} // namespace foi::core
