#pragma once

#include "CaseSummary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace foi::core {

// The column the case list is ordered by; ties are broken by the order of logging.
enum class CaseListOrder { DateReceived, Reference, Requester, DueDate, CaseStatus, Outcome };

// Where a page of the case list ends, so that the next page starts after it (keyset
// pagination): the last row's value of the ordering column, and its id.
struct CaseListCursor
{
    QString key;
    qint64 id = 0;
};

// Which page of the case list to fetch. Every filter is applied by the store's query, so a page
// holds `limit` matching cases however few of a million match. The default order (newest
// received first) follows an index; the others sort the matching rows.
struct CaseListQuery
{
    int limit = 50;
    std::optional<CaseListCursor> after;
    QString status;     // empty: every case
    QString regime;     // "FOIA" or "EIR"; empty: both
    QDate dueOnOrAfter; // invalid: no lower bound on the due date
    QDate dueBefore;    // invalid: no upper bound (exclusive)
    CaseListOrder order = CaseListOrder::DateReceived;
    bool ascending = false;
};

struct CasePage
{
    QList<CaseSummary> cases;
    std::optional<CaseListCursor> next; // empty on the last page
};

} // namespace foi::core
