#include "core/store/AuthorityMatterRegister.h"

#include "core/store/StoreConnection.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"

#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

AuthorityMatterRegister::AuthorityMatterRegister(StoreConnection &connection, AuditTrail &audit)
    : m_connection(connection)
    , m_audit(audit)
{}

Result<QList<AuthorityMatter>> AuthorityMatterRegister::all(bool openOnly)
{
    const QString order = m_connection.dialect().insertionOrder();
    Result<QSqlQuery> query = m_connection.select(
        openOnly ? QStringLiteral("SELECT document FROM authority_matters WHERE closed_on IS NULL "
                                  "ORDER BY %1")
                       .arg(order)
                 : QStringLiteral("SELECT document FROM authority_matters ORDER BY %1").arg(order),
        {}, QStringLiteral("reading the enforcement notices and practice recommendations"));
    if (!query)
        return query.error();
    QList<AuthorityMatter> matters;
    while (query->next()) {
        Result<AuthorityMatter> matter = AuthorityMatterJson::read(query->value(0).toByteArray());
        if (!matter)
            return matter.error();
        matters.append(*matter);
    }
    return matters;
}

Result<AuthorityMatter> AuthorityMatterRegister::load(const QString &id)
{
    Result<QSqlQuery> query =
        m_connection.select(QStringLiteral("SELECT document FROM authority_matters WHERE id = ?"),
                            {id}, QStringLiteral("reading authority-wide matter %1").arg(id));
    if (!query)
        return query.error();
    if (!query->next())
        return Error::make(StoreErrorCode::NotFound,
                           QStringLiteral("There is no enforcement notice or practice "
                                          "recommendation %1 in this store. `foi-workbench-cli "
                                          "matter list` shows their ids.")
                               .arg(id));
    return AuthorityMatterJson::read(query->value(0).toByteArray());
}

Status AuthorityMatterRegister::save(const AuthorityMatter &matter, const QString &officer,
                                     const QString &action, const QString &summary)
{
    const QString what = QStringLiteral("saving authority-wide matter %1").arg(matter.id);
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    std::optional<QByteArray> before;
    Result<QSqlQuery> existing = m_connection.select(
        QStringLiteral("SELECT document FROM authority_matters WHERE id = ?"), {matter.id}, what);
    if (!existing)
        return existing.error();
    if (existing->next())
        before = existing->value(0).toByteArray();
    existing->finish();
    const QByteArray after = AuthorityMatterJson::write(matter);
    const QVariant closed =
        matter.closed ? QVariant(matter.closed->toString(Qt::ISODate)) : QVariant();
    if (Status written = m_connection.run(
            QStringLiteral("INSERT INTO authority_matters (id, kind, document, closed_on) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET kind = "
                           "excluded.kind, document = excluded.document, closed_on = "
                           "excluded.closed_on"),
            {matter.id, authorityMatterKindCode(matter.kind), QString::fromUtf8(after), closed},
            what);
        !written)
        return written;
    Result<AuditAnchor> recorded = m_audit.record(
        {officer, action, QStringLiteral("authority-matter"), matter.id, summary, before, after});
    if (!recorded)
        return recorded.error();
    return transaction.commit();
}

} // namespace foi::core
