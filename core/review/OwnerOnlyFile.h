#pragma once

#include "core/support/Result.h"

#include <QByteArray>
#include <QString>

namespace foi::core {

// Writes a whole file that only its owner may read (0600), atomically (QSaveFile): for secret
// keys and the trust list. Fails with ReviewErrorCode::Keys naming the file.
class OwnerOnlyFile
{
public:
    [[nodiscard]] static Status write(const QString &path, const QByteArray &bytes);
    // Makes `folder` (and its parents) and restricts it to its owner (0700).
    [[nodiscard]] static Status ensureFolder(const QString &folder);
};

} // namespace foi::core
