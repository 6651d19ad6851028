#include "core/services/AllocationService.h"

#include "core/store/StoreRepositories.h"

#include <algorithm>

namespace foi::core {

AllocationService::AllocationService(StoreRepositories &repositories)
    : m_repositories(repositories)
{}

Status AllocationService::checkOfficer(const QString &officer)
{
    QString problem;
    if (officer.trimmed().isEmpty())
        problem = QStringLiteral("No officer was named");
    else if (officer != officer.trimmed())
        problem =
            QStringLiteral("The officer's name \"%1\" starts or ends with a space").arg(officer);
    else if (officer.size() > maxOfficerLength)
        problem = QStringLiteral("The officer's name \"%1\" is longer than %2 characters")
                      .arg(officer)
                      .arg(maxOfficerLength);
    else if (std::any_of(officer.cbegin(), officer.cend(),
                         [](QChar c) { return c.category() == QChar::Other_Control; }))
        problem = QStringLiteral("The officer's name holds a control character");
    if (problem.isEmpty())
        return success();
    return Error::make(QStringLiteral("allocation.officer"),
                       problem + QStringLiteral(": name the officer as the store knows them (on "
                                                "a team store, their login name)."));
}

Result<CaseRepository::Allocation>
AllocationService::allocate(const QString &reference, const QString &to, const QString &byOfficer)
{
    if (Status named = checkOfficer(to); !named)
        return named.error();
    return m_repositories.cases().allocate(reference.trimmed(), to, byOfficer);
}

Result<CaseRepository::Allocation> AllocationService::unallocate(const QString &reference,
                                                                 const QString &byOfficer)
{
    return m_repositories.cases().allocate(reference.trimmed(), QString(), byOfficer);
}

} // namespace foi::core
