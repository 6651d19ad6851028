#include "UserCalendar.h"

#include "law/BankHolidayFile.h"
#include "support/StoreLocation.h"

#include <QDir>

namespace foi::app {

QString userCalendarPath()
{
    return QDir(core::StoreLocation::defaultDataFolder())
        .filePath(QStringLiteral("bank-holidays.json"));
}

core::BankHolidayCalendar effectiveCalendar(QTextStream &err)
{
    const core::Result<core::BankHolidayCalendar> calendar =
        core::BankHolidayFile::effective(userCalendarPath());
    if (calendar)
        return *calendar;
    err << "foi-workbench-cli: warning: " << calendar.error().message
        << " Using the built-in bank holidays; import a good file with 'calendar import'.\n";
    err.flush();
    return core::BankHolidayCalendar::builtIn();
}

} // namespace foi::app
