#pragma once

#include "core/support/Result.h"

#include <QString>

namespace foi::core {

// The head of the audit chain at one moment: the sequence number of the last row and its
// hash. Recorded outside the store (backup metadata, review bundles, sent replies) so that a
// rebuilt chain can be caught: the row with this number must still have this hash.
// Written and read as "SEQ:HASH".
struct AuditAnchor
{
    qint64 seq = 0;
    QString hash;

    bool isGenesis() const { return seq == 0; }
    QString toString() const { return QStringLiteral("%1:%2").arg(seq).arg(hash); }

    // Parses "SEQ:HASH" (HASH: 64 hex digits). Fails with a message that shows the form.
    [[nodiscard]] static Result<AuditAnchor> parse(const QString &text);
    // The hash before the first row.
    static QString genesisHash() { return QString(64, QLatin1Char('0')); }
};

} // namespace foi::core
