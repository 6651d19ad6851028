// Email intake over a real store: a message becomes a case with its date of receipt, requester,
// questions and files; a message on the thread of a case is offered for that case, as
// correspondence, the awaited clarification (s1(3), s10(6)(b)) or an internal review (s45 Code,
// part 5). Every message is written by the test (tests/support/TestMail.h).
#include "core/law/BankHolidayCalendar.h"
#include "core/law/RegulatorClocks.h"
#include "core/law/RegulatorDeadlineCalculator.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/services/AttachmentService.h"
#include "core/services/CaseEditingService.h"
#include "core/services/EmailIntakeService.h"
#include "core/services/MatterService.h"
#include "core/store/CaseStore.h"

#include "tests/support/ReferenceCase.h"
#include "tests/support/StoreOptions.h"
#include "tests/support/TestMail.h"
#include "tests/support/TestStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

class TestEmailIntakeService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDate m_today = QDate(2026, 12, 7);
    std::unique_ptr<testsupport::TestStore> m_store;
    std::unique_ptr<CaseEditingService> m_cases;
    std::unique_ptr<AttachmentService> m_attachments;
    RegulatorClocks m_regulatorClocks = *RegulatorClocks::builtIn();
    std::unique_ptr<RegulatorDeadlineCalculator> m_regulator;
    std::unique_ptr<MatterService> m_matters;
    std::unique_ptr<EmailIntakeService> m_intake;

    QString writeMail(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        file.write(bytes);
        return file.fileName();
    }

    EmailIntakePlan planOf(const QString &name, const QByteArray &bytes)
    {
        Result<EmailIntakePlan> plan = m_intake->plan(writeMail(name, bytes));
        if (!plan)
            qFatal("no plan: %s", qPrintable(plan.error().message));
        return *plan;
    }

    EmailIntakeResult applied(const EmailIntakePlan &plan, const EmailIntakeChoice &choice)
    {
        Result<EmailIntakeResult> result = m_intake->apply(plan, choice);
        if (!result)
            qFatal("not applied: %s", qPrintable(result.error().message));
        return *result;
    }

    static EmailIntakeChoice as(IntakeAction action)
    {
        EmailIntakeChoice choice;
        choice.action = action;
        return choice;
    }

    static QByteArray whatDoTheyKnowRequest()
    {
        return testmail::message(
            "Received: from mx.whatdotheyknow.com by mail.force.police.uk; "
            "Tue, 3 Nov 2026 10:30:00 +0000\n"
            "From: Robin Hall <request-123456-a1b2c3d4@whatdotheyknow.com>\n"
            "To: FOI <foi@force.police.uk>\n"
            "Subject: Freedom of Information request - Speed cameras\n"
            "Date: Tue, 3 Nov 2026 10:29:00 +0000\n"
            "Message-ID: <foi-request-123456@whatdotheyknow.com>\n",
            testmail::textPart("Dear Force,\n\n1. How many speed cameras are there?\n"
                               "2. How much did they raise in fines?\n\nYours faithfully,\n"
                               "Robin Hall\n"));
    }

    static QByteArray whatDoTheyKnowFollowUp(const QByteArray &subject, const QByteArray &body)
    {
        return testmail::message("Received: from mx.whatdotheyknow.com by mail.force.police.uk; "
                                 "Mon, 30 Nov 2026 14:00:00 +0000\n"
                                 "From: Robin Hall <request-123456-a1b2c3d4@whatdotheyknow.com>\n"
                                 "Subject: " +
                                     subject +
                                     "\n"
                                     "Date: Mon, 30 Nov 2026 13:59:00 +0000\n"
                                     "Message-ID: <followup-1@whatdotheyknow.com>\n",
                                 testmail::textPart(body));
    }

    QString importWhatDoTheyKnowRequest()
    {
        const EmailIntakePlan plan = planOf(QStringLiteral("wdtk.eml"), whatDoTheyKnowRequest());
        return applied(plan, {}).reference;
    }

private slots:
    void init()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("s%1.foistore").arg(++n));
        m_store = testsupport::TestStore::create(m_dir.path(), foi::core::Clock::system());
        QVERIFY(m_store);
        m_cases = std::make_unique<CaseEditingService>(
            *m_store, *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
            WorkingDayCalendar::builtIn());
        m_cases->setOfficer(QStringLiteral("Jo Officer"));
        m_attachments = std::make_unique<AttachmentService>(
            *m_store, AttachmentService::contentFolderFor(path));
        m_regulator = std::make_unique<RegulatorDeadlineCalculator>(m_regulatorClocks,
                                                                    BankHolidayCalendar::builtIn());
        m_matters =
            std::make_unique<MatterService>(*m_store, *m_cases, WorkingDayCalendar::builtIn(),
                                            *m_regulator, [this] { return m_today; });
        m_intake = std::make_unique<EmailIntakeService>(
            *m_store, *m_cases, *m_attachments, *m_matters, EmailReader(EmailLimits::standard()),
            *DissatisfactionWords::builtIn());
    }

    // s10(1): the clock runs from receipt, so the authority's server's Received header counts,
    // not the Friday-night Date the sender's computer wrote.
    void plainRequestBecomesACaseReceivedWhenItArrived()
    {
        const EmailIntakePlan plan =
            planOf(QStringLiteral("request.eml"), testmail::plainRequest());
        QCOMPARE(plan.dateOfReceipt, QDate(2026, 11, 2));
        QCOMPARE(plan.receiptSource, ReceiptSource::ReceivedHeader);
        QVERIFY(plan.receiptExplanation.contains(QStringLiteral("Received header")));
        QCOMPARE(plan.suggested, IntakeAction::NewCase);
        QCOMPARE(plan.link, ThreadLink::None);

        const EmailIntakeResult result = applied(plan, {});
        QCOMPARE(result.action, IntakeAction::NewCase);
        const Case theCase = *m_cases->open(result.reference);
        QCOMPARE(theCase.dateOfReceipt, QDate(2026, 11, 2));
        QCOMPARE(theCase.channel, Channel::Email);
        QCOMPARE(theCase.requester.name, QStringLiteral("Alex Jones"));
        QCOMPARE(theCase.requester.email, QStringLiteral("alex@example.org"));
        QCOMPARE(theCase.questions.size(), 2);
        QCOMPARE(theCase.questions.at(0).text,
                 QStringLiteral("How many drones does the force own?"));
        // The message itself is kept, byte for byte, as the request as received.
        const QList<Attachment> kept = *m_attachments->attachmentsOf(result.reference);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.constFirst().kind, AttachmentKind::RequestAsReceived);
        QCOMPARE(kept.constFirst().fileName, QStringLiteral("request.eml"));
        QFile copy(*m_attachments->contentPath(kept.constFirst()));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), testmail::plainRequest());
    }

    void dateHeaderIsTheFallbackAndSaysSo()
    {
        const QByteArray bytes =
            testmail::message("From: Alex <alex@example.org>\nSubject: Request\n"
                              "Date: Wed, 4 Nov 2026 16:00:00 +0000\n",
                              testmail::textPart("Please send the policy."));
        const EmailIntakePlan plan = planOf(QStringLiteral("dated.eml"), bytes);
        QCOMPARE(plan.dateOfReceipt, QDate(2026, 11, 4));
        QCOMPARE(plan.receiptSource, ReceiptSource::DateHeader);
        QVERIFY(plan.receiptExplanation.contains(QStringLiteral("Date header")));
        QVERIFY(plan.warnings.join(u' ').contains(QStringLiteral("check it")));
    }

    // British Summer Time: 23:30 UTC on 30 June is already 1 July in the UK.
    void receiptDateIsTheUkDay()
    {
        const QByteArray bytes =
            testmail::message("Received: by mail.force.police.uk; Tue, 30 Jun 2026 23:30:00 +0000\n"
                              "From: Alex <alex@example.org>\nSubject: Request\n",
                              testmail::textPart("Please send the policy."));
        QCOMPARE(planOf(QStringLiteral("bst.eml"), bytes).dateOfReceipt, QDate(2026, 7, 1));
    }

    void undatedMessageNeedsTheOfficersDate()
    {
        const QByteArray bytes = testmail::message("From: Alex <alex@example.org>\nSubject: R\n",
                                                   testmail::textPart("Please send the policy."));
        const EmailIntakePlan plan = planOf(QStringLiteral("undated.eml"), bytes);
        QCOMPARE(plan.receiptSource, ReceiptSource::Unknown);
        const Result<EmailIntakeResult> refused = m_intake->apply(plan, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("intake.date_missing"));
        QVERIFY(!*m_cases->hasCases());
        EmailIntakeChoice choice;
        choice.dateOfReceipt = QDate(2026, 11, 9);
        const EmailIntakeResult result = applied(plan, choice);
        QCOMPARE(m_cases->open(result.reference)->dateOfReceipt, QDate(2026, 11, 9));
    }

    void htmlOnlyRequestIsConvertedToText()
    {
        const QByteArray bytes =
            testmail::message("Received: by mail.force.police.uk; Mon, 2 Nov 2026 09:00:00 +0000\n"
                              "From: Alex <alex@example.org>\nSubject: Request\n",
                              testmail::htmlPart("<p>Dear team,</p><ol><li>How many horses?</li>"
                                                 "<li>What do they eat?</li></ol><p>Thanks</p>"));
        const EmailIntakePlan plan = planOf(QStringLiteral("html.eml"), bytes);
        QVERIFY(plan.textFromHtml);
        QVERIFY(plan.requestText.contains(QStringLiteral("How many horses?")));
        QVERIFY(!plan.requestText.contains(QStringLiteral("<li>")));
        QCOMPARE(plan.questions.size(), 2);
    }

    void everyAttachmentIsKeptBesideTheMessage()
    {
        const QByteArray bytes = testmail::message(
            "Received: by mail.force.police.uk; Mon, 2 Nov 2026 09:00:00 +0000\n"
            "From: =?UTF-8?Q?Si=C3=A2n?= <sian@example.cymru>\nSubject: Cais\n",
            testmail::multipart(
                "mixed", "m",
                {testmail::multipart("alternative", "a",
                                     {testmail::textPart("Please see my letter."),
                                      testmail::htmlPart("<p>Please see my letter.</p>")}),
                 testmail::attachmentPart("application/pdf",
                                          "filename*=UTF-8''Llythyr%20%C5%B5.pdf", "%PDF-1.4")}));
        const EmailIntakePlan plan = planOf(QStringLiteral("cais.eml"), bytes);
        QCOMPARE(plan.requester.name, QStringLiteral("Siân"));
        const EmailIntakeResult result = applied(plan, {});
        QCOMPARE(result.attachments.size(), 2);
        QCOMPARE(result.attachments.at(0).fileName, QStringLiteral("cais.eml"));
        QCOMPARE(result.attachments.at(1).fileName, QStringLiteral("Llythyr ŵ.pdf"));
        QCOMPARE(result.attachments.at(1).size, 8);
        QCOMPARE(m_attachments->attachmentsOf(result.reference)->size(), 2);
    }

    void replyToGivesTheAddressForReplies()
    {
        const QByteArray bytes = testmail::message(
            "Received: by mail.force.police.uk; Mon, 2 Nov 2026 09:00:00 +0000\n"
            "From: Alex Jones <alex.work@example.org>\nReply-To: alex.home@example.net\n"
            "Subject: Request\n",
            testmail::textPart("Please send the policy."));
        const EmailIntakePlan plan = planOf(QStringLiteral("replyto.eml"), bytes);
        QCOMPARE(plan.requester.name, QStringLiteral("Alex Jones"));
        QCOMPARE(plan.requester.email, QStringLiteral("alex.home@example.net"));
    }

    void forwardedRequestIsReadFromTheForwardedMessage()
    {
        const QByteArray original =
            testmail::message("Received: by mail.force.police.uk; Thu, 29 Oct 2026 11:00:00 +0000\n"
                              "From: Pat Requester <pat@example.org>\nSubject: CCTV policy\n"
                              "Date: Thu, 29 Oct 2026 10:59:00 +0000\n",
                              testmail::textPart("Please send your CCTV policy."));
        const QByteArray bytes = testmail::message(
            "Received: by mail.force.police.uk; Mon, 2 Nov 2026 09:00:00 +0000\n"
            "From: Colleague <colleague@force.police.uk>\nSubject: Fwd: CCTV policy\n",
            testmail::multipart("mixed", "f",
                                {testmail::textPart("For the FOI team."),
                                 testmail::part("Content-Type: message/rfc822\n", original)}));
        const EmailIntakePlan plan = planOf(QStringLiteral("fwd.eml"), bytes);
        QVERIFY(plan.forwarded);
        QCOMPARE(plan.requester.email, QStringLiteral("pat@example.org"));
        QCOMPARE(plan.requestText, QStringLiteral("Please send your CCTV policy."));
        // s10(1): receipt by the authority, which the colleague's mailbox already was.
        QCOMPARE(plan.dateOfReceipt, QDate(2026, 10, 29));
        QVERIFY(plan.warnings.join(u' ').contains(QStringLiteral("forwarded")));
    }

    void subjectWithTheReferenceJoinsThatCase()
    {
        const QString reference =
            applied(planOf(QStringLiteral("r.eml"), testmail::plainRequest()), {}).reference;
        const QByteArray bytes = testmail::message(
            "Received: by mail.force.police.uk; Tue, 10 Nov 2026 09:00:00 +0000\n"
            "From: Alex Jones <alex@example.org>\nSubject: RE: Your request " +
                reference.toUtf8() + " - drones\n",
            testmail::textPart("Thank you for the acknowledgement.\n\n> Your request " +
                               reference.toUtf8() +
                               " ... if you are dissatisfied you may ask for an internal "
                               "review.\n"));
        const EmailIntakePlan plan = planOf(QStringLiteral("thanks.eml"), bytes);
        QCOMPARE(plan.threadReference, reference);
        QCOMPARE(plan.link, ThreadLink::ReferenceInSubject);
        // The quoted acknowledgement speaks of reviews; the requester's own words do not.
        QVERIFY(plan.dissatisfactionPhrase.isEmpty());
        QCOMPARE(plan.suggested, IntakeAction::Correspondence);
        const EmailIntakeResult result = applied(plan, as(IntakeAction::Correspondence));
        QCOMPARE(result.reference, reference);
        const QList<Attachment> kept = *m_attachments->attachmentsOf(reference);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(1).kind, AttachmentKind::Correspondence);
        QCOMPARE(*m_store->cases().count(), 1);
    }

    void replyToAMessageKeptWithACaseJoinsThatCase()
    {
        const QString reference =
            applied(planOf(QStringLiteral("r.eml"), testmail::plainRequest()), {}).reference;
        const QByteArray bytes =
            testmail::message("Received: by mail.force.police.uk; Tue, 10 Nov 2026 09:00:00 +0000\n"
                              "From: Alex Jones <alex@example.org>\nSubject: Re: drones\n"
                              "In-Reply-To: <ack-9@force.police.uk>\n"
                              "References: <req-1@example.org> <ack-9@force.police.uk>\n",
                              testmail::textPart("One more thing: include leased drones.\n"));
        const EmailIntakePlan plan = planOf(QStringLiteral("reply.eml"), bytes);
        QCOMPARE(plan.threadReference, reference);
        QCOMPARE(plan.link, ThreadLink::MessageId);
        QCOMPARE(plan.suggested, IntakeAction::Correspondence);
    }

    void sameMessageTwiceIsPointedOut()
    {
        const QString reference =
            applied(planOf(QStringLiteral("r.eml"), testmail::plainRequest()), {}).reference;
        const EmailIntakePlan again = planOf(QStringLiteral("r.eml"), testmail::plainRequest());
        QVERIFY(again.warnings.join(u' ').contains(
            QStringLiteral("taken in before, with case %1").arg(reference)));
    }

    void whatDoTheyKnowFollowUpJoinsItsThread()
    {
        const QString reference = importWhatDoTheyKnowRequest();
        const EmailIntakePlan plan =
            planOf(QStringLiteral("followup.eml"),
                   whatDoTheyKnowFollowUp("Re: Freedom of Information request - Speed cameras",
                                          "Dear Force,\n\nThank you for your acknowledgement.\n"));
        QCOMPARE(plan.threadReference, reference);
        QCOMPARE(plan.link, ThreadLink::WhatDoTheyKnow);
        QVERIFY(plan.linkExplanation.contains(QStringLiteral("WhatDoTheyKnow")));
        QCOMPARE(plan.suggested, IntakeAction::Correspondence);
        QVERIFY(plan.allowed.contains(IntakeAction::NewCase));
    }

    // s1(3) and s10(6)(b): the clock restarts on the day the clarification is received.
    void clarificationRestartsTheClockWhenConfirmed()
    {
        const QString reference = importWhatDoTheyKnowRequest();
        Case theCase = *m_cases->open(reference);
        theCase.clockChanges.append(
            {ClockChangeKind::ClarificationSought, QDate(2026, 11, 10), {}, {}});
        QVERIFY(m_cases->save(theCase));
        const EmailIntakePlan plan =
            planOf(QStringLiteral("clarified.eml"),
                   whatDoTheyKnowFollowUp("Re: Clarification - Speed cameras",
                                          "I mean fixed cameras in the county, 2025 only.\n"));
        QVERIFY(plan.clarificationAwaited);
        QCOMPARE(plan.suggested, IntakeAction::Clarification);
        const EmailIntakeResult result = applied(plan, as(IntakeAction::Clarification));
        const Case clarified = *m_cases->open(reference);
        QCOMPARE(clarified.clockChanges.size(), 2);
        QCOMPARE(clarified.clockChanges.at(1).kind, ClockChangeKind::ClarificationReceived);
        QCOMPARE(clarified.clockChanges.at(1).date, QDate(2026, 11, 30));
        QCOMPARE(result.attachments.constFirst().kind, AttachmentKind::Correspondence);
    }

    void clarificationNotSoughtIsRefused()
    {
        const QString reference = importWhatDoTheyKnowRequest();
        const EmailIntakePlan plan = planOf(QStringLiteral("unasked.eml"),
                                            whatDoTheyKnowFollowUp("Re: x", "More detail.\n"));
        QVERIFY(!plan.clarificationAwaited);
        const Result<EmailIntakeResult> refused =
            m_intake->apply(plan, as(IntakeAction::Clarification));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("intake.no_clarification_sought"));
        QVERIFY(m_cases->open(reference)->clockChanges.isEmpty());
        QCOMPARE(m_attachments->attachmentsOf(reference)->size(), 1);
    }

    // s45 Code of Practice, part 5: a reply expressing dissatisfaction is a request for review.
    void dissatisfactionOffersAnInternalReviewFromItsReceiptDate()
    {
        const QString reference = importWhatDoTheyKnowRequest();
        Case answered = *m_cases->open(reference);
        answered.reply.sentOn = QDate(2026, 11, 20);
        QVERIFY(m_cases->save(answered));
        const EmailIntakePlan plan = planOf(
            QStringLiteral("review.eml"),
            whatDoTheyKnowFollowUp("Internal review of Freedom of Information request - Speed "
                                   "cameras",
                                   "Dear Force,\n\nPlease pass this on to the person who "
                                   "conducts Freedom of Information reviews. I am not satisfied "
                                   "with your answer to question 2.\n"));
        QCOMPARE(plan.threadReference, reference);
        QCOMPARE(plan.dissatisfactionPhrase, QStringLiteral("internal review"));
        QCOMPARE(plan.suggested, IntakeAction::InternalReview);
        EmailIntakeChoice choice{
            IntakeAction::InternalReview, {}, {}, {}, QStringLiteral("A. Senior")};
        const EmailIntakeResult result = applied(plan, choice);
        QCOMPARE(result.reviewId, QStringLiteral("IR1"));
        const Case reviewed = *m_cases->open(reference);
        QCOMPARE(reviewed.internalReviews.size(), 1);
        QCOMPARE(reviewed.internalReviews.constFirst().requestReceived, QDate(2026, 11, 30));
        QCOMPARE(reviewed.internalReviews.constFirst().reviewer, QStringLiteral("A. Senior"));
    }

    void reviewWithoutAReviewerSavesNothing()
    {
        const QString reference = importWhatDoTheyKnowRequest();
        const EmailIntakePlan plan = planOf(
            QStringLiteral("review.eml"),
            whatDoTheyKnowFollowUp("Re: Speed cameras", "I am dissatisfied with the reply.\n"));
        QCOMPARE(plan.dissatisfactionPhrase, QStringLiteral("dissatisfied"));
        const Result<EmailIntakeResult> refused =
            m_intake->apply(plan, as(IntakeAction::InternalReview));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("review")));
        QVERIFY(m_cases->open(reference)->internalReviews.isEmpty());
        QCOMPARE(m_attachments->attachmentsOf(reference)->size(), 1);
    }

    void bounceIsNeverANewCaseAndFilesWithItsCase()
    {
        const QString reference =
            applied(planOf(QStringLiteral("r.eml"), testmail::plainRequest()), {}).reference;
        const QByteArray ourLetter = testmail::message(
            "From: foi@force.police.uk\nTo: alex@example.org\nSubject: Your request " +
                reference.toUtf8() + "\n",
            testmail::textPart("Our reply."));
        const QByteArray bytes = testmail::message(
            "Received: by mail.force.police.uk; Wed, 11 Nov 2026 09:00:00 +0000\n"
            "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\n",
            testmail::multipart("report", "r",
                                {testmail::textPart("Delivery failed."),
                                 testmail::part("Content-Type: message/rfc822\n", ourLetter)},
                                "; report-type=delivery-status"));
        const EmailIntakePlan plan = planOf(QStringLiteral("bounce.eml"), bytes);
        QVERIFY(plan.message.deliveryReport);
        QCOMPARE(plan.threadReference, reference);
        QVERIFY(!plan.allowed.contains(IntakeAction::NewCase));
        const Result<EmailIntakeResult> refused = m_intake->apply(plan, as(IntakeAction::NewCase));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("intake.bounce"));
        QCOMPARE(applied(plan, as(IntakeAction::Correspondence)).reference, reference);
    }

    void messageForNoCaseCannotBeFiledAsCorrespondence()
    {
        const EmailIntakePlan plan = planOf(QStringLiteral("r.eml"), testmail::plainRequest());
        const Result<EmailIntakeResult> refused =
            m_intake->apply(plan, as(IntakeAction::Correspondence));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("intake.no_case"));
        QVERIFY(refused.error().message.contains(QStringLiteral("--to REF")));
    }

    void unreadableFileSaysWhy()
    {
        const Result<EmailIntakePlan> plan =
            m_intake->plan(m_dir.filePath(QStringLiteral("none.eml")));
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, QStringLiteral("email.unreadable"));
        QVERIFY(plan.error().message.contains(QStringLiteral("none.eml")));
    }
};

QTEST_MAIN(TestEmailIntakeService)
#include "tst_email_intake_service.moc"
