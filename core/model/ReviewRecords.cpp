#include "core/model/ReviewRecords.h"

namespace foi::core {

QString ReviewStatus::describe(State state)
{
    switch (state) {
    case State::NotReviewed:
        return QStringLiteral("not reviewed");
    case State::AwaitingReview:
        return QStringLiteral("awaiting review");
    case State::ReadyToSend:
        return QStringLiteral("approved: ready to send");
    case State::Returned:
        return QStringLiteral("returned by the reviewer: back in progress");
    case State::ApprovalOutdated:
        return QStringLiteral("approved, but changed since: needs review again");
    }
    return {};
}

} // namespace foi::core
