#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

CliCommand backupCommand();

} // namespace foi::app
