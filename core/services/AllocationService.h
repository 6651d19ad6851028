#pragma once

#include "core/store/CaseRepository.h"
#include "core/support/Result.h"

#include <QString>

namespace foi::core {

class StoreRepositories;

// Who works on each case (issue 20 point 3): a manager allocates a case to an officer,
// reallocates it to another, or takes it back (allocated to nobody), each change one audited
// transaction ("allocate-case", from whom to whom, by which officer) on either back end. The
// officer is named as the store knows them: on a team store, by their login role, which the
// server's row-level security compares with the case's assigned officer. Fails with
// "allocation.officer" for a name that cannot be an officer's (empty, too long, or with control
// characters), store.not-found for an unknown case, and on a team store store.forbidden when
// the login's role may not allocate; nothing is changed then.
class AllocationService
{
public:
    explicit AllocationService(StoreRepositories &repositories);

    // The longest officer name: a PostgreSQL role name's limit (NAMEDATALEN - 1).
    static constexpr int maxOfficerLength = 63;

    [[nodiscard]] Result<CaseRepository::Allocation>
    allocate(const QString &reference, const QString &to, const QString &byOfficer);
    [[nodiscard]] Result<CaseRepository::Allocation> unallocate(const QString &reference,
                                                                const QString &byOfficer);

    // Whether `officer` can be the name of an officer a case is allocated to.
    [[nodiscard]] static Status checkOfficer(const QString &officer);

private:
    StoreRepositories &m_repositories;
};

} // namespace foi::core
