#pragma once

#include "CliCommand.h"

namespace foi::app {

CliCommand holdCommand();
CliCommand retentionCommand();

} // namespace foi::app
