#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

CliCommand importCommand();

} // namespace foi::app
