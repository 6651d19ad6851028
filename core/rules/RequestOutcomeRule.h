#pragma once

#include "core/model/Case.h"
#include "core/model/RequestOutcome.h"

#include <QStringList>

namespace foi::core {

// The one rule that turns the decisions on a request's questions into the outcome of the whole
// request, for the statistics the s45 Code of Practice (2018, paras 8.5-8.6) and the Cabinet
// Office publish. Pure functions over the case; nothing is ever typed.
//
// - Lapsed or withdrawn (the officer's outcomeOverride): no decision was made.
// - A refusal of the whole request (s12 cost, s14 vexatious or repeated, EIR reg 12(4)(b);
//   WholeRequestRefusal) refuses it in full, whatever its questions say.
// - Otherwise each question counts by CaseOutcome::ofQuestion (a question the requester's own
//   condition removed drops out; any still undecided leaves the request not yet processed).
//   "Neither confirm nor deny", for a question or for any other information a claim covers,
//   counts as a refusal.
// - Something disclosed and something refused: partly disclosed and partly refused; something
//   disclosed and the rest not held: partly disclosed and partly not held; all disclosed:
//   granted in full; nothing disclosed and something refused: refused in full; all not held:
//   refused in full because not held.
class RequestOutcomeRule
{
public:
    static RequestOutcome of(const Case &theCase);
    // Cost (s12) and vexatious or repeated (s14) refusals are of the whole request; any other
    // refused part is "other exemptions". None unless the outcome refuses something.
    static RefusalReason reasonOf(const Case &theCase);
    // The provisions relied on to refuse something, at subsection level ("s31(1)(a)",
    // "reg12(5)(a)"), in provisionLess order, each once: the claims that cover a refused
    // question or any other information, leaving out s12 and s14 (reasons, not exemptions) and
    // a claim whose public interest test came down for disclosure.
    static QStringList exemptionsOf(const Case &theCase);
    // Orders provisions as the Act numbers them: FOIA sections before EIR regulations, then by
    // section or regulation number, then by the rest of the id.
    static bool provisionLess(const QString &left, const QString &right);
};

} // namespace foi::core
