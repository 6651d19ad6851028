#pragma once

#include "core/rules/Finding.h"
#include "core/rules/RuleInput.h"

#include <QList>

namespace foi::core {

// Rules about how the request is handled and what the reply must carry beyond the answers: the
// s10(3) extension, the rights of review and complaint (s17(7)), the cost limit with its advice
// and assistance (s12, s16), reasons for a s14 refusal, and an apology when the reply is late.
class ProcedureRules
{
public:
    static constexpr int aggregationWindow = 60; // working days, Fees Regulations reg 5(2)

    static void check(const RuleInput &input, QList<Finding> &findings);

private:
    static void checkExtension(const RuleInput &input, QList<Finding> &findings);
    static void checkExtensionNotice(const RuleInput &input, qsizetype index,
                                     QList<Finding> &findings);
    static void checkRights(const RuleInput &input, QList<Finding> &findings);
    static void checkCostLimit(const RuleInput &input, QList<Finding> &findings);
    static void checkAggregation(const RuleInput &input, QList<Finding> &findings);
    static void checkVexatious(const RuleInput &input, QList<Finding> &findings);
    static void checkLateness(const RuleInput &input, QList<Finding> &findings);

    // True when anything is refused, so the reply is a refusal notice under s17.
    static bool refuses(const Case &theCase);
};

} // namespace foi::core
