#include "core/law/ExemptionCatalogue.h"
#include "core/model/CaseFile.h"
#include "core/reply/PdfReplyWriter.h"
#include "core/reply/ReplyComposer.h"
#include "core/reply/ReviewOutcomeLetter.h"
#include "core/rules/InternalReviewRules.h"
#include "core/services/ReviewLetterService.h"
#include "tests/support/PdfText.h"
#include "tests/support/ReferenceCase.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace foi::core;
using namespace Qt::StringLiterals;

namespace {

AuthorityProfile police()
{
    AuthorityProfile profile;
    profile.name = u"Example Constabulary"_s;
    profile.kind = AuthorityKind::Police;
    profile.addressLines = {u"Police Headquarters"_s, u"Exampletown EX1 1AA"_s};
    profile.foiUnitName = u"Freedom of Information Unit"_s;
    profile.internalReviewContact = u"reviews@example.police.uk"_s;
    profile.signatory = u"J. Reviewer"_s;
    return profile;
}

using testsupport::referenceCase;

const LetterTemplates &templates()
{
    static const LetterTemplates loaded = LetterTemplates::load().value();
    return loaded;
}

// The review of the reference case (s24(2) and s31(3) NCND), every item decided `decision`.
InternalReview reviewOf(const Case &theCase, ReviewDecision decision)
{
    InternalReview review;
    review.id = u"IR1"_s;
    review.requestReceived = QDate(2018, 6, 29);
    review.basisDate = theCase.dateOfReceipt;
    review.reviewer = u"A. Senior"_s;
    review.original = OriginalDecisionSnapshot::of(theCase);
    for (const ReviewItemKey &key : review.original.items())
        review.items.append({key, decision, u"The reasons given still hold."_s});
    return review;
}

ReplyDocument letterFor(const Case &theCase, const InternalReview &review)
{
    const ExemptionCatalogue &catalogue = ExemptionCatalogue::builtIn();
    const QDate date(2018, 7, 20);
    Result<ReplyDocument> reply =
        ReplyComposer(catalogue, templates()).compose(theCase, police(), ReplyOptions{date});
    if (!reply)
        qFatal("%s", qPrintable(reply.error().message));
    Result<ReplyDocument> letter =
        ReviewOutcomeLetter(catalogue, templates()).compose(*reply, theCase, review, date);
    if (!letter)
        qFatal("%s", qPrintable(letter.error().message));
    return *letter;
}

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

QStringList codes(const QList<Finding> &findings)
{
    QStringList result;
    for (const Finding &finding : findings)
        result.append(finding.code);
    return result;
}

QString standardRights(Regime regime, LetterLanguage language = LetterLanguage::English)
{
    const LetterTemplates words = LetterTemplates::load(language, {}).value();
    return ReviewOutcomeLetter(ExemptionCatalogue::builtIn(), words)
        .standardComplaintRights(regime)
        .value();
}

// The first of `parts` not found in `text` after the one before it; empty when all are, in order.
QString firstMissing(const QString &text, const QStringList &parts)
{
    qsizetype from = 0;
    for (const QString &part : parts) {
        from = text.indexOf(part, from);
        if (from < 0)
            return part;
        from += part.size();
    }
    return {};
}

// The outcome letter of the reference case's review as ReviewLetterService writes it for a case
// in `language`, as PDF.
QByteArray pdfOfReviewLetter(LetterLanguage language, BilingualLayout layout, Regime regime,
                             ReviewDecision decision)
{
    Case theCase = referenceCase();
    theCase.languageOfCorrespondence = language;
    theCase.regime = regime;
    InternalReview review = reviewOf(theCase, decision);
    review.releasedNow = u"Mae'r tabl wedi'i amgáu."_s;
    AuthorityProfile profile = police();
    profile.bilingualLayout = layout;
    const Result<ReplyDocument> letter = ReviewLetterService::compose(
        theCase, review, profile, ExemptionCatalogue::builtIn(), QDate(2018, 7, 20), false);
    if (!letter)
        qFatal("%s", qPrintable(letter.error().message));
    const Result<QByteArray> bytes = PdfReplyWriter::render(*letter);
    if (!bytes)
        qFatal("%s", qPrintable(bytes.error().message));
    return *bytes;
}

QString textOf(const QByteArray &pdf)
{
    static const QRegularExpression space(u"\\s+"_s);
    return testsupport::pdfText(pdf).replace(space, u" "_s);
}

// The parts every outcome letter has, in order (s45 Code Part 5; s50): the opening, who
// reviewed, each item's decision, the outcome, the right to complain to the Commissioner.
const QStringList welshParts{u"20 Gorffennaf 2018"_s,
                             u"Adolygiad mewnol o'ch cais"_s,
                             u"Ar 29 Mehefin 2018 gofynnoch i ni adolygu"_s,
                             u"adran 45 o Ddeddf Rhyddid Gwybodaeth 2000"_s,
                             u"Cynhaliwyd yr adolygiad gan A. Senior, na chymerodd ran"_s,
                             u"Yr hyn a ailystyriwyd gennym a'r hyn a benderfynwyd gennym"_s,
                             u"Ein hateb i gwestiwn 1"_s,
                             u"Rydym yn cynnal y penderfyniad gwreiddiol."_s,
                             u"Ein rhesymau:"_s,
                             u"Adran 24(2) (Diogelwch cenedlaethol"_s,
                             u"fel y'i cymhwyswyd at unrhyw wybodaeth arall y gofynnoch amdani"_s,
                             u"Canlyniad yr adolygiad"_s,
                             u"rydym yn cynnal ein penderfyniad gwreiddiol"_s,
                             u"Yr hyn rydym yn ei ryddhau yn awr"_s,
                             u"Eich hawl i gwyno wrth y Comisiynydd Gwybodaeth"_s,
                             u"adran 50 o Ddeddf Rhyddid Gwybodaeth 2000"_s,
                             u"J. Reviewer"_s};
const QStringList englishParts{u"20 July 2018"_s,
                               u"Internal review of your request"_s,
                               u"On 29 June 2018 you asked us to review"_s,
                               u"section 45"_s,
                               u"carried out by A. Senior, who took no part"_s,
                               u"What we reconsidered and what we decided"_s,
                               u"Our answer to question 1"_s,
                               u"We maintain the original decision."_s,
                               u"Our reasons:"_s,
                               u"Section 24(2)"_s,
                               u"as applied to any other information you asked for"_s,
                               u"The outcome of the review"_s,
                               u"we maintain our original decision"_s,
                               u"What we now release"_s,
                               u"Your right to complain to the Information Commissioner"_s,
                               u"section 50 of the Freedom of Information Act 2000"_s,
                               u"J. Reviewer"_s};

} // namespace

// The outcome letter of an internal review (s45 Code of Practice, Part 5; EIR reg 11(4)) and
// the right to complain to the Information Commissioner it must give (FOIA s50; EIR reg 18).
class TestReviewOutcomeLetter : public QObject
{
    Q_OBJECT

private slots:
    void aMaintainedReviewReadsInOrder()
    {
        const Case theCase = referenceCase();
        const ReplyDocument letter =
            letterFor(theCase, reviewOf(theCase, ReviewDecision::OriginalMaintained));
        const QString text = letter.plainText();
        QString missing;
        QVERIFY2(
            inOrder(text,
                    {u"20 July 2018"_s, u"13457_18"_s, u"Internal review of your request"_s,
                     u"On 29 June 2018 you asked us to review"_s, u"section 45"_s,
                     u"carried out by A. Senior, who took no part"_s,
                     u"What we reconsidered and what we decided"_s, u"question 1"_s,
                     u"We maintain the original decision."_s, u"Our reasons:"_s, u"Section 24(2)"_s,
                     u"The outcome of the review"_s, u"we maintain our original decision"_s,
                     u"Your right to complain to the Information Commissioner"_s, u"section 50"_s,
                     u"J. Reviewer"_s},
                    &missing),
            qPrintable(u"missing or out of order: "_s + missing + u"\n"_s + text));
        QCOMPARE(letter.blocks.constLast().kind, ReplyBlock::Kind::Signature);
        // Never the bare word the ICO and the MoJ tool use in opposite senses.
        QVERIFY(!text.contains(u"upheld"_s, Qt::CaseInsensitive));
    }

    void anOverrideOfIndependenceIsNotCalledIndependent()
    {
        const Case theCase = referenceCase();
        InternalReview review = reviewOf(theCase, ReviewDecision::OriginalMaintained);
        review.independenceOverride = u"The only senior officer."_s;
        const QString text = letterFor(theCase, review).plainText();
        QVERIFY(text.contains(u"carried out by A. Senior."_s));
        QVERIFY(!text.contains(u"took no part"_s));
    }

    void anOverturnedReviewSaysWhatIsReleased()
    {
        const Case theCase = referenceCase();
        InternalReview review = reviewOf(theCase, ReviewDecision::OriginalOverturned);
        review.releasedNow = u"The number of devices is 4; the table is enclosed."_s;
        const QString text = letterFor(theCase, review).plainText();
        QString missing;
        QVERIFY2(inOrder(text,
                         {u"it is overturned"_s, u"We have not maintained our original decision."_s,
                          u"What we now release"_s, u"The number of devices is 4"_s,
                          u"Your right to complain"_s},
                         &missing),
                 qPrintable(missing));
    }

    void anEirReconsiderationCitesRegulation18()
    {
        Case theCase = referenceCase();
        theCase.regime = Regime::Eir;
        const QString text =
            letterFor(theCase, reviewOf(theCase, ReviewDecision::OriginalMaintained)).plainText();
        QVERIFY(text.contains(u"Our reconsideration of your request"_s));
        QVERIFY(text.contains(u"regulation 11"_s));
        QVERIFY(text.contains(u"regulation 18"_s));
        QVERIFY(!text.contains(u"section 45"_s));
    }

    void theOfficersOwnRightsParagraphIsUsed()
    {
        const Case theCase = referenceCase();
        InternalReview review = reviewOf(theCase, ReviewDecision::OriginalMaintained);
        review.complaintRights = u"You may now complain to the Information Commissioner."_s;
        const QString text = letterFor(theCase, review).plainText();
        QVERIFY(text.contains(review.complaintRights));
        QVERIFY(!text.contains(u"Wycliffe House"_s));
    }

    // s50 / reg 18: the standard wording gives the right; a paragraph that does not is an error.
    void theLetterMustGiveTheRightToComplain_data()
    {
        QTest::addColumn<QString>("rights");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("standard FOIA") << standardRights(Regime::Foia) << QStringList{};
        QTest::newRow("standard EIR") << standardRights(Regime::Eir) << QStringList{};
        // Issue 23: the Welsh paragraphs name the Comisiynydd Gwybodaeth.
        QTest::newRow("standard FOIA, Welsh")
            << standardRights(Regime::Foia, LetterLanguage::Welsh) << QStringList{};
        QTest::newRow("standard EIR, Welsh")
            << standardRights(Regime::Eir, LetterLanguage::Welsh) << QStringList{};
        QTest::newRow("Welsh, no Comisiynydd") << u"Os ydych yn anfodlon, ysgrifennwch atom eto."_s
                                               << QStringList{u"IR-LETTER-NO-COMPLAINT-RIGHT"_s};
        QTest::newRow("no Commissioner") << u"If you are unhappy, write to us again."_s
                                         << QStringList{u"IR-LETTER-NO-COMPLAINT-RIGHT"_s};
        QTest::newRow("blank") << u"  "_s << QStringList{u"IR-LETTER-NO-COMPLAINT-RIGHT"_s};
        QTest::newRow("unfilled placeholder")
            << u"Complain to the Information Commissioner at {{ico_address}}."_s
            << QStringList{u"IR-LETTER-PLACEHOLDER"_s};
    }
    void theLetterMustGiveTheRightToComplain()
    {
        QFETCH(QString, rights);
        QFETCH(QStringList, expected);
        const Case theCase = referenceCase();
        const InternalReview review = reviewOf(theCase, ReviewDecision::OriginalMaintained);
        const QList<Finding> findings = InternalReviewRules::checkLetter(review, 0, rights);
        QCOMPARE(codes(findings), expected);
        for (const Finding &finding : findings) {
            QCOMPARE(finding.severity, Severity::Error);
            QCOMPARE(finding.locator, u"internalReviews[0].complaintRights"_s);
        }
    }

    // s1(1)(b), s11: an overturned decision's letter says what is now released.
    void anOverturningThatReleasesNothingIsWarned()
    {
        const Case theCase = referenceCase();
        InternalReview review = reviewOf(theCase, ReviewDecision::OriginalOverturned);
        const QString rights = standardRights(Regime::Foia);
        QCOMPARE(codes(InternalReviewRules::checkLetter(review, 0, rights)),
                 QStringList{u"IR-RELEASE-NOT-STATED"_s});
        review.releasedNow = u"A fresh response will follow within 20 working days."_s;
        QVERIFY(InternalReviewRules::checkLetter(review, 0, rights).isEmpty());
    }

    void thePdfCarriesTheRightToComplain()
    {
        const Case theCase = referenceCase();
        const ReplyDocument letter =
            letterFor(theCase, reviewOf(theCase, ReviewDecision::OriginalMaintained));
        const Result<QByteArray> bytes = PdfReplyWriter::render(letter);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().message));
        QBuffer buffer;
        buffer.setData(*bytes);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        QTRY_COMPARE(pdf.status(), QPdfDocument::Status::Ready);
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += pdf.getAllText(page).text() + u'\n';
        text = text.simplified();
        QVERIFY2(text.contains(u"Your right to complain to the Information Commissioner"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"section 50 of the Freedom of Information Act 2000"_s));
        QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Title).toString(),
                 u"Internal review of request 13457_18"_s);
    }

    // Issue 23 (Welsh Language Standards): the outcome letter follows the case's language of
    // correspondence: in Welsh for a Welsh case, in both for a bilingual one, set out as the
    // authority profile sets out bilingual letters. Read back from the PDF: every required part
    // (s45 Code Part 5; the s50 right to complain) in Welsh, in order, and the language declared.
    void theLetterFollowsTheCasesLanguage_data()
    {
        QTest::addColumn<LetterLanguage>("language");
        QTest::addColumn<BilingualLayout>("layout");
        QTest::newRow("Welsh") << LetterLanguage::Welsh << BilingualLayout::WelshFirst;
        QTest::newRow("bilingual, Welsh first")
            << LetterLanguage::Bilingual << BilingualLayout::WelshFirst;
        QTest::newRow("bilingual, side by side")
            << LetterLanguage::Bilingual << BilingualLayout::SideBySide;
    }
    void theLetterFollowsTheCasesLanguage()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QFETCH(LetterLanguage, language);
        QFETCH(BilingualLayout, layout);
        const QByteArray pdf =
            pdfOfReviewLetter(language, layout, Regime::Foia, ReviewDecision::OriginalMaintained);
        QVERIFY(pdf.contains("/Lang (cy-GB)"));
        const QString text = textOf(pdf);
        QVERIFY2(firstMissing(text, welshParts).isEmpty(),
                 qPrintable(firstMissing(text, welshParts) + u'\n' + text));
        QVERIFY(!text.contains(u"upheld"_s, Qt::CaseInsensitive));
        if (language == LetterLanguage::Welsh) {
            for (const QString &part : englishParts.mid(1, englishParts.size() - 2))
                QVERIFY2(!text.contains(part), qPrintable(part + u'\n' + text));
            return;
        }
        // Welsh first, the English letter follows the Welsh one's letterhead and date.
        const QStringList english =
            layout == BilingualLayout::WelshFirst ? englishParts.mid(1) : englishParts;
        QVERIFY2(firstMissing(text, english).isEmpty(),
                 qPrintable(firstMissing(text, english) + u'\n' + text));
        const QList<testsupport::PdfWord> words = testsupport::pdfWords(pdf);
        const qsizetype cy = testsupport::indexOfPhrase(words, u"Canlyniad yr adolygiad"_s);
        const qsizetype en = testsupport::indexOfPhrase(words, u"The outcome of the review"_s);
        QVERIFY(cy >= 0 && en >= 0);
        const bool level = words.at(cy).page == words.at(en).page &&
                           qAbs(words.at(cy).box.top() - words.at(en).box.top()) < 1.0;
        QCOMPARE(level, layout == BilingualLayout::SideBySide);
        if (layout == BilingualLayout::WelshFirst)
            QVERIFY(text.indexOf(u"Fersiwn Saesneg / English version"_s) >
                    text.indexOf(u"Eich hawl i gwyno wrth y Comisiynydd Gwybodaeth"_s));
    }

    // EIR reg 11 and reg 18 in Welsh; an overturned decision in Welsh (reg 11(4), reg 18).
    void aWelshEirReconsiderationCitesRegulations11And18()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text =
            textOf(pdfOfReviewLetter(LetterLanguage::Welsh, BilingualLayout::WelshFirst,
                                     Regime::Eir, ReviewDecision::OriginalOverturned));
        const QStringList parts{
            u"Ein hailystyriaeth o'ch cais"_s,
            u"o dan reoliad 11 o Reoliadau Gwybodaeth Amgylcheddol 2004"_s,
            u"Nid ydym wedi cynnal y penderfyniad gwreiddiol: mae wedi'i wrthdroi."_s,
            u"Nid ydym wedi cynnal ein penderfyniad gwreiddiol."_s,
            u"Mae'r tabl wedi'i amgáu."_s,
            u"Eich hawl i gwyno wrth y Comisiynydd Gwybodaeth"_s,
            u"rheoliad 18 o Reoliadau Gwybodaeth Amgylcheddol 2004"_s};
        QVERIFY2(firstMissing(text, parts).isEmpty(),
                 qPrintable(firstMissing(text, parts) + u'\n' + text));
        QVERIFY(!text.contains(u"adran 45"_s));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestReviewOutcomeLetter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_review_outcome_letter.moc"
