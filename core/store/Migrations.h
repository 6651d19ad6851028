#pragma once

#include "core/support/Result.h"

#include <QStringList>

namespace foi::core {

class StoreConnection;

// The numbered schema upgrades of the store. PRAGMA user_version holds the number of the last
// one applied; each upgrade runs in its own BEGIN IMMEDIATE transaction together with the bump
// of user_version, so a crash leaves the file at one version or the next, never between.
// A file from a newer workbench is refused (StoreErrorCode::NewerSchema), never altered.
//   1  store_meta, the audit trail and its snapshots, with the append-only triggers
//   2  cases (JSON case file + listing columns), attachments' metadata, sent replies
//   3  the full-text index of cases (SQLite FTS5), filled from the cases already stored
//   4  offline review: bundles exported and signed review decisions imported
//   5, 6  covering indexes of the case list's orders
//   7  the kind of each attachment
//   8  the full-text index rebuilt with prefixes of 2 to 5 letters
//   9  requester_keys: each case's requester by normalised name, email and postal address,
//      filled from the documents of the cases already stored (the aggregation lookup)
//   15 case_statistics: each case's statistics summary, filled for the cases already stored
//      by StatisticsService on its first run (it needs the calendar)
class Migrations
{
public:
    static int latestVersion();

    [[nodiscard]] static Result<int> currentVersion(StoreConnection &connection);
    // Upgrades to `target` (latestVersion() unless a test wants an older fixture).
    [[nodiscard]] static Status upgrade(StoreConnection &connection, int target = latestVersion());
    // The statements of one upgrade, one statement each (Qt's driver runs one per exec).
    static QStringList statements(int version);
};

} // namespace foi::core
