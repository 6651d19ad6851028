#pragma once

namespace foi::core {

// Outcome categories as the Cabinet Office's published FOI statistics count them (initial
// outcomes of requests), plus NotRequired for a question the requester's condition removed.
enum class Outcome {
    InProgress,
    GrantedInFull,
    PartiallyWithheld,
    FullyWithheld,
    AvailableElsewhere, // withheld in full under s21 only
    NotHeld,
    NeitherConfirmNorDeny,
    RefusedCost,                // s12
    RefusedVexatiousOrRepeated, // s14
    Lapsed,                     // fee not paid or clarification never received
    Withdrawn,
    NotRequired,
};

} // namespace foi::core
