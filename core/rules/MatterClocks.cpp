#include "core/rules/MatterClocks.h"

#include "core/rules/InternalReviewRules.h"

#include <algorithm>

namespace foi::core {

QString decisionNoticeStepKindName(DecisionNoticeStepKind kind)
{
    switch (kind) {
    case DecisionNoticeStepKind::DiscloseListedItems:
        return QStringLiteral("disclose the items listed");
    case DecisionNoticeStepKind::IssueFreshResponse:
        return QStringLiteral("issue a fresh response");
    case DecisionNoticeStepKind::ConfirmOrDeny:
        return QStringLiteral("confirm or deny whether the information is held");
    case DecisionNoticeStepKind::CarryOutInternalReview:
        return QStringLiteral("carry out an internal review");
    case DecisionNoticeStepKind::AdviseAndAssist:
        return QStringLiteral("provide advice and assistance");
    }
    return {};
}

MatterClocks::MatterClocks(const WorkingDayCalendar &calendar,
                           const RegulatorDeadlineCalculator &regulator)
    : m_calendar(calendar)
    , m_regulator(regulator)
{}

void MatterClocks::addReviews(Regime regime, const QList<InternalReview> &reviews,
                              QList<OpenClock> &clocks) const
{
    for (const InternalReview &review : reviews) {
        if (review.decided)
            continue;
        const auto clock = InternalReviewRules::clock(review, regime, m_calendar);
        if (!clock)
            continue; // no date of receipt yet: the review's own finding says so
        OpenClock open{ClockKind::InternalReview,
                       review.id,
                       QStringLiteral("Internal review decision"),
                       clock->due,
                       ClockStatus::Open,
                       {},
                       review.reviewer};
        if (regime == Regime::Foia && !review.exceptionalCircumstances && clock->maximum)
            open.note = QStringLiteral("40 working days (%1) only in exceptional circumstances")
                            .arg(clock->maximum->toString(Qt::ISODate));
        clocks.append(open);
    }
}

void MatterClocks::addCommissioner(const CommissionerMatter &matter, const QDate &today,
                                   QList<OpenClock> &clocks) const
{
    if (matter.closed)
        return;
    for (const ExternalDeadline &deadline : matter.deadlines) {
        if (deadline.met)
            continue;
        OpenClock open{ClockKind::CommissionerLetter,
                       matter.id,
                       deadline.what,
                       deadline.due,
                       ClockStatus::Open,
                       {},
                       matter.officer};
        if (deadline.originalDue && *deadline.originalDue != deadline.due)
            open.note = QStringLiteral("moved by the ICO from %1")
                            .arg(deadline.originalDue->toString(Qt::ISODate));
        clocks.append(open);
    }
    if (!matter.decisionNotice)
        return;
    const DecisionNotice &notice = *matter.decisionNotice;
    const Result<DecisionNoticeDeadlines> dates = m_regulator.decisionNotice(notice.dated);
    if (!dates)
        return; // a notice date outside the calendar: the matter's own check reports it
    for (int i = 0; i < notice.steps.size(); ++i) {
        const DecisionNoticeStep &step = notice.steps.at(i);
        if (step.completed)
            continue;
        OpenClock open{
            ClockKind::DecisionNoticeStep,
            matter.id,
            QStringLiteral("Step %1: %2").arg(i + 1).arg(decisionNoticeStepKindName(step.kind)),
            step.resumedDue.value_or(dates->steps.due),
            ClockStatus::Open,
            step.resumedDue ? QString() : dates->steps.warning,
            matter.officer};
        const auto pending = std::find_if(
            matter.appeals.cbegin(), matter.appeals.cend(),
            [i](const TribunalAppeal &appeal) { return appeal.isPending() && appeal.affects(i); });
        if (pending != matter.appeals.cend()) {
            open.status = ClockStatus::Suspended;
            open.note = pending->tribunalReference.isEmpty()
                            ? QStringLiteral("suspended, appeal pending")
                            : QStringLiteral("suspended, appeal %1 pending")
                                  .arg(pending->tribunalReference);
        }
        clocks.append(open);
    }
    const bool authorityAppealed =
        std::any_of(matter.appeals.cbegin(), matter.appeals.cend(),
                    [](const TribunalAppeal &a) { return a.appellant == Appellant::Authority; });
    if (!authorityAppealed && today <= dates->appeal.due)
        clocks.append({ClockKind::AppealWindow,
                       matter.id,
                       QStringLiteral("Last day for the authority to appeal the decision notice"),
                       dates->appeal.due,
                       ClockStatus::Open,
                       {},
                       matter.officer});
}

QList<OpenClock> MatterClocks::of(Regime regime, const QList<InternalReview> &reviews,
                                  const QList<CommissionerMatter> &matters,
                                  const QDate &today) const
{
    QList<OpenClock> clocks;
    addReviews(regime, reviews, clocks);
    for (const CommissionerMatter &matter : matters)
        addCommissioner(matter, today, clocks);
    for (OpenClock &clock : clocks) {
        if (clock.status == ClockStatus::Open && today.isValid() && clock.due < today &&
            clock.kind != ClockKind::AppealWindow)
            clock.status = ClockStatus::Overdue;
    }
    std::stable_sort(clocks.begin(), clocks.end(),
                     [](const OpenClock &a, const OpenClock &b) { return a.due < b.due; });
    return clocks;
}

} // namespace foi::core
