#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// `scan FILE... [--json]`: the release-file scan (docs/release-scan.md) over each file, printing
// per file its findings (code, where in the file, what to do). Exit 0 when every file is clean,
// 1 when any finding was made, 2 when a file cannot be read or checked (FILE-UNREADABLE,
// FILE-LIMIT-EXCEEDED) or the arguments are wrong. A type the scan cannot read is a finding
// (FILE-UNCHECKED-TYPE), so it gives 1, not 0.
CliCommand scanCommand();

} // namespace foi::app
