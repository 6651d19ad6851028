#pragma once

#include "core/law/Regime.h"

#include <QDate>

namespace foi::core {

// When an internal review must be finished. FOIA: the s45 Code of Practice (2018) and the ICO
// expect 20 working days, 40 at most in exceptional cases. EIR reg 11(4): 40 working days, a
// statutory limit, so the target and the limit are the same day.
struct ReviewDeadline
{
    Regime regime = Regime::Foia;
    QDate requested; // the day the request for review arrived: day 0
    QDate target;
    QDate latest;
    bool projectedHolidaysUsed = false;
};

} // namespace foi::core
