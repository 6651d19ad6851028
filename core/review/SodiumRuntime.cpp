#include "core/review/SodiumRuntime.h"

#include "core/review/ReviewErrorCode.h"

#include <sodium.h>

namespace foi::core {

Status SodiumRuntime::ensure()
{
    // A function-local static runs sodium_init() once, even with several threads.
    static const int initialised = sodium_init();
    if (initialised < 0)
        return Error::make(ReviewErrorCode::Crypto,
                           QStringLiteral("The signing library (libsodium) could not start, so "
                                          "review bundles cannot be signed or checked."),
                           QStringLiteral("sodium_init() failed"));
    return success();
}

} // namespace foi::core
