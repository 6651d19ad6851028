#include "core/rules/ClaimRules.h"

#include "core/model/CaseOutcome.h"
#include "core/rules/ClaimLawRules.h"

#include <QCoreApplication>

namespace foi::core {

namespace {

QString claimPath(qsizetype index, const char *field)
{
    return QStringLiteral("claims[%1].%2").arg(index).arg(QLatin1StringView(field));
}

bool shareInformation(const ExemptionClaim &a, const ExemptionClaim &b)
{
    if (a.anyOtherInformation && b.anyOtherInformation)
        return true;
    for (const QString &question : a.questions) {
        if (b.covers(question))
            return true;
    }
    return false;
}

bool needsHarm(const Provision &provision)
{
    // s38 "endanger" and the EIR's "adversely affect" are not on the ICO's prejudice list, but
    // the ICO expects the same showing of harm and likelihood for them.
    return provision.prejudiceBased || provision.needsHarmStatement();
}

} // namespace

void ClaimRules::check(const RuleInput &input, QList<Finding> &findings)
{
    const QList<ExemptionClaim> &claims = input.theCase.claims;
    for (qsizetype i = 0; i < claims.size(); ++i) {
        if (!checkProvision(input, i, findings))
            continue;
        const Provision &provision = *input.catalogue.find(claims.at(i).provision);
        checkDuty(input, i, provision, findings);
        checkReasons(input, i, provision, findings);
        checkPrejudice(input, i, provision, findings);
        checkPublicInterest(input, i, provision, findings);
        ClaimLawRules::check(input, i, provision, findings);
    }
    checkExclusivity(input, findings);
}

bool ClaimRules::checkProvision(const RuleInput &input, qsizetype index, QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    const ExemptionClaim &claim = theCase.claims.at(index);
    const Provision *provision = input.catalogue.find(claim.provision);
    if (!provision) {
        if (!ClaimLawRules::checkSubsection(input, index, findings))
            findings.append(Finding::error(
                QStringLiteral("CLAIM-UNKNOWN-PROVISION"), claim.provision,
                claimPath(index, "provision"),
                QCoreApplication::translate(
                    "foi::core::ClaimRules",
                    "'%1' is not a provision the workbench knows. Choose the exemption "
                    "from the catalogue, at subsection level.")
                    .arg(claim.provision)));
        return false;
    }
    if (claim.questions.isEmpty() && !claim.anyOtherInformation)
        findings.append(Finding::error(
            QStringLiteral("CLAIM-COVERS-NOTHING"), provision->id, claimPath(index, "questions"),
            QCoreApplication::translate(
                "foi::core::ClaimRules",
                "The claim under %1 covers no question. Say which questions it applies "
                "to, or that it covers any other information the request might catch.")
                .arg(provision->citation)));
    for (qsizetype q = 0; q < claim.questions.size(); ++q) {
        if (input.conditions.indexOf(claim.questions.at(q)) < 0)
            findings.append(Finding::error(
                QStringLiteral("CLAIM-UNKNOWN-QUESTION"), provision->id,
                QStringLiteral("claims[%1].questions[%2]").arg(index).arg(q),
                QCoreApplication::translate(
                    "foi::core::ClaimRules",
                    "The claim under %1 names question '%2', which the case does not "
                    "have. Correct or remove the reference.")
                    .arg(provision->citation, claim.questions.at(q))));
    }
    if (provision->regime != theCase.regime)
        findings.append(Finding::error(
            QStringLiteral("REGIME-MISMATCH"), provision->id, claimPath(index, "provision"),
            input.isEir() ? QCoreApplication::translate(
                                "foi::core::ClaimRules",
                                "%1 belongs to the Freedom of Information Act, but this request "
                                "is handled under the EIR. Use the EIR exception that fits "
                                "(regulation 12 or 13); the cost limit's EIR counterpart is "
                                "reg 12(4)(b).")
                                .arg(provision->citation)
                          : QCoreApplication::translate(
                                "foi::core::ClaimRules",
                                "%1 is an EIR exception, but this request is handled under the "
                                "Freedom of Information Act. Use the FOIA exemption, or handle "
                                "the request under the EIR if the information is environmental "
                                "(s39).")
                                .arg(provision->citation)));
    if (!provision->availableTo.isEmpty() &&
        !provision->availableTo.contains(theCase.authority.kind))
        findings.append(Finding::error(
            QStringLiteral("AUTHORITY-CANNOT-USE"), provision->id, claimPath(index, "provision"),
            QCoreApplication::translate(
                "foi::core::ClaimRules",
                "%1 is not available to this kind of authority (for example s35 is "
                "only for government departments and the Welsh Government). Choose "
                "another exemption.")
                .arg(provision->citation)));
    return true;
}

void ClaimRules::checkDuty(const RuleInput &input, qsizetype index, const Provision &provision,
                           QList<Finding> &findings)
{
    const ExemptionClaim &claim = input.theCase.claims.at(index);
    if (provision.kind == ProvisionKind::NotHeld ||
        provision.kind == ProvisionKind::ProceduralGround)
        return; // grounds, not exemptions: their duty is fixed by the catalogue
    if (claim.relieves == Duty::ConfirmOrDeny && provision.kind == ProvisionKind::Exemption) {
        if (provision.ncndProvision.isEmpty())
            findings.append(Finding::error(
                QStringLiteral("NCND-NO-LIMB"), provision.id, claimPath(index, "relieves"),
                QCoreApplication::translate(
                    "foi::core::ClaimRules",
                    "%1 has no provision removing the duty to confirm or deny, so it "
                    "cannot support 'neither confirm nor deny'. Confirm whether the "
                    "information is held, then withhold it under %1 if it applies.")
                    .arg(provision.citation)));
        else
            findings.append(
                Finding::error(QStringLiteral("NCND-WRONG-SUBSECTION"), provision.id,
                               claimPath(index, "provision"),
                               QCoreApplication::translate(
                                   "foi::core::ClaimRules",
                                   "%1 exempts information from disclosure; the duty to confirm or "
                                   "deny is removed by %2. Cite %2 for the NCND.")
                                   .arg(provision.citation, provision.ncndProvision)));
    }
    if (claim.relieves == Duty::Communicate && provision.kind == ProvisionKind::NcndExclusion)
        findings.append(Finding::error(
            QStringLiteral("NCND-WRONG-SUBSECTION"), provision.id, claimPath(index, "provision"),
            QCoreApplication::translate(
                "foi::core::ClaimRules",
                "%1 removes only the duty to confirm or deny. To withhold held "
                "information cite %2.")
                .arg(provision.citation, provision.parent)));
    if (CaseOutcome::isSection21(provision.id) && claim.relieves == Duty::Communicate) {
        for (const QString &id : claim.questions) {
            const qsizetype q = input.conditions.indexOf(id);
            if (q >= 0 &&
                input.theCase.questions.at(q).determination.availableAt.trimmed().isEmpty())
                findings.append(Finding::error(
                    QStringLiteral("S21-LOCATION-MISSING"), provision.id,
                    QStringLiteral("questions[%1].determination.availableAt").arg(q),
                    QCoreApplication::translate(
                        "foi::core::ClaimRules",
                        "Question %1 is withheld under s21 but the reply does not say "
                        "where the information is reasonably accessible. Give the "
                        "link or the place (s16 advice).")
                        .arg(id)));
        }
    }
}

void ClaimRules::checkReasons(const RuleInput &input, qsizetype index, const Provision &provision,
                              QList<Finding> &findings)
{
    const ExemptionClaim &claim = input.theCase.claims.at(index);
    // s17(1)(c) asks for the reason "if that would not otherwise be apparent"; the ICO expects
    // it always, and s17(4) (saying why would itself disclose exempt information) is a reason
    // the officer records here in so many words.
    if (claim.reason.trimmed().isEmpty())
        findings.append(
            Finding::error(QStringLiteral("S17-REASON-MISSING"),
                           input.cite("s17(1)(c)", "reg 14(3)(a)"), claimPath(index, "reason"),
                           QCoreApplication::translate(
                               "foi::core::ClaimRules",
                               "The claim under %1 does not say why the exemption applies (%2). "
                               "Explain how the information falls within it; where saying so would "
                               "itself disclose exempt information, record that s17(4) applies.")
                               .arg(provision.citation, input.cite("s17(1)(c)", "reg 14(3)(a)"))));
    // s36(4): for statistical information s36 applies without the qualified person's opinion.
    if (provision.requiresQualifiedPerson && !claim.statistical) {
        const std::optional<QualifiedPersonOpinion> &opinion = claim.qualifiedPersonOpinion;
        if (!opinion || opinion->qualifiedPerson.trimmed().isEmpty() ||
            !opinion->givenOn.isValid() || opinion->opinion.trimmed().isEmpty())
            findings.append(Finding::error(
                QStringLiteral("S36-OPINION-MISSING"), provision.id,
                claimPath(index, "qualifiedPersonOpinion"),
                QCoreApplication::translate(
                    "foi::core::ClaimRules",
                    "%1 applies only in the reasonable opinion of the qualified person "
                    "(s36(2), s36(5)). Record who gave the opinion, when, and what "
                    "it was, before the reply is sent.")
                    .arg(provision.citation)));
    }
}

void ClaimRules::checkPrejudice(const RuleInput &input, qsizetype index, const Provision &provision,
                                QList<Finding> &findings)
{
    if (!needsHarm(provision))
        return;
    const ExemptionClaim &claim = input.theCase.claims.at(index);
    const QString duty =
        claim.relieves == Duty::ConfirmOrDeny
            ? QCoreApplication::translate("foi::core::ClaimRules", "confirming or denying")
            : QStringLiteral("disclosure");
    if (!claim.prejudice) {
        findings.append(Finding::error(
            QStringLiteral("PREJUDICE-HARM-MISSING"), provision.id, claimPath(index, "prejudice"),
            QCoreApplication::translate(
                "foi::core::ClaimRules",
                "%1 is engaged only if %2 would harm the interest it protects. Add the "
                "prejudice test: the interest, how %2 would harm it, and whether it "
                "'would' or 'would be likely to'.")
                .arg(provision.citation, duty)));
        return;
    }
    if (claim.prejudice->harm.trimmed().isEmpty() || claim.prejudice->interest.trimmed().isEmpty())
        findings.append(Finding::error(
            QStringLiteral("PREJUDICE-HARM-MISSING"), provision.id,
            claimPath(index, claim.prejudice->harm.trimmed().isEmpty() ? "prejudice.harm"
                                                                       : "prejudice.interest"),
            QCoreApplication::translate(
                "foi::core::ClaimRules",
                "%1 is engaged only if %2 would harm the interest it protects. Name the "
                "interest and explain how %2 would harm it.")
                .arg(provision.citation, duty)));
    const Likelihood likelihood = claim.prejudice->likelihood;
    if (likelihood == Likelihood::Unstated)
        findings.append(Finding::error(
            QStringLiteral("PREJUDICE-LIKELIHOOD-MISSING"), provision.id,
            claimPath(index, "prejudice.likelihood"),
            QCoreApplication::translate(
                "foi::core::ClaimRules",
                "Say whether %1 'would' or 'would be likely to' cause the harm %2 "
                "protects against; the ICO expects the authority to name the limb it "
                "relies on.")
                .arg(duty, provision.citation)));
    else if (provision.test == TestKind::AdverseEffect && likelihood == Likelihood::WouldBeLikelyTo)
        // ICO reading of reg 12(5): "would adversely affect" means more probable than not.
        findings.append(
            Finding::error(QStringLiteral("EIR-ADVERSE-EFFECT-THRESHOLD"), provision.id,
                           claimPath(index, "prejudice.likelihood"),
                           QCoreApplication::translate(
                               "foi::core::ClaimRules",
                               "%1 needs an adverse effect that would happen (more probable than "
                               "not); 'would be likely to' is not enough under the EIR.")
                               .arg(provision.citation)));
}

void ClaimRules::checkPublicInterest(const RuleInput &input, qsizetype index,
                                     const Provision &provision, QList<Finding> &findings)
{
    if (!provision.isQualified())
        return;
    const ExemptionClaim &claim = input.theCase.claims.at(index);
    const QString section = input.cite("s17(3)", "reg 14(3)(b)");
    if (!claim.publicInterest) {
        findings.append(Finding::error(
            QStringLiteral("S17-PIT-MISSING"), section, claimPath(index, "publicInterest"),
            QCoreApplication::translate(
                "foi::core::ClaimRules",
                "%1 is qualified: the reply must show the public interest test (%2). "
                "Set out the factors each way, the balance and the conclusion.")
                .arg(provision.citation, section)));
        return;
    }
    const PublicInterestTest &test = *claim.publicInterest;
    if (test.favouringDisclosure.isEmpty() || test.favouringExemption.isEmpty())
        findings.append(Finding::error(
            QStringLiteral("S17-PIT-ONE-SIDED"), section,
            claimPath(index, test.favouringDisclosure.isEmpty()
                                 ? "publicInterest.favouringDisclosure"
                                 : "publicInterest.favouringExemption"),
            QCoreApplication::translate(
                "foi::core::ClaimRules",
                "The public interest test for %1 lists no factor %2. A test weighs both "
                "sides; there is always some public interest in openness.")
                .arg(provision.citation,
                     test.favouringDisclosure.isEmpty()
                         ? QCoreApplication::translate("foi::core::ClaimRules",
                                                       "in favour of disclosure")
                         : QCoreApplication::translate("foi::core::ClaimRules",
                                                       "in favour of maintaining the exemption"))));
    if (test.conclusion == PublicInterestConclusion::Undecided || test.balance.trimmed().isEmpty())
        findings.append(Finding::error(
            QStringLiteral("S17-PIT-NO-CONCLUSION"), section,
            claimPath(index, test.balance.trimmed().isEmpty() ? "publicInterest.balance"
                                                              : "publicInterest.conclusion"),
            QCoreApplication::translate(
                "foi::core::ClaimRules",
                "The public interest test for %1 has no balance or no conclusion. "
                "Weigh the factors and say which way the balance falls.")
                .arg(provision.citation)));
    else if (test.conclusion == PublicInterestConclusion::Disclose)
        findings.append(Finding::error(
            QStringLiteral("S2-PIT-FAVOURS-DISCLOSURE"), input.cite("s2(2)(b)", "reg 12(1)(b)"),
            claimPath(index, "publicInterest.conclusion"),
            QCoreApplication::translate(
                "foi::core::ClaimRules",
                "The public interest test for %1 concludes in favour of %2, so the "
                "exemption cannot be relied on. Remove the claim and %2.")
                .arg(provision.citation, claim.relieves == Duty::ConfirmOrDeny
                                             ? QCoreApplication::translate("foi::core::ClaimRules",
                                                                           "confirming or denying")
                                             : QStringLiteral("disclosing"))));
}

void ClaimRules::checkExclusivity(const RuleInput &input, QList<Finding> &findings)
{
    const QList<ExemptionClaim> &claims = input.theCase.claims;
    for (qsizetype i = 0; i < claims.size(); ++i) {
        for (qsizetype j = i + 1; j < claims.size(); ++j) {
            if (!shareInformation(claims.at(i), claims.at(j)) ||
                !input.catalogue.mutuallyExclusive(claims.at(i).provision, claims.at(j).provision))
                continue;
            findings.append(Finding::error(
                QStringLiteral("EXCLUSIVE-PROVISIONS"), claims.at(j).provision,
                claimPath(j, "provision"),
                QCoreApplication::translate(
                    "foi::core::ClaimRules",
                    "%1 and %2 cannot both apply to the same information (for example "
                    "s31 applies only to information not exempt under s30). Choose "
                    "the one that fits, or cite them for different questions.")
                    .arg(claims.at(i).provision, claims.at(j).provision)));
        }
    }
}

} // namespace foi::core
