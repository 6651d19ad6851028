#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// `paths`: where the workbench keeps its files, so an officer or IT can find and back them up.
CliCommand pathsCommand();

} // namespace foi::app
