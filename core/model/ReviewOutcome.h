#pragma once

#include "core/model/InternalReview.h"
#include "core/model/ReviewDecision.h"

#include <QString>

namespace foi::core {

// The overall outcome of an internal review, derived from its items by one rule and never
// typed: items withdrawn or closed otherwise drop out; of the rest, all maintained is
// maintained, all overturned is overturned, anything else is partly maintained; a review whose
// every item dropped out is closed otherwise unless every one was withdrawn. Undecided while any
// item is undecided, or there is none.
class ReviewOutcome
{
public:
    static ReviewDecision overall(const QList<ReviewedItem> &items);
    static ReviewDecision of(const InternalReview &review) { return overall(review.items); }
};

// The words each audience uses for a review outcome. The ICO and the GOV.UK compliance
// statistics speak from the requester's side ("upheld": the complaint succeeded); the MoJ
// Correspondence Tool and eCase from the authority's ("upheld": the original decision stands).
enum class OutcomeAudience {
    Officer,    // plain words: "Original decision maintained"
    Ico,        // complaint upheld / partly upheld / not upheld
    GovUkStats, // "Internal review upheld in requester's favour" ...
    MojTool,    // Upheld / Upheld in part / Overturned
};

class ReviewOutcomeWording
{
public:
    static QString of(ReviewDecision decision, OutcomeAudience audience);
};

} // namespace foi::core
