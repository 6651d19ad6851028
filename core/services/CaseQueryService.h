#pragma once

#include "core/law/WorkingDayCalendar.h"
#include "core/model/Case.h"
#include "core/model/CaseListQuery.h"
#include "core/model/CaseSummary.h"
#include "core/services/AggregationFinder.h"
#include "core/store/AuditTrail.h"
#include "core/store/StoreAddress.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace foi::core {

class BackgroundStoreReader;
class CaseListReader;
class CaseSearch;

// One worker of CaseQueryService: a thread with its own read-only connection to the store (to a
// file, where WAL lets it read while the officer writes, or to the team's server), on which only
// the newest request matters. A request drops the one still waiting and interrupts the one running;
// what it delivers reaches the caller on the thread that made the reader, and only while no newer
// request was made, so a stale answer never replaces a newer one. An interrupted read delivers
// nothing. Destroying the reader interrupts its request and waits for its thread, so its owner is
// destroyed after it and nothing is delivered to an object that has gone.
class CaseQueryReader
{
public:
    using Found = std::function<void(const Result<QList<CaseSummary>> &)>;
    using Candidates = std::function<void(const Result<QList<AggregationCandidate>> &)>;

    CaseQueryReader(const StoreAddress &store, Clock clock);
    ~CaseQueryReader();
    CaseQueryReader(const CaseQueryReader &) = delete;
    CaseQueryReader &operator=(const CaseQueryReader &) = delete;

    // How many cases `query` matches (a quick pass over the narrowest index), delivered to
    // `counted`; then where each of its pages of `pageSize` starts (a pass over the order's
    // index), delivered to `outlined`. A failure's message goes to `failed`.
    void outline(const CaseListQuery &query, int pageSize, std::function<void(qint64)> counted,
                 std::function<void(const CaseListOutline &)> outlined,
                 std::function<void(const QString &)> failed);
    // The best `limit` matches of the search text (CaseSearch::search), or why it failed.
    void search(const QString &text, int limit, Found found);
    // The requests that may be aggregated with `theCase` (AggregationFinder), counted with
    // `calendar` (copied: the GUI may import another while the worker reads), or why not.
    void aggregationCandidates(const Case &theCase, const WorkingDayCalendar &calendar,
                               Candidates found);
    // Drops the waiting request and interrupts the running one; nothing more is delivered.
    void cancel();

private:
    std::unique_ptr<BackgroundStoreReader> m_reader;
    Clock m_clock;
};

// The reads the workbench makes of the cases in the store: the case list's pages, its count and
// outline, search as the officer types, the similar earlier requests and the candidates for
// aggregation. A page and the similar requests are read at once on the connection of the
// thread that owns the store (an index seek, milliseconds); the rest on a CaseQueryReader,
// made by reader(), each with its own read-only connection and the one clock given here. The
// UI goes through this service only, so that it never builds store objects itself.
// Fails, as a Result or through a reader's delivery, only when the store cannot be read.
class CaseQueryService
{
public:
    CaseQueryService(CaseListReader &caseList, CaseSearch &search, StoreAddress store, Clock clock);

    // One page of the case list (keyset pagination: CaseListQuery::after).
    [[nodiscard]] Result<CasePage> page(const CaseListQuery &query);
    // Earlier cases worded like the stored case `reference`, best first (CaseSearch::similarTo).
    [[nodiscard]] Result<QList<CaseSummary>> similarTo(const QString &reference, int limit);
    // A new worker for the count and outline, search or aggregation candidates. Each owner
    // holds its own, so that one's newer request never interrupts another's.
    [[nodiscard]] std::unique_ptr<CaseQueryReader> reader() const;

private:
    CaseListReader &m_caseList;
    CaseSearch &m_search;
    StoreAddress m_store;
    Clock m_clock;
};

} // namespace foi::core
