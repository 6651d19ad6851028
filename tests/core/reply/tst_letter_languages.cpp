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
#include "core/reply/LetterStyle.h"
#include "core/reply/LetterTemplates.h"
#include "core/reply/SideBySideLetter.h"
#include "core/rules/CaseChecker.h"
#include "core/services/ReplyService.h"
#include "tests/support/PdfText.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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

// The words of one column of a side-by-side letter (the left or the right half of the body,
// the page bands left out), in reading order: page by page, line by line, left to right.
// pdftotext's own order is not used: it may read down one column before the other.
QList<testsupport::PdfWord> column(const QList<testsupport::PdfWord> &words, bool left)
{
    const double mm = 72.0 / 25.4;
    const double bodyTop = LetterStyle::topMarginMm * mm;
    const double footerTop = (LetterStyle::pageHeightMm - LetterStyle::footerBottomMm - 8) * mm;
    QList<testsupport::PdfWord> side;
    for (const testsupport::PdfWord &word : words) {
        const bool onLeft = word.box.center().x() < word.pageWidth / 2;
        if (onLeft == left && word.box.top() >= bodyTop - 1 && word.box.top() < footerTop)
            side.append(word);
    }
    // A line's words share their top within a point or two, whatever their font: number the
    // lines, then read each line left to right.
    std::sort(side.begin(), side.end(), [](const auto &a, const auto &b) {
        return std::pair(a.page, a.box.top()) < std::pair(b.page, b.box.top());
    });
    QList<std::pair<int, const testsupport::PdfWord *>> lined;
    int line = 0;
    for (qsizetype i = 0; i < side.size(); ++i) {
        if (i > 0 && (side.at(i).page != side.at(i - 1).page ||
                      side.at(i).box.top() - side.at(i - 1).box.top() >= 2.0))
            ++line;
        lined.append({line, &side.at(i)});
    }
    std::sort(lined.begin(), lined.end(), [](const auto &a, const auto &b) {
        return std::pair(a.first, a.second->box.left()) < std::pair(b.first, b.second->box.left());
    });
    QList<testsupport::PdfWord> ordered;
    for (const auto &[index, word] : lined)
        ordered.append(*word);
    return ordered;
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

    // The authority profile's "side_by_side" layout: Welsh in the left column, English in the
    // right, each part of the letter level with its translation, both in the letter's order.
    void aSideBySideLetterHasWelshOnTheLeftAndEnglishOnTheRight()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        AuthorityProfile profile = force();
        profile.bilingualLayout = BilingualLayout::SideBySide;
        const auto rendered =
            ReplyService::render(referenceCase(LetterLanguage::Bilingual), profile, builtInLaw(),
                                 letterDate, ReplyService::Format::Pdf);
        QVERIFY(rendered.ok());
        QVERIFY(rendered->document.sideBySide());
        QVERIFY(rendered->bytes.contains("/Lang (cy-GB)"));
        const QList<testsupport::PdfWord> words = testsupport::pdfWords(rendered->bytes);
        QVERIFY(!words.isEmpty());
        QVERIFY2(words.last().page >= 2, "the reference case's letter runs over pages");
        const QList<testsupport::PdfWord> welshColumn = column(words, true);
        const QList<testsupport::PdfWord> englishColumn = column(words, false);
        // Each required part, Welsh and English, in the order the letter gives them.
        const QList<std::pair<const char *, const char *>> parts = {
            {"7 Rhagfyr 2026", "7 December 2026"},
            {"Annwyl A. Requester,", "Dear A. Requester,"},
            {"Eich cais", "Your request"},
            {"Ein hymateb", "Our response"},
            {"Yr eithriadau yr ydym yn dibynnu arnynt", "Exemptions we rely on"},
            {"Budd y cyhoedd", "The public interest"},
            {"Eich hawl i gael adolygiad ac i gwyno", "Your right to a review and to complain"},
            {"Yn gywir,", "Yours sincerely,"}};
        qsizetype welshFrom = 0;
        qsizetype englishFrom = 0;
        for (const auto &[welshPart, englishPart] : parts) {
            const QString welsh = QString::fromUtf8(welshPart);
            const QString english = QString::fromUtf8(englishPart);
            const qsizetype w = testsupport::indexOfPhrase(welshColumn, welsh, welshFrom);
            const qsizetype e = testsupport::indexOfPhrase(englishColumn, english, englishFrom);
            QVERIFY2(w >= 0, welshPart);
            QVERIFY2(e >= 0, englishPart);
            // Level: the same page, the same line.
            const testsupport::PdfWord &first = welshColumn.at(w);
            const testsupport::PdfWord &facing = englishColumn.at(e);
            QCOMPARE(facing.page, first.page);
            QVERIFY2(qAbs(facing.box.top() - first.box.top()) < 1.0,
                     qPrintable(QStringLiteral("%1 at %2pt, %3 at %4pt")
                                    .arg(welsh)
                                    .arg(first.box.top())
                                    .arg(english)
                                    .arg(facing.box.top())));
            welshFrom = w + 1;
            englishFrom = e + 1;
        }
        // The composer's words stay on their side (the officer's own words, such as the public
        // interest factors, are in the case's one wording on both).
        for (const char *welsh : {"Annwyl", "Eich cais", "Yn gywir,", "Tudalen"})
            QVERIFY2(testsupport::indexOfPhrase(englishColumn, QString::fromUtf8(welsh)) < 0,
                     welsh);
        for (const char *english : {"Dear", "Your request", "Yours sincerely,", "Exemptions we"})
            QVERIFY2(testsupport::indexOfPhrase(welshColumn, QString::fromUtf8(english)) < 0,
                     english);
        // Pages break cleanly: nothing of the letter runs into the gap above the footer band.
        const double mm = 72.0 / 25.4;
        const double bodyBottom = (LetterStyle::pageHeightMm - LetterStyle::bottomMarginMm) * mm;
        const double footerTop = (LetterStyle::pageHeightMm - LetterStyle::footerBottomMm - 8) * mm;
        for (const testsupport::PdfWord &word : words)
            QVERIFY2(word.box.bottom() <= bodyBottom + 1 || word.box.top() >= footerTop,
                     qPrintable(QStringLiteral("\"%1\" on page %2 ends at %3pt")
                                    .arg(word.text)
                                    .arg(word.page)
                                    .arg(word.box.bottom())));
    }

    void theAuthorityProfileChoosesTheBilingualLayout()
    {
        const Result<AuthorityProfile> sideBySide = AuthorityProfile::fromJson(
            R"({"name": "Heddlu Gwent", "bilingual_layout": "side_by_side"})");
        QVERIFY(sideBySide.ok());
        QCOMPARE(sideBySide->bilingualLayout, BilingualLayout::SideBySide);
        QCOMPARE(AuthorityProfile::fromJson(sideBySide->toJson())->bilingualLayout,
                 BilingualLayout::SideBySide);
        const Result<AuthorityProfile> unsaid =
            AuthorityProfile::fromJson(R"({"name": "Heddlu Gwent"})");
        QVERIFY(unsaid.ok());
        QCOMPARE(unsaid->bilingualLayout, BilingualLayout::WelshFirst);
        const Result<AuthorityProfile> wrong = AuthorityProfile::fromJson(
            R"({"name": "Heddlu Gwent", "bilingual_layout": "columns"})");
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(QStringLiteral("bilingual_layout")));
        QVERIFY(wrong.error().message.contains(QStringLiteral("\"columns\"")));
        QVERIFY(wrong.error().message.contains(QStringLiteral("side_by_side")));
    }

    // A side-by-side letter pairs each Welsh block with the English one that says the same,
    // in both letters' order; a block only one letter has faces a blank.
    void sideBySideRowsPairTheSamePartsOfTheLetter()
    {
        using K = ReplyBlock::Kind;
        ReplyDocument welsh;
        welsh.blocks = {{K::SenderAddress, {}, {}, {QStringLiteral("Heddlu")}},
                        {K::Heading, QStringLiteral("Eich cais"), {}, {}},
                        {K::Question, QStringLiteral("Faint?"), QStringLiteral("1"), {}},
                        {K::Paragraph, QStringLiteral("Paragraff ychwanegol."), {}, {}},
                        {K::Signature, QStringLiteral("Yn gywir,"), {}, {}}};
        ReplyDocument english;
        english.blocks = {{K::SenderAddress, {}, {}, {QStringLiteral("Heddlu")}},
                          {K::Heading, QStringLiteral("Your request"), {}, {}},
                          {K::Question, QStringLiteral("Faint?"), QStringLiteral("1"), {}},
                          {K::Signature, QStringLiteral("Yours sincerely,"), {}, {}}};
        const ReplyDocument combined = SideBySideLetter::combine(welsh, english);
        QCOMPARE(combined.blocks.size(), 5);
        QCOMPARE(combined.facingBlocks.size(), 5);
        QVERIFY(combined.rowSpans(0));
        QVERIFY(!combined.rowSpans(2)); // the request restated on both sides
        QCOMPARE(combined.facingBlocks.at(1).text, QStringLiteral("Your request"));
        QCOMPARE(combined.blocks.at(3).text, QStringLiteral("Paragraff ychwanegol."));
        QVERIFY(combined.facingBlocks.at(3).text.isEmpty());
        QCOMPARE(combined.facingBlocks.at(4).text, QStringLiteral("Yours sincerely,"));
        QCOMPARE(combined.plainText().count(QStringLiteral("Heddlu")), 1);
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
