#pragma once

#include "core/law/Regime.h"
#include "core/model/RequestOutcome.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace foi::core {

// What the Statistics view asks for: the requests received from `from` to `to` (both
// inclusive), as they stood at the end of the day `asAt`, of one regime or both.
struct StatisticsPeriod
{
    QDate from;
    QDate to;
    QDate asAt;
    std::optional<Regime> regime; // none: FOIA and EIR together
};

// Requests received in a month, and requests answered in it (their first reply sent).
struct MonthlyCount
{
    QString month; // "2026-01"
    int received = 0;
    int answered = 0;

    friend bool operator==(const MonthlyCount &, const MonthlyCount &) = default;
};

// The share of a month's or quarter's requests answered in time, as the timeliness report
// counts it: of the requests received in it whose standing is known (answered, or unanswered
// and past the lawful due date while not waiting for the requester), how many were answered on
// or before that date.
struct TimelinessPoint
{
    QString period; // "2026-01" or "2026-Q1"
    int counted = 0;
    int inTime = 0;

    friend bool operator==(const TimelinessPoint &, const TimelinessPoint &) = default;
};

struct OutcomeCount
{
    RequestOutcome outcome = RequestOutcome::NotYetProcessed;
    int requests = 0;

    friend bool operator==(const OutcomeCount &, const OutcomeCount &) = default;
};

// A provision (at subsection level, "s31(1)(a)") and how many requests relied on it.
struct ExemptionCount
{
    QString provision;
    int requests = 0;

    friend bool operator==(const ExemptionCount &, const ExemptionCount &) = default;
};

// Open requests whose age, in working days from the day of receipt (day 0) to the "as at"
// day, lies from `first` to `last` (`last` -1: no upper bound).
struct AgeBucket
{
    int first = 0;
    int last = -1;
    int requests = 0;

    friend bool operator==(const AgeBucket &, const AgeBucket &) = default;
};

// Everything the Statistics view shows for one period. Counted by StatisticsViewService from
// the store's summary table.
struct StatisticsSeries
{
    StatisticsPeriod period;
    QList<MonthlyCount> monthly;
    QList<TimelinessPoint> timelinessByMonth;
    QList<TimelinessPoint> timelinessByQuarter;
    QList<OutcomeCount> outcomes;        // every outcome of the vocabulary, in its order
    QList<ExemptionCount> topExemptions; // the ten most used, most used first
    QList<AgeBucket> openByAge;
};

} // namespace foi::core
