#pragma once

#include <QDate>
#include <QString>

namespace foi::core {

// Events that stop, restart or extend the time for compliance.
enum class ClockEventKind {
    ClarificationSought,     // s1(3): the authority asked what the requester wants
    ClarificationReceived,   // s10(6)(b): the clock restarts from here
    FeesNoticeGiven,         // s9: the clock pauses from this day ...
    FeePaid,                 // ... to this day, both inclusive (s10(2))
    PublicInterestExtension, // s10(3): more time to weigh the public interest (qualified only)
};

// One dated event on the request's clock. `estimatedDecisionDate` is set for a public-interest
// extension, which must give the requester an estimate (s17(2)).
struct ClockEvent
{
    ClockEventKind kind = ClockEventKind::ClarificationSought;
    QDate date;
    QDate estimatedDecisionDate;
    QString note;

    friend bool operator==(const ClockEvent &, const ClockEvent &) = default;
};

} // namespace foi::core
