#include "rules/CaseChecker.h"

#include "rules/ClaimRules.h"
#include "rules/ProcedureRules.h"
#include "rules/RequestRules.h"
#include "rules/RuleInput.h"

namespace foi::core {

CaseChecker::CaseChecker(const ExemptionCatalogue &catalogue)
    : m_catalogue(catalogue)
{}

QList<Finding> CaseChecker::check(const Case &theCase, const CheckContext &context) const
{
    const RuleInput input{theCase, context, m_catalogue};
    QList<Finding> findings;
    RequestRules::check(input, findings);
    ClaimRules::check(input, findings);
    ProcedureRules::check(input, findings);
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
