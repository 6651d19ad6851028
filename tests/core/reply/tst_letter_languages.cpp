// Reply letters in Welsh and in both languages (Welsh Language Standards; issue 23): the Welsh
// wording has every paragraph and word the English has, with the same names to fill; a Welsh
// letter carries no English words of the composer's own; a bilingual letter is Welsh first, then
// English; the PDF declares its language and keeps the Welsh letters (ŵ, ŷ, â ...) as text; and
// the checker asks of a Welsh letter what it asks of an English one (s17(7)).

#include "core/law/EnvironmentalTerms.h"
#include "core/law/ExemptionCatalogue.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/CaseFile.h"
#include "core/reply/AuthorityProfile.h"
#include "core/reply/LetterTemplates.h"
#include "core/rules/CaseChecker.h"
#include "core/services/ReplyService.h"
#include "tests/support/PdfText.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

namespace {

// The law the program's root passes when the officer has imported nothing of their own.
ReplyService::Law builtInLaw()
{
    return {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
            EnvironmentalTerms::builtIn()};
}

const QDate letterDate(2026, 12, 7);

Case referenceCase(LetterLanguage language)
{
    QFile file(QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18/case.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the reference case");
    Result<Case> read = CaseFile::read(file.readAll());
    if (!read.ok())
        qFatal("the reference case does not read: %s", qPrintable(read.error().detail));
    Case theCase = std::move(read).value();
    theCase.languageOfCorrespondence = language;
    return theCase;
}

AuthorityProfile force()
{
    AuthorityProfile profile;
    profile.name = QStringLiteral("Heddlu Dyfed-Powys");
    profile.kind = AuthorityKind::Police;
    profile.addressLines = {QStringLiteral("Blwch Post 99"), QStringLiteral("Caerfyrddin")};
    profile.foiUnitEmail = QStringLiteral("foi@example.police.uk");
    return profile;
}

QStringList namesIn(const QString &source)
{
    static const QRegularExpression tag(
        QStringLiteral("\\{\\{\\s*[#^/&]?\\s*([A-Za-z0-9_.]+)\\s*\\}\\}"));
    QStringList names;
    for (auto it = tag.globalMatch(source); it.hasNext();)
        names << it.next().captured(1);
    names.removeDuplicates();
    names.sort();
    return names;
}

QString letterText(LetterLanguage language)
{
    const auto composed =
        ReplyService::compose(referenceCase(language), force(), builtInLaw(), letterDate);
    return composed ? composed->document.plainText() : QString();
}

// What pdftotext reads from `pdf`, runs of white space made one space.
QString pdfText(const QByteArray &pdf)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return testsupport::pdfText(pdf).replace(space, QStringLiteral(" "));
}

QStringList findingsAt(const Case &theCase, const QString &code)
{
    CheckContext context;
    context.today = letterDate;
    QStringList locators;
    const QList<Finding> findings =
        CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                    EnvironmentalTerms::builtIn())
            .check(theCase, context);
    for (const Finding &finding : findings) {
        if (finding.code == code)
            locators << finding.locator;
    }
    return locators;
}

} // namespace

class TestLetterLanguages : public QObject
{
    Q_OBJECT
private slots:
    void welshWordingHasEveryEnglishKeyWithTheSameNames()
    {
        const Result<LetterTemplates> english = LetterTemplates::load(LetterLanguage::English, {});
        const Result<LetterTemplates> welsh = LetterTemplates::load(LetterLanguage::Welsh, {});
        QVERIFY2(english.ok(), qPrintable(english.ok() ? QString() : english.error().message));
        QVERIFY2(welsh.ok(), qPrintable(welsh.ok() ? QString() : welsh.error().message));
        QCOMPARE(welsh->language(), LetterLanguage::Welsh);
        QCOMPARE(welsh->keys(), english->keys());
        QVERIFY(english->keys().contains(QStringLiteral("term.heading_rights")));
        for (const QString &key : english->keys()) {
            QCOMPARE(namesIn(welsh->source(key)), namesIn(english->source(key)));
            QVERIFY2(
                welsh->source(key) != english->source(key) ||
                    namesIn(english->source(key)).join(QString()) ==
                        english->source(key).remove(QRegularExpression(QStringLiteral("[{}: ]"))),
                qPrintable(key + QStringLiteral(" is still in English")));
        }
    }

    void everyProvisionHasAWelshTitle()
    {
        const LetterTemplates welsh = LetterTemplates::load(LetterLanguage::Welsh, {}).value();
        for (const Provision &provision : ExemptionCatalogue::builtIn().all())
            QVERIFY2(!welsh.provisionTitle(provision.id).isEmpty(), qPrintable(provision.id));
        QCOMPARE(welsh.provisionTitle(QStringLiteral("s24(2)")),
                 QStringLiteral("Diogelwch cenedlaethol: dim cadarnhau na gwadu"));
    }

    void aWelshLetterHasNoEnglishWordsOfItsOwn()
    {
        const QString text = letterText(LetterLanguage::Welsh);
        QVERIFY(!text.isEmpty());
        for (const char *welsh :
             {"7 Rhagfyr 2026", "Annwyl A. Requester,", "Eich cais", "Ein hymateb",
              "Adran 24(2) – Diogelwch cenedlaethol: dim cadarnhau na gwadu",
              "Yr eithriadau yr ydym yn dibynnu arnynt", "Budd y cyhoedd",
              "Eich hawl i gael adolygiad ac i gwyno", "Comisiynydd Gwybodaeth", "Yn gywir,"})
            QVERIFY2(text.contains(QString::fromUtf8(welsh)), welsh);
        for (const char *english :
             {"December", "Dear ", "Your request", "Our response", "Section 24",
              "Exemptions we rely on", "The public interest test", "Information Commissioner",
              "Yours sincerely"})
            QVERIFY2(!text.contains(QLatin1String(english)), english);
    }

    void aBilingualLetterIsWelshFirstThenEnglish()
    {
        const auto composed = ReplyService::compose(referenceCase(LetterLanguage::Bilingual),
                                                    force(), builtInLaw(), letterDate);
        QVERIFY(composed.ok());
        QCOMPARE(composed->document.language, QStringLiteral("cy-GB"));
        const QString text = composed->document.plainText();
        const qsizetype welsh = text.indexOf(QStringLiteral("Eich cais"));
        const qsizetype separator =
            text.indexOf(QStringLiteral("Fersiwn Saesneg / English version"));
        const qsizetype english = text.indexOf(QStringLiteral("Your request"));
        QVERIFY(welsh >= 0);
        QVERIFY(separator > welsh);
        QVERIFY(english > separator);
        // One letterhead: the date is given once, in Welsh.
        QCOMPARE(text.count(QStringLiteral("7 Rhagfyr 2026")), 1);
        QVERIFY(!text.contains(QStringLiteral("7 December 2026")));
    }

    void thePdfDeclaresItsLanguageAndKeepsTheWelshLetters()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        Case theCase = referenceCase(LetterLanguage::Welsh);
        const QString name = QStringLiteral("Siân Ŵyn ap Llŷr, Tŷ Êîôû, Ffordd Âwel");
        theCase.requester.name = name;
        const auto welsh = ReplyService::render(theCase, force(), builtInLaw(), letterDate,
                                                ReplyService::Format::Pdf);
        QVERIFY(welsh.ok());
        QVERIFY(welsh->bytes.contains("/Lang (cy-GB)"));
        QVERIFY(welsh->bytes.contains("<dc:language><rdf:Bag><rdf:li>cy-GB</rdf:li>"));
        const QString text = pdfText(welsh->bytes);
        QVERIFY2(text.contains(name), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Tudalen 1 o ")));
        QVERIFY(text.contains(QStringLiteral("Ein cyfeirnod: 13457_18")));

        const auto english =
            ReplyService::render(referenceCase(LetterLanguage::English), force(), builtInLaw(),
                                 letterDate, ReplyService::Format::Pdf);
        QVERIFY(english.ok());
        QVERIFY(english->bytes.contains("/Lang (en-GB)"));
    }

    // s17(7)(a) and (b): a refusal notice tells the requester of the review procedure and of
    // the right to complain to the Commissioner, in the language the letter is written in.
    void theRightsParagraphsOfEachLanguage_data()
    {
        QTest::addColumn<LetterLanguage>("language");
        QTest::addColumn<bool>("welshWritten");
        QTest::addColumn<QStringList>("complaintMissingAt");
        QTest::addColumn<QStringList>("reviewMissingAt");
        const QStringList none;
        const QStringList welshComplaint{QStringLiteral("reply.complaintRightsWelsh")};
        const QStringList welshReview{QStringLiteral("reply.internalReviewProcedureWelsh")};
        QTest::newRow("s17(7) English letter: the English paragraphs suffice")
            << LetterLanguage::English << false << none << none;
        QTest::newRow("s17(7)(b) Welsh letter without the Welsh right to complain")
            << LetterLanguage::Welsh << false << welshComplaint << welshReview;
        QTest::newRow("s17(7) Welsh letter with its Welsh paragraphs")
            << LetterLanguage::Welsh << true << none << none;
        QTest::newRow("s17(7)(b) bilingual letter without the Welsh right to complain")
            << LetterLanguage::Bilingual << false << welshComplaint << welshReview;
        QTest::newRow("s17(7) bilingual letter with both")
            << LetterLanguage::Bilingual << true << none << none;
    }

    void theRightsParagraphsOfEachLanguage()
    {
        QFETCH(LetterLanguage, language);
        QFETCH(bool, welshWritten);
        QFETCH(QStringList, complaintMissingAt);
        QFETCH(QStringList, reviewMissingAt);
        Case theCase = referenceCase(language);
        if (welshWritten) {
            theCase.reply.internalReviewProcedureWelsh =
                QStringLiteral("Cewch ofyn am adolygiad mewnol o fewn 40 diwrnod gwaith.");
            theCase.reply.complaintRightsWelsh =
                QStringLiteral("Wedyn cewch gwyno i'r Comisiynydd Gwybodaeth (adran 50).");
        }
        QCOMPARE(findingsAt(theCase, QStringLiteral("S17-COMPLAINT-MISSING")), complaintMissingAt);
        QCOMPARE(findingsAt(theCase, QStringLiteral("S17-REVIEW-MISSING")), reviewMissingAt);
    }

    // A Welsh-only letter does not carry the English paragraphs, so their absence is no gap.
    void aWelshLetterDoesNotNeedTheEnglishParagraphs() // s17(7)
    {
        Case theCase = referenceCase(LetterLanguage::Welsh);
        theCase.reply.internalReviewProcedure.clear();
        theCase.reply.complaintRights.clear();
        theCase.reply.internalReviewProcedureWelsh = QStringLiteral("Cewch ofyn am adolygiad.");
        theCase.reply.complaintRightsWelsh = QStringLiteral("Cewch gwyno i'r Comisiynydd.");
        QCOMPARE(findingsAt(theCase, QStringLiteral("S17-COMPLAINT-MISSING")), QStringList());
        theCase.languageOfCorrespondence = LetterLanguage::Bilingual;
        QCOMPARE(findingsAt(theCase, QStringLiteral("S17-COMPLAINT-MISSING")),
                 QStringList{QStringLiteral("reply.complaintRights")});
    }

    void theCaseFileKeepsTheLanguageAndTheWelshParagraphs()
    {
        Case theCase = referenceCase(LetterLanguage::Bilingual);
        theCase.reply.complaintRightsWelsh = QStringLiteral("Cewch gwyno i'r Comisiynydd.");
        const Result<Case> back = CaseFile::read(CaseFile::write(theCase));
        QVERIFY(back.ok());
        QCOMPARE(back->languageOfCorrespondence, LetterLanguage::Bilingual);
        QCOMPARE(back->reply.complaintRightsWelsh, theCase.reply.complaintRightsWelsh);
        // An English case's file does not name a language, so it reads as it always did.
        QVERIFY(!CaseFile::write(referenceCase(LetterLanguage::English))
                     .contains("languageOfCorrespondence"));
        QByteArray wrong = CaseFile::write(theCase);
        wrong.replace("\"bilingual\"", "\"welsh\"");
        const Result<Case> refused = CaseFile::read(wrong);
        QVERIFY(!refused.ok());
        QVERIFY2(
            refused.error().detail.contains(QStringLiteral("expected en, cy or bilingual")) ||
                refused.error().message.contains(QStringLiteral("expected en, cy or bilingual")),
            qPrintable(refused.error().message + refused.error().detail));
    }
};

QTEST_MAIN(TestLetterLanguages)
#include "tst_letter_languages.moc"
