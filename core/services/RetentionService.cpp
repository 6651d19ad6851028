#include "RetentionService.h"

#include "model/CaseFile.h"
#include "services/CaseRecordMapper.h"
#include "store/CaseStore.h"
#include "store/StoreErrorCode.h"

namespace foi::core {

namespace {

// Removes the requester from any case-file document; other documents are kept as they are.
QByteArray redactDocument(const QByteArray &document)
{
    Result<Case> theCase = CaseFile::read(document);
    if (!theCase)
        return document;
    return CaseRecordMapper::toRecord(CaseRecordMapper::withoutRequester(*theCase)).document;
}

} // namespace

RetentionService::RetentionService(CaseStore &store)
    : m_store(store)
{}

Status RetentionService::eraseOne(const QString &reference, const QString &officer)
{
    Result<StoredCase> stored = m_store.cases().load(reference);
    if (!stored)
        return stored.error();
    Result<Case> theCase = CaseFile::read(stored->record.document);
    if (!theCase) {
        return Error::make(StoreErrorCode::Invalid,
                           QStringLiteral("Case %1's case file cannot be read, so its requester "
                                          "cannot be erased safely.")
                               .arg(reference),
                           theCase.error().detail);
    }
    CaseRecord redacted = CaseRecordMapper::toRecord(CaseRecordMapper::withoutRequester(*theCase));
    return m_store.eraser().eraseRequester(redacted, redactDocument, officer);
}

Status RetentionService::eraseCase(const QString &reference, const QString &officer)
{
    if (Status erased = eraseOne(reference, officer); !erased)
        return erased;
    return m_store.eraser().purgeTraces();
}

Result<RetentionService::Outcome> RetentionService::eraseExpired(const QDate &today, int years,
                                                                 const QString &officer)
{
    Result<QStringList> due = m_store.cases().closedBefore(today.addYears(-years));
    if (!due)
        return due.error();
    Outcome outcome;
    for (const QString &reference : *due) {
        Status erased = eraseOne(reference, officer);
        if (!erased && erased.error().code == StoreErrorCode::OnHold) {
            outcome.onHold.append(QStringLiteral("%1: %2").arg(reference, erased.error().message));
            continue;
        }
        if (!erased)
            return erased.error();
        outcome.erased.append(reference);
    }
    if (!outcome.erased.isEmpty()) {
        if (Status purged = m_store.eraser().purgeTraces(); !purged)
            return purged.error();
    }
    return outcome;
}

} // namespace foi::core
