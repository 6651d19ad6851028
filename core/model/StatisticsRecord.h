#pragma once

#include "core/law/Regime.h"
#include "core/model/RequestOutcome.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace foi::core {

// One internal review as the statistics need it: when it was asked for (day 0 of its own
// clock), when its decision was due (20 working days, 40 in recorded exceptional circumstances;
// EIR reg 11(4): 40) and when it was decided (invalid while it is not).
struct ReviewStatistics
{
    QString id;
    QDate received;
    QDate due;
    QDate decided;

    friend bool operator==(const ReviewStatistics &, const ReviewStatistics &) = default;
};

// What the published statistics need of one request, and nothing else (no requester, no text):
// a summary a store could keep in a table of its own. Dates, not states, so that a report can
// ask how things stood "as at" any day. Built from a case by StatisticsRecords; read by
// StatisticsReports.
struct StatisticsRecord
{
    QString reference;
    Regime regime = Regime::Foia;
    QDate received; // invalid when the case has no date of receipt
    QDate sent;     // the first reply sent; invalid while none has been
    // The day the reply was due by the law alone: day 20, moved only by a recorded lawful
    // variation (s1(3) clarification, s10(2) fee pause, s10(3) or EIR reg 7(1) extension).
    // Invalid when it cannot be known (no date of receipt, a fee still unpaid).
    QDate lawfulDue;
    QDate storedDue; // the due date the store keeps, which may have been changed by hand
    RequestOutcome outcome = RequestOutcome::NotYetProcessed;
    RefusalReason refusalReason = RefusalReason::None;
    QStringList exemptions; // provisions relied on, at subsection level, sorted, each once
    // The clock waits for the requester from `suspendedOn` (clarification sought, s1(3); fees
    // notice, s9) until `resumedOn` (invalid while still waiting). Both invalid: never waited.
    QDate suspendedOn;
    QDate resumedOn;
    QDate extendedOn; // a lawful extension recorded (s10(3) FOIA, reg 7(1) EIR); else invalid
    QList<ReviewStatistics> reviews;

    friend bool operator==(const StatisticsRecord &, const StatisticsRecord &) = default;
};

} // namespace foi::core
