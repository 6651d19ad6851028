#include "core/services/EmailIntakeService.h"

#include "core/intake/QuestionEdits.h"
#include "core/intake/QuestionSplitter.h"
#include "core/mail/HtmlText.h"
#include "core/mail/QuotedReply.h"
#include "core/model/RequesterKeys.h"
#include "core/services/AttachmentService.h"
#include "core/services/CaseEditingService.h"
#include "core/services/MatterService.h"
#include "core/store/StoreRepositories.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace foi::core {

namespace {

Error intakeError(const char *code, const QString &message)
{
    return Error::make(QStringLiteral("intake.") + QLatin1String(code), message);
}

// The officer reads times as the clock on the wall in the UK.
QDateTime inUk(const QDateTime &moment)
{
    const QTimeZone london(QByteArrayLiteral("Europe/London"));
    return moment.toTimeZone(london.isValid() ? london : QTimeZone::utc());
}

QString spoken(const QDateTime &moment)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(inUk(moment), QStringLiteral("HH:mm 'on' dddd d MMMM yyyy"));
}

bool isForward(const EmailMessage &outer)
{
    static const QRegularExpression prefix(QStringLiteral("^\\s*(fwd?|fw)\\s*:"),
                                           QRegularExpression::CaseInsensitiveOption);
    return !outer.deliveryReport && outer.enclosed.size() == 1 &&
           prefix.match(outer.subject).hasMatch();
}

void setReceipt(EmailIntakePlan &plan)
{
    const EmailMessage &mail = plan.message;
    if (mail.receivedAt.isValid()) {
        plan.receiptSource = ReceiptSource::ReceivedHeader;
        plan.receiptMoment = inUk(mail.receivedAt);
        plan.receiptExplanation =
            QStringLiteral("arrived at the mail server at %1 (its Received header)")
                .arg(spoken(mail.receivedAt));
    } else if (mail.sentAt.isValid()) {
        plan.receiptSource = ReceiptSource::DateHeader;
        plan.receiptMoment = inUk(mail.sentAt);
        plan.receiptExplanation =
            QStringLiteral("sent at %1 by the sender's clock (its Date header: the message has "
                           "no Received header, so check the day it truly arrived)")
                .arg(spoken(mail.sentAt));
        plan.warnings.append(QStringLiteral("The date of receipt comes from the sender's Date "
                                            "header, not from your mail server: check it."));
    } else {
        plan.receiptSource = ReceiptSource::Unknown;
        plan.receiptExplanation = QStringLiteral("not in the message (no Received or Date "
                                                 "header): give the date it arrived");
        plan.warnings.append(QStringLiteral("The message carries no date: give the date of "
                                            "receipt yourself."));
    }
    if (plan.receiptMoment.isValid())
        plan.dateOfReceipt = plan.receiptMoment.date();
}

void setRequester(EmailIntakePlan &plan)
{
    const EmailMessage &mail = plan.message;
    plan.requester.name = !mail.from.name.isEmpty() ? mail.from.name : mail.replyTo.name;
    // Replies go where the requester asked them to go.
    plan.requester.email =
        !mail.replyTo.address.isEmpty() ? mail.replyTo.address : mail.from.address;
    if (plan.requester.name.isEmpty())
        plan.warnings.append(QStringLiteral("The message gives no name for the requester: a "
                                            "FOIA request needs one (s8(1)(b)); add it."));
}

// The words of the subject that could be a case reference: anything with a digit in it.
QStringList referenceCandidates(const QString &subject)
{
    static const QRegularExpression token(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}_/.\\-]*"));
    QStringList candidates;
    auto matches = token.globalMatch(subject);
    while (matches.hasNext() && candidates.size() < 20) {
        QString word = matches.next().captured();
        while (word.endsWith(QLatin1Char('.')) || word.endsWith(QLatin1Char('-')))
            word.chop(1);
        if (word.contains(QRegularExpression(QStringLiteral("\\d"))) && !candidates.contains(word))
            candidates.append(word);
    }
    return candidates;
}

bool isWhatDoTheyKnowAddress(const QString &address)
{
    static const QRegularExpression shape(
        QStringLiteral("^request-\\d+-[0-9a-f]+@whatdotheyknow\\.com$"),
        QRegularExpression::CaseInsensitiveOption);
    return shape.match(address).hasMatch();
}

bool clarificationAwaited(const Case &theCase)
{
    QDate sought;
    QDate received;
    for (const ClockChange &change : theCase.clockChanges) {
        if (change.kind == ClockChangeKind::ClarificationSought && change.date > sought)
            sought = change.date;
        if (change.kind == ClockChangeKind::ClarificationReceived && change.date > received)
            received = change.date;
    }
    return sought.isValid() && (!received.isValid() || received < sought);
}

} // namespace

EmailIntakeService::EmailIntakeService(StoreRepositories &store, CaseEditingService &cases,
                                       AttachmentService &attachments, MatterService &matters,
                                       EmailReader reader, DissatisfactionWords words)
    : m_store(store)
    , m_cases(cases)
    , m_attachments(attachments)
    , m_matters(matters)
    , m_reader(std::move(reader))
    , m_words(std::move(words))
{}

Result<EmailIntakePlan> EmailIntakeService::plan(const QString &emlPath)
{
    EmailIntakePlan plan;
    Result<EmailMessage> read = m_reader.readFile(emlPath, &plan.raw);
    if (!read)
        return read.error();
    plan.sourceName = QFileInfo(emlPath).fileName();
    const EmailMessage &outer = *read;
    plan.warnings = outer.warnings;
    if (isForward(outer)) {
        plan.forwarded = true;
        plan.message = outer.enclosed.front();
        plan.attachments = plan.message.attachments + outer.attachments;
        plan.warnings.append(
            QStringLiteral("%1 forwarded this request: the date of receipt is "
                           "when it first reached the authority, which may be "
                           "earlier than the forward.")
                .arg(outer.from.name.isEmpty() ? outer.from.address : outer.from.name));
    } else {
        plan.message = outer;
        plan.attachments = outer.attachments;
    }
    setReceipt(plan);
    setRequester(plan);
    plan.requestText = plan.message.textBody;
    if (plan.requestText.isEmpty() && !plan.message.htmlBody.isEmpty()) {
        plan.requestText = HtmlText::toPlainText(plan.message.htmlBody);
        plan.textFromHtml = true;
    }
    plan.questions = QuestionSplitter::split(plan.requestText);
    if (outer.deliveryReport)
        plan.warnings.append(QStringLiteral("This is a delivery failure report (a bounce), not "
                                            "a request: file it with the case whose letter did "
                                            "not arrive, and find another way to reach the "
                                            "requester."));
    findThread(plan);
    suggest(plan);
    return plan;
}

void EmailIntakeService::findThread(EmailIntakePlan &plan)
{
    if (const Result<QString> again =
            m_store.attachments().caseWithMessage({plan.message.messageId});
        again && !again->isEmpty())
        plan.warnings.append(QStringLiteral("This message was taken in before, with case %1: "
                                            "importing it again keeps a second copy.")
                                 .arg(*again));
    // The messages it answers: its own In-Reply-To and References, and for a bounce those of
    // the letter that did not arrive.
    QStringList answered = QStringList{plan.message.inReplyTo} + plan.message.references;
    for (const EmailMessage &enclosed : plan.message.enclosed)
        answered += QStringList{enclosed.messageId, enclosed.inReplyTo} + enclosed.references;
    if (const Result<QString> thread = m_store.attachments().caseWithMessage(answered);
        thread && !thread->isEmpty()) {
        plan.threadReference = *thread;
        plan.link = ThreadLink::MessageId;
        plan.linkExplanation =
            QStringLiteral("it answers a message filed with case %1 (In-Reply-To or References)")
                .arg(*thread);
        return;
    }
    QStringList subjects{plan.message.subject};
    // A bounce carries the letter that did not arrive: its subject names the case.
    for (const EmailMessage &enclosed : plan.message.enclosed)
        subjects.append(enclosed.subject);
    for (const QString &subject : std::as_const(subjects)) {
        for (const QString &candidate : referenceCandidates(subject)) {
            if (m_store.cases().load(candidate)) {
                plan.threadReference = candidate;
                plan.link = ThreadLink::ReferenceInSubject;
                plan.linkExplanation = QStringLiteral("the subject names case %1").arg(candidate);
                return;
            }
        }
    }
    for (const QString &address : {plan.message.from.address, plan.message.replyTo.address}) {
        if (!isWhatDoTheyKnowAddress(address))
            continue;
        Requester requester;
        requester.email = address;
        QString key;
        for (const QString &each : RequesterKeys(requester).lookupKeys())
            if (each.startsWith(QLatin1String("email:")))
                key = each;
        const auto cases = m_store.cases().receivedWithRequesterKey(key, QDate(1900, 1, 1),
                                                                    QDate(9999, 12, 31), 1);
        if (cases && !cases->isEmpty()) {
            plan.threadReference = cases->constFirst().reference;
            plan.link = ThreadLink::WhatDoTheyKnow;
            plan.linkExplanation =
                QStringLiteral("it comes from the WhatDoTheyKnow address of case %1 (%2)")
                    .arg(plan.threadReference, address);
            return;
        }
    }
}

void EmailIntakeService::suggest(EmailIntakePlan &plan)
{
    const bool bounce = plan.message.deliveryReport;
    if (plan.threadReference.isEmpty()) {
        plan.suggested = bounce ? IntakeAction::Correspondence : IntakeAction::NewCase;
        plan.allowed =
            bounce ? QList<IntakeAction>{IntakeAction::Correspondence}
                   : QList<IntakeAction>{IntakeAction::NewCase, IntakeAction::Correspondence};
        return;
    }
    const Result<Case> theCase = m_cases.open(plan.threadReference);
    plan.clarificationAwaited = theCase && clarificationAwaited(*theCase);
    if (!bounce)
        plan.dissatisfactionPhrase = m_words.firstIn(plan.message.subject + QLatin1Char('\n') +
                                                     QuotedReply::newText(plan.requestText));
    plan.allowed = {IntakeAction::Correspondence};
    if (bounce) {
        plan.suggested = IntakeAction::Correspondence;
        return;
    }
    if (plan.clarificationAwaited)
        plan.allowed.append(IntakeAction::Clarification);
    plan.allowed.append(IntakeAction::InternalReview);
    plan.allowed.append(IntakeAction::NewCase);
    plan.suggested = plan.clarificationAwaited               ? IntakeAction::Clarification
                     : !plan.dissatisfactionPhrase.isEmpty() ? IntakeAction::InternalReview
                                                             : IntakeAction::Correspondence;
}

Result<EmailIntakeResult> EmailIntakeService::apply(const EmailIntakePlan &plan,
                                                    const EmailIntakeChoice &choice)
{
    const QDate received =
        choice.dateOfReceipt.isValid() ? choice.dateOfReceipt : plan.dateOfReceipt;
    if (!received.isValid())
        return intakeError("date_missing",
                           QStringLiteral("%1 carries no date: give the date it arrived "
                                          "(--received YYYY-MM-DD, or the date in the preview).")
                               .arg(plan.sourceName));
    if (choice.action == IntakeAction::NewCase) {
        if (plan.message.deliveryReport)
            return intakeError("bounce",
                               QStringLiteral("%1 is a delivery failure report, not a request: "
                                              "file it with its case instead (--to REF).")
                                   .arg(plan.sourceName));
        return createCase(plan, choice, received);
    }
    const QString reference = choice.reference.isEmpty() ? plan.threadReference : choice.reference;
    if (reference.isEmpty())
        return intakeError("no_case",
                           QStringLiteral("%1 belongs to no case the workbench could find: name "
                                          "the case (--to REF) or import it as a new request.")
                               .arg(plan.sourceName));
    const Result<Case> theCase = m_cases.open(reference);
    if (!theCase)
        return theCase.error();
    EmailIntakeResult result;
    result.reference = reference;
    result.action = choice.action;
    if (choice.action == IntakeAction::Clarification) {
        if (Status recorded = recordClarification(reference, received, plan); !recorded)
            return recorded.error();
    } else if (choice.action == IntakeAction::InternalReview) {
        InternalReviewRequest request;
        request.received = received;
        request.reviewer = choice.reviewer;
        const Result<InternalReview> review = m_matters.openInternalReview(reference, request);
        if (!review)
            return review.error();
        result.reviewId = review->id;
    }
    if (Status attached = attachAll(plan, result, AttachmentKind::Correspondence); !attached)
        return attached.error();
    return result;
}

Result<EmailIntakeResult> EmailIntakeService::createCase(const EmailIntakePlan &plan,
                                                         const EmailIntakeChoice &choice,
                                                         const QDate &received)
{
    Result<Case> logged = m_cases.logNewRequest(received, choice.authority);
    if (!logged)
        return logged.error();
    Case theCase = std::move(logged).value();
    theCase.channel = Channel::Email;
    theCase.requester = plan.requester;
    theCase.requestText = plan.requestText;
    QuestionEdits::propose(theCase);
    if (Status saved = m_cases.save(theCase); !saved)
        return saved.error();
    EmailIntakeResult result;
    result.reference = theCase.reference;
    result.action = IntakeAction::NewCase;
    if (Status attached = attachAll(plan, result, AttachmentKind::RequestAsReceived); !attached)
        return attached.error();
    return result;
}

Status EmailIntakeService::recordClarification(const QString &reference, const QDate &received,
                                               const EmailIntakePlan &plan)
{
    Result<Case> theCase = m_cases.open(reference);
    if (!theCase)
        return theCase.error();
    if (!clarificationAwaited(*theCase))
        return intakeError("no_clarification_sought",
                           QStringLiteral("Case %1 has no request for clarification awaiting an "
                                          "answer: record when you asked (the Clock step), or "
                                          "file the message as correspondence.")
                               .arg(reference));
    ClockChange change;
    change.kind = ClockChangeKind::ClarificationReceived;
    change.date = received;
    change.note = QStringLiteral("Email \"%1\" (%2)").arg(plan.message.subject, plan.sourceName);
    theCase->clockChanges.append(change);
    return m_cases.save(*theCase);
}

Status EmailIntakeService::attachAll(const EmailIntakePlan &plan, EmailIntakeResult &result,
                                     AttachmentKind messageKind)
{
    const QString officer = m_cases.officer();
    const QString name =
        plan.sourceName.isEmpty() ? QStringLiteral("message.eml") : plan.sourceName;
    const Result<Attachment> message = m_attachments.addContent(
        result.reference, name, plan.raw, messageKind, officer, plan.message.messageId);
    if (!message)
        return intakeError("attachment_failed",
                           QStringLiteral("Case %1 was saved, but the message could not be kept "
                                          "with it: %2 Attach %3 by hand.")
                               .arg(result.reference, message.error().message, name));
    result.attachments.append(*message);
    for (const EmailAttachment &file : plan.attachments) {
        const Result<Attachment> added = m_attachments.addContent(
            result.reference, file.fileName, file.content, AttachmentKind::Other, officer);
        if (!added)
            return intakeError("attachment_failed",
                               QStringLiteral("Case %1 was saved, but %2 could not be kept with "
                                              "it: %3 Save it from the message and attach it by "
                                              "hand.")
                                   .arg(result.reference, file.fileName, added.error().message));
        result.attachments.append(*added);
    }
    return success();
}

} // namespace foi::core
