#pragma once

#include <QString>

namespace foi::core {

// The only activities that count towards the cost limit (Fees Regulations reg 4(3)). Redaction
// and considering exemptions do not count.
enum class CostActivityKind {
    DeterminingWhetherHeld,
    Locating,
    Retrieving,
    Extracting,
};

// Estimated hours for one permitted activity, with how the estimate was reached.
struct CostActivity
{
    CostActivityKind kind = CostActivityKind::DeterminingWhetherHeld;
    double hours = 0.0;
    QString basis;

    friend bool operator==(const CostActivity &, const CostActivity &) = default;
};

} // namespace foi::core
