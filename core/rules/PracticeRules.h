#pragma once

#include "core/rules/Finding.h"
#include "core/rules/RuleInput.h"

#include <QList>

namespace foi::core {

// Rules learnt from working real cases end to end, where the Act's requirement is plain but
// easy to miss in the workbench: a case with questions to answer (s1(1)), rights paragraphs
// with nothing left blank (s17(7)), public-interest factors in the column they favour (s2(2)(b)),
// and the request's own warnings (in writing, s8(1)(a); received on a day that has come, s10(1))
// shown with the other findings rather than only under the form.
class PracticeRules
{
public:
    static void check(const RuleInput &input, QList<Finding> &findings);

    // True when a rights paragraph still has a gap where a value belongs: a {{name}} left
    // unfilled, or an empty value between words ("write to  within") or before a comma or
    // full stop ("write to , within").
    static bool hasUnfilledPlaceholder(const QString &paragraph);

private:
    static void checkQuestions(const RuleInput &input, QList<Finding> &findings);
    static void checkRightsParagraphs(const RuleInput &input, QList<Finding> &findings);
    static void checkFactorSides(const RuleInput &input, QList<Finding> &findings);
    static void checkRequestWarnings(const RuleInput &input, QList<Finding> &findings);
};

} // namespace foi::core
