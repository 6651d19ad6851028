#pragma once

#include "core/model/DisclosureLogEntry.h"
#include "core/store/AuditTrail.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace foi::core {

class StoreConnection;

// The versions of each case's disclosure log entry (table disclosure_log_entries, migration
// 15), each kept as one JSON document (docs/disclosure-log.md). Every save is one transaction
// with its audit row (entity "disclosure-log", keyed by the case's reference, the entry as the
// row's snapshot), so the case's history shows who prepared, approved and published each
// version. Fails with StoreErrorCode::NotFound for a case the store does not hold, and with the
// store's error otherwise, leaving the store as it was.
class DisclosureLogRegister
{
public:
    DisclosureLogRegister(StoreConnection &connection, AuditTrail &audit, Clock clock);

    // The case's versions, oldest (1) first; empty when it has none.
    [[nodiscard]] Result<QList<DisclosureLogEntry>> versionsOf(const QString &reference);
    // Every published version of every case, by reference then version.
    [[nodiscard]] Result<QList<DisclosureLogEntry>> published();
    // Keeps `entry` as version entry.version of its case (a new row, or the one it replaces),
    // audited as `action` with `summary` in `officer`'s name.
    [[nodiscard]] Status save(const DisclosureLogEntry &entry, const QString &officer,
                              const QString &action, const QString &summary);

    // The document kept for an entry, and the entry from it (none when it does not read).
    static QByteArray toJson(const DisclosureLogEntry &entry);
    static std::optional<DisclosureLogEntry> fromJson(const QByteArray &json);

private:
    [[nodiscard]] Result<QList<DisclosureLogEntry>>
    read(const QString &sql, const QVariantList &values, const QString &what);

    StoreConnection &m_connection;
    AuditTrail &m_audit;
    Clock m_clock;
};

} // namespace foi::core
