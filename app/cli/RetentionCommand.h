#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

CliCommand holdCommand();
CliCommand retentionCommand();

} // namespace foi::app
