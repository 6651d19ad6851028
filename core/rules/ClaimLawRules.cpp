#include "core/rules/ClaimLawRules.h"

#include "core/law/ProvisionTest.h"

#include <utility>

#include <QCoreApplication>

namespace foi::core {

namespace {

QString claimPath(qsizetype index, const char *field)
{
    return QStringLiteral("claims[%1].%2").arg(index).arg(QLatin1StringView(field));
}

QString written(const QDate &date)
{
    return date.toString(QStringLiteral("d MMMM yyyy"));
}

// "Section 31", "s 31", "S31(1)", "regulation 12(5)", "reg. 12(5)" -> "s31", "s31(1)", "reg12(5)".
QString normalised(const QString &spelled)
{
    QString id = spelled.simplified().toLower();
    id.remove(u' ');
    for (const auto &[long_, short_] :
         {std::pair{QStringLiteral("section"), QStringLiteral("s")},
          std::pair{QStringLiteral("regulation"), QStringLiteral("reg")},
          std::pair{QStringLiteral("reg."), QStringLiteral("reg")},
          std::pair{QStringLiteral("s."), QStringLiteral("s")}}) {
        if (id.startsWith(long_)) {
            id = short_ + id.mid(long_.size());
            break;
        }
    }
    return id.replace(QStringLiteral("s22a"), QStringLiteral("s22A"));
}

QString citations(const ExemptionCatalogue &catalogue, const QStringList &ids)
{
    QStringList cited;
    for (const QString &id : ids) {
        const Provision *p = catalogue.find(id);
        cited.append(p ? QStringLiteral("%1 (%2)").arg(p->citation, id) : id);
    }
    return cited.join(QStringLiteral(", "));
}

} // namespace

bool ClaimLawRules::checkSubsection(const RuleInput &input, qsizetype index,
                                    QList<Finding> &findings)
{
    const ExemptionClaim &claim = input.theCase.claims.at(index);
    const QString id = normalised(claim.provision);
    if (id.isEmpty())
        return false;
    const QDate received = input.theCase.dateOfReceipt;
    QStringList parts;
    for (const Provision &p : input.catalogue.all()) {
        if (p.regime == input.theCase.regime &&
            (p.id.startsWith(id + u'(') || p.id.startsWith(id + u'-')) &&
            (!received.isValid() || p.inForceOn(received)))
            parts.append(p.id);
    }
    if (parts.isEmpty())
        return false;
    constexpr qsizetype shown = 8;
    const QString list =
        parts.size() > shown
            ? parts.mid(0, shown).join(QStringLiteral(", ")) +
                  QCoreApplication::translate("foi::core::ClaimLawRules", " and %1 more")
                      .arg(parts.size() - shown)
            : parts.join(QStringLiteral(", "));
    // s17(1)(b) / reg 14(3)(a): the notice specifies the exemption in question; the ICO expects
    // the subsection, so that the requester knows which interest is at stake.
    findings.append(Finding::error(
        QStringLiteral("CLAIM-SUBSECTION-MISSING"), input.cite("s17(1)(b)", "reg 14(3)(a)"),
        claimPath(index, "provision"),
        QCoreApplication::translate(
            "foi::core::ClaimLawRules",
            "The claim cites '%1' without the subsection relied on, so the requester "
            "cannot tell which interest is at stake (%2). Choose the part that "
            "applies: %3.")
            .arg(claim.provision, input.cite("s17(1)(b)", "reg 14(3)(a)"), list)));
    return true;
}

void ClaimLawRules::check(const RuleInput &input, qsizetype index, const Provision &provision,
                          QList<Finding> &findings)
{
    checkInForce(input, index, provision, findings);
    checkTest(input, index, provision, findings);
    checkStatistical(input, index, provision, findings);
}

void ClaimLawRules::checkInForce(const RuleInput &input, qsizetype index,
                                 const Provision &provision, QList<Finding> &findings)
{
    // A request is dealt with under the law as it stood on the date of receipt: the DPA 2018's
    // new s40 applies only to requests received from 25 May 2018 (DPA 2018 Sch 20).
    const QDate received = input.theCase.dateOfReceipt;
    if (!received.isValid() || provision.inForceOn(received))
        return;
    QStringList then;
    const QStringList &candidates = received < provision.inForceFrom
                                        ? QStringList{provision.predecessor}
                                        : provision.successors;
    for (const QString &id : candidates) {
        const Provision *p = input.catalogue.find(id);
        if (p && p->inForceOn(received))
            then.append(id);
    }
    const QString when = received < provision.inForceFrom
                             ? QCoreApplication::translate(
                                   "foi::core::ClaimLawRules",
                                   "came into force on %1, after this request was received on %2")
                                   .arg(written(provision.inForceFrom), written(received))
                             : QCoreApplication::translate(
                                   "foi::core::ClaimLawRules",
                                   "ceased to have effect on %1, before this request was received "
                                   "on %2")
                                   .arg(written(provision.ceasedOn), written(received));
    const QString instead =
        then.isEmpty()
            ? QCoreApplication::translate(
                  "foi::core::ClaimLawRules",
                  "No entry of the catalogue took its place on that date: choose the "
                  "exemption that applied then.")
            : QCoreApplication::translate("foi::core::ClaimLawRules",
                                          "The provision that applied then is %1: cite it instead.")
                  .arg(citations(input.catalogue, then));
    findings.append(Finding::error(
        QStringLiteral("PROVISION-NOT-IN-FORCE"), provision.id, claimPath(index, "provision"),
        QCoreApplication::translate(
            "foi::core::ClaimLawRules",
            "%1 %2; a request is dealt with under the law as it stood when it was "
            "received. %3")
            .arg(provision.citation, when, instead)));
}

void ClaimLawRules::checkTest(const RuleInput &input, qsizetype index, const Provision &provision,
                              QList<Finding> &findings)
{
    const ExemptionClaim &claim = input.theCase.claims.at(index);
    if (ProvisionTest::hasLikelihood(provision) || provision.test == TestKind::Procedural ||
        !claim.prejudice || claim.prejudice->likelihood == Likelihood::Unstated)
        return;
    // Police replies often argue s24(2) or s30(3) as "would be likely to prejudice": the ICO
    // judges a claim by the provision's own test, so the argument misses it.
    findings.append(Finding::warning(
        QStringLiteral("CLAIM-WRONG-TEST"), provision.id, claimPath(index, "prejudice.likelihood"),
        QCoreApplication::translate(
            "foi::core::ClaimLawRules",
            "The claim under %1 is argued as a prejudice test ('%2'), but %1 sets a %3. "
            "%4 Clear the likelihood and argue the test that applies.")
            .arg(
                provision.citation,
                claim.prejudice->likelihood == Likelihood::Would
                    ? QStringLiteral("would")
                    : QCoreApplication::translate("foi::core::ClaimLawRules", "would be likely to"),
                ProvisionTest::name(provision), ProvisionTest::whatToShow(provision))));
}

void ClaimLawRules::checkStatistical(const RuleInput &input, qsizetype index,
                                     const Provision &provision, QList<Finding> &findings)
{
    const ExemptionClaim &claim = input.theCase.claims.at(index);
    if (!claim.statistical || provision.requiresQualifiedPerson)
        return;
    findings.append(Finding::warning(
        QStringLiteral("S36-4-NOT-S36"), QStringLiteral("s36(4)"), claimPath(index, "statistical"),
        QCoreApplication::translate(
            "foi::core::ClaimLawRules",
            "The claim under %1 is marked as statistical information, but s36(4) "
            "only removes the qualified person's opinion from s36. The mark has no "
            "effect here: remove it.")
            .arg(provision.citation)));
}

} // namespace foi::core
