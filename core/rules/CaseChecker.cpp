#include "rules/CaseChecker.h"

#include "rules/CaseDeadline.h"
#include "rules/ClaimRules.h"
#include "rules/ConsistencyRules.h"
#include "rules/EnvironmentalRules.h"
#include "rules/PersonalDataRules.h"
#include "rules/PracticeRules.h"
#include "rules/ProcedureRules.h"
#include "rules/RequestRules.h"
#include "rules/RuleInput.h"
#include "rules/WholeRequestRules.h"

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
