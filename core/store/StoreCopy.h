#pragma once

#include "core/store/AuditReport.h"
#include "core/support/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace foi::core {

class StoreRepositories;

// Moves a whole case store from one back end to the other (issue 20 point 7: an officer's file
// into a team's PostgreSQL store, and back): every case with its attachments' records, sent
// replies, reviews, released files, matters, disclosure log and statistics summaries, and the
// audit trail row for row, so that its chain, hashes and anchors are the same on both sides.
// The source's chain must verify first; the target must hold no case and no audit row; the rows
// are written in one transaction of the target (all or nothing), and the target must then
// verify through the source's head. Nothing is ever written to the source. The attachments'
// bytes, which a store file keeps in a folder beside it, are not copied: a team store does not
// hold them yet.
class StoreCopy
{
public:
    // The tables copied, in an order that writes every row after the rows it refers to.
    static const QStringList &tables();

    struct Report
    {
        QList<QPair<QString, qint64>> rowsPerTable; // in the order of tables()
        AuditReport source;                         // the source's check, before the copy
        AuditReport target;                         // the target's check, after it
    };

    // Copies `source` into `target`. Fails, with nothing written, when the source's chain does
    // not verify (naming its first bad row) or the target is not empty; fails with the target's
    // error, and its transaction rolled back, when a row cannot be written; fails when the
    // target does not verify after the copy.
    [[nodiscard]] static Result<Report> copy(StoreRepositories &source, StoreRepositories &target);
};

} // namespace foi::core
