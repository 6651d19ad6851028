#pragma once

#include "core/model/AuditAnchor.h"

#include <QString>

namespace foi::core {

// The outcome of checking the audit chain: how many rows were checked, the head that was
// found, and when the chain is broken the first bad row and what is wrong with it.
struct AuditReport
{
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 firstBadSeq = 0; // 0 when intact, or when the fault is not in one row
    QString problem;
    AuditAnchor head;
    bool anchorChecked = false;
};

} // namespace foi::core
