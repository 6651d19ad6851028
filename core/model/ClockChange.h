#pragma once

#include <QDate>
#include <QString>

namespace foi::core {

// Changes to the time for compliance: what stops, restarts, pauses or extends it. (Not
// law/Deadline.h's ClockEvent, which is a line of a deadline's explanation.)
enum class ClockChangeKind {
    ClarificationSought,     // s1(3): the authority asked what the requester wants
    ClarificationReceived,   // s10(6)(b): the clock restarts from here
    FeesNoticeGiven,         // s9: the clock pauses from this day ...
    FeePaid,                 // ... to this day, both inclusive (s10(2))
    PublicInterestExtension, // FOIA s10(3): more time to weigh the public interest (qualified only)
    ComplexityExtension,     // EIR reg 7(1): to 40 working days for complex and voluminous requests
};

// One dated change to the request's clock. `estimatedDecisionDate` is set for a public-interest
// extension, which must give the requester an estimate (s17(2)). Both extensions count as 20
// further working days: reg 7's maximum, and the most the ICO treats as normally reasonable
// under s10(3).
struct ClockChange
{
    ClockChangeKind kind = ClockChangeKind::ClarificationSought;
    QDate date;
    QDate estimatedDecisionDate;
    QString note;

    friend bool operator==(const ClockChange &, const ClockChange &) = default;
};

} // namespace foi::core
