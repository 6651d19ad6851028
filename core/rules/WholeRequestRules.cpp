#include "core/rules/WholeRequestRules.h"

#include <QCoreApplication>

namespace foi::core {

namespace {

bool isCostGround(const QString &provision)
{
    return provision == u"s12(1)" || provision == u"s12(2)";
}

Finding costOnNotHeld(const QString &id, const QString &locator)
{
    return Finding::error(
        QStringLiteral("S12-NOT-HELD"), QStringLiteral("s12(1)"), locator,
        QCoreApplication::translate(
            "foi::core::WholeRequestRules",
            "Question %1 is answered 'not held' but refused as costing too much. The "
            "cost limit is about the cost of complying, and for information not held "
            "there is nothing to comply with: keep 'not held' (with the searches "
            "made) or, if establishing whether it is held would itself cost too "
            "much, leave the holding undecided and rely on s12 for the whole "
            "request.")
            .arg(id));
}

} // namespace

void WholeRequestRules::check(const RuleInput &input, QList<Finding> &findings)
{
    checkCostOnNotHeld(input, findings);
    checkManifestlyUnreasonable(input, findings);
}

void WholeRequestRules::checkCostOnNotHeld(const RuleInput &input, QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    for (qsizetype i = 0; i < theCase.questions.size(); ++i) {
        const Determination &determination = theCase.questions.at(i).determination;
        if (determination.holding == Holding::NotHeld &&
            determination.communication == Communication::RefusedCost)
            findings.append(
                costOnNotHeld(theCase.questions.at(i).id,
                              QStringLiteral("questions[%1].determination.communication").arg(i)));
    }
    for (qsizetype c = 0; c < theCase.claims.size(); ++c) {
        const ExemptionClaim &claim = theCase.claims.at(c);
        if (!isCostGround(claim.provision))
            continue;
        for (qsizetype q = 0; q < claim.questions.size(); ++q) {
            const qsizetype index = input.conditions.indexOf(claim.questions.at(q));
            if (index >= 0 && theCase.questions.at(index).determination.holding == Holding::NotHeld)
                findings.append(
                    costOnNotHeld(claim.questions.at(q),
                                  QStringLiteral("claims[%1].questions[%2]").arg(c).arg(q)));
        }
    }
}

void WholeRequestRules::checkManifestlyUnreasonable(const RuleInput &input,
                                                    QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    qsizetype claimIndex = -1;
    for (qsizetype c = 0; c < theCase.claims.size() && claimIndex < 0; ++c) {
        if (theCase.claims.at(c).provision == u"reg12(4)(b)")
            claimIndex = c;
    }
    if (claimIndex < 0)
        return;
    // ICO guidance on reg 12(4)(b): where the burden is the reason, the authority should be able
    // to show it (an estimate in the manner of the Fees Regulations is a guide) and must offer
    // advice and assistance (reg 9(1)); the public interest test follows (reg 12(1)(b)).
    if (!theCase.costEstimate || theCase.costEstimate->activities.isEmpty())
        findings.append(
            Finding::error(QStringLiteral("EIR-BURDEN-MISSING"), QStringLiteral("reg 12(4)(b)"),
                           QStringLiteral("costEstimate"),
                           QCoreApplication::translate(
                               "foi::core::WholeRequestRules",
                               "The request is refused as manifestly unreasonable (reg 12(4)(b)) "
                               "without the estimate of the burden: record the hours for each "
                               "activity needed to comply. The EIR have no cost limit, but the "
                               "18 or 24 hours of the Fees Regulations are a guide (ICO).")));
    if (theCase.adviceAndAssistance.trimmed().isEmpty())
        findings.append(Finding::error(
            QStringLiteral("EIR-ADVICE-MISSING"), QStringLiteral("reg 9(1)"),
            QStringLiteral("adviceAndAssistance"),
            QCoreApplication::translate(
                "foi::core::WholeRequestRules",
                "A refusal under reg 12(4)(b) must come with advice and assistance "
                "(reg 9(1)): say how the request could be narrowed so that it can be "
                "answered, or why nothing could help.")));
}

} // namespace foi::core
