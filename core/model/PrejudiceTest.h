#pragma once

#include <QString>

namespace foi::core {

// The two limbs of the prejudice test (ICO: "would" = more probable than not; "would be likely
// to" = a real and significant risk). The authority must say which it relies on.
enum class Likelihood {
    Unstated,
    Would,
    WouldBeLikelyTo,
};

// The harm a prejudice-based provision needs shown: the interest protected, how disclosure (or
// confirming or denying) would harm it, and how likely that is.
struct PrejudiceTest
{
    QString interest;
    QString harm;
    Likelihood likelihood = Likelihood::Unstated;

    friend bool operator==(const PrejudiceTest &, const PrejudiceTest &) = default;
};

} // namespace foi::core
