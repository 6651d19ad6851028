#pragma once

#include "core/law/RegulatorDeadlineCalculator.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/CommissionerMatter.h"
#include "core/model/InternalReview.h"

#include <QDate>
#include <QList>
#include <QString>

namespace foi::core {

enum class ClockKind {
    InternalReview,       // s45 Code / EIR reg 11(4)
    CommissionerLetter,   // a deadline the ICO set (investigation letter, s51 notice)
    DecisionNoticeStep,   // FOIA s50(4): 35 calendar days from the notice
    AppealWindow,         // GRC Rules r22(1)(b): the last day to lodge an appeal
    AuthorityRequirement, // an s52 enforcement notice's or s48 recommendation's requirement
};

enum class ClockStatus {
    Open,
    Overdue,
    Suspended, // a step an appeal affects, pending its determination (s50(6))
};

// One clock still running on a case's matters, for the Deadlines view and `matter list`.
struct OpenClock
{
    ClockKind kind = ClockKind::InternalReview;
    QString matterId; // "IR1", "ICO1"
    QString what;     // in plain words: "Step 1: issue a fresh response"
    QDate due;
    ClockStatus status = ClockStatus::Open;
    QString note;    // why a date did not move, or what suspended it
    QString officer; // who answers for it: the review's reviewer, the matter's officer

    friend bool operator==(const OpenClock &, const OpenClock &) = default;
};

// Every open clock of a case's matters, soonest first: reviews not yet decided, ICO deadlines
// not yet met, decision-notice steps not yet completed (suspended while an appeal affecting them
// is pending, then due on the date set after it), and the time to appeal a decision notice while
// it runs and no appeal has been lodged. Computed, never stored: dates come from the effective
// calendar and the regulator clocks passed in. Pure: no I/O.
class MatterClocks
{
public:
    MatterClocks(const WorkingDayCalendar &calendar, const RegulatorDeadlineCalculator &regulator);

    QList<OpenClock> of(Regime regime, const QList<InternalReview> &reviews,
                        const QList<CommissionerMatter> &matters, const QDate &today) const;

private:
    void addReviews(Regime regime, const QList<InternalReview> &reviews,
                    QList<OpenClock> &clocks) const;
    void addCommissioner(const CommissionerMatter &matter, const QDate &today,
                         QList<OpenClock> &clocks) const;

    const WorkingDayCalendar &m_calendar;
    const RegulatorDeadlineCalculator &m_regulator;
};

QString decisionNoticeStepKindName(DecisionNoticeStepKind kind); // "issue a fresh response"

} // namespace foi::core
