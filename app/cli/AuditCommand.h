#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

CliCommand auditCommand();

} // namespace foi::app
