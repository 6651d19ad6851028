#include "rules/CaseDeadline.h"

#include "law/DeadlineCalculator.h"

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
        case ClockChangeKind::PublicInterestExtension:
            request.extensionDays = DeadlineCalculator::reasonableExtension;
            break;
        case ClockChangeKind::ComplexityExtension:
            request.extensionDays = DeadlineCalculator::eirMaximumExtension;
            break;
        case ClockChangeKind::ClarificationSought:
            break; // the clock waits, but restarts only when the clarification arrives
        }
    }
    return request;
}

QDate CaseDeadline::due(const Case &theCase, const WorkingDayCalendar &calendar)
{
    if (!theCase.dateOfReceipt.isValid())
        return {};
    const Result<Deadline> deadline = DeadlineCalculator(calendar).calculate(requestFor(theCase));
    return deadline.ok() ? deadline.value().due : QDate();
}

} // namespace foi::core
