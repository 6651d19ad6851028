#pragma once

#include "core/rules/Finding.h"
#include "core/rules/RuleInput.h"

#include <QList>

namespace foi::core {

// Rules about each exemption claim and about claims taken together: a provision the case may
// use, the right subsection for the duty relieved, the reasons s17 requires, the prejudice and
// public-interest working, the s36 opinion, and provisions that cannot share information.
class ClaimRules
{
public:
    static void check(const RuleInput &input, QList<Finding> &findings);

private:
    // False when the provision is unknown, so the rest of that claim cannot be judged.
    static bool checkProvision(const RuleInput &input, qsizetype index, QList<Finding> &findings);
    static void checkDuty(const RuleInput &input, qsizetype index, const Provision &provision,
                          QList<Finding> &findings);
    static void checkReasons(const RuleInput &input, qsizetype index, const Provision &provision,
                             QList<Finding> &findings);
    static void checkPrejudice(const RuleInput &input, qsizetype index, const Provision &provision,
                               QList<Finding> &findings);
    static void checkPublicInterest(const RuleInput &input, qsizetype index,
                                    const Provision &provision, QList<Finding> &findings);
    static void checkExclusivity(const RuleInput &input, QList<Finding> &findings);
};

} // namespace foi::core
