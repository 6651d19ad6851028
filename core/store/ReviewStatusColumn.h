#pragma once

#include "core/support/Result.h"

#include <QString>

namespace foi::core {

class StoreConnection;

// cases.review_status (migration 12): each case's ReviewState kept as a column beside the
// others the case list shows, so that the list shows and filters it from its covering indexes
// and never reads the review tables or the document per row. The state is derived by one SQL
// expression from the case's latest review export and decision (review_exports,
// review_decisions) and its current document hash, as ReviewRegister::status derives it; the
// migration fills the column with it, and each write that can change the state sets it again
// in the same transaction: an export, an imported decision, and a save or erasure that changes
// the document of an approved case. Each call fails only when the statement fails.
class ReviewStatusColumn
{
public:
    // The expression, in an UPDATE of `cases`, that gives the row's state code.
    static QString derivation();
    // Sets the column of case `reference` from the review tables.
    [[nodiscard]] static Status refresh(StoreConnection &connection, const QString &reference,
                                        const QString &what);
    // After the document of case `reference` changed: an approval covers one version only, so
    // an approved case becomes "changed since" (or approved again, when it is back at the
    // version approved). Cases never approved are not read.
    [[nodiscard]] static Status refreshAfterEdit(StoreConnection &connection,
                                                 const QString &reference, const QString &what);
};

} // namespace foi::core
