#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// `store init`: makes the case store's schema in the empty PostgreSQL database that --store
// names (a team store, issue 20), or brings a team store's schema up to date. A file store needs
// no such step: it is made the first time it is opened.
CliCommand storeCommand();

} // namespace foi::app
