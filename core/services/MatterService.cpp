#include "core/services/MatterService.h"

#include "core/model/ReviewOutcome.h"
#include "core/rules/AuthorityClocks.h"
#include "core/services/CaseEditingService.h"
#include "core/services/SentReplyLock.h"
#include "core/store/AuditTrail.h"
#include "core/store/CaseRepository.h"
#include "core/store/ReplyArchive.h"
#include "core/store/StoreRepositories.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"

#include <QLocale>

namespace foi::core {

namespace {

Error invalid(const char *code, const QString &message)
{
    return Error::make(QStringLiteral("matter.%1").arg(QLatin1String(code)), message);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

MatterService::MatterService(StoreRepositories &store, CaseEditingService &cases,
                             const WorkingDayCalendar &calendar,
                             const RegulatorDeadlineCalculator &regulator, Today today)
    : m_store(store)
    , m_cases(cases)
    , m_calendar(calendar)
    , m_regulator(regulator)
    , m_clocks(calendar, regulator)
    , m_today(std::move(today))
{}

Result<Case> MatterService::load(const QString &reference)
{
    Result<Case> loaded = m_cases.open(reference);
    if (!loaded && loaded.error().code == StoreErrorCode::NotFound)
        return invalid("no_case",
                       QStringLiteral("There is no case %1 in this store. A review or a complaint "
                                      "is a matter of the case it is about: open that case's "
                                      "reference.")
                           .arg(reference));
    return loaded;
}

Status MatterService::save(const Case &theCase)
{
    // CaseEditingService::save sets the hold the matters call for in the same transaction.
    return m_cases.save(theCase);
}

qsizetype MatterService::indexOfReview(const Case &theCase, const QString &id)
{
    for (qsizetype i = 0; i < theCase.internalReviews.size(); ++i) {
        if (theCase.internalReviews.at(i).id.compare(id, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

qsizetype MatterService::indexOfMatter(const Case &theCase, const QString &id)
{
    for (qsizetype i = 0; i < theCase.commissionerMatters.size(); ++i) {
        if (theCase.commissionerMatters.at(i).id.compare(id, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString MatterService::nextId(const Case &theCase, const QString &prefix)
{
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (indexOfReview(theCase, id) < 0 && indexOfMatter(theCase, id) < 0)
            return id;
    }
}

Status MatterService::changeReview(
    const QString &reference, const QString &reviewId,
    const std::function<Status(const Case &, InternalReview &, qsizetype)> &change)
{
    Result<Case> loaded = load(reference);
    if (!loaded)
        return loaded.error();
    Case theCase = std::move(loaded).value();
    const qsizetype index = indexOfReview(theCase, reviewId);
    if (index < 0)
        return invalid(
            "no_review",
            QStringLiteral("Case %1 has no internal review %2.").arg(reference, reviewId));
    // The change sees the case as it was and edits the review; nothing is saved when it fails.
    const Case before = theCase;
    if (Status changed = change(before, theCase.internalReviews[index], index); !changed)
        return changed;
    return save(theCase);
}

Status MatterService::changeMatterIn(
    Case &theCase, const QString &matterId,
    const std::function<Status(const Case &, CommissionerMatter &)> &change)
{
    const qsizetype index = indexOfMatter(theCase, matterId);
    if (index < 0)
        return invalid("no_matter", QStringLiteral("Case %1 has no Commissioner matter %2.")
                                        .arg(theCase.reference, matterId));
    // The change sees the case as it was and edits a copy; nothing changes when it fails.
    CommissionerMatter changed = theCase.commissionerMatters.at(index);
    if (Status done = change(theCase, changed); !done)
        return done;
    theCase.commissionerMatters[index] = std::move(changed);
    return success();
}

Status MatterService::changeCase(const QString &reference,
                                 const std::function<Status(Case &)> &change)
{
    Result<Case> loaded = load(reference);
    if (!loaded)
        return loaded.error();
    Case theCase = std::move(loaded).value();
    if (Status changed = change(theCase); !changed)
        return changed;
    return save(theCase);
}

Result<QStringList> MatterService::originalParticipants(const QString &reference)
{
    Result<QList<AuditTrail::Row>> rows =
        m_store.audit().rowsFor(reference, {QStringLiteral("case"), QStringLiteral("reply")});
    if (!rows)
        return rows.error();
    QStringList officers;
    for (const AuditTrail::Row &row : *rows) {
        if (!officers.contains(row.officer))
            officers.append(row.officer);
        if (row.action == QLatin1String("record-reply"))
            break; // what came after the first sent reply is not the original decision
    }
    return officers;
}

InternalReviewContext MatterService::contextFor(const Case &theCase,
                                                const InternalReview &review) const
{
    InternalReviewContext context;
    context.regime = theCase.regime;
    context.originalReceived = theCase.dateOfReceipt;
    context.today = m_today();
    if (theCase.reply.sentOn.isValid())
        context.replySent = theCase.reply.sentOn;
    context.originalParticipants = review.originalDecisionMakers;
    return context;
}

Result<InternalReview> MatterService::openInternalReview(const QString &reference,
                                                         const InternalReviewRequest &request)
{
    Result<Case> loaded = load(reference);
    if (!loaded)
        return loaded.error();
    Case theCase = std::move(loaded).value();
    Result<InternalReview> review = prepareInternalReview(theCase, request);
    if (!review)
        return review.error();
    theCase.internalReviews.append(*review);
    if (Status saved = save(theCase); !saved)
        return saved.error();
    return review;
}

QList<Finding> MatterService::reviewFindings(const Case &theCase, qsizetype index) const
{
    if (index < 0 || index >= theCase.internalReviews.size())
        return {};
    const InternalReview &review = theCase.internalReviews.at(index);
    return InternalReviewRules::check(review, index, contextFor(theCase, review), m_calendar);
}

Result<InternalReview> MatterService::prepareInternalReview(const Case &theCase,
                                                            const InternalReviewRequest &request)
{
    const QString reference = theCase.reference;
    if (!request.received.isValid())
        return invalid("received_missing",
                       QStringLiteral("Give the date the request for review was received "
                                      "(--received YYYY-MM-DD): its clock counts from that day."));
    InternalReview review;
    review.id = nextId(theCase, QStringLiteral("IR"));
    review.requestReceived = request.received;
    review.logged = m_today();
    review.basisDate = theCase.dateOfReceipt;
    review.reviewer = request.reviewer.trimmed();
    review.independenceOverride = request.independenceOverride.trimmed();
    review.exceptionalCircumstances = request.exceptionalCircumstances;
    review.exceptionalReason = request.exceptionalReason.trimmed();
    review.original = OriginalDecisionSnapshot::of(theCase);
    Result<QStringList> participants = originalParticipants(reference);
    if (!participants)
        return participants.error();
    review.originalDecisionMakers = *participants;
    for (const ReviewItemKey &key : review.original.items())
        review.items.append({key, ReviewDecision::Undecided, {}});
    const InternalReviewContext context = contextFor(theCase, review);
    for (const Finding &finding :
         InternalReviewRules::check(review, theCase.internalReviews.size(), context, m_calendar)) {
        if (finding.severity != Severity::Error)
            continue;
        const char *code = finding.code == QLatin1String("IR-REVIEWER-NOT-INDEPENDENT")
                               ? "not_independent"
                               : "invalid_review";
        return invalid(code, finding.message);
    }
    return review;
}

Status MatterService::decideReview(const QString &reference, const QString &reviewId,
                                   ReviewDecision decision, const QString &reasons,
                                   const QString &questionId)
{
    if (decision == ReviewDecision::Undecided)
        return invalid("decision_missing", QStringLiteral("Give a decision for the items."));
    return changeReview(reference, reviewId, [&](const Case &, InternalReview &review, qsizetype) {
        if (review.decided)
            return Status(invalid("review_closed",
                                  QStringLiteral("Internal review %1 was decided on %2; it cannot "
                                                 "change.")
                                      .arg(review.id, isoDate(*review.decided))));
        bool matched = false;
        for (ReviewedItem &item : review.items) {
            const bool chosen =
                questionId.isEmpty()
                    ? item.decision == ReviewDecision::Undecided
                    : item.key.questionId.compare(questionId, Qt::CaseInsensitive) == 0;
            if (!chosen)
                continue;
            item.decision = decision;
            item.reasons = reasons;
            matched = true;
        }
        if (!matched)
            return Status(invalid(
                "no_item",
                questionId.isEmpty()
                    ? QStringLiteral("Every item of review %1 is decided already.").arg(review.id)
                    : QStringLiteral("Review %1 has no item for question %2.")
                          .arg(review.id, questionId)));
        return success();
    });
}

Result<ReviewDecision> MatterService::closeReview(const QString &reference, const QString &reviewId,
                                                  const QDate &decided)
{
    ReviewDecision outcome = ReviewDecision::Undecided;
    const Status closed = changeReview(
        reference, reviewId, [&](const Case &theCase, InternalReview &review, qsizetype index) {
            review.decided = decided.isValid() ? decided : m_today();
            const InternalReviewContext context = contextFor(theCase, review);
            for (const Finding &finding :
                 InternalReviewRules::check(review, index, context, m_calendar)) {
                if (finding.severity == Severity::Error)
                    return Status(invalid("invalid_review", finding.message));
            }
            outcome = ReviewOutcome::of(review);
            return success();
        });
    if (!closed)
        return closed.error();
    return outcome;
}

Status MatterService::setReviewLetter(const QString &reference, const QString &reviewId,
                                      const QString &releasedNow, const QString &complaintRights)
{
    return changeReview(reference, reviewId, [&](const Case &, InternalReview &review, qsizetype) {
        if (review.decided)
            return Status(
                invalid("review_closed", QStringLiteral("Internal review %1 was decided on %2; its "
                                                        "letter has gone and cannot change.")
                                             .arg(review.id, isoDate(*review.decided))));
        review.releasedNow = releasedNow.trimmed();
        review.complaintRights = complaintRights.trimmed();
        return success();
    });
}

Result<Case> MatterService::prepareRemedialResponse(const Case &theCase,
                                                    const QString &matterId) const
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const auto longDate = [&english](const QDate &date) {
        return english.toString(date, QStringLiteral("d MMMM yyyy"));
    };
    QString reason;
    QString id;
    if (const qsizetype r = indexOfReview(theCase, matterId); r >= 0) {
        const InternalReview &review = theCase.internalReviews.at(r);
        const ReviewDecision outcome = ReviewOutcome::of(review);
        if (!review.decided || (outcome != ReviewDecision::OriginalOverturned &&
                                outcome != ReviewDecision::OriginalPartlyMaintained))
            return invalid("no_remedy",
                           QStringLiteral("Internal review %1 has not decided against the "
                                          "original decision, so it needs no remedial response.")
                               .arg(review.id));
        id = review.id;
        reason = QStringLiteral("Our internal review of your request (%1), decided on %2, did not "
                                "maintain the original decision in full; this is the response "
                                "that review requires.")
                     .arg(review.id, longDate(*review.decided));
    } else if (const qsizetype m = indexOfMatter(theCase, matterId); m >= 0) {
        const CommissionerMatter &matter = theCase.commissionerMatters.at(m);
        const bool ordersResponse =
            matter.decisionNotice &&
            std::any_of(matter.decisionNotice->steps.cbegin(), matter.decisionNotice->steps.cend(),
                        [](const DecisionNoticeStep &step) {
                            return step.kind != DecisionNoticeStepKind::CarryOutInternalReview &&
                                   step.kind != DecisionNoticeStepKind::AdviseAndAssist;
                        });
        if (!ordersResponse)
            return invalid("no_remedy",
                           QStringLiteral("Matter %1 has no decision notice ordering a fresh "
                                          "response, disclosure or confirmation.")
                               .arg(matter.id));
        id = matter.id;
        const DecisionNotice &notice = *matter.decisionNotice;
        reason = QStringLiteral("The Information Commissioner's decision notice %1 of %2 requires "
                                "us to take the steps it sets out; this is our response to it.")
                     .arg(notice.reference.isEmpty() ? matter.icoReference : notice.reference,
                          longDate(notice.dated));
    } else {
        return invalid(
            "no_matter",
            QStringLiteral("Case %1 has no matter %2.").arg(theCase.reference, matterId));
    }
    Result<Case> amended = SentReplyLock::amend(theCase, reason, m_cases.officer(), m_today());
    if (!amended)
        return amended.error();
    amended->reply.amendments.last().matter = id;
    return amended;
}

Result<Amendment> MatterService::openRemedialResponse(const QString &reference,
                                                      const QString &matterId)
{
    Result<Case> loaded = load(reference);
    if (!loaded)
        return loaded.error();
    Result<Case> amended = prepareRemedialResponse(*loaded, matterId);
    if (!amended)
        return amended.error();
    if (Status saved = save(*amended); !saved)
        return saved.error();
    return amended->reply.amendments.constLast();
}

Result<CommissionerMatter>
MatterService::openCommissionerMatter(const QString &reference,
                                      const CommissionerComplaint &complaint)
{
    Result<Case> loaded = load(reference);
    if (!loaded)
        return loaded.error();
    Case theCase = std::move(loaded).value();
    Result<CommissionerMatter> matter = prepareCommissionerMatter(theCase, complaint);
    if (!matter)
        return matter.error();
    theCase.commissionerMatters.append(*matter);
    if (Status saved = save(theCase); !saved)
        return saved.error();
    return matter;
}

Result<CommissionerMatter>
MatterService::prepareCommissionerMatter(const Case &theCase,
                                         const CommissionerComplaint &complaint) const
{
    if (!complaint.received.isValid())
        return invalid("received_missing",
                       QStringLiteral("Give the date the ICO's letter was received."));
    if (theCase.dateOfReceipt.isValid() && complaint.received < theCase.dateOfReceipt)
        return invalid("received_before_request",
                       QStringLiteral("The ICO's letter (%1) cannot be older than the request "
                                      "(%2). Check both dates.")
                           .arg(isoDate(complaint.received), isoDate(theCase.dateOfReceipt)));
    if (complaint.received > m_today())
        return invalid("received_in_future",
                       QStringLiteral("The ICO's letter cannot have arrived after today."));
    CommissionerMatter matter;
    matter.id = nextId(theCase, QStringLiteral("ICO"));
    matter.received = complaint.received;
    matter.icoReference = complaint.icoReference.trimmed();
    matter.icoCaseOfficer = complaint.icoCaseOfficer.trimmed();
    matter.officer =
        complaint.officer.trimmed().isEmpty() ? m_cases.officer() : complaint.officer.trimmed();
    matter.whatAsked = complaint.whatAsked.trimmed();
    return matter;
}

Status MatterService::addCommissionerDeadline(const QString &reference, const QString &matterId,
                                              const QString &what, const QDate &due)
{
    return changeCase(reference, [&](Case &theCase) {
        return addCommissionerDeadline(theCase, matterId, what, due);
    });
}

Status MatterService::addCommissionerDeadline(Case &theCase, const QString &matterId,
                                              const QString &what, const QDate &due) const
{
    return changeMatterIn(
        theCase, matterId, [&](const Case &, CommissionerMatter &matter) -> Status {
            if (!due.isValid() || due < matter.received)
                return invalid(
                    "deadline_before_letter",
                    QStringLiteral("A deadline the ICO set falls on or after its letter (%1).")
                        .arg(isoDate(matter.received)));
            if (what.trimmed().isEmpty())
                return invalid("deadline_what_missing", QStringLiteral("Say what is due."));
            matter.deadlines.append({what.trimmed(), due, std::nullopt, std::nullopt});
            return success();
        });
}

Status MatterService::recordDecisionNotice(const QString &reference, const QString &matterId,
                                           const DecisionNotice &notice)
{
    return changeCase(
        reference, [&](Case &theCase) { return recordDecisionNotice(theCase, matterId, notice); });
}

Status MatterService::recordDecisionNotice(Case &theCase, const QString &matterId,
                                           const DecisionNotice &notice) const
{
    if (!notice.dated.isValid())
        return invalid("notice_date_missing",
                       QStringLiteral("Give the date of the decision notice."));
    if (notice.outcome == ReviewDecision::Undecided)
        return invalid("notice_outcome_missing",
                       QStringLiteral("Record what the notice decided of the complaint."));
    if (Result<DecisionNoticeDeadlines> dates = m_regulator.decisionNotice(notice.dated); !dates)
        return dates.error();
    return changeMatterIn(
        theCase, matterId, [&](const Case &before, CommissionerMatter &matter) -> Status {
            if (before.dateOfReceipt.isValid() && notice.dated < before.dateOfReceipt)
                return invalid("notice_before_request",
                               QStringLiteral("The decision notice is dated %1, before the "
                                              "request was received (%2). Check the notice's "
                                              "date.")
                                   .arg(isoDate(notice.dated), isoDate(before.dateOfReceipt)));
            if (notice.dated < matter.received)
                return invalid("notice_before_complaint",
                               QStringLiteral("The decision notice is dated before the ICO's "
                                              "first letter (%1).")
                                   .arg(isoDate(matter.received)));
            matter.decisionNotice = notice;
            return success();
        });
}

Status MatterService::lodgeAppeal(const QString &reference, const QString &matterId,
                                  const TribunalAppeal &appeal)
{
    return changeCase(reference,
                      [&](Case &theCase) { return lodgeAppeal(theCase, matterId, appeal); });
}

Status MatterService::lodgeAppeal(Case &theCase, const QString &matterId,
                                  const TribunalAppeal &appeal) const
{
    return changeMatterIn(
        theCase, matterId, [&](const Case &, CommissionerMatter &matter) -> Status {
            if (!matter.decisionNotice)
                return invalid(
                    "no_decision_notice",
                    QStringLiteral("Matter %1 has no decision notice: an appeal to the "
                                   "tribunal is against a decision notice (s57). Record the "
                                   "notice first.")
                        .arg(matter.id));
            if (!appeal.lodged.isValid() || appeal.lodged < matter.decisionNotice->dated)
                return invalid(
                    "appeal_before_notice",
                    QStringLiteral("An appeal is lodged on or after the decision notice's "
                                   "date (%1).")
                        .arg(isoDate(matter.decisionNotice->dated)));
            for (int step : appeal.affectsSteps) {
                if (step < 0 || step >= matter.decisionNotice->steps.size())
                    return invalid(
                        "no_step",
                        QStringLiteral("The decision notice has no step %1.").arg(step + 1));
            }
            TribunalAppeal lodged = appeal;
            lodged.determination = AppealDetermination::Pending;
            lodged.determined.reset();
            matter.appeals.append(lodged);
            return success();
        });
}

Status MatterService::endAppeal(const QString &reference, const QString &matterId,
                                AppealDetermination determination, const QDate &on,
                                const QDate &resumedDue)
{
    return changeCase(reference, [&](Case &theCase) {
        return endAppeal(theCase, matterId, determination, on, resumedDue);
    });
}

Status MatterService::endAppeal(Case &theCase, const QString &matterId,
                                AppealDetermination determination, const QDate &on,
                                const QDate &resumedDue) const
{
    return changeMatterIn(
        theCase, matterId, [&](const Case &, CommissionerMatter &matter) -> Status {
            const auto pending =
                std::find_if(matter.appeals.begin(), matter.appeals.end(),
                             [](const TribunalAppeal &a) { return a.isPending(); });
            if (pending == matter.appeals.end())
                return invalid("no_pending_appeal",
                               QStringLiteral("Matter %1 has no pending appeal.").arg(matter.id));
            if (determination == AppealDetermination::Pending)
                return invalid(
                    "determination_missing",
                    QStringLiteral("Say how the appeal ended: dismissed, allowed, partly "
                                   "allowed or withdrawn."));
            if (!on.isValid() || on < pending->lodged)
                return invalid(
                    "determined_before_lodged",
                    QStringLiteral("An appeal ends on or after the day it was lodged (%1).")
                        .arg(isoDate(pending->lodged)));
            bool suspendedAStep = false;
            for (int i = 0; i < matter.decisionNotice->steps.size(); ++i)
                suspendedAStep = suspendedAStep || (pending->affects(i) &&
                                                    !matter.decisionNotice->steps.at(i).completed);
            if (suspendedAStep && determination != AppealDetermination::Allowed) {
                if (!resumedDue.isValid())
                    return invalid(
                        "resumed_due_missing",
                        QStringLiteral("The steps the appeal suspended need their new date "
                                       "(--steps-due YYYY-MM-DD), from the tribunal's "
                                       "decision or the withdrawal."));
                if (resumedDue < on)
                    return invalid(
                        "resumed_due_before_end",
                        QStringLiteral("The steps cannot fall due (%1) before the appeal "
                                       "ended (%2).")
                            .arg(isoDate(resumedDue), isoDate(on)));
            }
            for (int i = 0; i < matter.decisionNotice->steps.size(); ++i) {
                DecisionNoticeStep &step = matter.decisionNotice->steps[i];
                if (pending->affects(i) && !step.completed && resumedDue.isValid())
                    step.resumedDue = resumedDue;
            }
            pending->determination = determination;
            pending->determined = on;
            return success();
        });
}

Status MatterService::completeStep(const QString &reference, const QString &matterId, int step,
                                   const QDate &on)
{
    return changeCase(reference,
                      [&](Case &theCase) { return completeStep(theCase, matterId, step, on); });
}

Status MatterService::completeStep(Case &theCase, const QString &matterId, int step,
                                   const QDate &on) const
{
    return changeMatterIn(
        theCase, matterId, [&](const Case &, CommissionerMatter &matter) -> Status {
            if (!matter.decisionNotice || step < 0 || step >= matter.decisionNotice->steps.size())
                return invalid("no_step",
                               QStringLiteral("Matter %1 of case %2 has no step %3 of a decision "
                                              "notice.")
                                   .arg(matterId, theCase.reference)
                                   .arg(step + 1));
            DecisionNotice &notice = *matter.decisionNotice;
            if (!on.isValid() || on < notice.dated)
                return invalid("step_before_notice",
                               QStringLiteral("A step is done on or after the notice's date (%1).")
                                   .arg(isoDate(notice.dated)));
            notice.steps[step].completed = on;
            return success();
        });
}

Status MatterService::closeCommissionerMatter(const QString &reference, const QString &matterId,
                                              const QDate &on)
{
    return changeCase(
        reference, [&](Case &theCase) { return closeCommissionerMatter(theCase, matterId, on); });
}

Status MatterService::closeCommissionerMatter(Case &theCase, const QString &matterId,
                                              const QDate &on) const
{
    return changeMatterIn(
        theCase, matterId, [&](const Case &, CommissionerMatter &matter) -> Status {
            for (const TribunalAppeal &appeal : matter.appeals) {
                if (appeal.isPending())
                    return invalid(
                        "appeal_pending",
                        QStringLiteral("Matter %1 still has an appeal pending; record how it "
                                       "ended first.")
                            .arg(matter.id));
            }
            if (!on.isValid() || on < matter.received)
                return invalid(
                    "closed_before_received",
                    QStringLiteral("The matter closes on or after the ICO's first letter "
                                   "(%1).")
                        .arg(isoDate(matter.received)));
            matter.closed = on;
            return success();
        });
}

Result<QList<OpenClock>> MatterService::openClocks(const QString &reference)
{
    Result<Case> loaded = load(reference);
    if (!loaded)
        return loaded.error();
    return m_clocks.of(loaded->regime, loaded->internalReviews, loaded->commissionerMatters,
                       m_today());
}

QList<OpenClock> MatterService::openClocks(const Case &theCase) const
{
    return m_clocks.of(theCase.regime, theCase.internalReviews, theCase.commissionerMatters,
                       m_today());
}

Result<QList<MatterService::CaseClock>> MatterService::openClocksInStore()
{
    // Every case with an open matter is on hold (save() sees to it), so only those are read.
    Result<QStringList> held = m_store.cases().referencesOnHold();
    if (!held)
        return held.error();
    QList<CaseClock> all;
    for (const QString &reference : *held) {
        Result<QList<OpenClock>> clocks = openClocks(reference);
        if (!clocks)
            return clocks.error();
        for (const OpenClock &clock : *clocks)
            all.append({reference, clock});
    }
    // Enforcement notices and practice recommendations belong to no case (reference empty).
    Result<QList<AuthorityMatter>> authority = m_store.authorityMatters().all(true);
    if (!authority)
        return authority.error();
    for (const OpenClock &clock : AuthorityClocks::of(*authority, m_today()))
        all.append({QString(), clock});
    std::stable_sort(all.begin(), all.end(), [](const CaseClock &a, const CaseClock &b) {
        return a.clock.due < b.clock.due;
    });
    return all;
}

Result<QList<Finding>> MatterService::reviewFindings(const QString &reference)
{
    Result<Case> loaded = load(reference);
    if (!loaded)
        return loaded.error();
    QList<Finding> findings;
    for (qsizetype i = 0; i < loaded->internalReviews.size(); ++i)
        findings += reviewFindings(*loaded, i);
    return findings;
}

} // namespace foi::core
