#pragma once

#include "core/model/ReviewDecision.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace foi::core {

// A deadline the ICO sets in a letter (its investigation letter, an s51 information notice):
// typed in, never computed. When the ICO moves it, `originalDue` keeps the first date so the
// record shows both (as the MoJ tool keeps "original_external_deadline").
struct ExternalDeadline
{
    QString what; // "Submission to the ICO", "Reply to information notice IN-123"
    QDate due;
    std::optional<QDate> originalDue;
    std::optional<QDate> met; // the day it was done

    friend bool operator==(const ExternalDeadline &, const ExternalDeadline &) = default;
};

// What an ICO decision notice orders: the ICO's own guidance has a step identify the
// information or order a fresh response, not refer to "the requested information".
enum class DecisionNoticeStepKind {
    DiscloseListedItems,
    IssueFreshResponse,
    ConfirmOrDeny,
    CarryOutInternalReview, // EIR reg 11, where none was done
    AdviseAndAssist,
};

struct DecisionNoticeStep
{
    DecisionNoticeStepKind kind = DecisionNoticeStepKind::IssueFreshResponse;
    QString description; // the step as the notice words it, or the items listed
    std::optional<QDate> completed;
    // The date the step is due after an appeal affecting it was decided or withdrawn (s50(6):
    // no affected step need be taken meanwhile); typed from the tribunal's decision.
    std::optional<QDate> resumedDue;

    friend bool operator==(const DecisionNoticeStep &, const DecisionNoticeStep &) = default;
};

// An ICO decision notice (FOIA s50(3)(b)). The outcome is stored from the authority's side
// (ReviewDecision: the original decision maintained, partly maintained or overturned) and shown
// in the ICO's words ("complaint upheld" means overturned) by ReviewOutcomeWording.
struct DecisionNotice
{
    QString reference; // "IC-123456-A1B2"
    QDate dated;
    ReviewDecision outcome = ReviewDecision::Undecided;
    QList<DecisionNoticeStep> steps;

    friend bool operator==(const DecisionNotice &, const DecisionNotice &) = default;
};

enum class Appellant { Requester, Authority };

enum class AppealDetermination {
    Pending,
    Dismissed, // the decision notice stands
    Allowed,   // substituted in the appellant's favour
    PartlyAllowed,
    Withdrawn,
};

// An appeal to the First-tier Tribunal (General Regulatory Chamber) against the decision notice
// (FOIA s57). While pending it suspends the steps it affects (s50(6)).
struct TribunalAppeal
{
    Appellant appellant = Appellant::Requester;
    QDate lodged;
    QString tribunalReference; // "EA/2025/0123"
    QList<int> affectsSteps;   // indices into the decision notice's steps; empty: all of them
    AppealDetermination determination = AppealDetermination::Pending;
    std::optional<QDate> determined;

    bool isPending() const { return determination == AppealDetermination::Pending; }
    bool affects(int step) const { return affectsSteps.isEmpty() || affectsSteps.contains(step); }

    friend bool operator==(const TribunalAppeal &, const TribunalAppeal &) = default;
};

// A complaint to the Information Commissioner about the case (FOIA s50; EIR reg 18), from the
// ICO's first letter to its decision notice and any appeal. A matter of the case: it cannot
// exist without one. Our submission is kept as a file with its SHA-256 so what was sent is
// fixed. Closed when `closed` is set; its clocks (the ICO's deadlines, the steps, the time to
// appeal) are read by MatterClocks.
struct CommissionerMatter
{
    QString id;           // "ICO1": unique within the case
    QString icoReference; // may be empty until the ICO allocates the case
    QString icoCaseOfficer;
    QString officer; // ours, who handles the complaint: the Deadlines view filters by them
    QDate received;  // the day the ICO's letter arrived
    QString whatAsked;
    QString submissionSha256; // the file sent, kept with the case's attachments
    std::optional<QDate> submissionSent;
    bool resolvedInformally = false;
    QList<ExternalDeadline> deadlines; // typed from the ICO's letters, s51 notices included
    std::optional<DecisionNotice> decisionNotice;
    QList<TribunalAppeal> appeals;
    std::optional<QDate> closed;

    friend bool operator==(const CommissionerMatter &, const CommissionerMatter &) = default;
};

} // namespace foi::core
