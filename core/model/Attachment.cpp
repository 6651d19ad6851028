#include "core/model/Attachment.h"

#include <QCoreApplication>

namespace foi::core {

QList<AttachmentKind> attachmentKinds()
{
    return {AttachmentKind::RequestAsReceived, AttachmentKind::Correspondence,
            AttachmentKind::SearchEvidence, AttachmentKind::Other};
}

QString attachmentKindCode(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::RequestAsReceived:
        return QStringLiteral("request");
    case AttachmentKind::Correspondence:
        return QStringLiteral("correspondence");
    case AttachmentKind::SearchEvidence:
        return QStringLiteral("search-evidence");
    case AttachmentKind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<AttachmentKind> attachmentKindFromCode(const QString &code)
{
    for (AttachmentKind kind : attachmentKinds()) {
        if (attachmentKindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString attachmentKindPhrase(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::RequestAsReceived:
        return QCoreApplication::translate("foi::core::Attachment", "the request as received");
    case AttachmentKind::Correspondence:
        return QCoreApplication::translate("foi::core::Attachment", "correspondence");
    case AttachmentKind::SearchEvidence:
        return QCoreApplication::translate("foi::core::Attachment", "search evidence");
    case AttachmentKind::Other:
        break;
    }
    return QCoreApplication::translate("foi::core::Attachment", "another document");
}

} // namespace foi::core
