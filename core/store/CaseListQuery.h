#pragma once

#include "CaseSummary.h"

#include <QList>
#include <QString>

#include <optional>

namespace foi::core {

// Where a page of the case list ends, so that the next page starts after it (keyset
// pagination: the newest cases first, by date received, then by the order of logging).
struct CaseListCursor
{
    QString dateReceived;
    qint64 id = 0;
};

// Which page of the case list to fetch.
struct CaseListQuery
{
    int limit = 50;
    std::optional<CaseListCursor> after;
    QString status; // empty: every case
};

struct CasePage
{
    QList<CaseSummary> cases;
    std::optional<CaseListCursor> next; // empty on the last page
};

} // namespace foi::core
