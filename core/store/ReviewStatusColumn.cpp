#include "core/store/ReviewStatusColumn.h"

#include "core/store/StoreConnection.h"

namespace foi::core {

QString ReviewStatusColumn::derivation()
{
    // The codes are ReviewState's (reviewStateCode). A bundle exported after the latest
    // decision awaits its own; a return is a return whatever changed since; an approval counts
    // while the document is the version the approved bundle carried.
    const QString latestDecision =
        QStringLiteral("FROM review_decisions d WHERE d.case_id = cases.id ORDER BY d.id DESC "
                       "LIMIT 1");
    return QStringLiteral(
               "CASE WHEN NOT EXISTS (SELECT 1 FROM review_exports e WHERE e.case_id = cases.id) "
               "THEN '' "
               "WHEN (SELECT MAX(e.id) FROM review_exports e WHERE e.case_id = cases.id) > "
               "COALESCE((SELECT d.export_id %1), 0) THEN 'awaiting' "
               "WHEN (SELECT d.decision %1) = 'return' THEN 'returned' "
               "WHEN (SELECT e.document_sha256 FROM review_exports e WHERE e.id = "
               "(SELECT d.export_id %1)) = cases.document_sha256 THEN 'approved' "
               "ELSE 'changed' END")
        .arg(latestDecision);
}

Status ReviewStatusColumn::refresh(StoreConnection &connection, const QString &reference,
                                   const QString &what)
{
    return connection.run(
        QStringLiteral("UPDATE cases SET review_status = (%1) WHERE reference = ?")
            .arg(derivation()),
        {reference}, what);
}

Status ReviewStatusColumn::refreshAfterEdit(StoreConnection &connection, const QString &reference,
                                            const QString &what)
{
    return connection.run(QStringLiteral("UPDATE cases SET review_status = (%1) WHERE reference "
                                         "= ? AND review_status IN ('approved', 'changed')")
                              .arg(derivation()),
                          {reference}, what);
}

} // namespace foi::core
