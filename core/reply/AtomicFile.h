#pragma once

#include "core/support/Result.h"

#include <QByteArray>
#include <QString>

namespace foi::core {

// Writes a whole file or nothing (QSaveFile): a kill or a full disk part-way leaves any earlier
// file as it was. The error names the file and says what to try.
class AtomicFile
{
public:
    static Status write(const QString &path, const QByteArray &bytes);
};

} // namespace foi::core
