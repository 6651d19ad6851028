#include "core/law/ExemptionCatalogue.h"
#include "core/law/ProvisionCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace foi::core;
using namespace Qt::StringLiterals;

// The shipped catalogue against the Act and the Regulations. Each expectation row below was
// checked by hand against FOIA Part II, s2(3) (absolute list), s63 (historical records) and
// EIR regs 12, 13 and 15; rule tests further down check the same facts a second way.
class TestExemptionCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void builtInCatalogueLoads();
    void everyProvisionHasItsPropertiesUnderTheAct_data();
    void everyProvisionHasItsPropertiesUnderTheAct();
    void absoluteProvisionsAreExactlyThoseInSection2_3();
    void prejudiceBasedProvisionsFollowTheIcoList();
    void ncndProvisionsExistOnlyWhereTheLawProvidesThem();
    void ncndProvisionListsTheExemptionsItServes();
    void everyEntryCitesItsSourceAndDescribesItself();
    void section35IsOnlyForGovernmentDepartmentsAndWelshGovernment();
    void onlySection36NeedsTheQualifiedPerson();
    void mutuallyExclusivePairs_data();
    void mutuallyExclusivePairs();
    void forRegimeSplitsFoiaFromEir();
    void regimeCodesRoundTrip();
    void malformedCatalogueNamesThePathAtFault_data();
    void malformedCatalogueNamesThePathAtFault();
};

void TestExemptionCatalogue::builtInCatalogueLoads()
{
    const ExemptionCatalogue &catalogue = ExemptionCatalogue::builtIn();
    QCOMPARE(catalogue.all().size(), 113); // 110 in force today, 3 of s40 before 25 May 2018
    QVERIFY(catalogue.find(QStringLiteral("s31(1)(a)")) != nullptr);
    QVERIFY(catalogue.find(QStringLiteral("s99")) == nullptr);
}

namespace {

void row(const char *id, bool absolute, TestKind test, bool prejudice, const char *ncnd, bool qp,
         const char *certificate, int historicalYears)
{
    QTest::newRow(id) << QString::fromUtf8(id) << absolute << test << prejudice
                      << QString::fromUtf8(ncnd) << qp << QString::fromUtf8(certificate)
                      << historicalYears;
}

} // namespace

void TestExemptionCatalogue::everyProvisionHasItsPropertiesUnderTheAct_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("absolute");
    QTest::addColumn<TestKind>("test");
    QTest::addColumn<bool>("prejudiceBased");
    QTest::addColumn<QString>("ncnd");
    QTest::addColumn<bool>("qualifiedPerson");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<int>("historicalYears");
    row("not-held", false, TestKind::Procedural, false, "", false, "", 0);
    row("s12(1)", false, TestKind::Procedural, false, "", false, "", 0);
    row("s12(2)", false, TestKind::Procedural, false, "", false, "", 0);
    row("s14(1)", false, TestKind::Procedural, false, "", false, "", 0);
    row("s14(2)", false, TestKind::Procedural, false, "", false, "", 0);
    row("s21(1)", true, TestKind::Class, false, "", false, "", 0);
    row("s22(1)", false, TestKind::Class, false, "s22(2)", false, "", 0);
    row("s22(2)", false, TestKind::Class, false, "", false, "", 0);
    row("s22A(1)", false, TestKind::Prejudice, true, "s22A(2)", false, "", 0);
    row("s22A(2)", false, TestKind::Prejudice, true, "", false, "", 0);
    row("s23(1)", true, TestKind::Class, false, "s23(5)", false, "s23(2)", 0);
    row("s23(5)", true, TestKind::Class, false, "", false, "s23(2)", 0);
    row("s24(1)", false, TestKind::RequiredFor, false, "s24(2)", false, "s24(3)", 0);
    row("s24(2)", false, TestKind::RequiredFor, false, "", false, "s24(3)", 0);
    row("s26(1)", false, TestKind::Prejudice, true, "s26(3)", false, "", 0);
    row("s26(3)", false, TestKind::Prejudice, true, "", false, "", 0);
    row("s27(1)", false, TestKind::Prejudice, true, "s27(4)(a)", false, "", 0);
    row("s27(2)", false, TestKind::Class, false, "s27(4)(b)", false, "", 0);
    row("s27(4)(a)", false, TestKind::Prejudice, true, "", false, "", 0);
    row("s27(4)(b)", false, TestKind::Class, false, "", false, "", 0);
    row("s28(1)", false, TestKind::Prejudice, true, "s28(3)", false, "", 30);
    row("s28(3)", false, TestKind::Prejudice, true, "", false, "", 30);
    row("s29(1)", false, TestKind::Prejudice, true, "s29(2)", false, "", 0);
    row("s29(2)", false, TestKind::Prejudice, true, "", false, "", 0);
    row("s30(1)(a)", false, TestKind::Class, false, "s30(3)", false, "", 20);
    row("s30(1)(b)", false, TestKind::Class, false, "s30(3)", false, "", 20);
    row("s30(1)(c)", false, TestKind::Class, false, "s30(3)", false, "", 20);
    row("s30(2)", false, TestKind::Class, false, "s30(3)", false, "", 0);
    row("s30(3)", false, TestKind::Class, false, "", false, "", 0);
    row("s31(1)(a)", false, TestKind::Prejudice, true, "s31(3)", false, "", 100);
    row("s31(1)(b)", false, TestKind::Prejudice, true, "s31(3)", false, "", 100);
    row("s31(1)(c)", false, TestKind::Prejudice, true, "s31(3)", false, "", 100);
    row("s31(1)(d)", false, TestKind::Prejudice, true, "s31(3)", false, "", 100);
    row("s31(1)(e)", false, TestKind::Prejudice, true, "s31(3)", false, "", 100);
    row("s31(1)(f)", false, TestKind::Prejudice, true, "s31(3)", false, "", 100);
    row("s31(1)(g)", false, TestKind::Prejudice, true, "s31(3)", false, "", 100);
    row("s31(1)(h)", false, TestKind::Prejudice, true, "s31(3)", false, "", 100);
    row("s31(1)(i)", false, TestKind::Prejudice, true, "s31(3)", false, "", 100);
    row("s31(3)", false, TestKind::Prejudice, true, "", false, "", 100);
    row("s32(1)", true, TestKind::Class, false, "s32(3)", false, "", 20);
    row("s32(2)", true, TestKind::Class, false, "s32(3)", false, "", 20);
    row("s32(3)", true, TestKind::Class, false, "", false, "", 0);
    row("s33(2)", false, TestKind::Prejudice, true, "s33(3)", false, "", 20);
    row("s33(3)", false, TestKind::Prejudice, true, "", false, "", 20);
    row("s34(1)", true, TestKind::RequiredFor, false, "s34(2)", false, "s34(3)", 0);
    row("s34(2)", true, TestKind::RequiredFor, false, "", false, "s34(3)", 0);
    row("s35(1)(a)", false, TestKind::Class, false, "s35(3)", false, "", 20);
    row("s35(1)(b)", false, TestKind::Class, false, "s35(3)", false, "", 20);
    row("s35(1)(c)", false, TestKind::Class, false, "s35(3)", false, "", 20);
    row("s35(1)(d)", false, TestKind::Class, false, "s35(3)", false, "", 20);
    row("s35(3)", false, TestKind::Class, false, "", false, "", 0);
    row("s36(2)(a)", false, TestKind::Prejudice, true, "s36(3)", true, "", 20);
    row("s36(2)(b)(i)", false, TestKind::Prejudice, true, "s36(3)", true, "", 20);
    row("s36(2)(b)(ii)", false, TestKind::Prejudice, true, "s36(3)", true, "", 20);
    row("s36(2)(c)", false, TestKind::Prejudice, true, "s36(3)", true, "", 20);
    row("s36(2)-parliament", true, TestKind::Prejudice, true, "s36(3)-parliament", true, "s36(7)",
        20);
    row("s36(3)", false, TestKind::Prejudice, true, "", true, "", 20);
    row("s36(3)-parliament", true, TestKind::Prejudice, true, "", true, "s36(7)", 20);
    row("s37(1)(a)", true, TestKind::Class, false, "s37(2)-a-ab", false, "", 20);
    row("s37(1)(aa)", true, TestKind::Class, false, "s37(2)-a-ab", false, "", 20);
    row("s37(1)(ab)", true, TestKind::Class, false, "s37(2)-a-ab", false, "", 20);
    row("s37(1)(ac)", false, TestKind::Class, false, "s37(2)-ac-b", false, "", 20);
    row("s37(1)(ad)", false, TestKind::Class, false, "s37(2)-ac-b", false, "", 20);
    row("s37(1)(b)", false, TestKind::Class, false, "s37(2)-ac-b", false, "", 60);
    row("s37(2)-a-ab", true, TestKind::Class, false, "", false, "", 20);
    row("s37(2)-ac-b", false, TestKind::Class, false, "", false, "", 20);
    row("s38(1)(a)", false, TestKind::Endangerment, false, "s38(2)", false, "", 0);
    row("s38(1)(b)", false, TestKind::Endangerment, false, "s38(2)", false, "", 0);
    row("s38(2)", false, TestKind::Endangerment, false, "", false, "", 0);
    row("s39(1)", false, TestKind::Class, false, "s39(2)", false, "", 0);
    row("s39(2)", false, TestKind::Class, false, "", false, "", 0);
    row("s40(1)", true, TestKind::Class, false, "s40(5A)", false, "", 0);
    row("s40(5A)", true, TestKind::Class, false, "", false, "", 0);
    row("s40(2)-first-condition", true, TestKind::Class, false, "s40(5B)(a)", false, "", 0);
    row("s40(2)-second-condition", false, TestKind::Class, false, "s40(5B)(b)", false, "", 0);
    row("s40(2)-third-condition-a", false, TestKind::Class, false, "s40(5B)(c)", false, "", 0);
    row("s40(2)-third-condition-b", false, TestKind::Class, false, "s40(5B)(d)", false, "", 0);
    row("s40(5B)(a)", true, TestKind::Class, false, "", false, "", 0);
    row("s40(5B)(b)", false, TestKind::Class, false, "", false, "", 0);
    row("s40(5B)(c)", false, TestKind::Class, false, "", false, "", 0);
    row("s40(5B)(d)", false, TestKind::Class, false, "", false, "", 0);
    row("s41(1)", true, TestKind::BreachOfConfidence, false, "s41(2)", false, "", 0);
    row("s41(2)", true, TestKind::BreachOfConfidence, false, "", false, "", 0);
    row("s42(1)", false, TestKind::Class, false, "s42(2)", false, "", 20);
    row("s42(2)", false, TestKind::Class, false, "", false, "", 20);
    row("s43(1)", false, TestKind::Class, false, "", false, "", 30);
    row("s43(2)", false, TestKind::Prejudice, true, "s43(3)", false, "", 30);
    row("s43(3)", false, TestKind::Prejudice, true, "", false, "", 30);
    row("s44(1)(a)", true, TestKind::Class, false, "s44(2)", false, "", 0);
    row("s44(1)(b)", true, TestKind::Class, false, "s44(2)", false, "", 0);
    row("s44(1)(c)", true, TestKind::Class, false, "s44(2)", false, "", 0);
    row("s44(2)", true, TestKind::Class, false, "", false, "", 0);
    row("reg12(4)(a)", false, TestKind::Class, false, "", false, "", 0);
    row("reg12(4)(b)", false, TestKind::Class, false, "", false, "", 0);
    row("reg12(4)(c)", false, TestKind::Class, false, "", false, "", 0);
    row("reg12(4)(d)", false, TestKind::Class, false, "", false, "", 0);
    row("reg12(4)(e)", false, TestKind::Class, false, "", false, "", 0);
    row("reg12(5)(a)", false, TestKind::AdverseEffect, false, "reg12(6)", false, "reg15", 0);
    row("reg12(5)(b)", false, TestKind::AdverseEffect, false, "", false, "", 0);
    row("reg12(5)(c)", false, TestKind::AdverseEffect, false, "", false, "", 0);
    row("reg12(5)(d)", false, TestKind::AdverseEffect, false, "", false, "", 0);
    row("reg12(5)(e)", false, TestKind::AdverseEffect, false, "", false, "", 0);
    row("reg12(5)(f)", false, TestKind::AdverseEffect, false, "", false, "", 0);
    row("reg12(5)(g)", false, TestKind::AdverseEffect, false, "", false, "", 0);
    row("reg12(6)", false, TestKind::AdverseEffect, false, "", false, "reg15", 0);
    row("reg13(1)(a)", true, TestKind::Class, false, "reg13(5A)(a)", false, "", 0);
    row("reg13(1)(b)-second-condition", false, TestKind::Class, false, "reg13(5A)(b)", false, "",
        0);
    row("reg13(1)(b)-third-condition", false, TestKind::Class, false, "reg13(5A)(b)", false, "", 0);
    row("reg13(5A)(a)", true, TestKind::Class, false, "", false, "", 0);
    row("reg13(5A)(b)", false, TestKind::Class, false, "", false, "", 0);
}

void TestExemptionCatalogue::everyProvisionHasItsPropertiesUnderTheAct()
{
    QFETCH(QString, id);
    const Provision *p = ExemptionCatalogue::builtIn().find(id);
    QVERIFY2(p != nullptr, qPrintable(id));
    QTEST(p->absolute, "absolute");
    QTEST(p->test, "test");
    QTEST(p->prejudiceBased, "prejudiceBased");
    QTEST(p->ncndProvision, "ncnd");
    QTEST(p->requiresQualifiedPerson, "qualifiedPerson");
    QTEST(p->certificate, "certificate");
    QTEST(p->historicalRecordYears, "historicalYears");
}

void TestExemptionCatalogue::absoluteProvisionsAreExactlyThoseInSection2_3()
{
    // FOIA s2(3)(a)-(h) as amended: s21, s23, s32, s34, s36 for the Houses of Parliament,
    // s37(1)(a)-(ab) and (2) so far as relating to them, s40(1), s40(2) with the first condition,
    // s41, s44; plus the ICO's reading of s40(5A) and s40(5B)(a); EIR: reg 13 first condition.
    const QSet<QString> expected{
        QStringLiteral("s21(1)"),
        QStringLiteral("s23(1)"),
        QStringLiteral("s23(5)"),
        QStringLiteral("s32(1)"),
        QStringLiteral("s32(2)"),
        QStringLiteral("s32(3)"),
        QStringLiteral("s34(1)"),
        QStringLiteral("s34(2)"),
        QStringLiteral("s36(2)-parliament"),
        QStringLiteral("s36(3)-parliament"),
        QStringLiteral("s37(1)(a)"),
        QStringLiteral("s37(1)(aa)"),
        QStringLiteral("s37(1)(ab)"),
        QStringLiteral("s37(2)-a-ab"),
        QStringLiteral("s40(1)"),
        QStringLiteral("s40(5A)"),
        QStringLiteral("s40(2)-first-condition"),
        QStringLiteral("s40(5B)(a)"),
        // Before 25 May 2018: s2(3)(f) as enacted, s40(2) with s40(3)(a)(i); s40(5) read alike.
        QStringLiteral("s40(2)-dpa1998"),
        QStringLiteral("s40(5)(a)"),
        QStringLiteral("s40(5)(b)(i)"),
        QStringLiteral("s41(1)"),
        QStringLiteral("s41(2)"),
        QStringLiteral("s44(1)(a)"),
        QStringLiteral("s44(1)(b)"),
        QStringLiteral("s44(1)(c)"),
        QStringLiteral("s44(2)"),
        QStringLiteral("reg13(1)(a)"),
        QStringLiteral("reg13(5A)(a)"),
    };
    QSet<QString> actual;
    for (const Provision &p : ExemptionCatalogue::builtIn().all()) {
        if (p.absolute)
            actual.insert(p.id);
        QCOMPARE(p.isQualified(), !p.absolute && p.kind != ProvisionKind::ProceduralGround &&
                                      p.kind != ProvisionKind::NotHeld);
    }
    QCOMPARE(actual, expected);
}

void TestExemptionCatalogue::prejudiceBasedProvisionsFollowTheIcoList()
{
    // ICO list (15 March 2024): s26, s27(1), s28, s29, s31, s33, s36, s43(2); plus s22A, whose
    // wording is a prejudice test. s38 is endangerment, s24/s34 "required for", EIR 12(5)
    // "adverse effect": none of them is prejudice-based, though all need a harm statement.
    const QStringList families{
        QStringLiteral("s22A("),     QStringLiteral("s26("),  QStringLiteral("s27(1)"),
        QStringLiteral("s27(4)(a)"), QStringLiteral("s28("),  QStringLiteral("s29("),
        QStringLiteral("s31("),      QStringLiteral("s33("),  QStringLiteral("s36("),
        QStringLiteral("s43(2)"),    QStringLiteral("s43(3)")};
    for (const Provision &p : ExemptionCatalogue::builtIn().all()) {
        const bool listed = std::any_of(families.begin(), families.end(),
                                        [&](const QString &f) { return p.id.startsWith(f); });
        QVERIFY2(p.prejudiceBased == listed, qPrintable(p.id));
    }
    QVERIFY(ExemptionCatalogue::builtIn().find(QStringLiteral("s38(1)(a)"))->needsHarmStatement());
    QVERIFY(
        ExemptionCatalogue::builtIn().find(QStringLiteral("reg12(5)(b)"))->needsHarmStatement());
    QVERIFY(!ExemptionCatalogue::builtIn().find(QStringLiteral("s30(1)(a)"))->needsHarmStatement());
}

void TestExemptionCatalogue::ncndProvisionsExistOnlyWhereTheLawProvidesThem()
{
    const ExemptionCatalogue &catalogue = ExemptionCatalogue::builtIn();
    // s21 has no NCND provision at all; s43(3) covers only s43(2), not trade secrets.
    QVERIFY(catalogue.find(QStringLiteral("s21(1)"))->ncndProvision.isEmpty());
    QVERIFY(catalogue.find(QStringLiteral("s43(1)"))->ncndProvision.isEmpty());
    QCOMPARE(catalogue.find(QStringLiteral("s43(3)"))->covers,
             QStringList{QStringLiteral("s43(2)")});
    // EIR: only reg 12(6) (for reg 12(5)(a)) and reg 13(5A).
    for (const Provision &p : catalogue.forRegime(Regime::Eir)) {
        if (p.kind != ProvisionKind::Exemption)
            continue;
        const bool mayNcnd = p.id == u"reg12(5)(a)" || p.id.startsWith(QStringLiteral("reg13("));
        QVERIFY2(p.ncndProvision.isEmpty() != mayNcnd, qPrintable(p.id));
    }
    for (const Provision &p : catalogue.all()) {
        if (p.kind == ProvisionKind::NcndExclusion)
            QCOMPARE(p.relieves, Duty::ConfirmOrDeny);
        else if (p.id != u"s12(2)")
            QCOMPARE(p.relieves, Duty::Communicate);
    }
}

void TestExemptionCatalogue::ncndProvisionListsTheExemptionsItServes()
{
    const Provision *s31_3 = ExemptionCatalogue::builtIn().find(QStringLiteral("s31(3)"));
    QCOMPARE(s31_3->covers.size(), 9); // s31(1)(a) to (i)
    QCOMPARE(s31_3->parent, QStringLiteral("s31(1)(a)"));
    const Provision *s30_3 = ExemptionCatalogue::builtIn().find(QStringLiteral("s30(3)"));
    QVERIFY(s30_3->covers.contains(QStringLiteral("s30(2)"))); // s30(3) serves s30(1) and s30(2)
}

void TestExemptionCatalogue::everyEntryCitesItsSourceAndDescribesItself()
{
    for (const Provision &p : ExemptionCatalogue::builtIn().all()) {
        QVERIFY2(!p.source.isEmpty() && !p.title.isEmpty() && p.description.size() > 40,
                 qPrintable(p.id));
        const QString expectedStart =
            p.regime == Regime::Foia ? QStringLiteral("Section ") : QStringLiteral("Regulation ");
        QVERIFY2(p.citation.startsWith(expectedStart), qPrintable(p.id));
    }
}

void TestExemptionCatalogue::section35IsOnlyForGovernmentDepartmentsAndWelshGovernment()
{
    const Provision *s35 = ExemptionCatalogue::builtIn().find(QStringLiteral("s35(1)(a)"));
    QVERIFY(s35->isAvailableTo(AuthorityKind::GovernmentDepartment));
    QVERIFY(s35->isAvailableTo(AuthorityKind::WelshGovernment));
    QVERIFY(!s35->isAvailableTo(AuthorityKind::Police));
    // s33 only for authorities with audit functions (s33(1)).
    QVERIFY(!ExemptionCatalogue::builtIn()
                 .find(QStringLiteral("s33(2)"))
                 ->isAvailableTo(AuthorityKind::Police));
    QVERIFY(ExemptionCatalogue::builtIn()
                .find(QStringLiteral("s31(1)(a)"))
                ->isAvailableTo(AuthorityKind::Police));
    // s36 is absolute only for the Houses of Parliament (s2(3)(e)).
    QVERIFY(!ExemptionCatalogue::builtIn()
                 .find(QStringLiteral("s36(2)(c)"))
                 ->isAvailableTo(AuthorityKind::Parliament));
    QVERIFY(!ExemptionCatalogue::builtIn()
                 .find(QStringLiteral("s36(2)-parliament"))
                 ->isAvailableTo(AuthorityKind::Police));
}

void TestExemptionCatalogue::onlySection36NeedsTheQualifiedPerson()
{
    for (const Provision &p : ExemptionCatalogue::builtIn().all())
        QVERIFY2(p.requiresQualifiedPerson == p.id.startsWith(QStringLiteral("s36(")),
                 qPrintable(p.id));
}

void TestExemptionCatalogue::mutuallyExclusivePairs_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("exclusive");
    // s24(1) applies only to information not within s23(1); the NCND limbs may be cited together.
    QTest::newRow("s23(1)/s24(1)") << "s23(1)"
                                   << "s24(1)" << true;
    QTest::newRow("s24(1)/s23(1)") << "s24(1)"
                                   << "s23(1)" << true;
    QTest::newRow("s23(5)/s24(2) together") << "s23(5)"
                                            << "s24(2)" << false;
    // s31(1) opening words: only information not exempt under s30.
    QTest::newRow("s30(1)(a)/s31(1)(a)") << "s30(1)(a)"
                                         << "s31(1)(a)" << true;
    QTest::newRow("s30(2)/s31(1)(b)") << "s30(2)"
                                      << "s31(1)(b)" << true;
    QTest::newRow("s30(3)/s31(3) together") << "s30(3)"
                                            << "s31(3)" << false;
    // s36(1)(a): s36 only for information not exempt under s35.
    QTest::newRow("s35(1)(a)/s36(2)(b)(i)") << "s35(1)(a)"
                                            << "s36(2)(b)(i)" << true;
    QTest::newRow("s31(1)(a)/s38(1)(b)") << "s31(1)(a)"
                                         << "s38(1)(b)" << false;
    QTest::newRow("unknown") << "s99"
                             << "s24(1)" << false;
}

void TestExemptionCatalogue::mutuallyExclusivePairs()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QTEST(ExemptionCatalogue::builtIn().mutuallyExclusive(a, b), "exclusive");
}

void TestExemptionCatalogue::forRegimeSplitsFoiaFromEir()
{
    const ExemptionCatalogue &catalogue = ExemptionCatalogue::builtIn();
    const QList<Provision> eir = catalogue.forRegime(Regime::Eir);
    QCOMPARE(eir.size(), 18); // reg 12(4)(a)-(e), 12(5)(a)-(g), 12(6), reg 13 x5
    QCOMPARE(catalogue.forRegime(Regime::Foia).size() + eir.size(), catalogue.all().size());
}

void TestExemptionCatalogue::regimeCodesRoundTrip()
{
    QCOMPARE(regimeCode(Regime::Foia), QStringLiteral("FOIA"));
    QCOMPARE(regimeCode(Regime::Eir), QStringLiteral("EIR"));
    QCOMPARE(regimeFromCode(QStringLiteral("eir")), std::optional<Regime>(Regime::Eir));
    QCOMPARE(regimeFromCode(QStringLiteral("FOISA")), std::optional<Regime>());
    QCOMPARE(testKindFromCode(testKindCode(TestKind::RequiredFor)),
             std::optional<TestKind>(TestKind::RequiredFor));
    QCOMPARE(authorityKindFromCode(QStringLiteral("welsh-government")),
             std::optional<AuthorityKind>(AuthorityKind::WelshGovernment));
}

namespace {

QJsonObject validEntry()
{
    return QJsonObject{{u"id"_s, u"s21(1)"_s},
                       {u"regime"_s, u"FOIA"_s},
                       {u"kind"_s, u"exemption"_s},
                       {u"citation"_s, u"Section 21(1)"_s},
                       {u"title"_s, u"Accessible by other means"_s},
                       {u"description"_s, u"Reasonably accessible to the applicant otherwise."_s},
                       {u"absolute"_s, true},
                       {u"test"_s, u"class"_s},
                       {u"prejudice_based"_s, false},
                       {u"relieves"_s, u"communicate"_s},
                       {u"requires_qualified_person"_s, false},
                       {u"source"_s, u"FOIA s21"_s}};
}

QByteArray catalogueWith(const QJsonArray &entries, const QJsonArray &exclusions = {})
{
    return QJsonDocument(
               QJsonObject{{u"provisions"_s, entries}, {u"mutually_exclusive"_s, exclusions}})
        .toJson();
}

QJsonObject validEntryWith(const QString &field, const QJsonValue &value)
{
    QJsonObject entry = validEntry();
    entry.insert(field, value);
    return entry;
}

} // namespace

void TestExemptionCatalogue::malformedCatalogueNamesThePathAtFault_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");

    QTest::newRow("not json") << QByteArray("{") << u"law.catalogue.unreadable"_s << u""_s;
    QTest::newRow("no provisions")
        << QByteArray("{}") << u"law.catalogue.invalid"_s << u"provisions"_s;
    QTest::newRow("absolute not bool") << catalogueWith({validEntryWith(u"absolute"_s, u"yes"_s)})
                                       << u"law.catalogue.invalid"_s << u"provisions[0].absolute"_s;
    QTest::newRow("unknown test") << catalogueWith({validEntryWith(u"test"_s, u"harm"_s)})
                                  << u"law.catalogue.invalid"_s << u"provisions[0].test"_s;
    QTest::newRow("prejudice flag without prejudice test")
        << catalogueWith({validEntryWith(u"prejudice_based"_s, true)}) << u"law.catalogue.invalid"_s
        << u"provisions[0].prejudice_based"_s;
    QTest::newRow("missing source") << catalogueWith({validEntryWith(u"source"_s, u""_s)})
                                    << u"law.catalogue.invalid"_s << u"provisions[0].source"_s;
    QTest::newRow("duplicate id") << catalogueWith({validEntry(), validEntry()})
                                  << u"law.catalogue.invalid"_s << u"provisions[1].id"_s;
    QTest::newRow("dangling ncnd")
        << catalogueWith({validEntryWith(u"ncnd_provision"_s, u"s21(9)"_s)})
        << u"law.catalogue.invalid"_s << u"provisions[0].ncnd_provision"_s;
    QTest::newRow("unknown exclusion")
        << catalogueWith({validEntry()}, {QJsonObject{{u"first"_s, QJsonArray{u"s21(1)"_s}},
                                                      {u"second"_s, QJsonArray{u"s99"_s}}}})
        << u"law.catalogue.invalid"_s << u"mutually_exclusive[0].second"_s;
}

void TestExemptionCatalogue::malformedCatalogueNamesThePathAtFault()
{
    QFETCH(QByteArray, json);
    const Result<ExemptionCatalogue> result = ExemptionCatalogue::fromJson(json);
    QVERIFY(!result.ok());
    QTEST(result.error().code, "code");
    QFETCH(QString, path);
    if (!path.isEmpty())
        QCOMPARE(result.error().detail, path);
    QVERIFY(!result.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestExemptionCatalogue)
#include "tst_exemption_catalogue.moc"
