#include "core/rules/StatisticsRecords.h"

#include "core/rules/CaseDeadline.h"
#include "core/rules/InternalReviewRules.h"
#include "core/rules/RequestOutcomeRule.h"

#include <algorithm>

namespace foi::core {

namespace {

// The last time the clock began to wait for the requester, and when it started again.
void addSuspension(const Case &theCase, StatisticsRecord &record)
{
    QList<ClockChange> changes = theCase.clockChanges;
    std::stable_sort(changes.begin(), changes.end(),
                     [](const ClockChange &a, const ClockChange &b) { return a.date < b.date; });
    for (const ClockChange &change : changes) {
        switch (change.kind) {
        case ClockChangeKind::ClarificationSought: // s1(3)
        case ClockChangeKind::FeesNoticeGiven:     // s9, s10(2)
            if (!record.suspendedOn.isValid() || record.suspendedOn <= change.date) {
                record.suspendedOn = change.date;
                record.resumedOn = {};
            }
            break;
        case ClockChangeKind::ClarificationReceived:
        case ClockChangeKind::FeePaid:
            if (record.suspendedOn.isValid() && record.suspendedOn <= change.date &&
                (!record.resumedOn.isValid() || record.resumedOn < change.date))
                record.resumedOn = change.date;
            break;
        case ClockChangeKind::PublicInterestExtension:
        case ClockChangeKind::ComplexityExtension:
            break;
        }
    }
}

// A lawful extension only: s10(3) is FOIA's and reg 7(1) the EIR's; the other regime's
// extension never moves the clock (CaseDeadline), so it never counts as extended either.
QDate lawfulExtension(const Case &theCase)
{
    QDate extended;
    for (const ClockChange &change : theCase.clockChanges) {
        const bool lawful =
            (change.kind == ClockChangeKind::PublicInterestExtension &&
             theCase.regime == Regime::Foia) ||
            (change.kind == ClockChangeKind::ComplexityExtension && theCase.regime == Regime::Eir);
        if (lawful && (!extended.isValid() || change.date < extended))
            extended = change.date;
    }
    return extended;
}

} // namespace

QDate StatisticsRecords::firstSent(const Case &theCase)
{
    QDate first;
    for (const SentLetter &letter : theCase.reply.sent) {
        if (letter.sentOn.isValid() && (!first.isValid() || letter.sentOn < first))
            first = letter.sentOn;
    }
    return first.isValid() ? first : theCase.reply.sentOn;
}

StatisticsRecord StatisticsRecords::of(const Case &theCase, const WorkingDayCalendar &calendar)
{
    StatisticsRecord record;
    record.reference = theCase.reference;
    record.regime = theCase.regime;
    record.received = theCase.dateOfReceipt;
    record.sent = firstSent(theCase);
    record.lawfulDue = CaseDeadline::due(theCase, calendar);
    record.outcome = RequestOutcomeRule::of(theCase);
    record.refusalReason = RequestOutcomeRule::reasonOf(theCase);
    record.exemptions = RequestOutcomeRule::exemptionsOf(theCase);
    addSuspension(theCase, record);
    record.extendedOn = lawfulExtension(theCase);
    for (const InternalReview &review : theCase.internalReviews) {
        ReviewStatistics statistics{review.id, review.requestReceived, {}, {}};
        if (const auto clock = InternalReviewRules::clock(review, theCase.regime, calendar))
            statistics.due = clock->due;
        if (review.decided)
            statistics.decided = *review.decided;
        record.reviews.append(statistics);
    }
    return record;
}

} // namespace foi::core
