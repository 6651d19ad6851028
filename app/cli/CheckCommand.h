#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// `check CASEFILE [--json] [--today DATE] [--due DATE]`: reads a case file and prints what the
// section 17 checker finds. Exit 0 with no errors (warnings allowed), 1 with errors, 2 when the
// file cannot be read or is not a valid case file (the message names the JSON path at fault).
CliCommand checkCommand();

} // namespace foi::app
