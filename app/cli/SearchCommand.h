#pragma once

#include "CliCommand.h"

namespace foi::app {

CliCommand searchCommand();

} // namespace foi::app
