#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

CliCommand searchCommand();

} // namespace foi::app
