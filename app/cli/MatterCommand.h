#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// `foi-workbench-cli matter ...`: a case's life after the reply (internal review, complaint to
// the Information Commissioner, decision notice, tribunal appeal) over core::MatterService.
CliCommand matterCommand();

} // namespace foi::app
