#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

CliCommand listCommand();

} // namespace foi::app
