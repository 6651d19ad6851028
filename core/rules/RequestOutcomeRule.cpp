#include "core/rules/RequestOutcomeRule.h"

#include "core/model/CaseOutcome.h"
#include "core/model/WholeRequestRefusal.h"

#include <QSet>

#include <algorithm>

namespace foi::core {

namespace {

bool isRefusal(Outcome outcome)
{
    switch (outcome) {
    case Outcome::PartiallyWithheld:
    case Outcome::FullyWithheld:
    case Outcome::AvailableElsewhere:
    case Outcome::NeitherConfirmNorDeny:
    case Outcome::RefusedCost:
    case Outcome::RefusedVexatiousOrRepeated:
        return true;
    default:
        return false;
    }
}

bool isDisclosure(Outcome outcome)
{
    return outcome == Outcome::GrantedInFull || outcome == Outcome::PartiallyWithheld;
}

bool lapsedOrWithdrawn(const Case &theCase)
{
    return theCase.outcomeOverride && (*theCase.outcomeOverride == Outcome::Lapsed ||
                                       *theCase.outcomeOverride == Outcome::Withdrawn);
}

// Each question's outcome, leaving out those the requester's condition removed, and NCND for
// "any other information" a confirm-or-deny claim covers.
QSet<Outcome> partsOf(const Case &theCase)
{
    QSet<Outcome> parts;
    for (qsizetype i = 0; i < theCase.questions.size(); ++i) {
        const Outcome outcome = CaseOutcome::ofQuestion(theCase, i);
        if (outcome != Outcome::NotRequired)
            parts.insert(outcome);
    }
    for (const ExemptionClaim &claim : theCase.claims) {
        if (claim.relieves == Duty::ConfirmOrDeny && claim.anyOtherInformation &&
            !WholeRequestRefusal::isWholeRequestGround(claim.provision))
            parts.insert(Outcome::NeitherConfirmNorDeny);
    }
    return parts;
}

// The section or regulation a provision id starts with: ("s", 31, "(1)(a)").
struct ProvisionKey
{
    int rank = 0; // 0 a FOIA section, 1 an EIR regulation, 2 anything else
    int number = 0;
    QString rest;
};

ProvisionKey keyOf(const QString &provision)
{
    ProvisionKey key;
    qsizetype at = 0;
    if (provision.startsWith(u"reg")) {
        key.rank = 1;
        at = 3;
    } else if (provision.startsWith(u's')) {
        at = 1;
    } else {
        key.rank = 2;
    }
    const qsizetype digits = at;
    while (at < provision.size() && provision.at(at).isDigit())
        ++at;
    key.number = provision.mid(digits, at - digits).toInt();
    key.rest = provision.mid(at);
    return key;
}

} // namespace

RequestOutcome RequestOutcomeRule::of(const Case &theCase)
{
    if (lapsedOrWithdrawn(theCase))
        return RequestOutcome::LapsedOrWithdrawn;
    if (WholeRequestRefusal::of(theCase) != WholeRequestRefusal::Ground::None)
        return RequestOutcome::RefusedInFull;
    const QSet<Outcome> parts = partsOf(theCase);
    if (parts.isEmpty() || parts.contains(Outcome::InProgress))
        return RequestOutcome::NotYetProcessed;
    const bool disclosed = std::any_of(parts.cbegin(), parts.cend(), isDisclosure);
    const bool refused = std::any_of(parts.cbegin(), parts.cend(), isRefusal);
    const bool notHeld = parts.contains(Outcome::NotHeld);
    if (disclosed && refused)
        return RequestOutcome::PartlyDisclosedPartlyRefused;
    if (disclosed && notHeld)
        return RequestOutcome::PartlyDisclosedPartlyNotHeld;
    if (disclosed)
        return RequestOutcome::GrantedInFull;
    if (refused)
        return RequestOutcome::RefusedInFull;
    return RequestOutcome::RefusedNotHeld;
}

RefusalReason RequestOutcomeRule::reasonOf(const Case &theCase)
{
    const RequestOutcome outcome = of(theCase);
    if (outcome != RequestOutcome::RefusedInFull &&
        outcome != RequestOutcome::PartlyDisclosedPartlyRefused)
        return RefusalReason::None;
    switch (WholeRequestRefusal::of(theCase)) {
    case WholeRequestRefusal::Ground::Cost:
        return RefusalReason::Cost;
    case WholeRequestRefusal::Ground::VexatiousOrRepeated:
        return RefusalReason::VexatiousOrRepeated;
    case WholeRequestRefusal::Ground::ManifestlyUnreasonable:
    case WholeRequestRefusal::Ground::None:
        break;
    }
    return RefusalReason::OtherExemptions;
}

QStringList RequestOutcomeRule::exemptionsOf(const Case &theCase)
{
    if (reasonOf(theCase) != RefusalReason::OtherExemptions)
        return {};
    QSet<QString> refusedQuestions;
    for (qsizetype i = 0; i < theCase.questions.size(); ++i) {
        if (isRefusal(CaseOutcome::ofQuestion(theCase, i)))
            refusedQuestions.insert(theCase.questions.at(i).id);
    }
    const bool wholeRequest =
        WholeRequestRefusal::of(theCase) == WholeRequestRefusal::Ground::ManifestlyUnreasonable;
    QSet<QString> used;
    for (const ExemptionClaim &claim : theCase.claims) {
        if (claim.provision.startsWith(u"s12(") || claim.provision.startsWith(u"s14("))
            continue;
        if (claim.publicInterest &&
            claim.publicInterest->conclusion == PublicInterestConclusion::Disclose)
            continue;
        bool covers = claim.anyOtherInformation || wholeRequest;
        for (const QString &question : claim.questions)
            covers = covers || refusedQuestions.contains(question);
        if (covers)
            used.insert(claim.provision);
    }
    QStringList sorted(used.cbegin(), used.cend());
    std::sort(sorted.begin(), sorted.end(), provisionLess);
    return sorted;
}

bool RequestOutcomeRule::provisionLess(const QString &left, const QString &right)
{
    const ProvisionKey a = keyOf(left);
    const ProvisionKey b = keyOf(right);
    if (a.rank != b.rank)
        return a.rank < b.rank;
    if (a.number != b.number)
        return a.number < b.number;
    if (a.rest != b.rest)
        return a.rest < b.rest;
    return left < right;
}

} // namespace foi::core
