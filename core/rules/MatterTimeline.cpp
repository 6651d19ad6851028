#include "core/rules/MatterTimeline.h"

#include "core/model/ReviewOutcome.h"

#include <algorithm>

namespace foi::core {

namespace {

using Stage = TimelineEntry::Stage;
using State = TimelineEntry::State;

QString determinationWords(AppealDetermination determination)
{
    switch (determination) {
    case AppealDetermination::Dismissed:
        return QStringLiteral("dismissed: the decision notice stands");
    case AppealDetermination::Allowed:
        return QStringLiteral("allowed");
    case AppealDetermination::PartlyAllowed:
        return QStringLiteral("partly allowed");
    case AppealDetermination::Withdrawn:
        return QStringLiteral("withdrawn");
    case AppealDetermination::Pending:
        break;
    }
    return QStringLiteral("pending");
}

Stage stageOf(ClockKind kind)
{
    switch (kind) {
    case ClockKind::InternalReview:
        return Stage::InternalReview;
    case ClockKind::AppealWindow:
        return Stage::Tribunal;
    case ClockKind::AuthorityRequirement: // on no case's timeline
    case ClockKind::CommissionerLetter:
    case ClockKind::DecisionNoticeStep:
        break;
    }
    return Stage::Commissioner;
}

void addReviews(const Case &theCase, QList<TimelineEntry> &out)
{
    for (const InternalReview &review : theCase.internalReviews) {
        if (review.requestReceived.isValid())
            out.append({review.requestReceived,
                        Stage::InternalReview,
                        QStringLiteral("Internal review %1 asked for; reviewer %2")
                            .arg(review.id, review.reviewer.isEmpty() ? QStringLiteral("not named")
                                                                      : review.reviewer),
                        State::Done,
                        {}});
        if (review.decided)
            out.append({*review.decided,
                        Stage::InternalReview,
                        QStringLiteral("Internal review %1 decided: %2")
                            .arg(review.id, ReviewOutcomeWording::of(ReviewOutcome::of(review),
                                                                     OutcomeAudience::Officer)),
                        State::Done,
                        {}});
    }
}

void addCommissioner(const CommissionerMatter &matter, QList<TimelineEntry> &out)
{
    const QString name = matter.icoReference.isEmpty()
                             ? matter.id
                             : QStringLiteral("%1 (%2)").arg(matter.id, matter.icoReference);
    out.append({matter.received, Stage::Commissioner,
                QStringLiteral("Complaint to the Information Commissioner %1").arg(name),
                State::Done, matter.whatAsked});
    for (const ExternalDeadline &deadline : matter.deadlines) {
        if (deadline.met)
            out.append({*deadline.met,
                        Stage::Commissioner,
                        QStringLiteral("%1: done").arg(deadline.what),
                        State::Done,
                        {}});
    }
    if (matter.submissionSent)
        out.append({*matter.submissionSent,
                    Stage::Commissioner,
                    QStringLiteral("Our submission to the ICO sent"),
                    State::Done,
                    {}});
    if (matter.decisionNotice) {
        const DecisionNotice &notice = *matter.decisionNotice;
        out.append({notice.dated,
                    Stage::Commissioner,
                    QStringLiteral("Decision notice %1: %2")
                        .arg(notice.reference.isEmpty() ? name : notice.reference,
                             ReviewOutcomeWording::of(notice.outcome, OutcomeAudience::Officer)),
                    State::Done,
                    {}});
        for (qsizetype i = 0; i < notice.steps.size(); ++i) {
            const DecisionNoticeStep &step = notice.steps.at(i);
            if (step.completed)
                out.append({*step.completed, Stage::Commissioner,
                            QStringLiteral("Step %1 done: %2")
                                .arg(i + 1)
                                .arg(decisionNoticeStepKindName(step.kind)),
                            State::Done, step.description});
        }
    }
    for (const TribunalAppeal &appeal : matter.appeals) {
        const QString by = appeal.appellant == Appellant::Requester
                               ? QStringLiteral("the requester")
                               : QStringLiteral("the authority");
        out.append({appeal.lodged,
                    Stage::Tribunal,
                    QStringLiteral("Appeal %1lodged by %2")
                        .arg(appeal.tribunalReference.isEmpty() ? QString()
                                                                : appeal.tribunalReference + u' ',
                             by),
                    State::Done,
                    {}});
        if (appeal.determined)
            out.append({*appeal.determined,
                        Stage::Tribunal,
                        QStringLiteral("Appeal %1").arg(determinationWords(appeal.determination)),
                        State::Done,
                        {}});
    }
    if (matter.closed)
        out.append({*matter.closed,
                    Stage::Commissioner,
                    QStringLiteral("Matter %1 closed").arg(matter.id),
                    State::Done,
                    {}});
}

} // namespace

QString MatterTimeline::stageName(TimelineEntry::Stage stage)
{
    switch (stage) {
    case Stage::Request:
        return QStringLiteral("Request");
    case Stage::Reply:
        return QStringLiteral("Reply");
    case Stage::InternalReview:
        return QStringLiteral("Internal review");
    case Stage::Commissioner:
        return QStringLiteral("Information Commissioner");
    case Stage::Tribunal:
        return QStringLiteral("Tribunal");
    }
    return {};
}

QList<TimelineEntry> MatterTimeline::of(const Case &theCase, const QList<OpenClock> &openClocks)
{
    QList<TimelineEntry> entries;
    if (theCase.dateOfReceipt.isValid())
        entries.append({theCase.dateOfReceipt,
                        Stage::Request,
                        QStringLiteral("Request received"),
                        State::Done,
                        {}});
    if (theCase.reply.sent.isEmpty() && theCase.reply.sentOn.isValid())
        entries.append(
            {theCase.reply.sentOn, Stage::Reply, QStringLiteral("Reply sent"), State::Done, {}});
    for (const SentLetter &letter : theCase.reply.sent)
        entries.append(
            {letter.sentOn,
             Stage::Reply,
             letter.correction
                 ? QStringLiteral("Correction letter sent (version %1)").arg(letter.version)
                 : QStringLiteral("Reply sent (version %1)").arg(letter.version),
             State::Done,
             {}});
    addReviews(theCase, entries);
    for (const CommissionerMatter &matter : theCase.commissionerMatters)
        addCommissioner(matter, entries);
    // What happened, in order; then what is still due, soonest first.
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const TimelineEntry &a, const TimelineEntry &b) { return a.date < b.date; });
    for (const OpenClock &clock : openClocks) {
        const State state = clock.status == ClockStatus::Suspended ? State::Suspended
                            : clock.status == ClockStatus::Overdue ? State::Overdue
                                                                   : State::Due;
        entries.append({clock.due, stageOf(clock.kind),
                        QStringLiteral("%1: %2").arg(clock.matterId, clock.what), state,
                        clock.note});
    }
    return entries;
}

} // namespace foi::core
