#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// `law [--regime FOIA|EIR] [--json]`: the exemption catalogue, so an officer (or a script) can
// see every provision the workbench knows with its properties under the Act.
CliCommand lawCommand();

} // namespace foi::app
