#pragma once

#include "core/law/RegulatorDeadlineCalculator.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/Case.h"
#include "core/rules/InternalReviewRules.h"
#include "core/rules/MatterClocks.h"
#include "core/support/Result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace foi::core {

class CaseEditingService;
class StoreRepositories;

// What an officer asks for when a requester asks for an internal review.
struct InternalReviewRequest
{
    QDate received; // the day the request for review arrived, not the day it is logged
    QString reviewer;
    QString independenceOverride;
    bool exceptionalCircumstances = false;
    QString exceptionalReason;
};

// What an officer records of the ICO's first letter about a complaint.
struct CommissionerComplaint
{
    QDate received;
    QString icoReference;
    QString icoCaseOfficer;
    QString whatAsked;
    QString officer; // ours, who handles it; empty: the officer recording it
};

// The case's life after the reply, as use cases over the case and its audit trail: open an
// internal review (a matter of the original case: the case must exist; the original decision is
// frozen into it, its SHA-256 in the audit row; the reviewer must have taken no part in the
// original reply unless a reason is given), decide its items and close it; record a complaint to
// the Information Commissioner, its decision notice, appeals against it and their outcome, and
// close it. Each change is one audited save of the case, in the officer's name, checked first:
// bad input fails with a message naming the field ("matter.*" codes), and nothing is saved. The
// case is on hold for retention while any matter is open, and released when the last closes.
class MatterService
{
public:
    using Today = std::function<QDate()>;

    MatterService(StoreRepositories &store, CaseEditingService &cases,
                  const WorkingDayCalendar &calendar, const RegulatorDeadlineCalculator &regulator,
                  Today today);

    [[nodiscard]] Result<InternalReview> openInternalReview(const QString &reference,
                                                            const InternalReviewRequest &request);
    // Decides every item of the review not yet decided (or, with `questionId` set, the items of
    // that question) as `decision`, with `reasons`.
    [[nodiscard]] Status decideReview(const QString &reference, const QString &reviewId,
                                      ReviewDecision decision, const QString &reasons,
                                      const QString &questionId = {});
    // Marks the review decided on `decided`: refused while an item is undecided or the review
    // has an error finding. Returns the derived outcome.
    [[nodiscard]] Result<ReviewDecision> closeReview(const QString &reference,
                                                     const QString &reviewId, const QDate &decided);
    // Records what the review's outcome letter says beyond the decisions: what is now released,
    // and the letter's own paragraph on the right to complain (empty: the standard wording).
    // Refused once the review is decided: its letter has gone.
    [[nodiscard]] Status setReviewLetter(const QString &reference, const QString &reviewId,
                                         const QString &releasedNow,
                                         const QString &complaintRights);

    [[nodiscard]] Result<CommissionerMatter>
    openCommissionerMatter(const QString &reference, const CommissionerComplaint &complaint);
    // A deadline the ICO set in a letter (typed in, never computed).
    [[nodiscard]] Status addCommissionerDeadline(const QString &reference, const QString &matterId,
                                                 const QString &what, const QDate &due);
    [[nodiscard]] Status recordDecisionNotice(const QString &reference, const QString &matterId,
                                              const DecisionNotice &notice);
    [[nodiscard]] Status lodgeAppeal(const QString &reference, const QString &matterId,
                                     const TribunalAppeal &appeal);
    // Ends the pending appeal (dismissed, allowed, partly allowed or withdrawn) on `on`; each
    // step it suspended and not yet done is due on `resumedDue`.
    [[nodiscard]] Status endAppeal(const QString &reference, const QString &matterId,
                                   AppealDetermination determination, const QDate &on,
                                   const QDate &resumedDue);
    [[nodiscard]] Status completeStep(const QString &reference, const QString &matterId, int step,
                                      const QDate &on);
    [[nodiscard]] Status closeCommissionerMatter(const QString &reference, const QString &matterId,
                                                 const QDate &on);

    // The same changes of a Commissioner matter made to `theCase` as it is now (the open case,
    // unsaved), checked the same way: the workspace applies them as edits. On failure
    // `theCase` is left as it was.
    [[nodiscard]] Status addCommissionerDeadline(Case &theCase, const QString &matterId,
                                                 const QString &what, const QDate &due) const;
    [[nodiscard]] Status recordDecisionNotice(Case &theCase, const QString &matterId,
                                              const DecisionNotice &notice) const;
    [[nodiscard]] Status lodgeAppeal(Case &theCase, const QString &matterId,
                                     const TribunalAppeal &appeal) const;
    [[nodiscard]] Status endAppeal(Case &theCase, const QString &matterId,
                                   AppealDetermination determination, const QDate &on,
                                   const QDate &resumedDue) const;
    [[nodiscard]] Status completeStep(Case &theCase, const QString &matterId, int step,
                                      const QDate &on) const;
    [[nodiscard]] Status closeCommissionerMatter(Case &theCase, const QString &matterId,
                                                 const QDate &on) const;

    // Every open clock of the case's matters, soonest first.
    [[nodiscard]] Result<QList<OpenClock>> openClocks(const QString &reference);
    // The same for the case as it is now (the open case, unsaved).
    QList<OpenClock> openClocks(const Case &theCase) const;
    // Every open clock of every case with an open matter (a case on hold), and of every open
    // enforcement notice or practice recommendation (its reference empty), soonest first, each
    // with its case's reference.
    struct CaseClock
    {
        QString reference;
        OpenClock clock;
    };
    [[nodiscard]] Result<QList<CaseClock>> openClocksInStore();
    // The findings on each of the case's reviews.
    [[nodiscard]] Result<QList<Finding>> reviewFindings(const QString &reference);

    // What openInternalReview() would add to `theCase`, checked the same way, without saving:
    // the workspace applies it to the open case as an edit.
    [[nodiscard]] Result<InternalReview>
    prepareInternalReview(const Case &theCase, const InternalReviewRequest &request);
    // The same for a complaint to the Commissioner.
    [[nodiscard]] Result<CommissionerMatter>
    prepareCommissionerMatter(const Case &theCase, const CommissionerComplaint &complaint) const;
    // The findings on review `index` of `theCase` as it is now (the open case, unsaved).
    [[nodiscard]] QList<Finding> reviewFindings(const Case &theCase, qsizetype index) const;

    // A remedial response: when a review did not maintain the original decision, or a decision
    // notice orders a fresh response, disclosure or confirmation, the decision is reopened as an
    // amendment linked to that matter (its reason cites the review or the notice), and the
    // correction letter sent from the Reply step is the response it requires. Refused when the
    // matter requires none, when nothing was sent yet, or when an amendment is already open.
    [[nodiscard]] Result<Case> prepareRemedialResponse(const Case &theCase,
                                                       const QString &matterId) const;
    [[nodiscard]] Result<Amendment> openRemedialResponse(const QString &reference,
                                                         const QString &matterId);

    // The officers who drafted, decided or sent the original reply, from the audit trail: every
    // officer who changed the case up to its first sent reply, and whoever sent it.
    [[nodiscard]] Result<QStringList> originalParticipants(const QString &reference);

private:
    [[nodiscard]] Result<Case> load(const QString &reference);
    [[nodiscard]] Status save(const Case &theCase);
    // The same for the case's internal review `reviewId`; `change` also gets its index.
    [[nodiscard]] Status
    changeReview(const QString &reference, const QString &reviewId,
                 const std::function<Status(const Case &, InternalReview &, qsizetype)> &change);
    // Lets `change` edit a copy of the Commissioner matter `matterId` of `theCase` (in memory),
    // which replaces the matter only when the change succeeds; a missing matter fails with its
    // message.
    [[nodiscard]] static Status
    changeMatterIn(Case &theCase, const QString &matterId,
                   const std::function<Status(const Case &, CommissionerMatter &)> &change);
    // Loads the case, lets `change` edit it, and saves it when the change succeeds.
    [[nodiscard]] Status changeCase(const QString &reference,
                                    const std::function<Status(Case &)> &change);
    // What the review rules read: the case's dates and the review's frozen decision makers.
    InternalReviewContext contextFor(const Case &theCase, const InternalReview &review) const;
    static qsizetype indexOfReview(const Case &theCase, const QString &id);
    static qsizetype indexOfMatter(const Case &theCase, const QString &id);
    static QString nextId(const Case &theCase, const QString &prefix);

    StoreRepositories &m_store;
    CaseEditingService &m_cases;
    const WorkingDayCalendar &m_calendar;
    const RegulatorDeadlineCalculator &m_regulator;
    MatterClocks m_clocks;
    Today m_today;
};

} // namespace foi::core
