#pragma once

#include <QString>

namespace foi::app {

// Where `calendar import` keeps the officer's updated GOV.UK bank holiday file.
QString userCalendarPath();

} // namespace foi::app
