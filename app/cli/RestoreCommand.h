#pragma once

#include "CliCommand.h"

namespace foi::app {

CliCommand restoreCommand();

} // namespace foi::app
