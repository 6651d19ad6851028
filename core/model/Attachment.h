#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace foi::core {

// What an attached file is to the case: the request as it arrived (the email or letter,
// which s8 validity and the date of receipt rest on), correspondence with the requester
// since (a clarification, an acknowledgement), evidence of the searches made for a "held"
// or "not held" answer, or anything else. Stored by its code.
enum class AttachmentKind { RequestAsReceived, Correspondence, SearchEvidence, Other };

// Every kind, in the order the workbench offers them.
QList<AttachmentKind> attachmentKinds();
// "request", "correspondence", "search-evidence", "other".
QString attachmentKindCode(AttachmentKind kind);
std::optional<AttachmentKind> attachmentKindFromCode(const QString &code);
// The kind in words that read in a sentence ("the request as received", "search evidence").
QString attachmentKindPhrase(AttachmentKind kind);

// What the store keeps about a file attached to a case (the request letter, the disclosed
// spreadsheet): its name, kind, type, size and SHA-256, who added it and when. The bytes are
// kept outside the store by services/AttachmentService; the hash shows later that they are the
// same.
struct Attachment
{
    qint64 id = 0;
    QString reference;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString sha256;
    QString addedAt;
    QString addedBy;
    AttachmentKind kind = AttachmentKind::Other;
};

} // namespace foi::core
