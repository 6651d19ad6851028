#include "core/model/AuditAnchor.h"

#include "core/support/StoreErrorCode.h"

#include <QRegularExpression>

namespace foi::core {

Result<AuditAnchor> AuditAnchor::parse(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,18}):([0-9a-fA-F]{64})$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    if (!match.hasMatch()) {
        return Error::make(StoreErrorCode::Invalid,
                           QStringLiteral("'%1' is not an audit anchor. An anchor is the row "
                                          "number and hash of the chain's head, as in "
                                          "42:9f86d081884c7d65... (64 hex digits), as printed by "
                                          "'audit verify' or recorded in a backup.")
                               .arg(text));
    }
    return AuditAnchor{match.captured(1).toLongLong(), match.captured(2).toLower()};
}

} // namespace foi::core
