#pragma once

#include "CliCommand.h"

namespace foi::app {

CliCommand importCommand();

} // namespace foi::app
