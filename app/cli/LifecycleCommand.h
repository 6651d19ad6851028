#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// The life of a request that ends without a reply: `withdraw REF --reason TEXT [--on DATE]`,
// `lapse REF --reason TEXT [--on DATE]` (s1(3): the clarification sought never came),
// `reopen REF --reason TEXT [--on DATE]`, and `delete REF --reason TEXT --yes` for a case
// created in error today with nothing sent. Each is audited in the officer's name.
CliCommand withdrawCommand();
CliCommand lapseCommand();
CliCommand reopenCommand();
CliCommand deleteCommand();

} // namespace foi::app
