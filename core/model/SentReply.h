#pragma once

#include "core/model/AuditAnchor.h"

#include <QString>

namespace foi::core {

// The record of one reply as it was sent: when, by whom, the file's name, type, size and
// SHA-256, and the head of the audit chain when it was sent (an anchor kept outside the
// chain's own rows). `erased` when the requester's details were later erased from it.
struct SentReply
{
    qint64 id = 0;
    QString reference;
    QString sentAt;
    QString sentBy;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString sha256;
    AuditAnchor auditHead;
    bool erased = false;
};

} // namespace foi::core
