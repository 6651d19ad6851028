#pragma once

#include "core/model/CaseHold.h"
#include "core/store/CaseRecord.h"

#include <QString>

namespace foi::core {

// A case read back from the store, with what the store itself keeps about it.
struct StoredCase
{
    qint64 id = 0;
    CaseRecord record;
    CaseHold hold = CaseHold::None;
    bool requesterErased = false;
    QString createdAt;
    QString updatedAt;
    // 1 when the case was first saved, one more at every save that changed its case file.
    qint64 version = 1;
    // The officer the case is allocated to; empty while it is unallocated.
    QString assignedOfficer;
};

} // namespace foi::core
