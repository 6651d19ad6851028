#include "core/rules/CaseChecker.h"

#include "core/rules/CaseDeadline.h"
#include "core/rules/ClaimRules.h"
#include "core/rules/ConsistencyRules.h"
#include "core/rules/EnvironmentalRules.h"
#include "core/rules/PersonalDataRules.h"
#include "core/rules/PracticeRules.h"
#include "core/rules/ProcedureRules.h"
#include "core/rules/RequestRules.h"
#include "core/rules/RuleInput.h"
#include "core/rules/WholeRequestRules.h"

namespace foi::core {

CaseChecker::CaseChecker(const ExemptionCatalogue &catalogue, const WorkingDayCalendar &calendar,
                         const EnvironmentalTerms &environmentalTerms)
    : m_catalogue(catalogue)
    , m_calendar(calendar)
    , m_environmentalTerms(environmentalTerms)
{}

QList<Finding> CaseChecker::check(const Case &theCase, const CheckContext &context) const
{
    CheckContext effective = context;
    if (!effective.dueDate.isValid())
        effective.dueDate = CaseDeadline::due(theCase, m_calendar);
    const ConditionGraph conditions(theCase);
    const RuleInput input{theCase,    effective,  m_catalogue,
                          m_calendar, conditions, WholeRequestRefusal::of(theCase)};
    QList<Finding> findings;
    RequestRules::check(input, findings);
    ConsistencyRules::check(input, findings);
    WholeRequestRules::check(input, findings);
    ClaimRules::check(input, findings);
    PersonalDataRules::check(input, findings);
    ProcedureRules::check(input, findings);
    PracticeRules::check(input, findings);
    EnvironmentalRules::check(input, m_environmentalTerms, findings);
    return findings;
}

bool CaseChecker::hasErrors(const QList<Finding> &findings)
{
    for (const Finding &finding : findings) {
        if (finding.severity == Severity::Error)
            return true;
    }
    return false;
}

} // namespace foi::core
