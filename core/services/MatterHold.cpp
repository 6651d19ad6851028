#include "core/services/MatterHold.h"

#include <algorithm>

namespace foi::core {

CaseHold holdForMatters(const Case &theCase)
{
    CaseHold hold = CaseHold::None;
    for (const InternalReview &review : theCase.internalReviews) {
        if (!review.decided)
            hold = CaseHold::InternalReview;
    }
    for (const CommissionerMatter &matter : theCase.commissionerMatters) {
        if (matter.closed)
            continue;
        const bool appealPending =
            std::any_of(matter.appeals.cbegin(), matter.appeals.cend(),
                        [](const TribunalAppeal &appeal) { return appeal.isPending(); });
        if (appealPending)
            return CaseHold::TribunalAppeal;
        hold = CaseHold::CommissionerInvestigation;
    }
    return hold;
}

} // namespace foi::core
