#pragma once

#include <QString>

namespace foi::core {

// What the store keeps about a file attached to a case (the request letter, the disclosed
// spreadsheet): its name, type, size and SHA-256, who added it and when. The bytes are kept
// outside the store by services/AttachmentService; the hash shows later that they are the same.
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
};

} // namespace foi::core
