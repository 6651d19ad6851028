#pragma once

namespace foi::core {

// What an internal review decided about one reviewed item (a question's answer, or one claim of
// an exemption for it), and what it decided overall. One enumeration for both, from the
// authority's side, so that no report has to guess what "upheld" meant: the ICO calls a
// complaint "upheld" when the requester was right (the original decision overturned), the MoJ
// Correspondence Tool calls a review "upheld" when the authority was (original maintained).
// ReviewOutcomeWording translates to each report's words; the bare word is never stored.
enum class ReviewDecision {
    Undecided,
    OriginalMaintained,
    OriginalPartlyMaintained,
    OriginalOverturned,
    Withdrawn,       // the requester withdrew this part of the complaint
    ClosedOtherwise, // closed for another reason (out of time, no longer pursued)
};

} // namespace foi::core
