#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// foi-workbench-cli stats --report code-of-practice|cabinet-office|timeliness --from DATE
// --to DATE [--as-at DATE] [--regime FOIA|EIR] [--format csv|json]: the published statistics
// over the cases in the store (core/services/StatisticsService; docs/statistics.md). Reads the
// store only. Warnings (a case with no date of receipt, a due date changed by hand) go to
// stderr; the report to stdout. Exit 2 for a bad option or period.
CliCommand statsCommand();

} // namespace foi::app
