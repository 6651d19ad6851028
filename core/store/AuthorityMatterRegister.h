#pragma once

#include "core/model/AuthorityMatter.h"
#include "core/store/AuditTrail.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

namespace foi::core {

class StoreConnection;

// The store's enforcement notices (FOIA s52) and practice recommendations (s48): matters of the
// authority as a whole, kept beside the cases in table `authority_matters` (migration 15,
// docs/case-store.md), one JSON document each. Every save is one transaction with its audit row
// (entity "authority-matter", keyed by the matter's id, the documents before and after). Reads
// fail with "store.authority_matter_invalid" when a stored document is damaged; a matter that is
// not there fails with StoreErrorCode::NotFound.
class AuthorityMatterRegister
{
public:
    AuthorityMatterRegister(StoreConnection &connection, AuditTrail &audit);

    // Every matter, oldest first; with `openOnly`, only those not closed.
    [[nodiscard]] Result<QList<AuthorityMatter>> all(bool openOnly);
    [[nodiscard]] Result<AuthorityMatter> load(const QString &id);
    // Inserts the matter or replaces the one with its id, audited as `action` ("open-authority-
    // matter", "update-authority-matter") with `summary` (no personal data).
    [[nodiscard]] Status save(const AuthorityMatter &matter, const QString &officer,
                              const QString &action, const QString &summary);

private:
    StoreConnection &m_connection;
    AuditTrail &m_audit;
};

} // namespace foi::core
