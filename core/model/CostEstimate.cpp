#include "core/model/CostEstimate.h"

#include <cmath>

namespace foi::core {

double CostEstimate::totalHours() const
{
    double hours = 0.0;
    for (const CostActivity &activity : activities)
        hours += activity.hours;
    return hours;
}

qint64 CostEstimate::costPence() const
{
    // Rounded to the penny: hours are often given in fractions (0.1 h for six minutes).
    return std::llround(totalHours() * hourlyRatePence);
}

qint64 CostEstimate::appropriateLimitPence(AuthorityKind kind)
{
    switch (kind) {
    case AuthorityKind::GovernmentDepartment:
    case AuthorityKind::WelshGovernment:
    case AuthorityKind::Parliament:
        return 60000;
    case AuthorityKind::Police:
    case AuthorityKind::LocalAuthority:
    case AuthorityKind::AuditBody:
    case AuthorityKind::Other:
        break;
    }
    return 45000;
}

} // namespace foi::core
