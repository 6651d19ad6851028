#pragma once

#include "CliCommand.h"

namespace foi::app {

CliCommand auditCommand();

} // namespace foi::app
