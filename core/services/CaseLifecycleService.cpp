#include "core/services/CaseLifecycleService.h"

#include "core/model/CaseFile.h"
#include "core/services/CaseLifecycle.h"
#include "core/services/CaseRecordMapper.h"
#include "core/store/StoreRepositories.h"

namespace foi::core {

CaseLifecycleService::CaseLifecycleService(StoreRepositories &store, LapsePolicy policy,
                                           const WorkingDayCalendar &calendar)
    : m_store(store)
    , m_policy(std::move(policy))
    , m_calendar(calendar)
{}

Result<Case> CaseLifecycleService::load(const QString &reference)
{
    auto stored = m_store.cases().load(reference);
    if (!stored)
        return stored.error();
    return CaseFile::read(stored->record.document);
}

Result<Case> CaseLifecycleService::saved(const Result<Case> &changed, const QString &officer)
{
    if (!changed)
        return changed.error();
    auto written = m_store.cases().save(CaseRecordMapper::toRecord(*changed, m_calendar), officer);
    if (!written)
        return written.error();
    return *changed;
}

Result<Case> CaseLifecycleService::withdraw(const QString &reference, const QDate &on,
                                            const QString &reason, const QString &officer,
                                            const QDate &today)
{
    Result<Case> theCase = load(reference);
    if (!theCase)
        return theCase.error();
    return saved(CaseLifecycle::withdraw(*theCase, on, reason, officer, today), officer);
}

Result<Case> CaseLifecycleService::lapse(const QString &reference, const QDate &on,
                                         const QString &reason, const QString &officer,
                                         const QDate &today)
{
    Result<Case> theCase = load(reference);
    if (!theCase)
        return theCase.error();
    return saved(CaseLifecycle::lapse(*theCase, on, reason, officer, today, m_policy), officer);
}

Result<Case> CaseLifecycleService::reopen(const QString &reference, const QDate &on,
                                          const QString &reason, const QString &officer,
                                          const QDate &today)
{
    Result<Case> theCase = load(reference);
    if (!theCase)
        return theCase.error();
    return saved(CaseLifecycle::reopen(*theCase, on, reason, officer, today), officer);
}

Status CaseLifecycleService::deleteCreatedInError(const QString &reference, const QString &reason,
                                                  const QString &officer)
{
    return m_store.cases().deleteCreatedInError(reference, reason, officer);
}

Status CaseLifecycleService::mayDeleteCreatedInError(const QString &reference)
{
    return m_store.cases().mayDeleteCreatedInError(reference);
}

} // namespace foi::core
