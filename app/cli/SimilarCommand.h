#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

CliCommand similarCommand();

} // namespace foi::app
