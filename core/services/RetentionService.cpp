#include "core/services/RetentionService.h"

#include "core/model/CaseFile.h"
#include "core/services/AttachmentService.h"
#include "core/services/CaseRecordMapper.h"
#include "core/store/CaseStore.h"
#include "core/support/StoreErrorCode.h"

namespace foi::core {

namespace {

// Removes the requester from any case-file document; other documents are kept as they are.
QByteArray redactDocument(const QByteArray &document)
{
    Result<Case> theCase = CaseFile::read(document);
    if (!theCase)
        return document;
    return CaseRecordMapper::documentOf(CaseRecordMapper::withoutRequester(*theCase));
}

} // namespace

RetentionService::RetentionService(StoreRepositories &store, QString contentFolder,
                                   const WorkingDayCalendar &calendar)
    : m_store(store)
    , m_contentFolder(std::move(contentFolder))
    , m_calendar(calendar)
{}

RetentionService::RetentionService(CaseStore &store, const WorkingDayCalendar &calendar)
    : RetentionService(store, AttachmentService::contentFolderFor(store.path()), calendar)
{}

Result<QStringList> RetentionService::eraseOne(const QString &reference, const QString &officer)
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
    CaseRecord redacted =
        CaseRecordMapper::toRecord(CaseRecordMapper::withoutRequester(*theCase), m_calendar);
    return m_store.eraser().eraseRequester(redacted, redactDocument, officer);
}

QStringList RetentionService::discardCopies(const QStringList &sha256)
{
    if (sha256.isEmpty())
        return {};
    AttachmentService copies(m_store, m_contentFolder);
    return copies.discardCopies(sha256);
}

Result<QString> RetentionService::keptForRegulator(const QString &reference, const QDate &today)
{
    Result<StoredCase> stored = m_store.cases().load(reference);
    if (!stored)
        return stored.error();
    Result<Case> theCase = CaseFile::read(stored->record.document);
    if (!theCase)
        return QString(); // eraseOne names the unreadable case
    std::optional<QDate> lastClosed;
    for (const CommissionerMatter &matter : theCase->commissionerMatters) {
        if (matter.closed && (!lastClosed || *matter.closed > *lastClosed))
            lastClosed = matter.closed;
    }
    if (!lastClosed)
        return QString();
    const QDate until = lastClosed->addYears(regulatorMatterYears);
    if (today >= until)
        return QString();
    return QStringLiteral("its matter before the Information Commissioner closed on %1; it is "
                          "kept until %2, %3 years after closure")
        .arg(lastClosed->toString(Qt::ISODate), until.toString(Qt::ISODate))
        .arg(regulatorMatterYears);
}

Status RetentionService::eraseCase(const QString &reference, const QString &officer)
{
    Result<QStringList> freed = eraseOne(reference, officer);
    if (!freed)
        return freed.error();
    if (Status purged = m_store.eraser().purgeTraces(); !purged)
        return purged;
    if (const QStringList left = discardCopies(*freed); !left.isEmpty()) {
        return Error::make(StoreErrorCode::FileSystem,
                           QStringLiteral("Case %1's requester is erased, but these copies of "
                                          "their letters could not be deleted: %2. Delete them "
                                          "by hand.")
                               .arg(reference, left.join(QStringLiteral(", "))));
    }
    return success();
}

Result<RetentionService::Outcome> RetentionService::eraseExpired(const QDate &today, int years,
                                                                 const QString &officer)
{
    Result<QStringList> due = m_store.cases().closedBefore(today.addYears(-years));
    if (!due)
        return due.error();
    Outcome outcome;
    QStringList freed;
    for (const QString &reference : *due) {
        Result<QString> kept = keptForRegulator(reference, today);
        if (!kept)
            return kept.error();
        if (!kept->isEmpty()) {
            outcome.onHold.append(QStringLiteral("%1: %2").arg(reference, *kept));
            continue;
        }
        Result<QStringList> erased = eraseOne(reference, officer);
        if (!erased && erased.error().code == StoreErrorCode::OnHold) {
            outcome.onHold.append(QStringLiteral("%1: %2").arg(reference, erased.error().message));
            continue;
        }
        if (!erased)
            return erased.error();
        outcome.erased.append(reference);
        freed += *erased;
    }
    if (!outcome.erased.isEmpty()) {
        if (Status purged = m_store.eraser().purgeTraces(); !purged)
            return purged.error();
    }
    // After the store has committed: a copy left behind is named, never a letter half-erased.
    outcome.copiesLeft = discardCopies(freed);
    return outcome;
}

} // namespace foi::core
