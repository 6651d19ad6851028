#include "core/rules/EnvironmentalRules.h"

#include <QCoreApplication>

namespace foi::core {

namespace {

QString quoted(const QStringList &terms)
{
    QStringList shown;
    for (const QString &term : terms)
        shown.append(QStringLiteral("'%1'").arg(term));
    return shown.join(QStringLiteral(", "));
}

// Whether the test says that it applied reg 12(2)'s presumption: the word "presumption" with
// "disclos..." (disclose, disclosure) anywhere in its balance or factors.
bool statesPresumption(const PublicInterestTest &test)
{
    const QString text = QStringList{test.balance, test.favouringDisclosure.join(u'\n'),
                                     test.favouringExemption.join(u'\n')}
                             .join(u'\n');
    return text.contains(QStringLiteral("presumption"), Qt::CaseInsensitive) &&
           text.contains(QStringLiteral("disclos"), Qt::CaseInsensitive);
}

} // namespace

void EnvironmentalRules::check(const RuleInput &input, const EnvironmentalTerms &terms,
                               QList<Finding> &findings)
{
    if (input.isEir())
        checkPresumption(input, findings);
    else
        checkRegime(input, terms, findings);
}

QStringList EnvironmentalRules::termsCoveredBy(const Case &theCase, const ExemptionClaim &claim,
                                               const EnvironmentalTerms &terms)
{
    QStringList texts;
    for (const Question &question : theCase.questions) {
        if (claim.covers(question.id))
            texts.append(question.text);
    }
    if (claim.anyOtherInformation)
        texts.append(theCase.requestText);
    return terms.foundIn(texts.join(u'\n'));
}

void EnvironmentalRules::checkRegime(const RuleInput &input, const EnvironmentalTerms &terms,
                                     QList<Finding> &findings)
{
    const QList<ExemptionClaim> &claims = input.theCase.claims;
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const QStringList found = termsCoveredBy(input.theCase, claims.at(i), terms);
        if (found.isEmpty())
            continue;
        // A warning, not an error: the words suggest, the officer decides (ICO guidance
        // "Regulation 2(1) - What is environmental information?").
        findings.append(Finding::warning(
            QStringLiteral("EIR-LIKELY-ENVIRONMENTAL"), QStringLiteral("s39(1)(a)"),
            QStringLiteral("claims[%1].provision").arg(i),
            QCoreApplication::translate(
                "foi::core::EnvironmentalRules",
                "The claim under %1 covers information whose description mentions %2. "
                "Information on the state of the environment, emissions, noise, "
                "waste, land use, planning or measures affecting them is environmental "
                "information (EIR reg 2(1)): the EIR apply to it, not FOIA, which "
                "exempts it under s39(1)(a). Decide whether it is environmental; if "
                "so, handle it under the EIR and rely on their exceptions.")
                .arg(claims.at(i).provision, quoted(found))));
    }
}

void EnvironmentalRules::checkPresumption(const RuleInput &input, QList<Finding> &findings)
{
    const QList<ExemptionClaim> &claims = input.theCase.claims;
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const ExemptionClaim &claim = claims.at(i);
        // A FOIA provision in an EIR case is REGIME-MISMATCH already; its test is not the EIR's.
        const Provision *provision = input.catalogue.find(claim.provision);
        if (!provision || provision->regime != Regime::Eir || !claim.publicInterest ||
            statesPresumption(*claim.publicInterest))
            continue;
        findings.append(Finding::warning(
            QStringLiteral("EIR-PIT-PRESUMPTION-MISSING"), QStringLiteral("reg 12(2)"),
            QStringLiteral("claims[%1].publicInterest.balance").arg(i),
            QCoreApplication::translate(
                "foi::core::EnvironmentalRules",
                "The public interest test for %1 does not say that it applied the "
                "presumption in favour of disclosure that EIR reg 12(2) requires. Say "
                "in the balance how the presumption was weighed: the exception is "
                "maintained only if, in all the circumstances, the public interest in "
                "maintaining it outweighs the public interest in disclosure.")
                .arg(claim.provision)));
    }
}

} // namespace foi::core
