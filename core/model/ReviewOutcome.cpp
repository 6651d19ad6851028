#include "core/model/ReviewOutcome.h"

namespace foi::core {

ReviewDecision ReviewOutcome::overall(const QList<ReviewedItem> &items)
{
    if (items.isEmpty())
        return ReviewDecision::Undecided;
    int maintained = 0, overturned = 0, partly = 0, withdrawn = 0, closed = 0;
    for (const ReviewedItem &item : items) {
        switch (item.decision) {
        case ReviewDecision::Undecided:
            return ReviewDecision::Undecided;
        case ReviewDecision::OriginalMaintained:
            ++maintained;
            break;
        case ReviewDecision::OriginalPartlyMaintained:
            ++partly;
            break;
        case ReviewDecision::OriginalOverturned:
            ++overturned;
            break;
        case ReviewDecision::Withdrawn:
            ++withdrawn;
            break;
        case ReviewDecision::ClosedOtherwise:
            ++closed;
            break;
        }
    }
    const int decided = maintained + overturned + partly;
    if (decided == 0)
        return closed == 0 ? ReviewDecision::Withdrawn : ReviewDecision::ClosedOtherwise;
    if (maintained == decided)
        return ReviewDecision::OriginalMaintained;
    if (overturned == decided)
        return ReviewDecision::OriginalOverturned;
    return ReviewDecision::OriginalPartlyMaintained;
}

QString ReviewOutcomeWording::of(ReviewDecision decision, OutcomeAudience audience)
{
    switch (decision) {
    case ReviewDecision::Undecided:
        return QStringLiteral("Not yet decided");
    case ReviewDecision::Withdrawn:
        return QStringLiteral("Withdrawn");
    case ReviewDecision::ClosedOtherwise:
        return QStringLiteral("Closed for another reason");
    case ReviewDecision::OriginalMaintained:
    case ReviewDecision::OriginalPartlyMaintained:
    case ReviewDecision::OriginalOverturned:
        break;
    }
    const int index = decision == ReviewDecision::OriginalMaintained         ? 0
                      : decision == ReviewDecision::OriginalPartlyMaintained ? 1
                                                                             : 2;
    static const char *const officer[] = {"Original decision maintained",
                                          "Original decision partly maintained",
                                          "Original decision overturned"};
    static const char *const ico[] = {"Not upheld", "Partly upheld", "Upheld"};
    static const char *const govUk[] = {"Internal review not upheld (original response upheld)",
                                        "Internal review partially upheld in requester's favour",
                                        "Internal review upheld in requester's favour"};
    static const char *const moj[] = {"Upheld", "Upheld in part", "Overturned"};
    switch (audience) {
    case OutcomeAudience::Officer:
        return QString::fromLatin1(officer[index]);
    case OutcomeAudience::Ico:
        return QString::fromLatin1(ico[index]);
    case OutcomeAudience::GovUkStats:
        return QString::fromLatin1(govUk[index]);
    case OutcomeAudience::MojTool:
        return QString::fromLatin1(moj[index]);
    }
    return {};
}

} // namespace foi::core
