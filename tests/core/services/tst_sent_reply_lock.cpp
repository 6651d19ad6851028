// A sent reply is a fact (issue 24): the lock on a sent decision, the amendment that opens it,
// the correction letter that refers to the letter it corrects, and the one readiness answer
// for "may the final reply go now" (issues 24 and 25).

#include "tests/support/ReferenceCase.h"

#include "core/reply/CorrectionLetter.h"
#include "core/reply/LetterTemplates.h"
#include "core/services/SendReadiness.h"
#include "core/services/SentReplyLock.h"

#include <QTest>

using namespace foi::core;

namespace {

Case sentCase()
{
    Case theCase = testsupport::referenceCase();
    theCase.reply.sent = {SentLetter{1,
                                     QDate(2026, 12, 1),
                                     QStringLiteral("ab12"),
                                     false,
                                     {QStringLiteral("We hold the information.")}}};
    return theCase;
}

ReplyBlock block(ReplyBlock::Kind kind, const QString &text, const QString &label = {},
                 const QStringList &items = {})
{
    return ReplyBlock{kind, text, label, items};
}

ReplyDocument letterWith(const QStringList &paragraphs)
{
    using Kind = ReplyBlock::Kind;
    ReplyDocument letter;
    letter.reference = QStringLiteral("13457_18");
    letter.blocks = {
        block(Kind::SenderAddress, {}, {}, {QStringLiteral("Force HQ")}),
        block(Kind::RecipientAddress, {}, {}, {QStringLiteral("Ms A")}),
        block(Kind::Date, QStringLiteral("1 December 2026")),
        block(Kind::Reference, QStringLiteral("13457_18"), QStringLiteral("Our reference:")),
        block(Kind::Salutation, QStringLiteral("Dear Ms A,")),
        block(Kind::Heading, QStringLiteral("Our response"))};
    for (const QString &paragraph : paragraphs)
        letter.blocks.append(block(Kind::Paragraph, paragraph));
    letter.blocks.append(
        block(Kind::Heading, QStringLiteral("Your right to a review and to complain")));
    letter.blocks.append(
        block(Kind::Paragraph, QStringLiteral("Write to us within 40 working days.")));
    letter.blocks.append(block(Kind::Signature, {}, {}, {QStringLiteral("FOI Unit")}));
    return letter;
}

Finding anError()
{
    return Finding::error(QStringLiteral("S17-COMPLAINT-MISSING"), QStringLiteral("s17(7)(b)"),
                          QStringLiteral("reply.complaintRights"), QStringLiteral("No ICO"));
}

} // namespace

class TestSentReplyLock : public QObject
{
    Q_OBJECT
private slots:
    void aCaseNotSentIsNotLocked()
    {
        Case theCase = testsupport::referenceCase();
        QVERIFY(!SentReplyLock::isLocked(theCase));
        Case changed = theCase;
        changed.requestText = QStringLiteral("Other");
        QVERIFY(SentReplyLock::allowsChange(theCase, changed).ok());
    }

    void aSentDecisionIsLockedButItsRecordMayGrow()
    {
        const Case theCase = sentCase();
        QVERIFY(SentReplyLock::isLocked(theCase));
        Case changed = theCase;
        changed.requestText += QStringLiteral(" More.");
        const Status refused = SentReplyLock::allowsChange(theCase, changed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("reply.locked"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("1 December 2026")),
                 qPrintable(refused.error().message));
        changed = theCase;
        changed.reply.complaintRights = QStringLiteral("Other wording");
        QVERIFY(!SentReplyLock::allowsChange(theCase, changed));
        // Outside the letter: the outcome may still be overridden (a withdrawal).
        changed = theCase;
        changed.outcomeOverride = Outcome::Withdrawn;
        QVERIFY(SentReplyLock::allowsChange(theCase, changed).ok());
    }

    void anAmendmentNeedsAReasonAndUnlocksUntilItsCorrectionIsSent()
    {
        const Case theCase = sentCase();
        QCOMPARE(SentReplyLock::amend(theCase, QStringLiteral("  "), QStringLiteral("O"),
                                      QDate(2026, 12, 2))
                     .error()
                     .code,
                 QStringLiteral("amend.no-reason"));
        QCOMPARE(SentReplyLock::amend(testsupport::referenceCase(), QStringLiteral("Why"),
                                      QStringLiteral("O"), QDate(2026, 12, 2))
                     .error()
                     .code,
                 QStringLiteral("amend.not-sent"));
        const Result<Case> amended = SentReplyLock::amend(
            theCase, QStringLiteral(" Archive found "), QStringLiteral("O"), QDate(2026, 12, 2));
        QVERIFY(amended);
        QVERIFY(SentReplyLock::allowsChange(theCase, *amended).ok());
        QVERIFY(!SentReplyLock::isLocked(*amended));
        QCOMPARE(SentReplyLock::openAmendment(*amended)->reason, QStringLiteral("Archive found"));
        QCOMPARE(SentReplyLock::openAmendment(*amended)->amendsVersion, 1);
        QCOMPARE(SentReplyLock::amend(*amended, QStringLiteral("Again"), QStringLiteral("O"),
                                      QDate(2026, 12, 2))
                     .error()
                     .code,
                 QStringLiteral("amend.already-open"));
        Case changed = *amended;
        changed.requestText += QStringLiteral(" More.");
        QVERIFY(SentReplyLock::allowsChange(*amended, changed).ok());

        const Case corrected = SentReplyLock::recordSent(
            changed, SentLetter{2, QDate(2026, 12, 3), QStringLiteral("cd"), true, {}});
        QVERIFY(SentReplyLock::isLocked(corrected));
        QCOMPARE(corrected.reply.sent.size(), 2);
        QCOMPARE(corrected.reply.amendments.constLast().correctionVersion, 2);
        // The s10 date of the reply stays the first letter's.
        QCOMPARE(corrected.reply.sentOn, theCase.reply.sentOn);
    }

    void theFirstLetterSentGivesTheReplyDate()
    {
        Case theCase = testsupport::referenceCase();
        theCase.reply.sentOn = {};
        const Case sent = SentReplyLock::recordSent(
            theCase, SentLetter{1, QDate(2026, 12, 1), QStringLiteral("ab"), false, {}});
        QCOMPARE(sent.reply.sentOn, QDate(2026, 12, 1));
        QVERIFY(SentReplyLock::isLocked(sent));
    }

    void theDecisionOfALetterIsItsBodyWithoutLetterheadOrSignature()
    {
        const QStringList decision =
            CorrectionLetter::decisionOf(letterWith({QStringLiteral("We hold it.")}));
        QCOMPARE(decision,
                 (QStringList{QStringLiteral("Our response"), QStringLiteral("We hold it."),
                              QStringLiteral("Your right to a review and to complain"),
                              QStringLiteral("Write to us within 40 working days.")}));
    }

    void aCorrectionReferstoTheFirstLetterAndSaysWhatChanged()
    {
        const ReplyDocument amended = letterWith({QStringLiteral("We do not hold it.")});
        SentLetter first{1, QDate(2026, 12, 1), QStringLiteral("ab"), false,
                         CorrectionLetter::decisionOf(letterWith({QStringLiteral("We hold it.")}))};
        const Amendment why{QDate(2026, 12, 2),
                            QStringLiteral("O"),
                            QStringLiteral("The records were destroyed in 2017."),
                            1,
                            0,
                            {}};
        const LetterTemplates english = LetterTemplates::load(LetterLanguage::English, {}).value();
        const ReplyDocument correction =
            CorrectionLetter::compose(amended, {first, why, QDate(2026, 12, 3), 2, std::nullopt},
                                      english)
                .value();
        const QString text = correction.plainText();
        QVERIFY2(text.contains(QStringLiteral("3 December 2026")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("On 1 December 2026 we sent you our reply")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("our reference 13457_18 (version 1")),
                 qPrintable(text));
        QVERIFY2(text.contains(why.reason), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("We hold it.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("We do not hold it.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("version 2 of our reply")), qPrintable(text));
        // The rights and the signature as the reply gives them.
        QVERIFY2(text.contains(QStringLiteral("Write to us within 40 working days.")),
                 qPrintable(text));
        QCOMPARE(correction.blocks.constLast().kind, ReplyBlock::Kind::Signature);
        QCOMPARE(correction.blocks.constFirst().kind, ReplyBlock::Kind::SenderAddress);
        const auto changes =
            CorrectionLetter::changes(first.decision, CorrectionLetter::decisionOf(amended));
        QCOMPARE(changes.said, QStringList{QStringLiteral("We hold it.")});
        QCOMPARE(changes.nowSays, QStringList{QStringLiteral("We do not hold it.")});
    }

    void readinessGivesEveryReason_data()
    {
        QTest::addColumn<bool>("sent");
        QTest::addColumn<bool>("errors");
        QTest::addColumn<bool>("noAuthority");
        QTest::addColumn<int>("review");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<bool>("overridable");
        using S = ReviewStatus::State;
        QTest::newRow("clean") << false << false << false << int(S::NotReviewed) << QStringList{}
                               << false;
        QTest::newRow("approved") << false << false << false << int(S::ReadyToSend) << QStringList{}
                                  << false;
        QTest::newRow("checker errors: only a DRAFT")
            << false << true << false << int(S::NotReviewed)
            << QStringList{QStringLiteral("reply.draft")} << false;
        QTest::newRow("no authority profile")
            << false << false << true << int(S::NotReviewed)
            << QStringList{QStringLiteral("send.no-authority")} << false;
        QTest::newRow("already sent") << true << false << false << int(S::NotReviewed)
                                      << QStringList{QStringLiteral("send.already-sent")} << false;
        // Issue 25 point 3: returned or awaiting review holds the reply back, overridably.
        QTest::newRow("review returned")
            << false << false << false << int(S::Returned)
            << QStringList{QStringLiteral("send.review-returned")} << true;
        QTest::newRow("awaiting review")
            << false << false << false << int(S::AwaitingReview)
            << QStringList{QStringLiteral("send.review-awaiting")} << true;
        QTest::newRow("returned with errors: not overridable")
            << false << true << false << int(S::Returned)
            << QStringList{QStringLiteral("reply.draft"), QStringLiteral("send.review-returned")}
            << false;
    }

    void readinessGivesEveryReason()
    {
        QFETCH(bool, sent);
        QFETCH(bool, errors);
        QFETCH(bool, noAuthority);
        QFETCH(int, review);
        QFETCH(QStringList, codes);
        QFETCH(bool, overridable);
        const Case theCase = sent ? sentCase() : testsupport::referenceCase();
        SendFacts facts;
        if (errors)
            facts.findings = {anError()};
        if (noAuthority)
            facts.authorityProblem =
                Error::make(QStringLiteral("authority.none"), QStringLiteral("No profile."));
        facts.review.state = static_cast<ReviewStatus::State>(review);
        facts.versionsSent = sent ? 1 : 0;
        const SendReadiness readiness = SendReadiness::assess(theCase, facts);
        QStringList found;
        for (const SendReadiness::Reason &reason : readiness.reasons())
            found << reason.code;
        QCOMPARE(found, codes);
        QCOMPARE(readiness.ready(), codes.isEmpty());
        QCOMPARE(readiness.overridable(), overridable);
        QCOMPARE(readiness.nextVersion(), sent ? 2 : 1);
        if (!codes.isEmpty()) {
            QCOMPARE(readiness.error().code, codes.constFirst());
            QCOMPARE(readiness.explain().count(QLatin1Char('\n')), codes.size() - 1);
        }
    }

    void whileAnAmendmentIsOpenTheNextLetterIsACorrection()
    {
        const Result<Case> amended = SentReplyLock::amend(sentCase(), QStringLiteral("Why"),
                                                          QStringLiteral("O"), QDate(2026, 12, 2));
        QVERIFY(amended);
        SendFacts facts;
        facts.versionsSent = 1;
        const SendReadiness readiness = SendReadiness::assess(*amended, facts);
        QVERIFY(readiness.ready());
        QVERIFY(readiness.isCorrection());
        QCOMPARE(readiness.nextVersion(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSentReplyLock)
#include "tst_sent_reply_lock.moc"
