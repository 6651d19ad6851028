#include "core/rules/CaseDeadline.h"

#include "core/law/DeadlineCalculator.h"

namespace foi::core {

DeadlineRequest CaseDeadline::requestFor(const Case &theCase)
{
    DeadlineRequest request;
    request.regime = theCase.regime;
    request.received = theCase.dateOfReceipt;
    for (const ClockChange &change : theCase.clockChanges) {
        switch (change.kind) {
        case ClockChangeKind::ClarificationReceived:
            if (!request.clarified || *request.clarified < change.date)
                request.clarified = change.date;
            break;
        case ClockChangeKind::FeesNoticeGiven:
            request.feeNoticeGiven = change.date;
            break;
        case ClockChangeKind::FeePaid:
            request.feeReceived = change.date;
            break;
        // An extension the regime does not know (EXTENSION-WRONG-REGIME) is flagged, and a
        // flagged clock change never moves the clock: s10(3) is FOIA's, reg 7(1) the EIR's.
        case ClockChangeKind::PublicInterestExtension:
            if (theCase.regime == Regime::Foia)
                request.extensionDays = DeadlineCalculator::reasonableExtension;
            break;
        case ClockChangeKind::ComplexityExtension:
            if (theCase.regime == Regime::Eir)
                request.extensionDays = DeadlineCalculator::eirMaximumExtension;
            break;
        case ClockChangeKind::ClarificationSought:
            break; // the clock waits, but restarts only when the clarification arrives
        }
    }
    return request;
}

namespace {

QDate dueOf(const DeadlineRequest &request, const WorkingDayCalendar &calendar)
{
    if (!request.received.isValid())
        return {};
    const Result<Deadline> deadline = DeadlineCalculator(calendar).calculate(request);
    return deadline.ok() ? deadline.value().due : QDate();
}

} // namespace

QDate CaseDeadline::due(const Case &theCase, const WorkingDayCalendar &calendar)
{
    return dueOf(requestFor(theCase), calendar);
}

QDate CaseDeadline::standardDue(const Case &theCase, const WorkingDayCalendar &calendar)
{
    DeadlineRequest request = requestFor(theCase);
    request.extensionDays = 0;
    return dueOf(request, calendar);
}

} // namespace foi::core
