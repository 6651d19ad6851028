#pragma once

#include "core/model/CaseSummary.h"
#include "core/model/LetterLanguage.h"
#include "core/model/ReviewState.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace foi::core {

// The column the case list is ordered by; ties are broken by the order of logging.
enum class CaseListOrder {
    DateReceived,
    Reference,
    Requester,
    DueDate,
    CaseStatus,
    Outcome,
    ReviewStatus
};

// Where a page of the case list ends, so that the next page starts after it (keyset
// pagination): the last row's value of the ordering column, and its id.
struct CaseListCursor
{
    QString key;
    qint64 id = 0;
};

// Whose cases the case list shows (issue 20 point 3): every case, those allocated to one
// officer ("mine"), or those allocated to nobody yet.
enum class CaseAllocation { Any, AllocatedTo, Unallocated };

// Which page of the case list to fetch. Every filter is applied by the store's query, so a page
// holds `limit` matching cases however few of a million match. Every order follows a covering
// index (migrations 5, 6 and 11), so a page after a cursor is one index seek at any depth.
// A review filter on a state other than NotReviewed seeks those few cases in the review index
// (cases_list_by_review) and sorts them, in any order but the review order.
struct CaseListQuery
{
    int limit = 50;
    std::optional<CaseListCursor> after;
    QString status;                    // empty: every case
    QString regime;                    // "FOIA" or "EIR"; empty: both
    QDate dueOnOrAfter;                // invalid: no lower bound on the due date
    QDate dueBefore;                   // invalid: no upper bound (exclusive)
    std::optional<ReviewState> review; // empty: every case
    // The language of correspondence (Welsh Language Standards); empty: every language.
    std::optional<LetterLanguage> language;
    CaseAllocation allocation = CaseAllocation::Any;
    QString allocatedTo; // the officer, for CaseAllocation::AllocatedTo
    CaseListOrder order = CaseListOrder::DateReceived;
    bool ascending = false;
};

struct CasePage
{
    QList<CaseSummary> cases;
    std::optional<CaseListCursor> first; // the first row's cursor; empty when there is no row
    std::optional<CaseListCursor> last;  // the last row's cursor, whether or not more follow
    std::optional<CaseListCursor> next;  // empty on the last page
};

// Where every page of a filtered, ordered case list starts: `anchors[i]` is the cursor after
// which page i + 1 begins (the last row of page i), so that any page is one keyset seek.
// `count` is the number of matching cases.
struct CaseListOutline
{
    qint64 count = 0;
    int pageSize = 0;
    QList<CaseListCursor> anchors;
};

} // namespace foi::core
