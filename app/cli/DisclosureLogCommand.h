#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// foi-workbench-cli disclosure-log VERB: the disclosure log over the same services as the
// workbench (core/services/DisclosureLogService, DisclosureLogExport; docs/disclosure-log.md).
//   prepare REF [--on DATE]             a new version of the case's entry, scanned
//   show REF [--json]                   its versions and their personal-data hits
//   resolve REF HIT --redact | --keep REASON
//   submit REF | approve REF [--on DATE] | return REF --reason TEXT | publish REF [--on DATE]
//   export --out DIR [--from DATE --to DATE] [--format html|csv|json]
// Exit 0 done; 1 refused (an undecided hit, approval by the preparer, a case with no sent
// reply: the message names the case and the hit); 2 bad input, naming the option.
CliCommand disclosureLogCommand();

} // namespace foi::app
