#pragma once

#include "core/law/LapsePolicy.h"
#include "core/model/Case.h"
#include "core/support/Result.h"

#include <QDate>
#include <QString>

namespace foi::core {

class StoreRepositories;
class WorkingDayCalendar;

// CaseLifecycle on a stored case, for the command line: reads the case, withdraws it, closes it
// as lapsed or reopens it, and saves it in the officer's name (one audited transaction, as every
// save). And the deletion of a case created in error (CaseRepository::deleteCreatedInError).
// Errors are CaseLifecycle's, the repository's or the case file's; a refusal saves nothing.
class CaseLifecycleService
{
public:
    // `calendar` counts the stored due date of each case saved (the program's one calendar).
    CaseLifecycleService(StoreRepositories &store, LapsePolicy policy,
                         const WorkingDayCalendar &calendar);

    [[nodiscard]] Result<Case> withdraw(const QString &reference, const QDate &on,
                                        const QString &reason, const QString &officer,
                                        const QDate &today);
    [[nodiscard]] Result<Case> lapse(const QString &reference, const QDate &on,
                                     const QString &reason, const QString &officer,
                                     const QDate &today);
    [[nodiscard]] Result<Case> reopen(const QString &reference, const QDate &on,
                                      const QString &reason, const QString &officer,
                                      const QDate &today);
    [[nodiscard]] Status deleteCreatedInError(const QString &reference, const QString &reason,
                                              const QString &officer);
    // Whether deleteCreatedInError would delete it now, and if not, why.
    [[nodiscard]] Status mayDeleteCreatedInError(const QString &reference);

private:
    [[nodiscard]] Result<Case> load(const QString &reference);
    [[nodiscard]] Result<Case> saved(const Result<Case> &changed, const QString &officer);

    StoreRepositories &m_store;
    LapsePolicy m_policy;
    const WorkingDayCalendar &m_calendar;
};

} // namespace foi::core
