#pragma once

#include "app/cli/CliCommand.h"

namespace foi::app {

// keys show | export --out FILE | trust FILE | revoke FINGERPRINT | list: the officer's review
// keys (docs/review-bundle.md).
CliCommand keysCommand();

} // namespace foi::app
