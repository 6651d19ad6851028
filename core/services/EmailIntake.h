#pragma once

#include "core/mail/EmailMessage.h"
#include "core/model/Attachment.h"
#include "core/model/Authority.h"
#include "core/model/Requester.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace foi::core {

// Where a message's date of receipt came from: the topmost Received header (when the
// authority's server took the message in), the sender's Date header when there is none, or
// the officer.
enum class ReceiptSource { ReceivedHeader, DateHeader, Officer, Unknown };

// How a message was tied to a case already in the store.
enum class ThreadLink {
    None,
    MessageId,          // In-Reply-To or References names a message filed with the case
    ReferenceInSubject, // the subject carries the case's reference
    WhatDoTheyKnow,     // from the case's own WhatDoTheyKnow request address
};

// What the officer can do with a message.
enum class IntakeAction {
    NewCase,        // a new request
    Correspondence, // filed with the case it belongs to, nothing else changed
    Clarification,  // s1(3), s10(6)(b): the clarification asked for; the clock restarts
    InternalReview, // the requester is dissatisfied: open an internal review
};

QString intakeActionCode(IntakeAction action);   // "new-case", "correspondence", ...
QString receiptSourceCode(ReceiptSource source); // "received-header", "date-header", ...
QString threadLinkCode(ThreadLink link);         // "none", "message-id", ...

// What an email would become, worked out before anything is saved: the preview the GUI shows
// and the CLI prints. `message` is the message the request is read from: for a message forwarded
// whole (as an attachment) by a colleague, the forwarded one.
struct EmailIntakePlan
{
    QString sourceName; // the .eml file's name, kept with the case
    QByteArray raw;     // the file's bytes, kept as they came
    EmailMessage message;
    bool forwarded = false;

    QDate dateOfReceipt;
    QDateTime receiptMoment;
    ReceiptSource receiptSource = ReceiptSource::Unknown;
    QString receiptExplanation; // "arrived at your mail server on ... (Received header)"

    Requester requester;
    QString requestText;
    bool textFromHtml = false;
    QStringList questions;
    QList<EmailAttachment> attachments;

    QString threadReference; // empty: no case found
    ThreadLink link = ThreadLink::None;
    QString linkExplanation;
    bool clarificationAwaited = false; // the thread's case asked for clarification, unanswered
    QString dissatisfactionPhrase;     // the words that suggest an internal review
    IntakeAction suggested = IntakeAction::NewCase;
    QList<IntakeAction> allowed;
    QStringList warnings;
};

// What the officer chose in the preview (or on the command line).
struct EmailIntakeChoice
{
    IntakeAction action = IntakeAction::NewCase;
    QString reference;   // the case for any action but NewCase; empty: the thread's case
    Authority authority; // for a new case
    QDate dateOfReceipt; // the officer's correction; invalid: the plan's date
    QString reviewer;    // for an internal review
};

// What was done.
struct EmailIntakeResult
{
    QString reference;
    IntakeAction action = IntakeAction::NewCase;
    QList<Attachment> attachments; // the message first, then its files
    QString reviewId;
};

} // namespace foi::core
