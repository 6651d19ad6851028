// The reply letter under the Environmental Information Regulations 2004, read back from the
// rendered PDF as a requester (or a screen reader) would: it speaks of exceptions, never of
// exemptions (the EIR's own word, regs 12 and 13; ICO guidance "Regulation 2(1) - What is
// environmental information?": "exemptions" under FOIA, "exceptions" under the EIR), and it
// states the presumption in favour of disclosure that reg 12(2) sets for every exception subject
// to the public interest test.

#include "core/law/WorkingDayCalendar.h"
#include "core/model/CaseFile.h"
#include "core/reply/AuthorityProfile.h"
#include "core/services/ReplyService.h"
#include "tests/support/PdfText.h"
#include "tests/support/ReferenceCase.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

namespace {

Case eirCase()
{
    Case c = testsupport::referenceCase();
    c.regime = Regime::Eir;
    c.reference = QStringLiteral("EIR-1");
    c.ncndHarm.clear();
    c.reply.internalReviewProcedure.clear(); // the standard EIR (reg 11) wording
    c.reply.complaintRights.clear();
    c.requestText = QStringLiteral("1. The noise monitoring reports for the quarry.\n2. The names "
                                   "of the officers who inspected it.");
    Question reports;
    reports.id = QStringLiteral("Q1");
    reports.text = QStringLiteral("The noise monitoring reports for the quarry.");
    reports.determination.holding = Holding::Held;
    reports.determination.communication = Communication::Withheld;
    Question officers = reports;
    officers.id = QStringLiteral("Q2");
    officers.text = QStringLiteral("The names of the officers who inspected it.");
    c.questions = {reports, officers};

    ExemptionClaim course;
    course.provision = QStringLiteral("reg12(5)(b)");
    course.questions = {QStringLiteral("Q1")};
    course.reason = QStringLiteral("The reports are evidence in a prosecution of the operator that "
                                   "has not yet come to trial.");
    course.prejudice = PrejudiceTest{QStringLiteral("The course of justice"),
                                     QStringLiteral("Publishing the evidence before the trial "
                                                    "would put a fair hearing at risk."),
                                     Likelihood::Would};
    course.publicInterest = PublicInterestTest{
        {QStringLiteral("Residents have a strong interest in the noise they live with.")},
        {QStringLiteral("A fair trial protects residents and the operator alike.")},
        QStringLiteral("We started from the presumption in favour of disclosure. The trial is "
                       "weeks away and the reports will be read out in open court."),
        PublicInterestConclusion::MaintainExemption};
    ExemptionClaim personal;
    personal.provision = QStringLiteral("reg13(1)(a)");
    personal.questions = {QStringLiteral("Q2")};
    personal.reason = QStringLiteral("The officers' names are their personal data, and "
                                     "disclosing them would be unfair to them.");
    c.claims = {course, personal};
    return c;
}

AuthorityProfile council()
{
    AuthorityProfile profile;
    profile.name = QStringLiteral("Anytown Borough Council");
    profile.kind = AuthorityKind::LocalAuthority;
    profile.addressLines = {QStringLiteral("Town Hall"), QStringLiteral("Anytown AN1 1AA")};
    profile.foiUnitName = QStringLiteral("Information Governance");
    profile.foiUnitEmail = QStringLiteral("foi@example.gov.uk");
    return profile;
}

// What pdftotext reads from the letter, with runs of white space made one space.
QString letterText(const Case &theCase)
{
    const auto rendered =
        ReplyService::render(theCase, council(),
                             {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                              EnvironmentalTerms::builtIn()},
                             QDate(2018, 6, 8), ReplyService::Format::Pdf);
    if (!rendered)
        return {};
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return testsupport::pdfText(rendered->bytes).replace(space, QStringLiteral(" "));
}

} // namespace

class TestEirLetter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    // EIR regs 12 and 13 create exceptions; the word "exemption" belongs to FOIA.
    void eirLetterSaysExceptionNeverExemption()
    {
        const QString text = letterText(eirCase());
        QVERIFY2(text.contains(QStringLiteral("Exceptions we rely on")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("The exception in regulation 12(5)(b)"),
                              Qt::CaseInsensitive));
        QVERIFY(text.contains(QStringLiteral("Factors in favour of maintaining the exception")));
        QVERIFY2(!text.contains(QStringLiteral("exemption"), Qt::CaseInsensitive),
                 qPrintable(text));
        // The same case under FOIA still speaks of exemptions, so the check above can fail.
        Case foia = eirCase();
        foia.regime = Regime::Foia;
        foia.claims.clear();
        ExemptionClaim s30;
        s30.provision = QStringLiteral("s30(1)(a)");
        s30.questions = {QStringLiteral("Q1")};
        s30.reason = eirCase().claims.at(0).reason;
        s30.publicInterest = eirCase().claims.at(0).publicInterest;
        foia.claims = {s30};
        QVERIFY(letterText(foia).contains(QStringLiteral("exemption"), Qt::CaseInsensitive));
    }

    // EIR reg 12(2): a public authority shall apply a presumption in favour of disclosure.
    void eirLetterStatesThePresumptionForQualifiedExceptions()
    {
        const QString text = letterText(eirCase());
        QVERIFY2(text.contains(QStringLiteral("regulation 12(2) of the Environmental Information "
                                              "Regulations 2004 requires us to apply a "
                                              "presumption in favour of disclosure")),
                 qPrintable(text));
        // reg 13(1)(a) (the first condition) is not subject to the public interest test.
        QVERIFY(text.contains(QStringLiteral("is not subject to the public interest test")));
    }
};

QTEST_MAIN(TestEirLetter)
#include "tst_eir_letter.moc"
