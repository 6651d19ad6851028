#pragma once

#include "core/rules/Finding.h"
#include "core/rules/RuleInput.h"

#include <QList>

namespace foi::core {

// Rules for refusals of the whole request (core/model/WholeRequestRefusal): s12 cannot refuse
// a question answered "not held" (there is nothing to comply with), and EIR reg 12(4)(b)
// (manifestly unreasonable) needs, like s12, the estimate of the burden and advice and
// assistance (reg 9), besides its public interest test (reg 12(1)(b), checked with the other
// qualified claims). The s12 estimate and s16 advice are ProcedureRules'.
class WholeRequestRules
{
public:
    static void check(const RuleInput &input, QList<Finding> &findings);

private:
    static void checkCostOnNotHeld(const RuleInput &input, QList<Finding> &findings);
    static void checkManifestlyUnreasonable(const RuleInput &input, QList<Finding> &findings);
};

} // namespace foi::core
