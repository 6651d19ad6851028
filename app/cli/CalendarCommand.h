#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// `calendar import FILE`: validate an updated GOV.UK bank-holidays.json and keep it for later
// runs. `calendar show [--year N] [--json]`: the weekdays that are not working days, and why.
CliCommand calendarCommand();

} // namespace foi::app
