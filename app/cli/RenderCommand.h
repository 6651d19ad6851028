#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// `render CASEFILE --out FILE [--format pdf|odt]`: the reply letter for a case file.
CliCommand renderCommand();

} // namespace foi::app
