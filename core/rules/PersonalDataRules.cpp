#include "core/rules/PersonalDataRules.h"

#include <array>

#include <QCoreApplication>

namespace foi::core {

namespace {

// Which data subject a limb of s40 serves (FOIA s40(1), (2), (5A), (5B), and before 25 May 2018
// s40(5)(a) and (b)(i)); Unstated for a provision that is not one of them. The EIR limbs are not
// mapped: reg 5(3) takes the requester's own personal data out of the EIR altogether.
DataSubject servedBy(const QString &provision)
{
    if (provision == u"s40(1)" || provision == u"s40(5A)" || provision == u"s40(5)(a)")
        return DataSubject::Requester;
    if (provision.startsWith(u"s40(2)") || provision.startsWith(u"s40(5B)") ||
        provision == u"s40(5)(b)(i)")
        return DataSubject::ThirdParties;
    return DataSubject::Unstated;
}

QString whose(DataSubject subject)
{
    return subject == DataSubject::Requester
               ? QCoreApplication::translate("foi::core::PersonalDataRules",
                                             "the requester's own personal data")
               : QCoreApplication::translate("foi::core::PersonalDataRules",
                                             "other people's personal data");
}

// The limb that fits `subject`, for the message.
QString fittingLimb(DataSubject subject, Duty duty, bool beforeMay2018)
{
    const bool ncnd = duty == Duty::ConfirmOrDeny;
    if (subject == DataSubject::Requester)
        return ncnd ? (beforeMay2018 ? QStringLiteral("s40(5)(a)") : QStringLiteral("s40(5A)"))
                    : QCoreApplication::translate(
                          "foi::core::PersonalDataRules",
                          "s40(1), and deal with the request as a subject access "
                          "request");
    if (ncnd)
        return beforeMay2018 ? QStringLiteral("s40(5)(b)(i)")
                             : QCoreApplication::translate(
                                   "foi::core::PersonalDataRules",
                                   "s40(5B), with the limb of the condition relied on");
    return QStringLiteral("s40(2), with the condition relied on");
}

QString claimPath(qsizetype index, const QString &field)
{
    return QStringLiteral("claims[%1].%2").arg(index).arg(field);
}

} // namespace

bool PersonalDataRules::takesLegitimateInterestsTest(const QString &provision)
{
    return provision == u"s40(2)-first-condition" || provision == u"reg13(1)(a)";
}

QString PersonalDataRules::conditionStem(const QString &provision)
{
    static const std::array<QString, 4> stems{QStringLiteral("s40(2)"), QStringLiteral("s40(5B)"),
                                              QStringLiteral("reg13(1)"),
                                              QStringLiteral("reg13(5A)")};
    for (const QString &stem : stems) {
        if (provision.size() > stem.size() && provision.startsWith(stem) &&
            (provision.at(stem.size()) == u'-' || provision.at(stem.size()) == u'('))
            return stem;
    }
    return {};
}

void PersonalDataRules::check(const RuleInput &input, QList<Finding> &findings)
{
    for (qsizetype i = 0; i < input.theCase.claims.size(); ++i) {
        checkLegitimateInterests(input, i, findings);
        checkDataSubject(input, i, findings);
    }
}

void PersonalDataRules::checkLegitimateInterests(const RuleInput &input, qsizetype index,
                                                 QList<Finding> &findings)
{
    const ExemptionClaim &claim = input.theCase.claims.at(index);
    if (!takesLegitimateInterestsTest(claim.provision) || claim.relieves != Duty::Communicate)
        return;
    // Before 25 May 2018 the claim is PROVISION-NOT-IN-FORCE, and its fix (the DPA 1998's
    // s40(2)) does not ask for this test.
    const Provision *provision = input.catalogue.find(claim.provision);
    const QDate received = input.theCase.dateOfReceipt;
    if (provision && received.isValid() && !provision->inForceOn(received))
        return;
    const LegitimateInterestsTest test =
        claim.legitimateInterests.value_or(LegitimateInterestsTest{});
    QStringList missing;
    QString locator;
    const auto need = [&](const QString &answer, const QString &part, const QString &field) {
        if (!answer.trimmed().isEmpty())
            return;
        missing.append(part);
        if (locator.isEmpty())
            locator = claimPath(index, QStringLiteral("legitimateInterests.") + field);
    };
    need(test.legitimateInterest,
         QCoreApplication::translate("foi::core::PersonalDataRules",
                                     "the legitimate interest in disclosure"),
         QStringLiteral("legitimateInterest"));
    need(test.necessity,
         QCoreApplication::translate("foi::core::PersonalDataRules",
                                     "whether disclosure is necessary to meet it"),
         QStringLiteral("necessity"));
    need(test.balancingTest,
         QCoreApplication::translate(
             "foi::core::PersonalDataRules",
             "the balance of that interest against the data subject's interests, "
             "rights and freedoms"),
         QStringLiteral("balancingTest"));
    if (missing.isEmpty())
        return;
    // A warning, not an error: the exemption may still be right (special category or criminal
    // offence data fail on Art 9 or 10 before Art 6 is reached, and the reason then says so), but
    // the ICO decides the first condition by these three questions, and a reply that skips one
    // does not show the requester why disclosure would be unlawful (s17(1)(c)).
    findings.append(Finding::warning(
        QStringLiteral("S40-LIT-INCOMPLETE"), input.cite("s40(3A)(a)", "reg 13(2A)(a)"), locator,
        QCoreApplication::translate(
            "foi::core::PersonalDataRules",
            "The claim under %1 relies on disclosure breaching the data protection "
            "principles, which for ordinary personal data turns on the legitimate "
            "interests test of UK GDPR Art 6(1)(f). Record %2.")
            .arg(provision ? provision->citation : claim.provision,
                 missing.join(QStringLiteral("; ")))));
}

void PersonalDataRules::checkDataSubject(const RuleInput &input, qsizetype index,
                                         QList<Finding> &findings)
{
    const Case &theCase = input.theCase;
    const ExemptionClaim &claim = theCase.claims.at(index);
    const DataSubject served = servedBy(claim.provision);
    if (served == DataSubject::Unstated)
        return;
    const bool ncnd = claim.relieves == Duty::ConfirmOrDeny;
    const Provision *provision = input.catalogue.find(claim.provision);
    const QString cited = provision ? provision->citation : claim.provision;
    const bool beforeMay2018 = claim.provision == u"s40(5)(a)" ||
                               claim.provision == u"s40(5)(b)(i)" ||
                               claim.provision == u"s40(2)-dpa1998";
    for (qsizetype q = 0; q < claim.questions.size(); ++q) {
        const qsizetype k = input.conditions.indexOf(claim.questions.at(q));
        if (k < 0)
            continue; // CLAIM-UNKNOWN-QUESTION already says so
        const DataSubject subject = theCase.questions.at(k).personalData;
        if (subject == DataSubject::Unstated || subject == DataSubject::Both || subject == served)
            continue;
        findings.append(Finding::error(
            ncnd ? QStringLiteral("S40-NCND-WRONG-LIMB") : QStringLiteral("S40-WRONG-DATA-SUBJECT"),
            claim.provision, claimPath(index, QStringLiteral("questions[%1]").arg(q)),
            QCoreApplication::translate(
                "foi::core::PersonalDataRules",
                "Question %1 asks for %2, but %3 is for %4. Use %5, or correct whose "
                "personal data the question asks for on the Questions step.")
                .arg(QString::number(k + 1), whose(subject), cited, whose(served),
                     fittingLimb(subject, claim.relieves, beforeMay2018))));
    }
}

} // namespace foi::core
