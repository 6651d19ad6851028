#pragma once

#include "core/law/Provision.h"
#include "core/model/AggregatedRequest.h"
#include "core/model/CostActivity.h"

#include <QList>

namespace foi::core {

// The estimate behind a refusal under s12: hours for each permitted activity, costed at the
// flat rate the Fees Regulations set (reg 4(4): £25 an hour), against the appropriate limit for
// the kind of authority (reg 3: £600 for the bodies in Schedule 1 Part I, £450 for the rest).
// Money is in whole pence so that comparisons with the limit are exact.
struct CostEstimate
{
    static constexpr int hourlyRatePence = 2500;

    QList<CostActivity> activities;
    QList<AggregatedRequest> aggregatedRequests;

    double totalHours() const;
    qint64 costPence() const;

    // Central government, Parliament and the Welsh Government are in Part I of Schedule 1;
    // everyone else, police forces included, has the lower limit.
    static qint64 appropriateLimitPence(AuthorityKind kind);

    bool exceedsLimit(AuthorityKind kind) const
    {
        return costPence() > appropriateLimitPence(kind);
    }

    friend bool operator==(const CostEstimate &, const CostEstimate &) = default;
};

} // namespace foi::core
