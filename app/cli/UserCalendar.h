#pragma once

#include "law/BankHolidayCalendar.h"

#include <QString>
#include <QTextStream>

namespace foi::app {

// Where `calendar import` keeps the officer's updated GOV.UK bank holiday file.
QString userCalendarPath();

// The built-in bank holidays overridden by the imported file. A damaged imported file is
// reported on `err` and the built-in data is used, so a deadline can still be worked out.
core::BankHolidayCalendar effectiveCalendar(QTextStream &err);

} // namespace foi::app
