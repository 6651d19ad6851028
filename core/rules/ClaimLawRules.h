#pragma once

#include "core/rules/Finding.h"
#include "core/rules/RuleInput.h"

#include <QList>

namespace foi::core {

// Rules about the law a claim relies on, beyond its working: that it names the subsection (not
// "section 31"), that the provision had effect on the date of receipt (the law as it then stood),
// that it is argued under the test the provision sets (prejudice, "required for", class), and
// that a claim marked statistical (s36(4)) is under s36. Called by ClaimRules for each claim.
class ClaimLawRules
{
public:
    // For a claim whose provision the catalogue does not know: true (and a finding) when it names
    // a section or subsection without the part relied on and the catalogue has its parts.
    static bool checkSubsection(const RuleInput &input, qsizetype index, QList<Finding> &findings);
    // For a claim under a provision the catalogue knows.
    static void check(const RuleInput &input, qsizetype index, const Provision &provision,
                      QList<Finding> &findings);

private:
    static void checkInForce(const RuleInput &input, qsizetype index, const Provision &provision,
                             QList<Finding> &findings);
    static void checkTest(const RuleInput &input, qsizetype index, const Provision &provision,
                          QList<Finding> &findings);
    static void checkStatistical(const RuleInput &input, qsizetype index,
                                 const Provision &provision, QList<Finding> &findings);
};

} // namespace foi::core
