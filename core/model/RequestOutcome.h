#pragma once

#include <QString>

namespace foi::core {

// The outcome of a whole request in the categories the s45 Code of Practice (2018, paras 8.5 and
// 8.6) asks authorities to publish. Derived by RequestOutcomeRule from the decisions on the
// questions, never typed. A request refused "neither confirm nor deny" counts as refused.
enum class RequestOutcome {
    NotYetProcessed,              // some question is still undecided
    GrantedInFull,                // everything held was disclosed
    PartlyDisclosedPartlyRefused, // something disclosed, something refused (exemption, NCND)
    PartlyDisclosedPartlyNotHeld, // something disclosed, the rest not held; nothing refused
    RefusedNotHeld,               // refused in full because nothing asked for is held
    RefusedInFull,                // nothing disclosed: exemptions, NCND, s12 or s14
    LapsedOrWithdrawn, // the officer marked the request lapsed or withdrawn: no decision made
};

// Why a request was refused, in full or in part, as the Cabinet Office's statistics split it:
// the cost limit (FOIA s12), vexatious or repeated (s14), or any other exemption or exception.
enum class RefusalReason {
    None,
    Cost,
    VexatiousOrRepeated,
    OtherExemptions,
};

// "granted-in-full", "cost": the codes a statistics record and its JSON use.
QString requestOutcomeCode(RequestOutcome outcome);
QString refusalReasonCode(RefusalReason reason);

} // namespace foi::core
