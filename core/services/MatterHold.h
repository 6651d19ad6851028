#pragma once

#include "core/model/Case.h"
#include "core/model/CaseHold.h"

namespace foi::core {

// The hold a case's matters put on it for retention, the strongest first: a pending tribunal
// appeal, then an open Commissioner matter, then an undecided internal review; None when every
// matter is closed. Every save of a case with matters sets it (CaseEditingService::save), so the
// hold follows the matters whichever way they were recorded.
CaseHold holdForMatters(const Case &theCase);

} // namespace foi::core
