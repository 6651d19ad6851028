// Personal data reasoned properly (issue 21 point 3; FOIA s40 as substituted by the DPA 2018
// Sch 19 para 58; ICO guidance "Section 40 and regulation 13"). An s40(2) claim names its
// condition through its provision (s40(3A)(a), (3B), (4A)); under the first condition the
// lawfulness of disclosure turns on UK GDPR Art 6(1)(f), whose three parts must all be answered;
// s40(1) and s40(5A) are for the requester's own data, s40(2) and s40(5B) for other people's.

#include "core/law/ExemptionCatalogue.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/CaseFile.h"
#include "core/rules/CaseChecker.h"
#include "core/rules/PersonalDataRules.h"
#include "tests/support/ReferenceCase.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace foi::core;

namespace {

Case referenceCase()
{
    Case c = testsupport::referenceCase();
    c.dateOfReceipt = QDate(2019, 3, 4); // after the 2018 Act's s40 came into force
    c.reply.sentOn = c.dateOfReceipt.addDays(7);
    return c;
}

LegitimateInterestsTest fullTest()
{
    return {QStringLiteral("Accountability for how the contract was awarded."),
            QStringLiteral("The totals answer it; the names add nothing it needs."),
            QStringLiteral("Junior staff would not expect their names to be published.")};
}

// Q10, whose personal data `subject`, refused under `provision` for `duty`.
void refuseUnder(Case &c, const QString &provision, DataSubject subject,
                 Duty duty = Duty::Communicate)
{
    Question question;
    question.id = QStringLiteral("Q10");
    question.text = QStringLiteral("The names of the staff who scored the bids.");
    question.personalData = subject;
    if (duty == Duty::ConfirmOrDeny) {
        question.determination.holding = Holding::NeitherConfirmNorDeny;
    } else {
        question.determination.holding = Holding::Held;
        question.determination.communication = Communication::Withheld;
    }
    c.questions.append(question);
    ExemptionClaim claim;
    claim.provision = provision;
    claim.relieves = duty;
    claim.questions = {QStringLiteral("Q10")};
    claim.reason = QStringLiteral("The names are personal data of the staff.");
    if (PersonalDataRules::takesLegitimateInterestsTest(provision))
        claim.legitimateInterests = fullTest();
    const Provision *p = ExemptionCatalogue::builtIn().find(provision);
    if (p && !p->absolute)
        claim.publicInterest = PublicInterestTest{{QStringLiteral("Openness.")},
                                                  {QStringLiteral("Privacy.")},
                                                  QStringLiteral("Privacy weighs more."),
                                                  PublicInterestConclusion::MaintainExemption};
    c.claims.append(claim);
}

QStringList codes(const QList<Finding> &findings)
{
    QStringList result;
    for (const Finding &finding : findings)
        result.append(finding.code + QStringLiteral(" at ") + finding.locator);
    return result;
}

QList<Finding> check(const Case &c)
{
    return CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                       EnvironmentalTerms::builtIn())
        .check(c);
}

QString findingsDocument()
{
    QFile file(QStringLiteral(FOI_SOURCE_DIR "/docs/findings.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open docs/findings.md");
    return QString::fromUtf8(file.readAll());
}

using Mutation = std::function<void(Case &)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestPersonalData : public QObject
{
    Q_OBJECT
private slots:
    void defectsYieldTheirFinding_data()
    {
        QTest::addColumn<Mutation>("defect");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("saying");
        // s40(3A)(a) and UK GDPR Art 6(1)(f): three questions, each to be answered.
        QTest::newRow("s40(3A)(a) without the legitimate interests test")
            << Mutation([](Case &c) {
                   refuseUnder(c, u"s40(2)-first-condition"_qs, DataSubject::ThirdParties);
                   c.claims.last().legitimateInterests.reset();
               })
            << u"S40-LIT-INCOMPLETE at claims[2].legitimateInterests.legitimateInterest"_qs
            << Severity::Warning << u"the legitimate interest in disclosure"_qs;
        QTest::newRow("s40(3A)(a) without the necessity") << Mutation([](Case &c) {
            refuseUnder(c, u"s40(2)-first-condition"_qs, DataSubject::ThirdParties);
            c.claims.last().legitimateInterests->necessity = u"  "_qs;
        }) << u"S40-LIT-INCOMPLETE at claims[2].legitimateInterests.necessity"_qs
                                                          << Severity::Warning
                                                          << u"whether disclosure is necessary"_qs;
        QTest::newRow("s40(3A)(a) without the balancing test") << Mutation([](Case &c) {
            refuseUnder(c, u"s40(2)-first-condition"_qs, DataSubject::ThirdParties);
            c.claims.last().legitimateInterests->balancingTest.clear();
        }) << u"S40-LIT-INCOMPLETE at claims[2].legitimateInterests.balancingTest"_qs
                                                               << Severity::Warning
                                                               << u"Art 6(1)(f)"_qs;
        // s40(2) alone does not say which of s40(3A)(a), (3B) or (4A) is relied on (s17(1)(b)).
        QTest::newRow("s40(2) without its condition")
            << Mutation([](Case &c) { refuseUnder(c, u"s40(2)"_qs, DataSubject::ThirdParties); })
            << u"CLAIM-SUBSECTION-MISSING at claims[2].provision"_qs << Severity::Error
            << u"s40(2)-third-condition-a"_qs;
        // s40(5A) is for the requester's own data; others' are s40(5B).
        QTest::newRow("s40(5A) for other people's data") << Mutation([](Case &c) {
            refuseUnder(c, u"s40(5A)"_qs, DataSubject::ThirdParties, Duty::ConfirmOrDeny);
        }) << u"S40-NCND-WRONG-LIMB at claims[2].questions[0]"_qs
                                                         << Severity::Error << u"Use s40(5B)"_qs;
        QTest::newRow("s40(5B)(a) for the requester's own data") << Mutation([](Case &c) {
            refuseUnder(c, u"s40(5B)(a)"_qs, DataSubject::Requester, Duty::ConfirmOrDeny);
        }) << u"S40-NCND-WRONG-LIMB at claims[2].questions[0]"_qs << Severity::Error
                                                                 << u"Use s40(5A)"_qs;
        // Before 25 May 2018: s40(5)(a) for the requester, s40(5)(b)(i) for others (DPA 2018
        // Sch 20 keeps the old section for requests received before then).
        QTest::newRow("s40(5)(a) for other people's data, 2017") << Mutation([](Case &c) {
            c.dateOfReceipt = QDate(2017, 3, 6);
            c.reply.sentOn = c.dateOfReceipt.addDays(7);
            refuseUnder(c, u"s40(5)(a)"_qs, DataSubject::ThirdParties, Duty::ConfirmOrDeny);
        }) << u"S40-NCND-WRONG-LIMB at claims[2].questions[0]"_qs << Severity::Error
                                                                 << u"Use s40(5)(b)(i)"_qs;
        // s40(1) and s40(2) likewise.
        QTest::newRow("s40(1) for other people's data")
            << Mutation([](Case &c) { refuseUnder(c, u"s40(1)"_qs, DataSubject::ThirdParties); })
            << u"S40-WRONG-DATA-SUBJECT at claims[2].questions[0]"_qs << Severity::Error
            << u"Use s40(2)"_qs;
        QTest::newRow("s40(2) first condition for the requester's own data")
            << Mutation([](Case &c) {
                   refuseUnder(c, u"s40(2)-first-condition"_qs, DataSubject::Requester);
               })
            << u"S40-WRONG-DATA-SUBJECT at claims[2].questions[0]"_qs << Severity::Error
            << u"subject access request"_qs;
    }

    void defectsYieldTheirFinding()
    {
        QFETCH(Mutation, defect);
        QFETCH(QString, expected);
        QFETCH(Severity, severity);
        QFETCH(QString, saying);
        Case c = referenceCase();
        defect(c);
        const QList<Finding> findings = check(c);
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
        // s40(3A)(a) with all three parts of Art 6(1)(f) answered.
        QTest::newRow("s40(3A)(a) with all three parts") << Mutation([](Case &c) {
            refuseUnder(c, u"s40(2)-first-condition"_qs, DataSubject::ThirdParties);
        });
        // s40(3B) and s40(4A) do not turn on Art 6(1)(f): no legitimate interests test asked.
        QTest::newRow("s40(3B) without a legitimate interests test") << Mutation([](Case &c) {
            refuseUnder(c, u"s40(2)-second-condition"_qs, DataSubject::ThirdParties);
        });
        QTest::newRow("s40(4A)(a) without a legitimate interests test") << Mutation([](Case &c) {
            refuseUnder(c, u"s40(2)-third-condition-a"_qs, DataSubject::ThirdParties);
        });
        QTest::newRow("s40(5A) for the requester's own data") << Mutation([](Case &c) {
            refuseUnder(c, u"s40(5A)"_qs, DataSubject::Requester, Duty::ConfirmOrDeny);
        });
        QTest::newRow("s40(5B)(a) for other people's data") << Mutation([](Case &c) {
            refuseUnder(c, u"s40(5B)(a)"_qs, DataSubject::ThirdParties, Duty::ConfirmOrDeny);
        });
        QTest::newRow("s40(1) for the requester's own data")
            << Mutation([](Case &c) { refuseUnder(c, u"s40(1)"_qs, DataSubject::Requester); });
        // Data of both: the whole is the requester's personal data (s40(1)/(5A)), and the
        // third parties' part may be argued under s40(2)/(5B).
        QTest::newRow("s40(5A) for data of both") << Mutation(
            [](Case &c) { refuseUnder(c, u"s40(5A)"_qs, DataSubject::Both, Duty::ConfirmOrDeny); });
        QTest::newRow("s40(5B)(a) for data of both") << Mutation([](Case &c) {
            refuseUnder(c, u"s40(5B)(a)"_qs, DataSubject::Both, Duty::ConfirmOrDeny);
        });
        // Before 25 May 2018 the first condition is PROVISION-NOT-IN-FORCE (tst_claim_law) and
        // the DPA 1998's s40(2) that then applied is not asked for the test.
        QTest::newRow("old s40(2) on a request of 2017") << Mutation([](Case &c) {
            c.dateOfReceipt = QDate(2017, 3, 6);
            c.reply.sentOn = c.dateOfReceipt.addDays(7);
            refuseUnder(c, u"s40(2)-dpa1998"_qs, DataSubject::ThirdParties);
        });
        // Nothing said about whose data: no limb to check against.
        QTest::newRow("s40(5A) with the data subject unstated") << Mutation([](Case &c) {
            refuseUnder(c, u"s40(5A)"_qs, DataSubject::Unstated, Duty::ConfirmOrDeny);
        });
    }

    void lawfulFormsAreClean()
    {
        QFETCH(Mutation, change);
        Case c = referenceCase();
        change(c);
        const QList<Finding> findings = check(c);
        QVERIFY2(findings.isEmpty(), qPrintable(codes(findings).join(u"; ")));
    }

    // The conditions an officer chooses between share a stem (s40(2) with s40(3A)(a), (3B), (4A);
    // their NCND limbs s40(5B)(a) to (d)); s40(1) and s40(5A) have no conditions.
    void conditionsShareTheirStem_data()
    {
        QTest::addColumn<QString>("provision");
        QTest::addColumn<QString>("stem");
        QTest::newRow("s40(3A)(a)") << u"s40(2)-first-condition"_qs << u"s40(2)"_qs;
        QTest::newRow("s40(4A)(b)") << u"s40(2)-third-condition-b"_qs << u"s40(2)"_qs;
        QTest::newRow("s40(5B)(c)") << u"s40(5B)(c)"_qs << u"s40(5B)"_qs;
        QTest::newRow("reg 13(1)(a)") << u"reg13(1)(a)"_qs << u"reg13(1)"_qs;
        QTest::newRow("s40(1)") << u"s40(1)"_qs << QString();
        QTest::newRow("s40(5A)") << u"s40(5A)"_qs << QString();
        QTest::newRow("s40(2) alone") << u"s40(2)"_qs << QString();
    }

    void conditionsShareTheirStem()
    {
        QFETCH(QString, provision);
        QFETCH(QString, stem);
        QCOMPARE(PersonalDataRules::conditionStem(provision), stem);
    }

    // The new fields are optional fields of case file version 3: written only when used, and
    // read back equal; a case without them keeps its older version and its bytes.
    void caseFileKeepsTheFields()
    {
        Case c = referenceCase();
        QCOMPARE(CaseFile::versionFor(c), 1);
        QCOMPARE(c.questions.constFirst().personalData, DataSubject::Unstated);
        QVERIFY(!c.claims.constFirst().legitimateInterests);
        refuseUnder(c, u"s40(2)-first-condition"_qs, DataSubject::Both);
        QCOMPARE(CaseFile::versionFor(c), 3);
        const QByteArray written = CaseFile::write(c);
        QVERIFY(written.contains("\"personalData\": \"both\""));
        QVERIFY(written.contains("\"balancingTest\""));
        const Result<Case> read = CaseFile::read(written);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().detail));
        QCOMPARE(read.value().questions.last().personalData, DataSubject::Both);
        QCOMPARE(*read.value().claims.last().legitimateInterests, fullTest());
        QVERIFY(read.value() == c);
        QCOMPARE(CaseFile::write(read.value()), written);
    }

    void olderVersionRefusesTheNewFields()
    {
        Case c = referenceCase();
        refuseUnder(c, u"s40(5A)"_qs, DataSubject::Requester, Duty::ConfirmOrDeny);
        QByteArray json = CaseFile::write(c);
        QVERIFY(json.contains("\"formatVersion\": 3"));
        json.replace("\"formatVersion\": 3", "\"formatVersion\": 2");
        const Result<Case> read = CaseFile::read(json);
        QVERIFY(!read.ok());
        QVERIFY2(
            read.error().message.contains(u"personalData is recorded from format version 3"_qs),
            qPrintable(read.error().message));
    }

    void unknownDataSubjectIsRefused()
    {
        Case c = referenceCase();
        refuseUnder(c, u"s40(5A)"_qs, DataSubject::Requester, Duty::ConfirmOrDeny);
        QByteArray json = CaseFile::write(c);
        json.replace("\"personalData\": \"requester\"", "\"personalData\": \"mine\"");
        const Result<Case> read = CaseFile::read(json);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(u"third-parties"_qs),
                 qPrintable(read.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personal_data.moc"
