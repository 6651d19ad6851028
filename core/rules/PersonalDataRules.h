#pragma once

#include "core/rules/Finding.h"
#include "core/rules/RuleInput.h"

#include <QList>

namespace foi::core {

// Rules about personal data (FOIA s40 as substituted by the DPA 2018; EIR reg 13; ICO guidance
// "Section 40 and regulation 13"). An s40(2) claim names the condition relied on through its
// provision (s40(2)-first-condition for s40(3A)(a), -second-condition for (3B),
// -third-condition-a/-b for (4A)); a bare "s40(2)" is CLAIM-SUBSECTION-MISSING (ClaimLawRules).
// Under the first condition (and EIR reg 13(1)(a)) withholding turns on UK GDPR Art 6(1)(f), whose
// three questions (legitimate interest, necessity, balance) should all be answered: any left out
// is S40-LIT-INCOMPLETE, a warning. Where a question says whose personal data it asks for, the
// limb must fit: s40(1) and s40(5A) are for the requester's own data, s40(2) and s40(5B) for
// other people's, and data of both may take either; the wrong one is an error
// (S40-NCND-WRONG-LIMB when neither confirming nor denying, S40-WRONG-DATA-SUBJECT when
// withholding). Pure: no I/O; never fails.
class PersonalDataRules
{
public:
    static void check(const RuleInput &input, QList<Finding> &findings);

    // Whether `provision` (a catalogue id) is a first-condition limb that withholds, whose
    // lawfulness turns on the legitimate interests test.
    static bool takesLegitimateInterestsTest(const QString &provision);
    // The stem of a personal-data provision whose parts are its conditions ("s40(2)" for
    // "s40(2)-second-condition", "s40(5B)" for "s40(5B)(c)", "reg13(1)", "reg13(5A)"), or an
    // empty string for a provision that is not one. The catalogue's entries under one stem are
    // the conditions an officer chooses between.
    static QString conditionStem(const QString &provision);

private:
    static void checkLegitimateInterests(const RuleInput &input, qsizetype index,
                                         QList<Finding> &findings);
    static void checkDataSubject(const RuleInput &input, qsizetype index, QList<Finding> &findings);
};

} // namespace foi::core
