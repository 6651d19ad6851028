#include "core/law/ProvisionTest.h"
#include "core/model/CaseFile.h"
#include "core/rules/CaseChecker.h"
#include "core/rules/CaseDeadline.h"
#include "tests/support/ReferenceCase.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

using namespace foi::core;

namespace {

using testsupport::referenceCase;

// A complete claim: every piece of working any provision could need.
ExemptionClaim completeClaim(const QString &provision, Duty duty, const QStringList &questions)
{
    ExemptionClaim claim;
    claim.provision = provision;
    claim.relieves = duty;
    claim.questions = questions;
    claim.reason = QStringLiteral("Why the exemption applies to this information.");
    // Only a provision with a likelihood limb is argued as prejudice (else CLAIM-WRONG-TEST).
    const Provision *p = ExemptionCatalogue::builtIn().find(provision);
    if (!p || ProvisionTest::hasLikelihood(*p))
        claim.prejudice =
            PrejudiceTest{QStringLiteral("The interest protected."),
                          QStringLiteral("How release would harm it."), Likelihood::Would};
    claim.publicInterest = PublicInterestTest{{QStringLiteral("Openness.")},
                                              {QStringLiteral("The harm avoided.")},
                                              QStringLiteral("The harm outweighs openness."),
                                              PublicInterestConclusion::MaintainExemption};
    return claim;
}

// Adds a question whose information is held, decided as given.
void addHeldQuestion(Case &c, const QString &id, Communication communication)
{
    Question question;
    question.id = id;
    question.text = QStringLiteral("A further question.");
    question.determination.holding = Holding::Held;
    question.determination.communication = communication;
    c.questions.append(question);
}

// Q10 held and withheld under `provision`, with complete working.
void withholdUnder(Case &c, const QString &provision)
{
    addHeldQuestion(c, QStringLiteral("Q10"), Communication::Withheld);
    c.claims.append(completeClaim(provision, Duty::Communicate, {QStringLiteral("Q10")}));
}

// An EIR version of the reference case: an environmental question withheld under reg 12(5)(a).
Case eirCase()
{
    Case c = referenceCase();
    c.regime = Regime::Eir;
    c.claims.clear();
    withholdUnder(c, QStringLiteral("reg12(5)(a)"));
    // EIR reg 12(2): every EIR public interest test applies the presumption in favour of
    // disclosure (EIR-PIT-PRESUMPTION-MISSING otherwise).
    c.claims.last().publicInterest->balance =
        QStringLiteral("Starting from the presumption in favour of disclosure, the harm "
                       "outweighs openness.");
    return c;
}

void refuseOnCost(Case &c, double hours)
{
    addHeldQuestion(c, QStringLiteral("Q10"), Communication::RefusedCost);
    c.costEstimate =
        CostEstimate{{{CostActivityKind::Locating, hours, QStringLiteral("files")}}, {}};
    c.adviceAndAssistance = QStringLiteral("Asking for one year would bring it within the limit.");
}

using Mutation = std::function<void(Case &, CheckContext &)>;

QString findingsDocument()
{
    QFile file(QStringLiteral(FOI_SOURCE_DIR "/docs/findings.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open docs/findings.md");
    return QString::fromUtf8(file.readAll());
}

QStringList codes(const QList<Finding> &findings)
{
    QStringList result;
    for (const Finding &finding : findings)
        result.append(finding.code + QStringLiteral(" at ") + finding.locator);
    return result;
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestCaseChecker : public QObject
{
    Q_OBJECT
private slots:
    void referenceCaseChecksClean()
    {
        const QList<Finding> findings =
            CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                        EnvironmentalTerms::builtIn())
                .check(referenceCase());
        QVERIFY2(findings.isEmpty(), qPrintable(codes(findings).join(u"; ")));
    }

    void referenceCaseAsPublishedLacksReviewAndComplaintRights()
    {
        // The published reply named neither (s17(7)(a) and (b)); both are errors in a refusal.
        Case published = referenceCase();
        published.reply.internalReviewProcedure.clear();
        published.reply.complaintRights.clear();
        const QList<Finding> findings =
            CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                        EnvironmentalTerms::builtIn())
                .check(published);
        QCOMPARE(codes(findings),
                 QStringList({u"S17-REVIEW-MISSING at reply.internalReviewProcedure"_qs,
                              u"S17-COMPLAINT-MISSING at reply.complaintRights"_qs}));
        QVERIFY(CaseChecker::hasErrors(findings));
    }

    void eachDeliberateDefectYieldsExactlyItsFinding_data()
    {
        QTest::addColumn<Mutation>("defect");
        QTest::addColumn<QString>("expected"); // "CODE at locator"
        QTest::addColumn<Severity>("severity");
        const Severity error = Severity::Error;
        const Severity warning = Severity::Warning;

        // s8(1)(b) and (c): a valid request.
        QTest::newRow("s8(1)(b) no name")
            << Mutation([](Case &c, CheckContext &) { c.requester.name.clear(); })
            << u"S8-NAME-MISSING at requester.name"_qs << error;
        QTest::newRow("s8(1)(b) no address")
            << Mutation([](Case &c, CheckContext &) { c.requester.email.clear(); })
            << u"S8-ADDRESS-MISSING at requester.addressForCorrespondence"_qs << error;
        QTest::newRow("reg 5(1) EIR request without an address")
            << Mutation([](Case &c, CheckContext &) {
                   c = eirCase();
                   c.requester.email.clear();
               })
            << u"S8-ADDRESS-MISSING at requester.addressForCorrespondence"_qs << warning;
        QTest::newRow("s8(1)(c) no description") << Mutation([](Case &c, CheckContext &) {
            c.requestText.clear();
            for (Question &q : c.questions)
                q.text.clear();
        }) << u"S8-DESCRIPTION-MISSING at requestText"_qs
                                                 << error;
        QTest::newRow("s10(1) no date of receipt")
            << Mutation([](Case &c, CheckContext &) { c.dateOfReceipt = QDate(); })
            << u"S10-RECEIPT-DATE-MISSING at dateOfReceipt"_qs << error;

        // s1(1): decisions and the requester's conditions.
        QTest::newRow("s1(1) undecided question") << Mutation([](Case &c, CheckContext &) {
            c.questions[0].determination.holding = Holding::Undecided;
        }) << u"S1-UNDECIDED at questions[0].determination"_qs
                                                  << error;
        QTest::newRow("s1(1) answered though its condition failed")
            << Mutation([](Case &c, CheckContext &) {
                   c.questions[1].determination = {Holding::Held,
                                                   Communication::InFull,
                                                   ClosedAnswer::Unanswered,
                                                   QStringLiteral("In three places."),
                                                   {},
                                                   {}};
               })
            << u"S1-CONDITION-FAILED-ANSWERED at questions[1].determination.holding"_qs << error;
        QTest::newRow("s1(1) not required without a condition")
            << Mutation([](Case &c, CheckContext &) { c.questions[1].condition.reset(); })
            << u"S1-NOT-REQUIRED-WITHOUT-CONDITION at questions[1].determination.holding"_qs
            << error;
        QTest::newRow("s1(1)(a) not held and NCND") << Mutation([](Case &c, CheckContext &) {
            c.claims[1].questions = {QStringLiteral("Q1")};
        }) << u"NCND-AND-NOT-HELD at questions[0].determination.holding"_qs
                                                    << error;
        // ICO, "Determining whether we hold information": not held rests on the searches made.
        QTest::newRow("s1(1)(a) not held without a search record")
            << Mutation(
                   [](Case &c, CheckContext &) { c.questions[0].determination.searches.clear(); })
            << u"NOT-HELD-SEARCH-MISSING at questions[0].determination.searches"_qs << warning;
        QTest::newRow("s17(1)(b) NCND without a provision")
            << Mutation([](Case &c, CheckContext &) {
                   addHeldQuestion(c, QStringLiteral("Q10"), Communication::NotApplicable);
                   c.questions[9].determination.holding = Holding::NeitherConfirmNorDeny;
               })
            << u"S17-NCND-PROVISION-MISSING at questions[9].determination.holding"_qs << error;
        QTest::newRow("s17(1)(b) withheld without an exemption")
            << Mutation([](Case &c, CheckContext &) {
                   addHeldQuestion(c, QStringLiteral("Q10"), Communication::Withheld);
               })
            << u"S17-EXEMPTION-MISSING at questions[9].determination.communication"_qs << error;

        // Claims: the provision itself.
        QTest::newRow("unknown provision")
            << Mutation([](Case &c, CheckContext &) { c.claims[0].provision = u"s99"_qs; })
            << u"CLAIM-UNKNOWN-PROVISION at claims[0].provision"_qs << error;
        QTest::newRow("claim covering nothing")
            << Mutation([](Case &c, CheckContext &) { c.claims[0].anyOtherInformation = false; })
            << u"CLAIM-COVERS-NOTHING at claims[0].questions"_qs << error;
        QTest::newRow("claim naming a missing question") << Mutation([](Case &c, CheckContext &) {
            c.claims[0].questions = {QStringLiteral("Q42")};
        }) << u"CLAIM-UNKNOWN-QUESTION at claims[0].questions[0]"_qs
                                                         << error;
        QTest::newRow("EIR exception in a FOIA case") << Mutation([](Case &c, CheckContext &) {
            withholdUnder(c, QStringLiteral("reg12(5)(b)"));
        }) << u"REGIME-MISMATCH at claims[2].provision"_qs
                                                      << error;
        QTest::newRow("s12 in an EIR case") << Mutation([](Case &c, CheckContext &) {
            c = eirCase();
            c.questions[9].determination.communication = Communication::RefusedCost;
            c.claims.clear();
            c.costEstimate = CostEstimate{{{CostActivityKind::Locating, 30.0, {}}}, {}};
            c.adviceAndAssistance = QStringLiteral("Narrow it.");
        }) << u"REGIME-MISMATCH at questions"_qs
                                            << error;
        QTest::newRow("s35 used by a police force") << Mutation([](Case &c, CheckContext &) {
            withholdUnder(c, QStringLiteral("s35(1)(a)"));
        }) << u"AUTHORITY-CANNOT-USE at claims[2].provision"_qs
                                                    << error;

        // NCND through the wrong provision (s2(1), the NCND subsections).
        QTest::newRow("s24(1) for NCND instead of s24(2)") << Mutation([](Case &c, CheckContext &) {
            c.claims[0].provision = QStringLiteral("s24(1)");
        }) << u"NCND-WRONG-SUBSECTION at claims[0].provision"_qs
                                                           << error;
        QTest::newRow("s24(2) to withhold held information")
            << Mutation([](Case &c, CheckContext &) { c.claims[0].relieves = Duty::Communicate; })
            << u"NCND-WRONG-SUBSECTION at claims[0].provision"_qs << error;
        QTest::newRow("s21 has no NCND limb") << Mutation([](Case &c, CheckContext &) {
            c.claims[0].provision = QStringLiteral("s21(1)");
        }) << u"NCND-NO-LIMB at claims[0].relieves"_qs
                                              << error;
        QTest::newRow("s21 without where it is available")
            << Mutation([](Case &c, CheckContext &) { withholdUnder(c, QStringLiteral("s21(1)")); })
            << u"S21-LOCATION-MISSING at questions[9].determination.availableAt"_qs << error;

        // s17(1)(c) and s17(3): reasons and the public interest.
        QTest::newRow("s17(1)(c) no reason")
            << Mutation([](Case &c, CheckContext &) { c.claims[0].reason.clear(); })
            << u"S17-REASON-MISSING at claims[0].reason"_qs << error;
        QTest::newRow("s17(3) qualified without a PIT")
            << Mutation([](Case &c, CheckContext &) { c.claims[1].publicInterest.reset(); })
            << u"S17-PIT-MISSING at claims[1].publicInterest"_qs << error;
        QTest::newRow("s17(3) no factor for disclosure") << Mutation([](Case &c, CheckContext &) {
            c.claims[0].publicInterest->favouringDisclosure.clear();
        }) << u"S17-PIT-ONE-SIDED at claims[0].publicInterest.favouringDisclosure"_qs
                                                         << error;
        QTest::newRow("s17(3) no factor for the exemption")
            << Mutation([](Case &c, CheckContext &) {
                   c.claims[1].publicInterest->favouringExemption.clear();
               })
            << u"S17-PIT-ONE-SIDED at claims[1].publicInterest.favouringExemption"_qs << error;
        QTest::newRow("s17(3) no conclusion") << Mutation([](Case &c, CheckContext &) {
            c.claims[1].publicInterest->conclusion = PublicInterestConclusion::Undecided;
        }) << u"S17-PIT-NO-CONCLUSION at claims[1].publicInterest.conclusion"_qs
                                              << error;
        QTest::newRow("s17(3) no balance") << Mutation([](Case &c, CheckContext &) {
            c.claims[0].publicInterest->balance.clear();
        }) << u"S17-PIT-NO-CONCLUSION at claims[0].publicInterest.balance"_qs
                                           << error;
        QTest::newRow("s2(1)(b) PIT favours confirming") << Mutation([](Case &c, CheckContext &) {
            c.claims[0].publicInterest->conclusion = PublicInterestConclusion::Disclose;
        }) << u"S2-PIT-FAVOURS-DISCLOSURE at claims[0].publicInterest.conclusion"_qs
                                                         << error;

        // Prejudice (s31(3) is prejudice-based; reg 12(5) needs "would").
        QTest::newRow("s31(3) without the harm")
            << Mutation([](Case &c, CheckContext &) { c.claims[1].prejudice->harm.clear(); })
            << u"PREJUDICE-HARM-MISSING at claims[1].prejudice.harm"_qs << error;
        QTest::newRow("s31(3) without a prejudice test") << Mutation([](Case &c, CheckContext &) {
            c.claims[1].prejudice.reset();
            c.claims[1].provision = QStringLiteral("s31(3)");
        }) << u"PREJUDICE-HARM-MISSING at claims[1].prejudice"_qs
                                                         << error;
        QTest::newRow("s31(3) without the likelihood") << Mutation([](Case &c, CheckContext &) {
            c.claims[1].prejudice->likelihood = Likelihood::Unstated;
        }) << u"PREJUDICE-LIKELIHOOD-MISSING at claims[1].prejudice.likelihood"_qs
                                                       << error;
        QTest::newRow("reg 12(5)(a) only likely") << Mutation([](Case &c, CheckContext &) {
            c = eirCase();
            c.claims[0].prejudice->likelihood = Likelihood::WouldBeLikelyTo;
        }) << u"EIR-ADVERSE-EFFECT-THRESHOLD at claims[0].prejudice.likelihood"_qs
                                                  << error;

        // s36: the qualified person's opinion.
        QTest::newRow("s36 without the opinion") << Mutation([](Case &c, CheckContext &) {
            withholdUnder(c, QStringLiteral("s36(2)(c)"));
        }) << u"S36-OPINION-MISSING at claims[2].qualifiedPersonOpinion"_qs
                                                 << error;

        // Mutually exclusive provisions on the same information.
        QTest::newRow("s30 with s31") << Mutation([](Case &c, CheckContext &) {
            withholdUnder(c, QStringLiteral("s30(1)(a)"));
            c.claims.append(completeClaim(u"s31(1)(a)"_qs, Duty::Communicate, {u"Q10"_qs}));
        }) << u"EXCLUSIVE-PROVISIONS at claims[3].provision"_qs
                                      << error;
        QTest::newRow("s23(1) with s24(1)") << Mutation([](Case &c, CheckContext &) {
            withholdUnder(c, QStringLiteral("s23(1)"));
            c.claims.append(completeClaim(u"s24(1)"_qs, Duty::Communicate, {u"Q10"_qs}));
        }) << u"EXCLUSIVE-PROVISIONS at claims[3].provision"_qs
                                            << error;
        QTest::newRow("s35 with s36") << Mutation([](Case &c, CheckContext &) {
            c.authority.kind = AuthorityKind::GovernmentDepartment;
            withholdUnder(c, QStringLiteral("s35(1)(a)"));
            ExemptionClaim s36 = completeClaim(u"s36(2)(b)(i)"_qs, Duty::Communicate, {u"Q10"_qs});
            s36.qualifiedPersonOpinion = QualifiedPersonOpinion{
                u"The Minister"_qs, QDate(2018, 6, 1), u"Advice would be inhibited."_qs};
            c.claims.append(s36);
        }) << u"EXCLUSIVE-PROVISIONS at claims[3].provision"_qs
                                      << error;

        // s10: time.
        QTest::newRow("s10(3) extension without a qualified exemption")
            << Mutation([](Case &c, CheckContext &) {
                   c.claims.clear();
                   c.clockChanges.append({ClockChangeKind::PublicInterestExtension,
                                          QDate(2018, 6, 1),
                                          QDate(2018, 7, 1),
                                          {}});
               })
            << u"S10-EXTENSION-WITHOUT-QUALIFIED at clockChanges[0]"_qs << error;
        QTest::newRow("s17(1) extension notified after day 20")
            << Mutation([](Case &c, CheckContext &) {
                   c.clockChanges.append({ClockChangeKind::PublicInterestExtension,
                                          QDate(2018, 6, 13),
                                          QDate(2018, 7, 1),
                                          {}});
                   c.reply.sentOn = QDate(2018, 7, 1);
               })
            << u"S17-EXTENSION-NOTICE-LATE at clockChanges[0].date"_qs << error;
        QTest::newRow("s17(2) extension without an estimate")
            << Mutation([](Case &c, CheckContext &) {
                   c.clockChanges.append(
                       {ClockChangeKind::PublicInterestExtension, QDate(2018, 6, 1), {}, {}});
               })
            << u"S17-EXTENSION-ESTIMATE-MISSING at clockChanges[0].estimatedDecisionDate"_qs
            << error;
        QTest::newRow("reg 7(1) no public interest extension under the EIR")
            << Mutation([](Case &c, CheckContext &) {
                   c = eirCase();
                   c.clockChanges.append({ClockChangeKind::PublicInterestExtension,
                                          QDate(2018, 6, 1),
                                          QDate(2018, 7, 1),
                                          {}});
               })
            << u"EXTENSION-WRONG-REGIME at clockChanges[0]"_qs << error;
        QTest::newRow("s10(3) no complexity extension under FOIA")
            << Mutation([](Case &c, CheckContext &) {
                   c.clockChanges.append(
                       {ClockChangeKind::ComplexityExtension, QDate(2018, 6, 1), {}, {}});
               })
            << u"EXTENSION-WRONG-REGIME at clockChanges[0]"_qs << error;
        QTest::newRow("s10(1) late without an apology")
            << Mutation([](Case &, CheckContext &context) { context.dueDate = QDate(2018, 6, 1); })
            << u"S10-LATE-WITHOUT-APOLOGY at reply.lateApology"_qs << warning;

        QTest::newRow("s10(1) sent after the computed 20th working day")
            << Mutation([](Case &c, CheckContext &) { c.reply.sentOn = QDate(2018, 6, 13); })
            << u"S10-LATE-WITHOUT-APOLOGY at reply.lateApology"_qs << warning;
        QTest::newRow("s10(1) unsent and already overdue")
            << Mutation([](Case &c, CheckContext &context) {
                   c.reply.sentOn = QDate();
                   context.today = QDate(2018, 6, 13);
               })
            << u"S10-LATE-WITHOUT-APOLOGY at reply.lateApology"_qs << warning;

        // s17(7): rights.
        QTest::newRow("s17(7)(a) no review procedure")
            << Mutation([](Case &c, CheckContext &) { c.reply.internalReviewProcedure.clear(); })
            << u"S17-REVIEW-MISSING at reply.internalReviewProcedure"_qs << error;
        QTest::newRow("s17(7)(b) no complaint right")
            << Mutation([](Case &c, CheckContext &) { c.reply.complaintRights.clear(); })
            << u"S17-COMPLAINT-MISSING at reply.complaintRights"_qs << error;
        QTest::newRow("Code: no review text in a reply that refuses nothing")
            << Mutation([](Case &c, CheckContext &) {
                   c.claims.clear();
                   c.reply.internalReviewProcedure.clear();
               })
            << u"S17-REVIEW-MISSING at reply.internalReviewProcedure"_qs << warning;

        // s12 and s16: the cost limit.
        QTest::newRow("s12 without the estimate") << Mutation([](Case &c, CheckContext &) {
            refuseOnCost(c, 20.0);
            c.costEstimate.reset();
        }) << u"S12-ESTIMATE-MISSING at costEstimate"_qs
                                                  << error;
        QTest::newRow("s12 within the £450 limit")
            << Mutation([](Case &c, CheckContext &) { refuseOnCost(c, 18.0); })
            << u"S12-WITHIN-LIMIT at costEstimate.activities"_qs << error;
        QTest::newRow("s16 no advice with s12") << Mutation([](Case &c, CheckContext &) {
            refuseOnCost(c, 20.0);
            c.adviceAndAssistance.clear();
        }) << u"S16-ADVICE-MISSING at adviceAndAssistance"_qs
                                                << error;

        QTest::newRow("Fees Regs reg 5(2) aggregated outside 60 working days")
            << Mutation([](Case &c, CheckContext &) {
                   refuseOnCost(c, 20.0);
                   c.costEstimate->aggregatedRequests = {{u"2018-0101"_qs, QDate(2018, 2, 1)}};
               })
            << u"S12-AGGREGATION-OUTSIDE-WINDOW at costEstimate.aggregatedRequests[0].dateOfReceipt"_qs
            << error;

        // s14: reasons (s17(5) needs only the statement; the ICO expects reasons).
        QTest::newRow("s14(1) without reasons") << Mutation([](Case &c, CheckContext &) {
            addHeldQuestion(c, QStringLiteral("Q10"), Communication::RefusedVexatious);
        }) << u"S14-REASONS-MISSING at vexatiousReasons"_qs
                                                << warning;
    }

    void eachDeliberateDefectYieldsExactlyItsFinding()
    {
        QFETCH(Mutation, defect);
        QFETCH(QString, expected);
        QFETCH(Severity, severity);
        Case c = referenceCase();
        CheckContext context;
        defect(c, context);
        const QList<Finding> findings =
            CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                        EnvironmentalTerms::builtIn())
                .check(c, context);
        QCOMPARE(codes(findings), QStringList{expected});
        QCOMPARE(findings.constFirst().severity, severity);
        QVERIFY(!findings.constFirst().message.isEmpty());
        QVERIFY(!findings.constFirst().provision.isEmpty());
        // Every code the checker can produce is documented for the GUI and the reviewers.
        static const QString documented = findingsDocument();
        QVERIFY2(documented.contains(u'`' + findings.constFirst().code + u'`'),
                 qPrintable(findings.constFirst().code));
    }

    void eachDefectCopyOfTheReferenceCaseYieldsItsFinding_data()
    {
        // tests/data/reference-13457_18/defects/<CODE>.json: one deliberate defect each.
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        const QDir defects(QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18/defects"));
        for (const QString &file : defects.entryList({u"*.json"_qs}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(file)) << defects.filePath(file) << file.chopped(5);
    }

    void eachDefectCopyOfTheReferenceCaseYieldsItsFinding()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<Case> read = CaseFile::read(file.readAll());
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        const QList<Finding> findings =
            CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                        EnvironmentalTerms::builtIn())
                .check(read.value());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.constFirst().code, code);
    }

    void theCorrectedFormChecksClean_data()
    {
        QTest::addColumn<Mutation>("change");
        QTest::newRow("s8 EIR request needs no name") << Mutation([](Case &c, CheckContext &) {
            c = eirCase();
            c.requester.name.clear();
        });
        QTest::newRow("s8(1)(b) postal address alone") << Mutation([](Case &c, CheckContext &) {
            c.requester.email.clear();
            c.requester.addressForCorrespondence = QStringLiteral("1 High Street, Anytown");
        });
        QTest::newRow("s1(1) gate answered yes, rest answered")
            << Mutation([](Case &c, CheckContext &) {
                   c.claims.clear();
                   c.questions[0].determination = {Holding::Held,
                                                   Communication::InFull,
                                                   ClosedAnswer::Yes,
                                                   QStringLiteral("Yes."),
                                                   {},
                                                   {}};
                   for (qsizetype i = 1; i < c.questions.size(); ++i)
                       c.questions[i].determination = {
                           Holding::NotHeld,
                           Communication::NotApplicable,
                           ClosedAnswer::Unanswered,
                           {},
                           {},
                           {SearchRecord{QStringLiteral("Finance system"), {}, {}, {}, {}}}};
               });
        QTest::newRow("s21 with where it is available") << Mutation([](Case &c, CheckContext &) {
            withholdUnder(c, QStringLiteral("s21(1)"));
            c.questions[9].determination.availableAt = QStringLiteral("https://example.org/data");
        });
        QTest::newRow("s35 used by a government department")
            << Mutation([](Case &c, CheckContext &) {
                   c.authority.kind = AuthorityKind::GovernmentDepartment;
                   withholdUnder(c, QStringLiteral("s35(1)(a)"));
               });
        QTest::newRow("s36 with the opinion") << Mutation([](Case &c, CheckContext &) {
            withholdUnder(c, QStringLiteral("s36(2)(c)"));
            c.claims[2].qualifiedPersonOpinion = QualifiedPersonOpinion{
                u"The Chief Constable"_qs, QDate(2018, 6, 1), u"Disclosure would prejudice."_qs};
        });
        QTest::newRow("s30 and s31 on different questions")
            << Mutation([](Case &c, CheckContext &) {
                   withholdUnder(c, QStringLiteral("s30(1)(a)"));
                   addHeldQuestion(c, QStringLiteral("Q11"), Communication::Withheld);
                   c.claims.append(completeClaim(u"s31(1)(a)"_qs, Duty::Communicate, {u"Q11"_qs}));
               });
        QTest::newRow("s23(5) with s24(2) in the alternative")
            << Mutation([](Case &c, CheckContext &) {
                   c.claims.append(completeClaim(u"s23(5)"_qs, Duty::ConfirmOrDeny, {}));
                   c.claims.last().anyOtherInformation = true;
               });
        QTest::newRow("s10(3) extension with a qualified exemption")
            << Mutation([](Case &c, CheckContext &) {
                   c.clockChanges.append({ClockChangeKind::PublicInterestExtension,
                                          QDate(2018, 6, 1),
                                          QDate(2018, 7, 1),
                                          {}});
               });
        QTest::newRow("reg 7(1) complexity extension under the EIR")
            << Mutation([](Case &c, CheckContext &) {
                   c = eirCase();
                   c.clockChanges.append(
                       {ClockChangeKind::ComplexityExtension, QDate(2018, 6, 1), {}, {}});
               });
        QTest::newRow("s10(1) on time") << Mutation(
            [](Case &, CheckContext &context) { context.dueDate = QDate(2018, 6, 12); });
        QTest::newRow("s10(1) late with an apology")
            << Mutation([](Case &c, CheckContext &context) {
                   context.dueDate = QDate(2018, 6, 1);
                   c.reply.lateApology = QStringLiteral("We are sorry this reply is late.");
               });
        QTest::newRow("s10(1) unsent, not yet due") << Mutation([](Case &c, CheckContext &context) {
            c.reply.sentOn = QDate();
            context.today = QDate(2018, 6, 1);
            context.dueDate = QDate(2018, 6, 12);
        });
        QTest::newRow("s12 over the £450 limit with advice")
            << Mutation([](Case &c, CheckContext &) { refuseOnCost(c, 18.1); });
        QTest::newRow("s12 £600 limit for a department") << Mutation([](Case &c, CheckContext &) {
            refuseOnCost(c, 24.5);
            c.authority.kind = AuthorityKind::GovernmentDepartment;
        });
        QTest::newRow("s10(1) sent on the 20th working day, after a bank holiday")
            << Mutation([](Case &c, CheckContext &) { c.reply.sentOn = QDate(2018, 6, 12); });
        QTest::newRow("s10(1) clarification restarts the count") << Mutation([](Case &c,
                                                                                CheckContext &) {
            c.clockChanges = {{ClockChangeKind::ClarificationSought, QDate(2018, 5, 15), {}, {}},
                              {ClockChangeKind::ClarificationReceived, QDate(2018, 5, 21), {}, {}}};
            c.reply.sentOn = QDate(2018, 6, 18);
        });
        QTest::newRow("Fees Regs reg 5(2) aggregated within 60 working days")
            << Mutation([](Case &c, CheckContext &) {
                   refuseOnCost(c, 20.0);
                   c.costEstimate->aggregatedRequests = {{u"2018-0301"_qs, QDate(2018, 3, 1)}};
               });
        QTest::newRow("s14(1) with reasons") << Mutation([](Case &c, CheckContext &) {
            addHeldQuestion(c, QStringLiteral("Q10"), Communication::RefusedVexatious);
            c.vexatiousReasons = QStringLiteral("The burden is grossly oppressive.");
        });
        QTest::newRow("reg 12(5)(a) would adversely affect")
            << Mutation([](Case &c, CheckContext &) { c = eirCase(); });
        QTest::newRow("granted in full needs no refusal text")
            << Mutation([](Case &c, CheckContext &) {
                   c.claims.clear();
                   c.questions[0].determination = {Holding::Held,
                                                   Communication::InFull,
                                                   ClosedAnswer::No,
                                                   QStringLiteral("No."),
                                                   {},
                                                   {}};
               });
    }

    void theCorrectedFormChecksClean()
    {
        QFETCH(Mutation, change);
        Case c = referenceCase();
        CheckContext context;
        change(c, context);
        const QList<Finding> findings =
            CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                        EnvironmentalTerms::builtIn())
                .check(c, context);
        QVERIFY2(findings.isEmpty(), qPrintable(codes(findings).join(u"; ")));
    }

    void dueDateFollowsTheClockChanges_data()
    {
        // s10(1), s10(2), s10(3), s10(6); received Mon 14 May 2018, 28 May a bank holiday.
        QTest::addColumn<QList<ClockChange>>("changes");
        QTest::addColumn<QDate>("due");
        QTest::newRow("20th working day") << QList<ClockChange>{} << QDate(2018, 6, 12);
        QTest::newRow("s10(6) clarification restarts the count")
            << QList<ClockChange>{{ClockChangeKind::ClarificationSought,
                                   QDate(2018, 5, 15),
                                   {},
                                   {}},
                                  {ClockChangeKind::ClarificationReceived,
                                   QDate(2018, 5, 21),
                                   {},
                                   {}}}
            << QDate(2018, 6, 19);
        QTest::newRow("s10(2) fees notice to payment disregarded")
            << QList<ClockChange>{{ClockChangeKind::FeesNoticeGiven, QDate(2018, 5, 15), {}, {}},
                                  {ClockChangeKind::FeePaid, QDate(2018, 5, 17), {}, {}}}
            << QDate(2018, 6, 15);
        QTest::newRow("s10(3) extension of 20 working days")
            << QList<ClockChange>{{ClockChangeKind::PublicInterestExtension,
                                   QDate(2018, 6, 11),
                                   QDate(2018, 7, 10),
                                   {}}}
            << QDate(2018, 7, 10);
    }

    void dueDateFollowsTheClockChanges()
    {
        QFETCH(QList<ClockChange>, changes);
        QFETCH(QDate, due);
        Case c = referenceCase();
        c.clockChanges = changes;
        QCOMPARE(CaseDeadline::due(c, WorkingDayCalendar::builtIn()), due);
    }

    void noDueDateWithoutADateOfReceipt()
    {
        Case c = referenceCase();
        c.dateOfReceipt = QDate();
        QVERIFY(CaseDeadline::due(c, WorkingDayCalendar::builtIn()).isNull());
    }

    void checkingIsPure()
    {
        const Case c = referenceCase();
        Case broken = c;
        broken.claims[0].reason.clear();
        const CaseChecker checker{ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                  EnvironmentalTerms::builtIn()};
        const QList<Finding> first = checker.check(broken);
        QCOMPARE(checker.check(broken), first);
        QVERIFY(checker.check(c).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseChecker)
#include "tst_case_checker.moc"
