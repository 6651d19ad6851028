#include "core/model/CaseOutcome.h"

#include "core/model/Codes.h"
#include "core/model/WholeRequestRefusal.h"

#include <QSet>
#include <QStringList>

namespace foi::core {

bool CaseOutcome::isSection21(const QString &provision)
{
    return provision == u"s21" || provision.startsWith(u"s21(");
}

namespace {

// Withheld only under s21 counts separately in the statistics (information available elsewhere).
bool withheldOnlyUnderSection21(const Case &theCase, const QString &questionId)
{
    bool any = false;
    for (const ExemptionClaim &claim : theCase.claims) {
        if (claim.relieves != Duty::Communicate || !claim.covers(questionId))
            continue;
        if (!CaseOutcome::isSection21(claim.provision))
            return false;
        any = true;
    }
    return any;
}

} // namespace

Outcome CaseOutcome::ofQuestion(const Case &theCase, qsizetype index)
{
    const Question &question = theCase.questions.at(index);
    const Determination &determination = question.determination;
    switch (determination.communication) {
    case Communication::RefusedCost:
        return Outcome::RefusedCost;
    case Communication::RefusedVexatious:
    case Communication::RefusedRepeated:
        return Outcome::RefusedVexatiousOrRepeated;
    case Communication::NotApplicable:
    case Communication::InFull:
    case Communication::InPart:
    case Communication::Withheld:
        break;
    }
    switch (determination.holding) {
    case Holding::Undecided:
        return Outcome::InProgress;
    case Holding::NotRequired:
        return Outcome::NotRequired;
    case Holding::NotHeld:
        return Outcome::NotHeld;
    case Holding::NeitherConfirmNorDeny:
        return Outcome::NeitherConfirmNorDeny;
    case Holding::Held:
        break;
    }
    switch (determination.communication) {
    case Communication::InFull:
        return Outcome::GrantedInFull;
    case Communication::InPart:
        return Outcome::PartiallyWithheld;
    case Communication::Withheld:
        return withheldOnlyUnderSection21(theCase, question.id) ? Outcome::AvailableElsewhere
                                                                : Outcome::FullyWithheld;
    default:
        return Outcome::InProgress;
    }
}

Outcome CaseOutcome::ofCase(const Case &theCase)
{
    if (const std::optional<LifecycleEvent> closure = theCase.closure())
        return closure->kind == LifecycleKind::Lapsed ? Outcome::Lapsed : Outcome::Withdrawn;
    return theCase.outcomeOverride ? *theCase.outcomeOverride : derived(theCase);
}

QList<Outcome> CaseOutcome::partsOf(const Case &theCase)
{
    const Outcome whole = ofCase(theCase);
    if (theCase.closure() || theCase.outcomeOverride || whole == Outcome::InProgress)
        return {whole};
    QSet<Outcome> parts;
    for (qsizetype i = 0; i < theCase.questions.size(); ++i)
        parts.insert(ofQuestion(theCase, i));
    for (const ExemptionClaim &claim : theCase.claims) {
        if (claim.relieves == Duty::ConfirmOrDeny && claim.anyOtherInformation)
            parts.insert(Outcome::NeitherConfirmNorDeny);
    }
    QList<Outcome> ordered;
    for (Outcome part :
         {Outcome::GrantedInFull, Outcome::PartiallyWithheld, Outcome::FullyWithheld,
          Outcome::AvailableElsewhere, Outcome::NotHeld, Outcome::NeitherConfirmNorDeny,
          Outcome::RefusedCost, Outcome::RefusedVexatiousOrRepeated}) {
        if (parts.contains(part))
            ordered.append(part);
    }
    return ordered.isEmpty() ? QList<Outcome>{whole} : ordered;
}

QString CaseOutcome::codeOf(const Case &theCase)
{
    QStringList codes;
    for (Outcome part : partsOf(theCase))
        codes.append(toCode(part));
    return codes.join(QLatin1Char('+'));
}

Outcome CaseOutcome::derived(const Case &theCase)
{
    // A refusal of the whole request decides every question, decided on its own or not.
    switch (WholeRequestRefusal::of(theCase)) {
    case WholeRequestRefusal::Ground::Cost:
        return Outcome::RefusedCost;
    case WholeRequestRefusal::Ground::VexatiousOrRepeated:
        return Outcome::RefusedVexatiousOrRepeated;
    case WholeRequestRefusal::Ground::ManifestlyUnreasonable:
        return Outcome::FullyWithheld;
    case WholeRequestRefusal::Ground::None:
        break;
    }
    QSet<Outcome> outcomes;
    for (qsizetype i = 0; i < theCase.questions.size(); ++i) {
        const Outcome outcome = ofQuestion(theCase, i);
        if (outcome != Outcome::NotRequired)
            outcomes.insert(outcome);
    }
    if (outcomes.isEmpty() || outcomes.contains(Outcome::InProgress))
        return Outcome::InProgress;
    for (Outcome procedural : {Outcome::RefusedCost, Outcome::RefusedVexatiousOrRepeated}) {
        if (outcomes.contains(procedural))
            return procedural;
    }
    if (outcomes.size() == 1)
        return *outcomes.cbegin();

    // A mixture. "Not held" parts neither add nor withhold anything.
    outcomes.remove(Outcome::NotHeld);
    const bool released =
        outcomes.contains(Outcome::GrantedInFull) || outcomes.contains(Outcome::PartiallyWithheld);
    const bool withheld = outcomes.contains(Outcome::PartiallyWithheld) ||
                          outcomes.contains(Outcome::FullyWithheld) ||
                          outcomes.contains(Outcome::AvailableElsewhere) ||
                          outcomes.contains(Outcome::NeitherConfirmNorDeny);
    if (released && withheld)
        return Outcome::PartiallyWithheld;
    if (released)
        return Outcome::GrantedInFull;
    if (outcomes.size() == 1)
        return *outcomes.cbegin();
    return Outcome::FullyWithheld;
}

} // namespace foi::core
