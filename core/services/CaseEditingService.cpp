#include "core/services/CaseEditingService.h"

#include "core/model/CaseFile.h"
#include "core/services/CaseRecordMapper.h"
#include "core/services/MatterHold.h"
#include "core/store/CaseRepository.h"
#include "core/store/StoreRepositories.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"

namespace foi::core {

CaseEditingService::CaseEditingService(StoreRepositories &store, ReferenceAllocator allocator,
                                       const WorkingDayCalendar &calendar)
    : m_store(store)
    , m_allocator(std::move(allocator))
    , m_calendar(calendar)
{}

Result<QString> CaseEditingService::nextReference(const QDate &received)
{
    // The case list comes newest first by date received, so the cases of `received`'s year
    // (and any received later) are at its head: read pages until the year is passed.
    QStringList references;
    CaseListQuery query;
    query.limit = 500;
    const QDate yearStart(received.year(), 1, 1);
    for (;;) {
        auto page = m_store.caseList().page(query);
        if (!page)
            return page.error();
        bool passedTheYear = false;
        for (const CaseSummary &summary : page->cases) {
            if (summary.dateReceived < yearStart) {
                passedTheYear = true;
                break;
            }
            references.append(summary.reference);
        }
        if (passedTheYear || !page->next)
            break;
        query.after = page->next;
    }
    // A reference typed by hand for another year's case, or one a deleted case had, may be the
    // next in the pattern: go past it, so that what is offered is always free.
    for (;;) {
        const QString candidate = m_allocator.next(received, references);
        Result<bool> taken = m_store.cases().referenceTaken(candidate);
        if (!taken)
            return taken.error();
        if (!*taken)
            return candidate;
        references.append(candidate);
    }
}

Status CaseEditingService::checkNewReference(const QString &reference, const QDate &received)
{
    if (Status typed = ReferenceAllocator::checkTyped(reference); !typed)
        return typed;
    Result<bool> taken = m_store.cases().referenceTaken(reference);
    if (!taken)
        return taken.error();
    if (!*taken)
        return success();
    Result<QString> next = nextReference(received);
    return Error::make(QStringLiteral("reference.taken"),
                       QStringLiteral("The reference %1 is already used by another case (or was "
                                      "used by a deleted one): type another, or take the next "
                                      "free one, %2.")
                           .arg(reference, next ? *next : QStringLiteral("offered")));
}

Result<Case> CaseEditingService::logNewRequest(const QDate &received, const Authority &authority)
{
    return logNewRequest(received, authority, QString(), QString());
}

Result<Case> CaseEditingService::logNewRequest(const QDate &received, const Authority &authority,
                                               const QString &reference, const QString &title)
{
    Case theCase;
    if (reference.isEmpty()) {
        auto next = nextReference(received);
        if (!next)
            return next.error();
        theCase.reference = *next;
    } else {
        if (Status allowed = checkNewReference(reference, received); !allowed)
            return allowed.error();
        theCase.reference = reference;
    }
    theCase.title = title.trimmed();
    theCase.dateOfReceipt = received;
    theCase.authority = authority;
    if (Status saved = save(theCase); !saved)
        return saved.error();
    return theCase;
}

Result<Case> CaseEditingService::open(const QString &reference)
{
    auto stored = m_store.cases().load(reference);
    if (!stored)
        return stored.error();
    Result<Case> read = CaseFile::read(stored->record.document);
    if (read)
        m_versions.insert(reference, stored->version);
    return read;
}

Result<CaseEditingService::StoredVersion> CaseEditingService::stored(const QString &reference)
{
    auto stored = m_store.cases().load(reference);
    if (!stored)
        return stored.error();
    Result<Case> read = CaseFile::read(stored->record.document);
    if (!read)
        return read.error();
    return StoredVersion{std::move(read).value(), stored->version};
}

Status CaseEditingService::announceOpen(const QString &reference)
{
    return m_store.presence().announce(reference, m_store.cases().clock().now());
}

Status CaseEditingService::announceClosed()
{
    return m_store.presence().withdraw();
}

Result<QList<CaseEditor>> CaseEditingService::othersEditing(const QString &reference)
{
    return m_store.presence().othersOn(reference);
}

Result<bool> CaseEditingService::hasCases()
{
    Result<bool> empty = m_store.cases().isEmpty();
    if (!empty)
        return empty.error();
    return !*empty;
}

Status CaseEditingService::save(const Case &theCase)
{
    CaseRecord record = CaseRecordMapper::toRecord(theCase, m_calendar);
    record.basedOnVersion = versionOf(theCase.reference);
    Result<qint64> version = saveOnce(theCase, record);
    if (!version && version.error().code == StoreErrorCode::Changed &&
        ownInDoubtSaveWasKept(theCase.reference)) {
        record.basedOnVersion = versionOf(theCase.reference);
        version = saveOnce(theCase, record);
    }
    if (!version) {
        if (version.error().code == StoreErrorCode::Unreachable)
            m_inDoubt.insert(theCase.reference, {record.basedOnVersion, record.document});
        return version.error();
    }
    m_inDoubt.remove(theCase.reference);
    m_versions.insert(theCase.reference, *version);
    return success();
}

Result<qint64> CaseEditingService::saveOnce(const Case &theCase, const CaseRecord &record)
{
    // The case and the hold its matters put on it change together or not at all.
    WriteTransaction transaction = m_store.transaction();
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    auto saved = m_store.cases().save(record, m_officer);
    if (!saved)
        return saved.error();
    Result<qint64> version = m_store.cases().version(theCase.reference);
    if (!version)
        return version.error();
    if (!theCase.internalReviews.isEmpty() || !theCase.commissionerMatters.isEmpty()) {
        if (Status held =
                m_store.cases().setHold(theCase.reference, holdForMatters(theCase), m_officer);
            !held)
            return held.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return version;
}

bool CaseEditingService::ownInDoubtSaveWasKept(const QString &reference)
{
    const auto inDoubt = m_inDoubt.constFind(reference);
    if (inDoubt == m_inDoubt.constEnd() || !inDoubt->basedOn)
        return false;
    Result<StoredCase> stored = m_store.cases().load(reference);
    if (!stored || stored->version != *inDoubt->basedOn + 1 ||
        stored->record.document != inDoubt->document)
        return false;
    m_versions.insert(reference, stored->version);
    m_inDoubt.remove(reference);
    return true;
}

std::optional<qint64> CaseEditingService::versionOf(const QString &reference) const
{
    const auto found = m_versions.constFind(reference);
    if (found == m_versions.constEnd())
        return std::nullopt;
    return *found;
}

} // namespace foi::core
