#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace foi::core {

// A person in a From, Reply-To or To header: the display name decoded (RFC 2047) and the
// address. Either may be empty.
struct EmailAddress
{
    QString name;
    QString address;

    bool isEmpty() const { return name.isEmpty() && address.isEmpty(); }
    friend bool operator==(const EmailAddress &, const EmailAddress &) = default;
};

// A file carried by a message: its decoded name (RFC 2047 or RFC 2231, made safe to use as a
// file name), its media type and its decoded bytes.
struct EmailAttachment
{
    QString fileName;
    QString mediaType;
    QByteArray content;
};

// What an email says, read from its bytes by EmailReader: plain values, every header decoded to
// Unicode. `receivedAt` is when the topmost Received header says the message reached the last
// server (the authority's own, for a message exported from its mailbox); `sentAt` is the
// sender's Date header. Either is invalid when the header is missing or unreadable. The body is
// the first text/plain part that is not an attachment, with further inline text parts after
// it; `htmlBody` is the first text/html part, for a message that has no plain text. A message
// attached whole (a forwarded message, the original inside a bounce) is read as a message of
// its own into `enclosed`. `warnings` says in words what was odd but did not stop the reading.
struct EmailMessage
{
    QString messageId; // without the angle brackets
    QString inReplyTo;
    QStringList references; // oldest first, as the header lists them
    QString subject;
    EmailAddress from;
    EmailAddress replyTo;
    QList<EmailAddress> to;
    QDateTime receivedAt;
    QDateTime sentAt;
    QString textBody;
    QString htmlBody;
    QList<EmailAttachment> attachments;
    bool deliveryReport = false; // a bounce: multipart/report or a mailer daemon's notice
    std::vector<EmailMessage> enclosed;
    QStringList warnings;
};

} // namespace foi::core
