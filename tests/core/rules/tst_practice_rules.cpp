#include "core/model/CaseFile.h"
#include "core/reply/AuthorityProfile.h"
#include "core/reply/LetterTemplates.h"
#include "core/rules/CaseChecker.h"
#include "core/rules/CaseDeadline.h"
#include "core/rules/PracticeRules.h"
#include "core/services/ReplyService.h"
#include "tests/support/ReferenceCase.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace foi::core;

namespace {

using testsupport::referenceCase;

QStringList codes(const QList<Finding> &findings)
{
    QStringList result;
    for (const Finding &finding : findings)
        result.append(finding.code + QStringLiteral(" at ") + finding.locator);
    return result;
}

AuthorityProfile force(const QString &reviewContact)
{
    AuthorityProfile profile;
    profile.name = QStringLiteral("West Midlands Police");
    profile.kind = AuthorityKind::Police;
    profile.internalReviewContact = reviewContact;
    return profile;
}

using Mutation = std::function<void(Case &, CheckContext &)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

// The rules learnt from working the reference case end to end (issue 24, points 3, 4 and 7),
// each row citing the provision it rests on.
class TestPracticeRules : public QObject
{
    Q_OBJECT
private slots:
    void findings_data()
    {
        QTest::addColumn<Mutation>("change");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("s1(1) a case with no questions has nothing to answer")
            << Mutation([](Case &c, CheckContext &) {
                   c.questions.clear();
                   c.claims.clear();
               })
            << QStringList{u"CASE-NO-QUESTIONS at questions"_qs};
        QTest::newRow("s17(7)(a) review paragraph with an empty contact")
            << Mutation([](Case &c, CheckContext &) {
                   c.reply.internalReviewProcedure =
                       u"If you are unhappy, you may ask for an internal review. Please write "
                       u"to  within 40 working days of the date of this letter."_qs;
               })
            << QStringList{u"S17-RIGHTS-PLACEHOLDER at reply.internalReviewProcedure"_qs};
        QTest::newRow("s17(7)(a) review paragraph with an empty contact before a comma")
            << Mutation([](Case &c, CheckContext &) {
                   c.reply.internalReviewProcedure =
                       u"Please write to , within 40 working days of this letter."_qs;
               })
            << QStringList{u"S17-RIGHTS-PLACEHOLDER at reply.internalReviewProcedure"_qs};
        QTest::newRow("s17(7)(b) complaint paragraph with a Mustache name left unfilled")
            << Mutation([](Case &c, CheckContext &) {
                   c.reply.complaintRights = u"You may apply to the Information Commissioner "
                                             u"at {{ico_address}} for a decision."_qs;
               })
            << QStringList{u"S17-RIGHTS-PLACEHOLDER at reply.complaintRights"_qs};
        QTest::newRow("s2(2)(b) a factor favouring disclosure put on the side against")
            << Mutation([](Case &c, CheckContext &context) {
                   const QString openness = c.claims[0].publicInterest->favouringDisclosure[0];
                   context.libraryFactors = {{openness, FactorSide::Disclosure, {}, {}, {}, false}};
                   c.claims[0].publicInterest->favouringExemption.append(openness);
               })
            << QStringList{
                   u"PIT-FACTOR-WRONG-SIDE at "
                   u"claims[0].publicInterest.favouringExemption[%1]"_qs.arg(
                       referenceCase().claims[0].publicInterest->favouringExemption.size())};
        QTest::newRow("s8(1)(a) a FOIA request by telephone")
            << Mutation([](Case &c, CheckContext &context) {
                   c.channel = Channel::Telephone;
                   context.today = QDate(2018, 6, 1);
               })
            << QStringList{u"S8-NOT-IN-WRITING at channel"_qs};
        QTest::newRow("s10(1) a date of receipt still to come")
            << Mutation([](Case &c, CheckContext &context) {
                   context.today = c.dateOfReceipt.addDays(-1);
                   c.reply.sentOn = QDate();
               })
            << QStringList{u"S10-RECEIPT-DATE-FUTURE at dateOfReceipt"_qs};
    }

    void findings()
    {
        QFETCH(Mutation, change);
        QFETCH(QStringList, expected);
        Case c = referenceCase();
        CheckContext context;
        change(c, context);
        context.dueDate = QDate(2018, 6, 12);
        const QList<Finding> found =
            CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                        EnvironmentalTerms::builtIn())
                .check(c, context);
        QCOMPARE(codes(found), expected);
    }

    void theUsualFormsCheckClean_data()
    {
        QTest::addColumn<Mutation>("change");
        QTest::newRow("s17(7) two spaces after a full stop are a typist's habit")
            << Mutation([](Case &c, CheckContext &) {
                   c.reply.internalReviewProcedure =
                       u"You may ask for an internal review.  Write to foi@example.police.uk "
                       u"within 40 working days."_qs;
               });
        QTest::newRow("s2(2)(b) a library factor on its own side")
            << Mutation([](Case &c, CheckContext &context) {
                   const QString openness = c.claims[0].publicInterest->favouringDisclosure[0];
                   context.libraryFactors = {{openness, FactorSide::Disclosure, {}, {}, {}, false}};
               });
        QTest::newRow("s8(1)(a) an EIR request may be made by telephone (reg 5)")
            << Mutation([](Case &c, CheckContext &context) {
                   c.regime = Regime::Eir;
                   c.claims.clear();
                   for (Question &q : c.questions) {
                       q.determination.holding = Holding::Held;
                       q.determination.communication = Communication::InFull;
                   }
                   c.reply.internalReviewProcedure.clear();
                   c.reply.complaintRights.clear();
                   c.channel = Channel::Telephone;
                   context.today = QDate(2018, 6, 1);
               });
    }

    void theUsualFormsCheckClean()
    {
        QFETCH(Mutation, change);
        Case c = referenceCase();
        CheckContext context;
        change(c, context);
        const QList<Finding> found =
            CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                        EnvironmentalTerms::builtIn())
                .check(c, context);
        QStringList mine;
        for (const QString &code : codes(found)) {
            if (code.startsWith(u"CASE-NO-QUESTIONS"_qs) || code.startsWith(u"S17-RIGHTS"_qs) ||
                code.startsWith(u"PIT-FACTOR"_qs) || code.startsWith(u"S8-NOT-IN"_qs) ||
                code.startsWith(u"S10-RECEIPT-DATE-FUTURE"_qs))
                mine.append(code);
        }
        QVERIFY2(mine.isEmpty(), qPrintable(mine.join(u"; ")));
    }

    void aFlaggedExtensionNeverMovesTheClock_data()
    {
        // s10(3) is FOIA's, reg 7(1) the EIR's: the other regime's extension is flagged
        // (EXTENSION-WRONG-REGIME) and the due date stays the 20th working day.
        QTest::addColumn<Regime>("regime");
        QTest::addColumn<ClockChangeKind>("kind");
        QTest::addColumn<QDate>("due");
        QTest::newRow("reg 7(1) extension on a FOIA case: flagged, not counted")
            << Regime::Foia << ClockChangeKind::ComplexityExtension << QDate(2018, 6, 12);
        QTest::newRow("s10(3) extension on an EIR case: flagged, not counted")
            << Regime::Eir << ClockChangeKind::PublicInterestExtension << QDate(2018, 6, 12);
        QTest::newRow("s10(3) extension on a FOIA case counts")
            << Regime::Foia << ClockChangeKind::PublicInterestExtension << QDate(2018, 7, 10);
        QTest::newRow("reg 7(1) extension on an EIR case counts")
            << Regime::Eir << ClockChangeKind::ComplexityExtension << QDate(2018, 7, 10);
    }

    void aFlaggedExtensionNeverMovesTheClock()
    {
        QFETCH(Regime, regime);
        QFETCH(ClockChangeKind, kind);
        QFETCH(QDate, due);
        Case c = referenceCase();
        c.regime = regime;
        c.clockChanges = {{kind, QDate(2018, 6, 11), QDate(2018, 7, 10), {}}};
        QCOMPARE(CaseDeadline::due(c, WorkingDayCalendar::builtIn()), due);
    }

    void standardParagraphsRefuseAnEmptyContact()
    {
        // s17(7)(a): the requester must be told where to write; no gap in the sentence.
        AuthorityProfile nobody;
        const auto paragraphs = ReplyService::standardRightsParagraphs(
            referenceCase(), nobody, ExemptionCatalogue::builtIn());
        QVERIFY(!paragraphs);
        QCOMPARE(paragraphs.error().code, u"authority.review-contact-missing"_qs);
        QVERIFY(paragraphs.error().message.contains(u"Settings"_qs));
    }

    void standardParagraphsCheckClean()
    {
        Case c = referenceCase();
        const auto paragraphs = ReplyService::standardRightsParagraphs(
            c, force(QStringLiteral("foi.reviews@example.police.uk")),
            ExemptionCatalogue::builtIn());
        QVERIFY(paragraphs);
        c.reply.internalReviewProcedure = paragraphs->internalReview;
        c.reply.complaintRights = paragraphs->complaint;
        QVERIFY(!PracticeRules::hasUnfilledPlaceholder(c.reply.internalReviewProcedure));
        QVERIFY(!PracticeRules::hasUnfilledPlaceholder(c.reply.complaintRights));
        QVERIFY2(CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                             EnvironmentalTerms::builtIn())
                     .check(c)
                     .isEmpty(),
                 qPrintable(
                     codes(CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                       EnvironmentalTerms::builtIn())
                               .check(c))
                         .join(u"; ")));
    }

    void templatesReadBackTheirValues()
    {
        const Result<LetterTemplates> templates = LetterTemplates::load();
        QVERIFY(templates);
        const auto rendered = templates->render(
            u"internal_review"_qs, {{u"review_contact"_qs, u"reviews@example.org"_qs}});
        QVERIFY(rendered);
        const auto values = templates->valuesIn(u"internal_review"_qs, *rendered);
        QVERIFY(values);
        QCOMPARE(values->value(u"review_contact"_qs), u"reviews@example.org"_qs);
        QVERIFY(!templates->valuesIn(u"internal_review"_qs, *rendered + u" Edited."_qs));
    }

    void standardParagraphsFollowTheProfile()
    {
        Case c = referenceCase();
        const auto old = ReplyService::standardRightsParagraphs(c, force(u"old@example.org"_qs),
                                                                ExemptionCatalogue::builtIn());
        QVERIFY(old);
        c.reply.internalReviewProcedure = old->internalReview;
        c.reply.complaintRights = old->complaint;
        const auto refresh = ReplyService::refreshedRightsParagraphs(
            c, force(u"new@example.org"_qs), ExemptionCatalogue::builtIn());
        QVERIFY(refresh);
        QVERIFY(refresh->changed);
        QVERIFY(refresh->paragraphs.internalReview.contains(u"new@example.org"_qs));
        QVERIFY(!refresh->paragraphs.internalReview.contains(u"old@example.org"_qs));
        QCOMPARE(refresh->paragraphs.complaint, old->complaint);
        QVERIFY(!refresh->reviewEditedOutOfDate);
    }

    void anEditedParagraphIsKeptAndTheRefreshOffered()
    {
        Case c = referenceCase(); // its review paragraph is the officer's own wording
        const auto refresh = ReplyService::refreshedRightsParagraphs(
            c, force(u"new@example.org"_qs), ExemptionCatalogue::builtIn());
        QVERIFY(refresh);
        QVERIFY(!refresh->changed);
        QCOMPARE(refresh->paragraphs.internalReview, c.reply.internalReviewProcedure);
        QVERIFY(refresh->reviewEditedOutOfDate);
    }

    void everyCodeIsDocumented()
    {
        QFile file(QStringLiteral(FOI_SOURCE_DIR "/docs/findings.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString document = QString::fromUtf8(file.readAll());
        for (const char *code :
             {"CASE-NO-QUESTIONS", "S17-RIGHTS-PLACEHOLDER", "PIT-FACTOR-WRONG-SIDE",
              "S8-NOT-IN-WRITING", "S10-RECEIPT-DATE-FUTURE"})
            QVERIFY2(document.contains(u"`"_qs + QString::fromLatin1(code) + u"`"_qs), code);
    }
};

QTEST_GUILESS_MAIN(TestPracticeRules)
#include "tst_practice_rules.moc"
