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
};

} // namespace foi::core
