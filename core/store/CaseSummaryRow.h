#pragma once

#include "core/model/CaseSummary.h"

#include <QString>

class QSqlQuery;

namespace foi::core {

// The columns of `cases` (alias c) that a CaseSummary is read from, in the order
// CaseSummaryRow::read expects them: what the case list's pages and the aggregation lookup
// both select. Column 8 is the case's id, which a summary does not hold.
class CaseSummaryRow
{
public:
    static QString columns();
    // The summary in the first eleven columns of the query's current row.
    static CaseSummary read(const QSqlQuery &query);
};

} // namespace foi::core
