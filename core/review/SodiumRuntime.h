#pragma once

#include "core/support/Result.h"

namespace foi::core {

// libsodium must be initialised once before any of its functions is used. Every review class
// calls ensure() first; it initialises on the first call (thread-safe) and fails with
// ReviewErrorCode::Crypto when the library cannot start (no entropy source).
class SodiumRuntime
{
public:
    [[nodiscard]] static Status ensure();
};

} // namespace foi::core
