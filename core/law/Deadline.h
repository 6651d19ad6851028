#pragma once

#include "core/law/Regime.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// Something that happened to the clock, for the explanation.
struct ClockEvent
{
    QDate date;
    QString description;
};

// A day between day 0 and the due date that did not count, and why.
struct SkippedDay
{
    QDate date;
    QString
        reason; // "Saturday", "Good Friday", "St Andrew's Day (Scotland)", "fees pause (s10(2))"
};

// The answer of DeadlineCalculator::calculate: plain values, cheap to copy. The skipped days
// are worked out on demand (DeadlineCalculator::skippedDays) so a deadline costs a few lookups.
struct Deadline
{
    Regime regime = Regime::Foia;
    QDate received;
    QDate dayZero;          // received, or the day the clarification arrived
    QDate due;              // the full response, after any extension
    QDate refusalNoticeDue; // FOIA s17(1): always the 20th working day; EIR reg 14(2): moves with
                            // reg 7
    std::optional<QDate> extensionNoticeDue; // EIR reg 7(2): tell the applicant by day 20
    int workingDays = 20;                    // working days counted to `due`
    std::optional<QDate> feeNoticeGiven;
    std::optional<QDate> feeReceived;
    int pausedWorkingDays = 0;          // working days disregarded under s10(2)
    bool projectedHolidaysUsed = false; // some day in the span lies in a projected year
    QList<ClockEvent> events;
    QStringList warnings;
};

} // namespace foi::core
