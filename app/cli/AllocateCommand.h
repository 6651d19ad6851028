#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// `allocate REF --to OFFICER` / `allocate REF --nobody`: who works on a case (issue 20 point 3),
// on a store file or a team store.
CliCommand allocateCommand();

} // namespace foi::app
