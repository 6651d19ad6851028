#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// `deadline --regime FOIA|EIR --received YYYY-MM-DD [--clarified D] [--fee-notice D --fee-paid D]
// [--extension N] [--review] [--json]`: when the response (and the refusal notice) is due,
// with the days skipped and why. --review gives the internal review target and limit instead.
CliCommand deadlineCommand();

} // namespace foi::app
