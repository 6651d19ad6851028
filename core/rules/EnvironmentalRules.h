#pragma once

#include "core/law/EnvironmentalTerms.h"
#include "core/rules/Finding.h"
#include "core/rules/RuleInput.h"

#include <QList>

namespace foi::core {

// Rules about environmental information (issue 21 point 6). A FOIA case whose claims cover
// questions worded like a request for environmental information (EIR reg 2(1): the state of the
// environment, emissions, noise, waste, land use, planning and measures affecting them) is
// warned about: such information falls under the EIR, and FOIA s39(1)(a) exempts it
// (EIR-LIKELY-ENVIRONMENTAL). An EIR public interest test that does not state the presumption in
// favour of disclosure (reg 12(2)) is warned about (EIR-PIT-PRESUMPTION-MISSING).
class EnvironmentalRules
{
public:
    static void check(const RuleInput &input, const EnvironmentalTerms &terms,
                      QList<Finding> &findings);

    // The environmental terms in the request's words a claim covers: its questions, and the
    // request as a whole when it covers "any other information".
    static QStringList termsCoveredBy(const Case &theCase, const ExemptionClaim &claim,
                                      const EnvironmentalTerms &terms);

private:
    static void checkRegime(const RuleInput &input, const EnvironmentalTerms &terms,
                            QList<Finding> &findings);
    static void checkPresumption(const RuleInput &input, QList<Finding> &findings);
};

} // namespace foi::core
