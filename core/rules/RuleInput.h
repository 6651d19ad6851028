#pragma once

#include "core/law/ExemptionCatalogue.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/Case.h"
#include "core/model/ConditionGraph.h"
#include "core/model/WholeRequestRefusal.h"
#include "core/rules/CheckContext.h"

namespace foi::core {

// Everything one rule may look at. References only: a rule never copies the case.
struct RuleInput
{
    const Case &theCase;
    const CheckContext &context;
    const ExemptionCatalogue &catalogue;
    const WorkingDayCalendar &calendar;
    const ConditionGraph &conditions; // the case's conditions, resolved once for every rule
    WholeRequestRefusal::Ground wholeRequest = WholeRequestRefusal::Ground::None;

    bool isEir() const { return theCase.regime == Regime::Eir; }
    // "s17(7)" under FOIA, the EIR regulation otherwise, for messages and findings.
    QString cite(const char *foia, const char *eir) const
    {
        return QString::fromLatin1(isEir() ? eir : foia);
    }
};

} // namespace foi::core
