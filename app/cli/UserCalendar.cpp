#include "UserCalendar.h"

#include "support/StoreLocation.h"

#include <QDir>

namespace foi::app {

QString userCalendarPath()
{
    return QDir(core::StoreLocation::defaultDataFolder())
        .filePath(QStringLiteral("bank-holidays.json"));
}

} // namespace foi::app
