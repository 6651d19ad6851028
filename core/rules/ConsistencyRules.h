#pragma once

#include "core/rules/Finding.h"
#include "core/rules/RuleInput.h"

#include <QList>

namespace foi::core {

// Rules about cases that cannot be true, whatever the law: a reply sent before the request
// arrived, a clock change before it, a clarification received before it was asked for, a fee
// paid before it was asked for, and conditions between questions that name their own question,
// a question that does not exist, or go round in a cycle. Each is an error with its own code
// (docs/findings.md), because a deadline or an answer worked out from such a case is wrong.
class ConsistencyRules
{
public:
    static void check(const RuleInput &input, QList<Finding> &findings);

private:
    static void checkDates(const RuleInput &input, QList<Finding> &findings);
    static void checkClockOrder(const RuleInput &input, QList<Finding> &findings);
    static void checkConditions(const RuleInput &input, QList<Finding> &findings);
};

} // namespace foi::core
