#pragma once

#include "core/law/Provision.h"

#include <QString>

namespace foi::core {

// The test a provision sets, in words: what the Harm step asks the officer to show and what the
// checker names when a claim is argued under the wrong test (resources/law/README.md).
class ProvisionTest
{
public:
    // A short name: "prejudice test", "'required for' test", "class-based".
    static QString name(const Provision &provision);
    // What must be shown, one or two sentences naming the provision's own words where the
    // catalogue has them (Provision::testWording).
    static QString whatToShow(const Provision &provision);
    // True when the test has a "would" / "would be likely to" limb to choose.
    static bool hasLikelihood(const Provision &provision);
};

} // namespace foi::core
