#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

CliCommand restoreCommand();

} // namespace foi::app
