#include "core/law/EffectiveCalendar.h"

#include "core/law/BankHolidayFile.h"

namespace foi::core {

namespace {

BankHolidayCalendar loadHolidays(const QString &path, std::optional<Error> &problem)
{
    Result<BankHolidayCalendar> effective = BankHolidayFile::effective(path);
    if (effective)
        return std::move(effective).value();
    problem = effective.error();
    return BankHolidayCalendar::builtIn();
}

} // namespace

const BankHolidayCalendar &EffectiveCalendar::builtInHolidays() const
{
    return BankHolidayCalendar::builtIn();
}

EffectiveCalendar::EffectiveCalendar(QString importedPath)
    : m_importedPath(std::move(importedPath))
    , m_holidays(loadHolidays(m_importedPath, m_problem))
    , m_workingDays(m_holidays)
{}

Result<QList<int>> EffectiveCalendar::importFile(const QString &source)
{
    const Result<BankHolidayCalendar> imported =
        BankHolidayFile::importFile(source, m_importedPath);
    if (!imported)
        return imported.error();
    m_holidays = BankHolidayCalendar::builtIn().overriddenBy(*imported);
    m_workingDays = WorkingDayCalendar(m_holidays);
    m_problem.reset();
    return imported->publishedYears(UkDivision::EnglandAndWales);
}

} // namespace foi::core
