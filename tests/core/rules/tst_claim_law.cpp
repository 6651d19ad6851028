#include "core/law/ExemptionCatalogue.h"
#include "core/law/ProvisionTest.h"
#include "core/model/CaseFile.h"
#include "core/model/CaseOutcome.h"
#include "core/rules/CaseChecker.h"
#include "tests/support/ReferenceCase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace foi::core;

namespace {

using testsupport::referenceCase;

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The reference case (received 14 May 2018) moved to another date of receipt, replied in time.
void receivedOn(Case &c, const char *iso)
{
    c.dateOfReceipt = d(iso);
    c.reply.sentOn = c.dateOfReceipt.addDays(7);
}

// A complete claim for held question Q10: the working its provision's test asks for.
ExemptionClaim claimFor(const QString &provision, Duty duty = Duty::Communicate)
{
    ExemptionClaim claim;
    claim.provision = provision;
    claim.relieves = duty;
    claim.questions = {QStringLiteral("Q10")};
    claim.reason = QStringLiteral("Why the exemption applies to this information.");
    const Provision *p = ExemptionCatalogue::builtIn().find(provision);
    if (!p || ProvisionTest::hasLikelihood(*p))
        claim.prejudice =
            PrejudiceTest{QStringLiteral("The interest protected."),
                          QStringLiteral("How release would harm it."), Likelihood::Would};
    claim.publicInterest = PublicInterestTest{{QStringLiteral("Openness.")},
                                              {QStringLiteral("The harm avoided.")},
                                              QStringLiteral("The harm outweighs openness."),
                                              PublicInterestConclusion::MaintainExemption};
    // EIR reg 12(2): the test starts from the presumption in favour of disclosure.
    if (provision.startsWith(u"reg"))
        claim.publicInterest->balance = QStringLiteral(
            "Starting from the presumption in favour of disclosure, the harm outweighs openness.");
    return claim;
}

// Q10, held (or neither confirmed nor denied for an NCND claim), refused under `claim`.
void refuseUnder(Case &c, const ExemptionClaim &claim)
{
    Question question;
    question.id = QStringLiteral("Q10");
    question.text = QStringLiteral("A further question.");
    if (claim.relieves == Duty::ConfirmOrDeny) {
        question.determination.holding = Holding::NeitherConfirmNorDeny;
    } else {
        question.determination.holding = Holding::Held;
        question.determination.communication = Communication::Withheld;
    }
    c.questions.append(question);
    c.claims.append(claim);
}

// Point 4: the whole request refused under `ground` by a claim covering "any other information"
// (the whole request), with two further questions left undecided, and the working it needs.
void refuseWholeRequest(Case &c, const QString &ground)
{
    if (ground.startsWith(u"reg"))
        c.regime = Regime::Eir;
    ExemptionClaim claim;
    claim.provision = ground;
    claim.anyOtherInformation = true;
    claim.reason = QStringLiteral("Why the ground applies to the request as a whole.");
    if (ground == u"reg12(4)(b)")
        claim.publicInterest =
            PublicInterestTest{{QStringLiteral("Openness about the subject.")},
                               {QStringLiteral("Diverting staff from their work for weeks.")},
                               QStringLiteral("Starting from the presumption in favour of "
                                              "disclosure (reg 12(2)), the burden outweighs the "
                                              "value of release."),
                               PublicInterestConclusion::MaintainExemption};
    c.claims = {claim};
    for (const char *id : {"Q10", "Q11"}) {
        Question question;
        question.id = QString::fromLatin1(id);
        question.text = QStringLiteral("A further question.");
        c.questions.append(question);
    }
    c.costEstimate =
        CostEstimate{{{CostActivityKind::Locating, 30.0, QStringLiteral("300 files")}}, {}};
    c.adviceAndAssistance = QStringLiteral("Asking for one year would bring it within the limit.");
    c.vexatiousReasons = QStringLiteral("The fourth identical request in a month.");
}

using Mutation = std::function<void(Case &)>;

QStringList codes(const QList<Finding> &findings)
{
    QStringList result;
    for (const Finding &finding : findings)
        result.append(finding.code + QStringLiteral(" at ") + finding.locator);
    return result;
}

QString findingsDocument()
{
    QFile file(QStringLiteral(FOI_SOURCE_DIR "/docs/findings.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open docs/findings.md");
    return QString::fromUtf8(file.readAll());
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

// The law a claim relies on (issue 21): the test each provision sets (point 1), the law as it
// stood on the date of receipt and the subsection relied on (point 2), and s36(4) statistical
// information (point 5).
class TestClaimLaw : public QObject
{
    Q_OBJECT
private slots:
    void defectsYieldTheirFinding_data()
    {
        QTest::addColumn<Mutation>("defect");
        QTest::addColumn<QString>("expected"); // "CODE at locator"
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("saying"); // a phrase the message must contain
        const Severity error = Severity::Error;
        const Severity warning = Severity::Warning;

        // Point 1. s24(2): "required for the purpose of safeguarding national security", no
        // likelihood limb (ICO s24 guidance); police replies argue it as prejudice.
        QTest::newRow("s24(2) argued as prejudice") << Mutation([](Case &c) {
            c.claims[0].prejudice = PrejudiceTest{
                QStringLiteral("National security."),
                QStringLiteral("Terrorists would learn capability."), Likelihood::WouldBeLikelyTo};
        }) << u"CLAIM-WRONG-TEST at claims[0].prejudice.likelihood"_qs
                                                    << warning
                                                    << u"required for the purpose of safeguarding "
                                                       "national security"_qs;
        // s30(1)(a): class-based, engaged by what the information is (ICO s30 guidance).
        QTest::newRow("s30(1)(a) argued as prejudice") << Mutation([](Case &c) {
            ExemptionClaim claim = claimFor(u"s30(1)(a)"_qs);
            claim.prejudice = PrejudiceTest{QStringLiteral("Investigations."),
                                            QStringLiteral("It would harm the investigation."),
                                            Likelihood::Would};
            refuseUnder(c, claim);
        }) << u"CLAIM-WRONG-TEST at claims[2].prejudice.likelihood"_qs
                                                       << warning << u"class-based"_qs;
        // s41(1): an actionable breach of confidence, not prejudice.
        QTest::newRow("s41(1) argued as prejudice") << Mutation([](Case &c) {
            ExemptionClaim claim = claimFor(u"s41(1)"_qs);
            claim.prejudice = PrejudiceTest{{}, {}, Likelihood::WouldBeLikelyTo};
            refuseUnder(c, claim);
        }) << u"CLAIM-WRONG-TEST at claims[2].prejudice.likelihood"_qs
                                                    << warning << u"actionable breach"_qs;

        // Point 2. DPA 2018 Sch 19 para 58 substituted s40 from 25 May 2018; a request received
        // before then is dealt with under the old s40 (DPA 2018 Sch 20).
        QTest::newRow("s40(5A) on a request of 14 May 2018")
            << Mutation(
                   [](Case &c) { refuseUnder(c, claimFor(u"s40(5A)"_qs, Duty::ConfirmOrDeny)); })
            << u"PROVISION-NOT-IN-FORCE at claims[2].provision"_qs << error
            << u"The provision that applied then is Section 40(5)(a) (s40(5)(a))"_qs;
        QTest::newRow("s40(2) first condition on a request of 14 May 2018")
            << Mutation([](Case &c) { refuseUnder(c, claimFor(u"s40(2)-first-condition"_qs)); })
            << u"PROVISION-NOT-IN-FORCE at claims[2].provision"_qs << error
            << u"came into force on 25 May 2018, after this request was received on 14 May 2018"_qs;
        QTest::newRow("s40(2) second condition, which had no forerunner")
            << Mutation([](Case &c) { refuseUnder(c, claimFor(u"s40(2)-second-condition"_qs)); })
            << u"PROVISION-NOT-IN-FORCE at claims[2].provision"_qs << error
            << u"No entry of the catalogue took its place"_qs;
        QTest::newRow("old s40(2) on a request of 25 May 2018") << Mutation([](Case &c) {
            receivedOn(c, "2018-05-25");
            refuseUnder(c, claimFor(u"s40(2)-dpa1998"_qs));
        }) << u"PROVISION-NOT-IN-FORCE at claims[2].provision"_qs
                                                                << error
                                                                << u"Section 40(2) and (3A) "
                                                                   "(s40(2)-first-condition)"_qs;
        QTest::newRow("old s40(5)(b)(i) after 25 May 2018") << Mutation([](Case &c) {
            receivedOn(c, "2019-03-04");
            refuseUnder(c, claimFor(u"s40(5)(b)(i)"_qs, Duty::ConfirmOrDeny));
        }) << u"PROVISION-NOT-IN-FORCE at claims[2].provision"_qs
                                                            << error << u"s40(5B)(a)"_qs;
        // s22A inserted by the Intellectual Property Act 2014 s20 from 1 October 2014.
        QTest::newRow("s22A(1) on a request of 30 September 2014") << Mutation([](Case &c) {
            receivedOn(c, "2014-09-30");
            refuseUnder(c, claimFor(u"s22A(1)"_qs));
        }) << u"PROVISION-NOT-IN-FORCE at claims[2].provision"_qs << error
                                                                   << u"1 October 2014"_qs;
        // The EIR 2004 came into force on 1 January 2005 (reg 1).
        QTest::newRow("EIR reg 12(5)(b) on a request of 2004") << Mutation([](Case &c) {
            c.regime = Regime::Eir;
            c.claims.clear();
            receivedOn(c, "2004-12-20");
            refuseUnder(c, claimFor(u"reg12(5)(b)"_qs));
        }) << u"PROVISION-NOT-IN-FORCE at claims[0].provision"_qs
                                                               << error << u"1 January 2005"_qs;
        // s17(1)(b): the notice specifies the exemption; "section 31" alone names no interest.
        QTest::newRow("section 31 without the subsection")
            << Mutation([](Case &c) { refuseUnder(c, claimFor(u"Section 31"_qs)); })
            << u"CLAIM-SUBSECTION-MISSING at claims[2].provision"_qs << error
            << u"s31(1)(a), s31(1)(b)"_qs;
        QTest::newRow("s40(2) without the condition, May 2018")
            << Mutation([](Case &c) { refuseUnder(c, claimFor(u"s40(2)"_qs)); })
            << u"CLAIM-SUBSECTION-MISSING at claims[2].provision"_qs << error
            << u"Choose the part that applies: s40(2)-dpa1998."_qs;

        // Point 5. s36(4): the statistical mark belongs to s36 only.
        QTest::newRow("statistical mark on s31") << Mutation([](Case &c) {
            ExemptionClaim claim = claimFor(u"s31(1)(a)"_qs);
            claim.statistical = true;
            refuseUnder(c, claim);
        }) << u"S36-4-NOT-S36 at claims[2].statistical"_qs
                                                 << warning << u"s36(4)"_qs;
        // Without the mark, s36 needs the opinion (s36(2), s36(5)).
        QTest::newRow("s36(2)(b)(i) not statistical, no opinion")
            << Mutation([](Case &c) { refuseUnder(c, claimFor(u"s36(2)(b)(i)"_qs)); })
            << u"S36-OPINION-MISSING at claims[2].qualifiedPersonOpinion"_qs << error
            << u"qualified person"_qs;
    }

    void wholeRequestRefusals_data()
    {
        QTest::addColumn<Mutation>("defect");
        QTest::addColumn<QString>("expected"); // "CODE at locator", or empty for none
        // s12(1): the cost limit applies to the request as a whole; no question needs its own
        // decision, but the estimate (s12, Fees Regs) and s16 advice are still needed.
        QTest::newRow("s12(1) whole request covers undecided questions")
            << Mutation([](Case &c) { refuseWholeRequest(c, u"s12(1)"_qs); }) << QString();
        QTest::newRow("s12(1) whole request without the estimate") << Mutation([](Case &c) {
            refuseWholeRequest(c, u"s12(1)"_qs);
            c.costEstimate.reset();
        }) << u"S12-ESTIMATE-MISSING at costEstimate"_qs;
        QTest::newRow("s12(1) whole request without s16 advice") << Mutation([](Case &c) {
            refuseWholeRequest(c, u"s12(1)"_qs);
            c.adviceAndAssistance.clear();
        }) << u"S16-ADVICE-MISSING at adviceAndAssistance"_qs;
        QTest::newRow("one question refused on cost covers the rest") << Mutation([](Case &c) {
            refuseWholeRequest(c, u"s12(1)"_qs);
            c.claims.clear();
            c.questions[9].determination.communication = Communication::RefusedCost;
        }) << QString();
        // s14(1): about the request, not the information.
        QTest::newRow("s14(1) whole request covers undecided questions")
            << Mutation([](Case &c) { refuseWholeRequest(c, u"s14(1)"_qs); }) << QString();
        QTest::newRow("s14(1) whole request without reasons") << Mutation([](Case &c) {
            refuseWholeRequest(c, u"s14(1)"_qs);
            c.vexatiousReasons.clear();
        }) << u"S14-REASONS-MISSING at vexatiousReasons"_qs;
        // EIR reg 12(4)(b): an exception, so a public interest test (reg 12(1)(b)), and like s12
        // the burden and advice and assistance (reg 9(1)).
        QTest::newRow("reg12(4)(b) whole request covers undecided questions")
            << Mutation([](Case &c) { refuseWholeRequest(c, u"reg12(4)(b)"_qs); }) << QString();
        QTest::newRow("reg12(4)(b) without the burden") << Mutation([](Case &c) {
            refuseWholeRequest(c, u"reg12(4)(b)"_qs);
            c.costEstimate.reset();
        }) << u"EIR-BURDEN-MISSING at costEstimate"_qs;
        QTest::newRow("reg12(4)(b) without reg 9 advice") << Mutation([](Case &c) {
            refuseWholeRequest(c, u"reg12(4)(b)"_qs);
            c.adviceAndAssistance.clear();
        }) << u"EIR-ADVICE-MISSING at adviceAndAssistance"_qs;
        QTest::newRow("reg12(4)(b) without a public interest test") << Mutation([](Case &c) {
            refuseWholeRequest(c, u"reg12(4)(b)"_qs);
            c.claims[0].publicInterest.reset();
        }) << u"S17-PIT-MISSING at claims[0].publicInterest"_qs;
        // s12: nothing to comply with for information not held.
        QTest::newRow("s12 on a question answered not held") << Mutation([](Case &c) {
            refuseWholeRequest(c, u"s12(1)"_qs);
            c.claims.clear();
            c.questions[9].determination.holding = Holding::NotHeld;
            c.questions[9].determination.communication = Communication::RefusedCost;
            c.questions[9].determination.searches = {SearchRecord{QStringLiteral("Finance system"),
                                                                  QStringLiteral("Finance"),
                                                                  QStringLiteral("contract"),
                                                                  QDate(2018, 5, 21),
                                                                  {}}};
        }) << u"S12-NOT-HELD at questions[9].determination.communication"_qs;
        QTest::newRow("s12 claim naming a question answered not held") << Mutation([](Case &c) {
            ExemptionClaim claim;
            claim.provision = QStringLiteral("s12(1)");
            claim.questions = {QStringLiteral("Q1")};
            claim.reason = QStringLiteral("Too costly.");
            c.claims = {claim};
        }) << u"S12-NOT-HELD at claims[0].questions[0]"_qs;
    }

    void wholeRequestRefusals()
    {
        QFETCH(Mutation, defect);
        QFETCH(QString, expected);
        Case c = referenceCase();
        defect(c);
        const QList<Finding> findings =
            CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                        EnvironmentalTerms::builtIn())
                .check(c);
        QCOMPARE(codes(findings), expected.isEmpty() ? QStringList() : QStringList{expected});
        static const QString documented = findingsDocument();
        for (const Finding &finding : findings)
            QVERIFY(documented.contains(u'`' + finding.code + u'`'));
    }

    void wholeRequestRefusalDecidesTheOutcome()
    {
        Case c = referenceCase();
        refuseWholeRequest(c, u"s12(1)"_qs);
        QCOMPARE(CaseOutcome::ofCase(c), Outcome::RefusedCost);
        refuseWholeRequest(c, u"s14(2)"_qs);
        QCOMPARE(CaseOutcome::ofCase(c), Outcome::RefusedVexatiousOrRepeated);
    }

    void defectsYieldTheirFinding()
    {
        QFETCH(Mutation, defect);
        QFETCH(QString, expected);
        QFETCH(Severity, severity);
        QFETCH(QString, saying);
        Case c = referenceCase();
        defect(c);
        const QList<Finding> findings =
            CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                        EnvironmentalTerms::builtIn())
                .check(c);
        QCOMPARE(codes(findings), QStringList{expected});
        QCOMPARE(findings.constFirst().severity, severity);
        QVERIFY2(findings.constFirst().message.contains(saying),
                 qPrintable(findings.constFirst().message));
        static const QString documented = findingsDocument();
        QVERIFY(documented.contains(u'`' + findings.constFirst().code + u'`'));
    }

    void lawfulFormsAreClean_data()
    {
        QTest::addColumn<Mutation>("change");
        QTest::newRow("s24(2) with why it is required, no likelihood") << Mutation([](Case &c) {
            c.claims[0].prejudice =
                PrejudiceTest{QStringLiteral("National security."),
                              QStringLiteral("Why exemption is required."), Likelihood::Unstated};
        });
        QTest::newRow("s31(1)(a) argued as prejudice")
            << Mutation([](Case &c) { refuseUnder(c, claimFor(u"s31(1)(a)"_qs)); });
        QTest::newRow("s30(1)(a) with its reason only")
            << Mutation([](Case &c) { refuseUnder(c, claimFor(u"s30(1)(a)"_qs)); });
        QTest::newRow("old s40(5)(a) on a request of 14 May 2018") << Mutation(
            [](Case &c) { refuseUnder(c, claimFor(u"s40(5)(a)"_qs, Duty::ConfirmOrDeny)); });
        QTest::newRow("s40(5A) on a request of 25 May 2018") << Mutation([](Case &c) {
            receivedOn(c, "2018-05-25");
            refuseUnder(c, claimFor(u"s40(5A)"_qs, Duty::ConfirmOrDeny));
        });
        QTest::newRow("s22A(1) on a request of 1 October 2014") << Mutation([](Case &c) {
            receivedOn(c, "2014-10-01");
            refuseUnder(c, claimFor(u"s22A(1)"_qs));
        });
        // s36(4): statistical information needs no qualified person's opinion.
        QTest::newRow("s36(2)(b)(i) statistical, no opinion") << Mutation([](Case &c) {
            ExemptionClaim claim = claimFor(u"s36(2)(b)(i)"_qs);
            claim.statistical = true;
            refuseUnder(c, claim);
        });
    }

    void lawfulFormsAreClean()
    {
        QFETCH(Mutation, change);
        Case c = referenceCase();
        change(c);
        const QList<Finding> findings =
            CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                        EnvironmentalTerms::builtIn())
                .check(c);
        QVERIFY2(findings.isEmpty(), qPrintable(codes(findings).join(u"; ")));
    }

    void catalogueCarriesTheLawAsItStood()
    {
        const ExemptionCatalogue &catalogue = ExemptionCatalogue::builtIn();
        const Provision *s40_5A = catalogue.find(QStringLiteral("s40(5A)"));
        QCOMPARE(s40_5A->inForceFrom, d("2018-05-25"));
        QCOMPARE(s40_5A->predecessor, QStringLiteral("s40(5)(a)"));
        QVERIFY(!s40_5A->inForceOn(d("2018-05-24")));
        QVERIFY(s40_5A->inForceOn(d("2018-05-25")));
        const Provision *s40_5a = catalogue.find(QStringLiteral("s40(5)(a)"));
        QCOMPARE(s40_5a->ceasedOn, d("2018-05-25"));
        QCOMPARE(s40_5a->successors, QStringList{QStringLiteral("s40(5A)")});
        QCOMPARE(catalogue.find(QStringLiteral("s40(5)(b)(i)"))->successors,
                 QStringList{QStringLiteral("s40(5B)(a)")});
        QCOMPARE(catalogue.find(QStringLiteral("s22A(1)"))->inForceFrom, d("2014-10-01"));
        QVERIFY(catalogue.find(QStringLiteral("s40(1)"))->inForceOn(d("2010-01-01")));
        for (const Provision &p : catalogue.forRegime(Regime::Eir))
            QCOMPARE(p.inForceFrom, d("2005-01-01"));
        // Each s40 entry of today, bar s40(1), came with the 2018 Act.
        for (const Provision &p : catalogue.all()) {
            if (p.id.startsWith(u"s40(") && p.id != u"s40(1)")
                QVERIFY2(p.inForceFrom.isValid() != p.ceasedOn.isValid(), qPrintable(p.id));
        }
        // The words of the s24 test are data (ICO s24 guidance).
        QCOMPARE(catalogue.find(QStringLiteral("s24(2)"))->testWording,
                 QStringLiteral("required for the purpose of safeguarding national security"));
    }

    void badInForceDataNamesThePath()
    {
        QFile file(QStringLiteral(":/law/exemptions.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray provisions = root.value(QStringLiteral("provisions")).toArray();
        qsizetype at = -1;
        for (qsizetype i = 0; i < provisions.size(); ++i) {
            if (provisions.at(i).toObject().value(QStringLiteral("id")).toString() == u"s40(5A)")
                at = i;
        }
        QJsonObject entry = provisions.at(at).toObject();
        entry.insert(QStringLiteral("in_force_from"), QStringLiteral("2018-05-26"));
        provisions.replace(at, entry);
        root.insert(QStringLiteral("provisions"), provisions);
        const Result<ExemptionCatalogue> bad =
            ExemptionCatalogue::fromJson(QJsonDocument(root).toJson());
        QVERIFY(!bad);
        QCOMPARE(bad.error().detail, QStringLiteral("provisions[%1].predecessor").arg(at));
    }

    void statisticalMarkNeedsCaseFileVersion3()
    {
        Case c = referenceCase();
        ExemptionClaim claim = claimFor(u"s36(2)(b)(i)"_qs);
        claim.statistical = true;
        refuseUnder(c, claim);
        QCOMPARE(CaseFile::versionFor(c), 3);
        const QByteArray written = CaseFile::write(c);
        const Result<Case> read = CaseFile::read(written);
        QVERIFY(read.ok());
        QCOMPARE(read.value(), c);
        QByteArray older = written;
        older.replace("\"formatVersion\": 3", "\"formatVersion\": 2");
        const Result<Case> refused = CaseFile::read(older);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("statistical")),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestClaimLaw)
#include "tst_claim_law.moc"
