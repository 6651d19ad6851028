#pragma once

#include <QString>

#include <optional>

namespace foi::core {

// Where a case stands in the offline review (docs/review-bundle.md), as the case list shows it
// and filters by it. An approval covers the version approved only: a change after it is
// ApprovalOutdated, not ReadyToSend. The store keeps each case's state in the column
// cases.review_status under the codes below (ReviewStatusColumn).
enum class ReviewState { NotReviewed, AwaitingReview, ReadyToSend, Returned, ApprovalOutdated };

inline QString reviewStateCode(ReviewState state)
{
    switch (state) {
    case ReviewState::NotReviewed:
        return QStringLiteral("");
    case ReviewState::AwaitingReview:
        return QStringLiteral("awaiting");
    case ReviewState::ReadyToSend:
        return QStringLiteral("approved");
    case ReviewState::Returned:
        return QStringLiteral("returned");
    case ReviewState::ApprovalOutdated:
        return QStringLiteral("changed");
    }
    return QStringLiteral("");
}

inline std::optional<ReviewState> reviewStateFromCode(const QString &code)
{
    for (ReviewState state :
         {ReviewState::NotReviewed, ReviewState::AwaitingReview, ReviewState::ReadyToSend,
          ReviewState::Returned, ReviewState::ApprovalOutdated}) {
        if (reviewStateCode(state) == code)
            return state;
    }
    return std::nullopt;
}

} // namespace foi::core
