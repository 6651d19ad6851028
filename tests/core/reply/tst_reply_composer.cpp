#include "core/law/ExemptionCatalogue.h"
#include "core/model/CaseFile.h"
#include "core/reply/OdtReplyWriter.h"
#include "core/reply/PdfReplyWriter.h"
#include "core/reply/ReplyComposer.h"
#include "tests/support/ReferenceCase.h"

#include <QGuiApplication>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

namespace {

AuthorityProfile police()
{
    AuthorityProfile profile;
    profile.name = QStringLiteral("Example Constabulary");
    profile.kind = AuthorityKind::Police;
    profile.addressLines = {QStringLiteral("Police Headquarters"), QStringLiteral("1 High Street"),
                            QStringLiteral("Exampletown EX1 1AA")};
    profile.foiUnitName = QStringLiteral("Freedom of Information Unit");
    profile.foiUnitEmail = QStringLiteral("foi@example.police.uk");
    profile.internalReviewContact = QStringLiteral("reviews@example.police.uk");
    return profile;
}

Case baseCase()
{
    Case theCase;
    theCase.reference = QStringLiteral("2201_26");
    theCase.regime = Regime::Foia;
    theCase.authority = Authority{QStringLiteral("Example Constabulary"), AuthorityKind::Police};
    theCase.dateOfReceipt = QDate(2026, 11, 2);
    theCase.requester =
        Requester{QStringLiteral("Alex Smith"), QString(), QStringLiteral("alex@example.org")};
    return theCase;
}

Question question(const QString &id, const QString &text, Holding holding,
                  Communication communication, const QString &answer = {})
{
    Question q;
    q.id = id;
    q.text = text;
    q.determination.holding = holding;
    q.determination.communication = communication;
    q.determination.answer = answer;
    return q;
}

ReplyDocument compose(const Case &theCase, ReplyOptions options = {})
{
    static const LetterTemplates templates = LetterTemplates::load().value();
    const ReplyComposer composer(ExemptionCatalogue::builtIn(), templates);
    if (!options.letterDate.isValid())
        options.letterDate = QDate(2026, 11, 26);
    Result<ReplyDocument> reply = composer.compose(theCase, police(), options);
    if (!reply.ok())
        qWarning() << reply.error().message;
    return reply.ok() ? reply.value() : ReplyDocument();
}

// Asserts that the needles appear in `text` in the order given.
bool inOrder(const QString &text, const QStringList &needles, QString *missing)
{
    qsizetype from = 0;
    for (const QString &needle : needles) {
        const qsizetype at = text.indexOf(needle, from);
        if (at < 0) {
            *missing = needle;
            return false;
        }
        from = at + needle.size();
    }
    return true;
}

QString pdfText(const ReplyDocument &reply)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    if (!PdfReplyWriter::write(reply, path).ok())
        return {};
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text() + QLatin1Char(' ');
    return text.simplified();
}

} // namespace

class TestReplyComposer : public QObject
{
    Q_OBJECT
private slots:
    // The reference case (tests/data/reference-13457_18): every part of a section 17 NCND notice,
    // in the order a reader needs it, read back out of the PDF with QtPdf.
    void referenceLetterSaysEverythingSection17RequiresInOrder()
    {
        const Case theCase = testsupport::referenceCase();
        const QString text = pdfText(compose(theCase));
        QStringList expected;
        for (const Question &question : theCase.questions)
            expected << question.text.simplified().left(60);
        // Q1 "not held", said once, in the officer's words (issue 24, point 6).
        expected << QStringLiteral("hold no information about paying for facial recognition")
                 << QStringLiteral("disregard questions 2, 3, 4, 5, 6, 7, 8 and 9")
                 << QStringLiteral("refusal notice under section 17")
                 << QStringLiteral("can neither confirm nor deny")
                 << QStringLiteral("Section 24(2)") << QStringLiteral("Section 31(3)")
                 << QStringLiteral("Why confirming or denying would cause harm")
                 << theCase.ncndHarm.simplified().left(60);
        for (const ExemptionClaim &claim : theCase.claims) {
            expected
                << QStringLiteral("public interest test for section %1").arg(claim.provision.mid(1))
                << QStringLiteral("Factors in favour of confirming or denying")
                << claim.publicInterest->favouringDisclosure.first().simplified().left(50)
                << QStringLiteral("Factors in favour of relying on the exemption")
                << claim.publicInterest->favouringExemption.first().simplified().left(50)
                << QStringLiteral("The balance")
                << claim.publicInterest->balance.simplified().left(50)
                << QStringLiteral("outweighs the public interest in confirming or denying");
        }
        expected << QStringLiteral("does, or does not, exist") << QStringLiteral("internal review")
                 << QStringLiteral("Information Commissioner");
        QString missing;
        QVERIFY2(inOrder(text, expected, &missing),
                 qPrintable(missing + QStringLiteral(" | ") + text));
    }

    void costRefusalGivesTheLimitTheEstimateAndAdvice() // s12, s16, s17(5), s17(7)
    {
        Case theCase = baseCase();
        theCase.questions << question(QStringLiteral("Q1"),
                                      QStringLiteral("Every email mentioning drones since 2010."),
                                      Holding::Held, Communication::RefusedCost);
        CostEstimate estimate;
        estimate.activities << CostActivity{CostActivityKind::Locating, 12.0,
                                            QStringLiteral("Searching 40 mailboxes by sample")}
                            << CostActivity{CostActivityKind::Extracting, 9.5, QString()};
        theCase.costEstimate = estimate;
        theCase.adviceAndAssistance =
            QStringLiteral("Narrowing the request to one year would bring it within the limit.");
        const QString text = pdfText(compose(theCase));
        QString missing;
        QVERIFY2(
            inOrder(text,
                    {QStringLiteral("Every email mentioning drones"),
                     QStringLiteral("appropriate limit of £450"), QStringLiteral("18 hours"),
                     QStringLiteral("Section 12"), QStringLiteral("21.5 hours, £537.50"),
                     QStringLiteral("Locating the information: 12 hours"),
                     QStringLiteral("Narrowing the request to one year"),
                     QStringLiteral("internal review"), QStringLiteral("Information Commissioner")},
                    &missing),
            qPrintable(missing + QStringLiteral(" | ") + text));
    }

    void partialDisclosureUnderSection40NamesTheExemptionAndItsReason() // s17(1)(b), (c)
    {
        Case theCase = baseCase();
        theCase.questions << question(QStringLiteral("Q1"),
                                      QStringLiteral("Names and grades of officers on the panel."),
                                      Holding::Held, Communication::InPart,
                                      QStringLiteral("Grades: two inspectors and one sergeant."));
        ExemptionClaim claim;
        claim.provision = QStringLiteral("s40(2)-first-condition");
        claim.relieves = Duty::Communicate;
        claim.questions = {QStringLiteral("Q1")};
        claim.reason = QStringLiteral("The names are the officers' personal data and they would "
                                      "not expect them to be published.");
        theCase.claims << claim;
        const ReplyDocument reply = compose(theCase);
        const QString text = pdfText(reply);
        QString missing;
        QVERIFY2(inOrder(text,
                         {QStringLiteral("Names and grades of officers"),
                          QStringLiteral("part of it below"), QStringLiteral("two inspectors"),
                          QStringLiteral("refusal notice"), QStringLiteral("question(s) 1"),
                          QStringLiteral("Section 40(2)"),
                          QStringLiteral("personal data and they would not expect"),
                          QStringLiteral("absolute exemption"), QStringLiteral("internal review")},
                         &missing),
                 qPrintable(missing + QStringLiteral(" | ") + text));
        QVERIFY2(!text.contains(QStringLiteral("public interest test for")), "absolute: no PIT");
        QVERIFY2(!text.contains(QStringLiteral("legitimate interest")), "no test recorded");
    }

    // s40(3A)(a): the letter shows why disclosure would be unlawful, by the three questions of
    // the legitimate interests test (UK GDPR Art 6(1)(f)), after the reason; a part left blank
    // is left out rather than printed empty.
    void section40FirstConditionGivesTheLegitimateInterestsTest()
    {
        Case theCase = baseCase();
        theCase.questions << question(QStringLiteral("Q1"),
                                      QStringLiteral("Names of the officers on the panel."),
                                      Holding::Held, Communication::Withheld, QString());
        ExemptionClaim claim;
        claim.provision = QStringLiteral("s40(2)-first-condition");
        claim.questions = {QStringLiteral("Q1")};
        claim.reason = QStringLiteral("The names are the officers' personal data.");
        claim.legitimateInterests = LegitimateInterestsTest{
            QStringLiteral("Openness about who decides promotions."),
            QStringLiteral("The grades already published meet that interest."), QString()};
        theCase.claims << claim;
        const QString text = pdfText(compose(theCase));
        QString missing;
        QVERIFY2(inOrder(text,
                         {QStringLiteral("Section 40(2)"),
                          QStringLiteral("The names are the officers' personal data"),
                          QStringLiteral("Article 6(1)(f)"),
                          QStringLiteral("legitimate interest in disclosure"),
                          QStringLiteral("Openness about who decides promotions"),
                          QStringLiteral("necessary to meet it"),
                          QStringLiteral("The grades already published")},
                         &missing),
                 qPrintable(missing + QStringLiteral(" | ") + text));
        QVERIFY2(!text.contains(QStringLiteral("weighed against")), "the blank part is left out");
    }

    void hostileRequesterNameRendersAsPlainText()
    {
        Case theCase = baseCase();
        theCase.requester.name =
            QStringLiteral("<h1>Admin</h1> \u202Eevil\u202C ") + QString(2000, QLatin1Char('x'));
        theCase.questions << question(QStringLiteral("Q1"), QStringLiteral("Anything?"),
                                      Holding::NotHeld, Communication::NotApplicable);
        const ReplyDocument reply = compose(theCase);
        QVERIFY(!reply.blocks.isEmpty());
        const QString text = pdfText(reply);
        QVERIFY2(text.contains(QStringLiteral("<h1>Admin</h1>")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("does not hold")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    }

    // Issue 24 point 8: a case's title is the letter's subject line, under the salutation, in
    // the PDF as in the document; a case without one has no subject line.
    void theTitleIsTheLettersSubjectLine()
    {
        Case theCase = baseCase();
        theCase.questions << question(QStringLiteral("Q1"), QStringLiteral("Anything?"),
                                      Holding::NotHeld, Communication::NotApplicable);
        theCase.title = QStringLiteral("Use of drones at protests");
        const ReplyDocument reply = compose(theCase);
        qsizetype salutation = -1;
        for (qsizetype i = 0; i < reply.blocks.size(); ++i) {
            if (reply.blocks.at(i).kind == ReplyBlock::Kind::Salutation)
                salutation = i;
        }
        QVERIFY(salutation >= 0 && salutation + 1 < reply.blocks.size());
        QCOMPARE(reply.blocks.at(salutation + 1).kind, ReplyBlock::Kind::Heading);
        QCOMPARE(reply.blocks.at(salutation + 1).text,
                 QStringLiteral("Freedom of Information request: Use of drones at protests"));
        QString missing;
        QVERIFY2(inOrder(pdfText(reply),
                         {QStringLiteral("Dear Alex Smith,"),
                          QStringLiteral("Freedom of Information request: Use of drones at "
                                         "protests"),
                          QStringLiteral("Your request")},
                         &missing),
                 qPrintable(missing));
        theCase.regime = Regime::Eir;
        QVERIFY(compose(theCase).plainText().contains(
            QStringLiteral("Environmental information request: Use of drones at protests")));
        theCase.title.clear();
        QVERIFY(!compose(theCase).plainText().contains(QStringLiteral("information request:")));
    }

    void reviewBundlesShowAPlaceholderForTheRequester()
    {
        Case theCase = baseCase();
        theCase.questions << question(QStringLiteral("Q1"), QStringLiteral("Anything?"),
                                      Holding::NotHeld, Communication::NotApplicable);
        ReplyOptions options;
        options.withholdRequester = true;
        const QString text = compose(theCase, options).plainText();
        QVERIFY(!text.contains(QStringLiteral("Alex Smith")));
        QVERIFY(!text.contains(QStringLiteral("alex@example.org")));
        QVERIFY(text.contains(QStringLiteral("[Requester]")));
    }

    void eirRepliesCiteRegulation14AndReconsiderationUnderRegulation11()
    {
        Case theCase = baseCase();
        theCase.regime = Regime::Eir;
        theCase.questions << question(QStringLiteral("Q1"), QStringLiteral("Noise complaints."),
                                      Holding::Held, Communication::Withheld);
        ExemptionClaim claim;
        claim.provision = QStringLiteral("reg12(5)(b)");
        claim.questions = {QStringLiteral("Q1")};
        claim.reason = QStringLiteral("An investigation is under way.");
        theCase.claims << claim;
        const QString text = compose(theCase).plainText();
        QVERIFY(text.contains(QStringLiteral("regulation 14")));
        QVERIFY(text.contains(QStringLiteral("regulation 11")));
        QVERIFY(text.contains(QStringLiteral("Regulation 12(5)(b)")) ||
                text.contains(QStringLiteral("12(5)(b)")));
    }

    void theEditableCopyCarriesTheSameWords()
    {
        Case theCase = baseCase();
        theCase.questions << question(QStringLiteral("Q1"), QStringLiteral("How many drones?"),
                                      Holding::Held, Communication::InFull,
                                      QStringLiteral("The force has four drones."));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reply.odt"));
        QVERIFY(OdtReplyWriter::write(compose(theCase), path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("PK")); // an OpenDocument package is a zip
        QVERIFY(bytes.contains("application/vnd.oasis.opendocument.text"));
    }

    void anUnknownProvisionIsAnErrorNotASilentGap()
    {
        Case theCase = baseCase();
        ExemptionClaim claim;
        claim.provision = QStringLiteral("s99(9)");
        theCase.claims << claim;
        static const LetterTemplates templates = LetterTemplates::load().value();
        const ReplyComposer composer(ExemptionCatalogue::builtIn(), templates);
        const Result<ReplyDocument> reply =
            composer.compose(theCase, police(), ReplyOptions{QDate(2026, 11, 26), false, false});
        QVERIFY(!reply.ok());
        QVERIFY(reply.error().message.contains(QStringLiteral("s99(9)")));
    }
};

QTEST_MAIN(TestReplyComposer)
#include "tst_reply_composer.moc"
