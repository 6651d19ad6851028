#pragma once

#include "core/model/CaseEditor.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace foi::core {

class StoreConnection;

// Which officers have a case open on a team store (issue 20 point 3: "an officer opening a case
// another officer is editing sees who and since when"). Each workbench holds a shared advisory
// lock on its server session while a case is open, keyed by the case and the time it opened it;
// the server drops it when the case is left or the session ends (a workbench closed, killed or
// cut off), so nothing stale is ever shown and nothing is written. The keys are a 31-bit digest
// of the reference: two cases of a caseload sharing one, both open at once, would show each
// other's officer, a harmless and unlikely mistake. A store file is one officer's, so on a file
// every call does nothing and nobody else is shown.
class CasePresence
{
public:
    explicit CasePresence(StoreConnection &connection);

    // Says that this session has `reference` open from `since`, leaving the case announced
    // before (one case open at a time).
    [[nodiscard]] Status announce(const QString &reference, const QDateTime &since);
    // Says that this session has no case open.
    [[nodiscard]] Status withdraw();
    // The others who have `reference` open now, longest open first.
    [[nodiscard]] Result<QList<CaseEditor>> othersOn(const QString &reference);

private:
    // The lock's two keys: the reference's digest and the seconds since 2020 it opened at.
    static qint32 referenceKey(const QString &reference);
    static qint32 sinceKey(const QDateTime &since);
    static QDateTime sinceFromKey(qint64 key);

    StoreConnection &m_connection;
    std::optional<std::pair<qint32, qint32>> m_held;
};

} // namespace foi::core
