#include "PersonalDataEraser.h"

#include "CaseHold.h"
#include "SqliteDialect.h"
#include "StoreConnection.h"
#include "StoreErrorCode.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

PersonalDataEraser::PersonalDataEraser(StoreConnection &connection, AuditTrail &audit,
                                       AuditTrail::Clock clock)
    : m_connection(connection)
    , m_audit(audit)
    , m_clock(std::move(clock))
{}

Status PersonalDataEraser::eraseSnapshots(const QString &reference, const QString &keepSha,
                                          const Redactor &redact, qint64 erasedBy)
{
    const QString what =
        QStringLiteral("erasing the requester's details from case %1's history").arg(reference);
    Result<QSqlQuery> shas = m_connection.select(
        QStringLiteral("SELECT s.sha256, s.body FROM audit_snapshot s WHERE s.erased_by_seq IS "
                       "NULL AND s.sha256 IN (SELECT before_sha256 FROM audit_log WHERE entity = "
                       "'case' AND entity_key = ? UNION SELECT after_sha256 FROM audit_log WHERE "
                       "entity = 'case' AND entity_key = ?)"),
        {reference, reference}, what);
    if (!shas)
        return shas.error();
    QList<std::pair<QString, QByteArray>> snapshots;
    while (shas->next())
        snapshots.append({shas->value(0).toString(), shas->value(1).toByteArray()});
    shas->finish();
    for (const auto &[sha, body] : snapshots) {
        if (sha == keepSha)
            continue;
        if (Status erased = m_audit.eraseSnapshot(sha, redact(body), erasedBy); !erased)
            return erased;
    }
    return m_connection.run(
        QStringLiteral("UPDATE sent_replies SET content = x'', erased_by_seq = ? WHERE "
                       "erased_by_seq IS NULL AND case_id = (SELECT id FROM cases WHERE "
                       "reference = ?)"),
        {erasedBy, reference}, what);
}

Status PersonalDataEraser::eraseRequester(const CaseRecord &redacted, const Redactor &redact,
                                          const QString &officer)
{
    const QString &reference = redacted.reference;
    const QString what =
        QStringLiteral("erasing the requester's details from case %1").arg(reference);
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<QSqlQuery> found = m_connection.select(
        QStringLiteral("SELECT hold, requester_erased FROM cases WHERE reference = ?"), {reference},
        what);
    if (!found)
        return found.error();
    if (!found->next()) {
        return Error::make(StoreErrorCode::NotFound,
                           QStringLiteral("There is no case %1 in the store.").arg(reference));
    }
    const QString hold = found->value(0).toString();
    const bool alreadyErased = found->value(1).toBool();
    found->finish();
    if (!hold.isEmpty()) {
        return Error::make(StoreErrorCode::OnHold,
                           QStringLiteral("Case %1 is on hold (%2), so nothing in it may be "
                                          "erased. Release the hold when the review, "
                                          "investigation or appeal is over.")
                               .arg(reference, hold));
    }
    if (alreadyErased)
        return success();
    const QString sha = AuditTrail::sha256Hex(redacted.document);
    if (Status updated = m_connection.run(
            QStringLiteral("UPDATE cases SET requester_name = '', document = ?, "
                           "document_sha256 = ?, requester_erased = 1, updated_at = ? "
                           "WHERE reference = ?"),
            {redacted.document, sha, m_clock().toUTC().toString(Qt::ISODateWithMs), reference},
            what);
        !updated)
        return updated;
    // Its name, email and address were also kept as keys for the aggregation lookup.
    if (Status unkeyed =
            m_connection.run(QStringLiteral("DELETE FROM requester_keys WHERE case_id = "
                                            "(SELECT id FROM cases WHERE reference = ?)"),
                             {reference}, what);
        !unkeyed)
        return unkeyed;
    Result<AuditAnchor> recorded = m_audit.record(
        {officer, QStringLiteral("erase-requester"), QStringLiteral("case"), reference,
         QStringLiteral("requester's details erased under the retention policy"), std::nullopt,
         redacted.document});
    if (!recorded)
        return recorded.error();
    if (Status erased = eraseSnapshots(reference, sha, redact, recorded->seq); !erased)
        return erased;
    return transaction.commit();
}

Status PersonalDataEraser::purgeTraces()
{
    if (Status optimised = m_connection.run(SqliteDialect::optimiseCaseIndexSql(), {},
                                            QStringLiteral("tidying the search index"));
        !optimised)
        return optimised;
    return SqliteDialect::checkpoint(m_connection.database());
}

} // namespace foi::core
