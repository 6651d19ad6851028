#pragma once

#include "core/rules/Finding.h"
#include "core/rules/RuleInput.h"

#include <QList>

namespace foi::core {

// Rules about the request and the decision on each question: a valid request (FOIA s8), a date
// of receipt to count from (s10), a decision on every question that needs one (s1(1)), and the
// requester's own conditions respected.
class RequestRules
{
public:
    static void check(const RuleInput &input, QList<Finding> &findings);

private:
    static void checkValidRequest(const RuleInput &input, QList<Finding> &findings);
    static void checkQuestion(const RuleInput &input, qsizetype index, QList<Finding> &findings);
    static void checkRefusalGrounds(const RuleInput &input, qsizetype index,
                                    QList<Finding> &findings);
};

} // namespace foi::core
