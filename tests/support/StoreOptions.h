#pragma once

#include "core/store/CaseStore.h"
#include "core/support/Clock.h"

namespace testsupport {

// How a test opens a store when the dates it writes do not matter: on the system's clock. A
// store has no clock of its own; a test that checks dates passes a fixed one instead.
inline foi::core::CaseStore::Options storeOptions()
{
    return foi::core::CaseStore::Options{.clock = foi::core::Clock::system()};
}

} // namespace testsupport
