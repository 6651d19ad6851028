#pragma once

#include "core/model/CaseListQuery.h"
#include "core/support/Result.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace foi::core {

class StoreConnection;

// The case list's reads (docs/case-store.md, "The case list"): a keyset-paged page of cases in
// any order under the list's filters, how many cases the filters match, the outline of every
// page's cursor, and SQLite's plan for a page. Reads only, over the connection given (which
// must outlive it): the GUI's worker makes one over its own read-only connection. Fails, as a
// Result, only when the store cannot be read, or with StoreErrorCode::Interrupted when an
// outline is stopped.
class CaseListReader
{
public:
    explicit CaseListReader(StoreConnection &connection);

    // One page of the case list, after `query.after` when it is set: one seek in the covering
    // index of the order (two when the page runs past the cursor's key), however deep the page
    // and however many cases share a key.
    [[nodiscard]] Result<CasePage> page(const CaseListQuery &query);
    // How many cases the query's filters match (its cursor and limit are ignored).
    [[nodiscard]] Result<qint64> count(const CaseListQuery &query);
    // The count and the cursor every `pageSize` rows of the query's list, read in one pass over
    // the order's index (about a second for a million cases: run it off the GUI thread).
    // `stopRequested` is asked now and then; when it says yes the outline fails with
    // StoreErrorCode::Interrupted.
    [[nodiscard]] Result<CaseListOutline> outline(const CaseListQuery &query, int pageSize,
                                                  const std::function<bool()> &stopRequested = {});
    // SQLite's plan for the query's page (EXPLAIN QUERY PLAN, one line a step, each led by the
    // number of the statement it belongs to: "1: SEARCH …"), so that a test can see that each
    // order seeks an index and sorts nothing.
    [[nodiscard]] Result<QStringList> plan(const CaseListQuery &query);

private:
    // The titles of the cases of a page, read by their ids (one seek each in case_titles), so
    // that the page itself still reads only its covering index.
    [[nodiscard]] Status fillTitles(QList<CaseSummary> &cases, const QList<qint64> &ids);

    StoreConnection &m_connection;
};

} // namespace foi::core
