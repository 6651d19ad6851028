#include "core/services/CaseQueryService.h"

#include "core/store/BackgroundStoreReader.h"
#include "core/store/CaseListReader.h"
#include "core/store/CaseRepository.h"
#include "core/store/CaseSearch.h"
#include "core/support/StoreErrorCode.h"

#include <utility>

namespace foi::core {

namespace {

// Why the worker has no connection, as the error its caller shows.
Error notOpened(const BackgroundStoreReader::Context &context)
{
    return Error::make(context.failureCode, context.failure);
}

// A read stopped because a newer one replaced it: nobody is waiting for its answer.
bool overtaken(const Error &error, const BackgroundStoreReader::Context &context)
{
    return error.code == StoreErrorCode::Interrupted || context.stale();
}

} // namespace

CaseQueryReader::CaseQueryReader(const StoreAddress &store, Clock clock)
    : m_reader(std::make_unique<BackgroundStoreReader>(store))
    , m_clock(std::move(clock))
{}

CaseQueryReader::~CaseQueryReader() = default;

void CaseQueryReader::outline(const CaseListQuery &query, int pageSize,
                              std::function<void(qint64)> counted,
                              std::function<void(const CaseListOutline &)> outlined,
                              std::function<void(const QString &)> failed)
{
    m_reader->submit([query, pageSize, counted = std::move(counted), outlined = std::move(outlined),
                      failed = std::move(failed)](BackgroundStoreReader::Context &context) {
        auto fail = [&failed, &context](const Error &error) {
            if (!overtaken(error, context))
                context.post([failed, message = error.message] { failed(message); });
        };
        if (!context.connection) {
            context.post([failed, message = context.failure] { failed(message); });
            return;
        }
        CaseListReader caseList(*context.connection);
        // The count first, so that a scroll bar and Ctrl+End are right at once.
        Result<qint64> count = caseList.count(query);
        if (!count)
            return fail(count.error());
        context.post([counted, count = *count] { counted(count); });
        Result<CaseListOutline> read = caseList.outline(query, pageSize, context.stale);
        if (!read)
            return fail(read.error());
        context.post([outlined, read = *read] { outlined(read); });
    });
}

void CaseQueryReader::search(const QString &text, int limit, Found found)
{
    m_reader->submit(
        [text, limit, found = std::move(found)](BackgroundStoreReader::Context &context) {
            if (!context.connection) {
                context.post([found, error = notOpened(context)] { found(error); });
                return;
            }
            CaseSearch search(*context.connection);
            Result<QList<CaseSummary>> read = search.search(text, limit);
            if (!read && overtaken(read.error(), context))
                return;
            context.post([found, read = std::move(read)] { found(read); });
        });
}

void CaseQueryReader::aggregationCandidates(const Case &theCase, const WorkingDayCalendar &calendar,
                                            Candidates found)
{
    m_reader->submit([theCase, calendar, clock = m_clock,
                      found = std::move(found)](BackgroundStoreReader::Context &context) {
        if (!context.connection) {
            context.post([found, error = notOpened(context)] { found(error); });
            return;
        }
        AuditTrail audit(*context.connection, clock);
        CaseRepository cases(*context.connection, audit, clock);
        CaseSearch search(*context.connection);
        AggregationFinder finder(cases, search, calendar);
        Result<QList<AggregationCandidate>> read = finder.candidatesFor(theCase);
        if (!read && overtaken(read.error(), context))
            return; // a newer lookup has taken over
        context.post([found, read = std::move(read)] { found(read); });
    });
}

void CaseQueryReader::cancel()
{
    m_reader->cancel();
}

CaseQueryService::CaseQueryService(CaseListReader &caseList, CaseSearch &search, StoreAddress store,
                                   Clock clock)
    : m_caseList(caseList)
    , m_search(search)
    , m_store(std::move(store))
    , m_clock(std::move(clock))
{}

Result<CasePage> CaseQueryService::page(const CaseListQuery &query)
{
    return m_caseList.page(query);
}

Result<QList<CaseSummary>> CaseQueryService::similarTo(const QString &reference, int limit)
{
    return m_search.similarTo(reference, limit);
}

std::unique_ptr<CaseQueryReader> CaseQueryService::reader() const
{
    return std::make_unique<CaseQueryReader>(m_store, m_clock);
}

} // namespace foi::core
