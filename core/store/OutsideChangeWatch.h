#pragma once

#include "core/support/Result.h"

#include <QObject>

#include <optional>

class QTimer;

namespace foi::core {

class StoreConnection;

// Tells the owner of an open store when someone else has committed a change to its cases: another
// officer or program on a team store, another program (the command line, an import worker) on a
// file. A team store's server announces each change (LISTEN/NOTIFY on
// PostgresDialect::casesChangedChannel(), PostgresMigrations version 6), so nothing is asked
// until it does; a file announces nothing, so SQLite's data_version is read every `filePollMs`.
// changed() comes on the thread that made the watch (which must run an event loop), at most once
// per `settleMs` however many changes arrive together: eight officers saving at once make one
// reading of the case list, not eight. The connection must outlive the watch.
class OutsideChangeWatch : public QObject
{
    Q_OBJECT
public:
    OutsideChangeWatch(StoreConnection &connection, int filePollMs, int settleMs,
                       QObject *parent = nullptr);
    ~OutsideChangeWatch() override;

    // Starts watching. Fails with the store's error when the server refused to announce changes
    // or the file could not be read; nothing is watched then.
    [[nodiscard]] Status start();

signals:
    void changed();

private:
    [[nodiscard]] Status startListening();
    [[nodiscard]] Status startPolling();
    // The file's data_version now, or the error reading it.
    [[nodiscard]] Result<qint64> dataVersion();
    void pollFile();

    StoreConnection &m_connection;
    const int m_filePollMs;
    QTimer *m_settle;
    QTimer *m_poll = nullptr;
    std::optional<qint64> m_dataVersion;
    bool m_listening = false;
};

} // namespace foi::core
