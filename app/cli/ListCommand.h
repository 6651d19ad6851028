#pragma once

#include "CliCommand.h"

namespace foi::app {

CliCommand listCommand();

} // namespace foi::app
