#pragma once

#include "CliCommand.h"

namespace foi::app {

CliCommand similarCommand();

} // namespace foi::app
