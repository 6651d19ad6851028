#pragma once

#include "core/law/Provision.h"
#include "core/model/Certificate.h"
#include "core/model/PersonalData.h"
#include "core/model/PrejudiceTest.h"
#include "core/model/PublicInterestTest.h"
#include "core/model/QualifiedPersonOpinion.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// Reliance on one catalogue provision to relieve one duty (to confirm or deny, or to
// communicate) for the questions it lists, or for "any other information" the request might
// cover (as when a force neither confirms nor denies holding anything beyond what it answered).
// A claim carries the working the provision needs: the reason it applies (s17(1)(c)), a
// prejudice test, a public-interest test for the duty it relieves, the s36 qualified person's
// opinion, and any conclusive certificate. A provision that needs both duties relieved is two
// claims, so the two public-interest tests stay separate exercises (s2(1)(b) and s2(2)(b)).
struct ExemptionClaim
{
    QString provision;
    Duty relieves = Duty::Communicate;
    QStringList questions;
    bool anyOtherInformation = false;
    QString reason;
    std::optional<PrejudiceTest> prejudice;
    std::optional<PublicInterestTest> publicInterest;
    std::optional<QualifiedPersonOpinion> qualifiedPersonOpinion;
    // s36(4): the information is statistical, so s36 applies without the qualified person's
    // reasonable opinion (the prejudice must then be shown like any other).
    bool statistical = false;
    std::optional<Certificate> certificate;
    // The first condition of s40(2) (s40(3A)(a)) and EIR reg 13(1)(a): the legitimate interests
    // test of UK GDPR Art 6(1)(f) that decides whether disclosure would be lawful.
    std::optional<LegitimateInterestsTest> legitimateInterests;

    bool covers(const QString &questionId) const { return questions.contains(questionId); }

    friend bool operator==(const ExemptionClaim &, const ExemptionClaim &) = default;
};

} // namespace foi::core
