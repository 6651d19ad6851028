#include "app/cli/UserCalendar.h"

#include "core/support/StoreLocation.h"

#include <QDir>

namespace foi::app {

QString userCalendarPath()
{
    return core::StoreLocation::userCalendarPath();
}

} // namespace foi::app
