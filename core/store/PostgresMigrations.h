#pragma once

#include "core/support/Result.h"

#include <QStringList>

namespace foi::core {

class StoreConnection;

// The numbered schema of a team store on PostgreSQL, counted apart from the SQLite store's
// (Migrations): version 1 is the whole of the SQLite schema at its version 17, in PostgreSQL's
// words. The version is the `schema_version` row of store_meta (there is no PRAGMA
// user_version); each upgrade runs in one transaction with its bump, under a transaction-scoped
// advisory lock, so two workbenches initialising one database at once apply it once. A database
// from a newer workbench is refused (StoreErrorCode::NewerSchema), never altered.
//   1  store_meta, the audit trail with its append-only triggers, cases with a tsvector for
//      search (english and simple configurations, GIN index), attachments, sent replies,
//      offline review, requester keys, release files, case titles, authority matters, the
//      disclosure log and the statistics summaries
//   2  the language of correspondence; 3  the Welsh search vector
//   4  each case's version (optimistic saves) and assigned officer (allocation)
//   5  the team's roles (foi_officer, foi_reviewer, foi_manager, foi_administrator), their
//      grants and the row-level security of cases (docs/case-store.md, "Roles")
class PostgresMigrations
{
public:
    static int latestVersion();

    // 0 for an empty database (no store_meta).
    [[nodiscard]] static Result<int> currentVersion(StoreConnection &connection);
    // Upgrades to `target` (latestVersion() unless a test wants an older one).
    [[nodiscard]] static Status upgrade(StoreConnection &connection, int target = latestVersion());
    // The statements of one upgrade, one statement each.
    static QStringList statements(int version);
};

} // namespace foi::core
