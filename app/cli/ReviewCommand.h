#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// review export | verify | respond | import | status: offline review with signed bundles
// (docs/review-bundle.md).
CliCommand reviewCommand();

} // namespace foi::app
