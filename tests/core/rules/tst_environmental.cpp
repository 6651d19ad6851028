// Environmental information (issue 21 point 6). The EIR govern information on the state of the
// environment, emissions, noise, waste, land use, planning and measures affecting them (EIR reg
// 2(1)(a)-(f)), and FOIA s39(1)(a) exempts it from FOIA; the word list that flags it is law data
// (resources/law/environmental-terms.json). Under the EIR every public interest test applies a
// presumption in favour of disclosure (reg 12(2)).

#include "core/law/EnvironmentalTerms.h"
#include "core/law/ExemptionCatalogue.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/CaseFile.h"
#include "core/rules/CaseChecker.h"
#include "core/rules/EnvironmentalRules.h"
#include "tests/support/ReferenceCase.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace foi::core;

namespace {

using testsupport::referenceCase;

// Q10 asking `text`, held and withheld under a complete claim under `provision`.
void withheldQuestion(Case &c, const QString &text, const QString &provision)
{
    Question question;
    question.id = QStringLiteral("Q10");
    question.text = text;
    question.determination.holding = Holding::Held;
    question.determination.communication = Communication::Withheld;
    c.questions.append(question);
    ExemptionClaim claim;
    claim.provision = provision;
    claim.questions = {QStringLiteral("Q10")};
    claim.reason = QStringLiteral("Why it applies.");
    claim.prejudice =
        PrejudiceTest{QStringLiteral("The interest protected."),
                      QStringLiteral("How release would harm it."), Likelihood::Would};
    claim.publicInterest = PublicInterestTest{{QStringLiteral("Openness.")},
                                              {QStringLiteral("The harm avoided.")},
                                              QStringLiteral("The harm outweighs openness."),
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

QString findingsDocument()
{
    QFile file(QStringLiteral(FOI_SOURCE_DIR "/docs/findings.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open docs/findings.md");
    return QString::fromUtf8(file.readAll());
}

QList<Finding> check(const Case &c)
{
    return CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                       EnvironmentalTerms::builtIn())
        .check(c);
}

using Mutation = std::function<void(Case &)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestEnvironmental : public QObject
{
    Q_OBJECT
private slots:
    void builtInListLoadsWithEveryLimb()
    {
        const EnvironmentalTerms &terms = EnvironmentalTerms::builtIn();
        QVERIFY(terms.terms().size() > 50);
        QStringList limbs;
        for (const EnvironmentalTerms::Term &term : terms.terms()) {
            if (!limbs.contains(term.limb))
                limbs.append(term.limb);
        }
        limbs.sort();
        // reg 2(1)(a) to (f): every limb of the definition has words.
        QCOMPARE(limbs, (QStringList{u"reg2(1)(a)"_qs, u"reg2(1)(b)"_qs, u"reg2(1)(c)"_qs,
                                     u"reg2(1)(d)"_qs, u"reg2(1)(e)"_qs, u"reg2(1)(f)"_qs}));
    }

    void wordsFlagTheRequest_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        // reg 2(1)(b) factors: noise; reg 2(1)(c) measures: a wind farm.
        QTest::newRow("noise from a wind farm")
            << u"How many NOISE complaints about the Wind-Farm did you receive?"_qs
            << QStringList{u"noise"_qs, u"wind farm"_qs};
        QTest::newRow("plural of the last word")
            << u"Emissions and planning applications for 2024"_qs
            << QStringList{u"emission"_qs, u"planning application"_qs};
        QTest::newRow("hyphen or space alike")
            << u"reports of fly-tipping in the lane"_qs << QStringList{u"fly tipping"_qs};
        // reg 2(1)(f): built structures as affected by the elements (ICO: listed buildings).
        QTest::newRow("listed building")
            << u"the listed buildings in the conservation area"_qs
            << QStringList{u"conservation area"_qs, u"listed building"_qs};
        // Whole words only: no flag for words that merely contain a term or use it otherwise.
        QTest::newRow("no environmental words")
            << u"How many Royal Marines, wasted hours, soiled uniforms? A waste of money."_qs
            << QStringList{};
        QTest::newRow("police request")
            << u"How much was spent on facial recognition?"_qs << QStringList{};
    }

    void wordsFlagTheRequest()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QStringList got = EnvironmentalTerms::builtIn().foundIn(text);
        got.sort();
        found.sort();
        QCOMPARE(got, found);
    }

    void badListIsRefusedNamingThePath()
    {
        const auto noLimb =
            EnvironmentalTerms::fromJson(R"({"terms": [{"term": "noise", "limb": "reg2"}]})");
        QVERIFY(!noLimb);
        QCOMPARE(noLimb.error().detail, u"terms[0].limb"_qs);
        QVERIFY(!EnvironmentalTerms::fromJson(R"({"terms": []})"));
        QVERIFY(!EnvironmentalTerms::fromJson("not json"));
    }

    // The checker uses the word list it is given (by the composition root), not a list of its
    // own: an authority's list naming "gritting" (EIR reg 2(1)(c), a measure affecting the
    // elements) flags a question the built-in list leaves alone, and FOIA s39(1)(a) makes it a
    // warning on the FOIA claim.
    void checkerUsesTheWordListItIsGiven()
    {
        Case c = referenceCase();
        withheldQuestion(c, QStringLiteral("The gritting routes round the station last winter."),
                         QStringLiteral("s31(1)(a)"));
        QVERIFY2(check(c).isEmpty(), qPrintable(codes(check(c)).join(u"; ")));
        const QByteArray list = "{\"terms\": [{\"term\": \"gritting\", \"limb\": \"reg2(1)(c)\"}]}";
        const auto own = EnvironmentalTerms::fromJson(list);
        QVERIFY2(own, qPrintable(own ? QString() : own.error().message));
        const QList<Finding> findings =
            CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(), *own)
                .check(c);
        QCOMPARE(codes(findings),
                 QStringList{u"EIR-LIKELY-ENVIRONMENTAL at claims[2].provision"_qs});
    }

    void defectsYieldTheirFinding_data()
    {
        QTest::addColumn<Mutation>("defect");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("saying");
        // FOIA s39(1)(a): environmental information is for the EIR.
        QTest::newRow("FOIA claim over a noise question") << Mutation([](Case &c) {
            withheldQuestion(c, u"The noise readings taken at the quarry."_qs, u"s31(1)(a)"_qs);
        }) << u"EIR-LIKELY-ENVIRONMENTAL at claims[2].provision"_qs
                                                          << u"'noise'"_qs;
        QTest::newRow("FOIA claim over any other information about planning")
            << Mutation([](Case &c) {
                   c.requestText += u"\nAnd any planning application for the site."_qs;
               })
            << u"EIR-LIKELY-ENVIRONMENTAL at claims[0].provision"_qs << u"EIR reg 2(1)"_qs;
        // EIR reg 12(2): the presumption in favour of disclosure.
        QTest::newRow("EIR test without the presumption") << Mutation([](Case &c) {
            c.regime = Regime::Eir;
            c.claims.clear();
            c.ncndHarm.clear();
            for (Question &question : c.questions)
                question.determination = {};
            c.questions = {c.questions.first()};
            c.questions[0].determination.holding = Holding::Held;
            c.questions[0].determination.communication = Communication::InFull;
            c.questions[0].determination.answer = u"Yes."_qs;
            withheldQuestion(c, u"The noise readings taken at the quarry."_qs, u"reg12(5)(b)"_qs);
        }) << u"EIR-PIT-PRESUMPTION-MISSING at claims[0].publicInterest.balance"_qs
                                                          << u"reg 12(2)"_qs;
    }

    void defectsYieldTheirFinding()
    {
        QFETCH(Mutation, defect);
        QFETCH(QString, expected);
        QFETCH(QString, saying);
        Case c = referenceCase();
        defect(c);
        const QList<Finding> findings = check(c);
        QVERIFY2(codes(findings).contains(expected), qPrintable(codes(findings).join(u"; ")));
        for (const Finding &finding : findings) {
            if (finding.code + u" at "_qs + finding.locator != expected)
                continue;
            QCOMPARE(finding.severity, Severity::Warning);
            QVERIFY2(finding.message.contains(saying), qPrintable(finding.message));
        }
        static const QString documented = findingsDocument();
        QVERIFY(documented.contains(u'`' + expected.section(u' ', 0, 0) + u'`'));
    }

    void lawfulFormsAreClean_data()
    {
        QTest::addColumn<Mutation>("change");
        QTest::newRow("FOIA claim over information that is not environmental")
            << Mutation([](Case &c) {
                   withheldQuestion(c, u"The number of officers on duty."_qs, u"s31(1)(a)"_qs);
               });
        // The same question under the EIR, the test stating the presumption.
        QTest::newRow("EIR claim whose test states the presumption") << Mutation([](Case &c) {
            c.regime = Regime::Eir;
            c.claims.clear();
            withheldQuestion(c, u"The noise readings taken at the quarry."_qs, u"reg12(5)(b)"_qs);
            c.claims.last().publicInterest->balance =
                u"We applied the presumption in favour of disclosure; the harm outweighs it."_qs;
        });
    }

    void lawfulFormsAreClean()
    {
        QFETCH(Mutation, change);
        Case c = referenceCase();
        change(c);
        for (const Finding &finding : check(c)) {
            QVERIFY2(!finding.code.startsWith(u"EIR-LIKELY") &&
                         finding.code != u"EIR-PIT-PRESUMPTION-MISSING",
                     qPrintable(finding.code + u": "_qs + finding.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestEnvironmental)
#include "tst_environmental.moc"
