#pragma once

#include "core/law/Regime.h"

#include <QDate>

#include <optional>

namespace foi::core {

// What the clock of a request depends on (FOIA s10, EIR regs 5 and 7).
struct DeadlineRequest
{
    Regime regime = Regime::Foia;
    QDate received;                      // the date of receipt: day 0, even on a non-working day
    std::optional<QDate> clarified;      // s1(3) / reg 9: the count restarts from this day (s10(6))
    std::optional<QDate> feeNoticeGiven; // s9 fees notice (FOIA only)
    std::optional<QDate> feeReceived;    // with feeNoticeGiven: s10(2) pause, both ends inclusive
    // Further working days: FOIA s10(3) public interest extension (the refusal notice stays at
    // day 20); EIR reg 7 extension (at most 20, to 40 in all).
    int extensionDays = 0;
};

} // namespace foi::core
