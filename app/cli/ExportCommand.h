#pragma once

#include "CliCommand.h"

namespace foi::app {

CliCommand exportCommand();

} // namespace foi::app
