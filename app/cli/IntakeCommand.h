#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// `intake EMAIL.eml... [--json] [--as-new | --to REF] [--clarification | --review --reviewer
// NAME] [--received YYYY-MM-DD] [--dry-run]`: each message becomes a new case, or is filed with
// the case of its thread (docs/email-intake.md). Prints per message the case created or matched,
// the date of receipt and where it came from, the requester, what the thread offers and the
// files kept. A clarification or an internal review is recorded only when asked for (the officer
// confirms). Exit 0 when every message was taken in, 2 when one cannot be read or the command
// line is wrong, 1 when the store or the law refused a change.
CliCommand intakeCommand();

} // namespace foi::app
