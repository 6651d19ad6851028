#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

CliCommand exportCommand();

} // namespace foi::app
