#pragma once

#include "CliCommand.h"

namespace foi::app {

CliCommand backupCommand();

} // namespace foi::app
