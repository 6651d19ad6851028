#pragma once

#include "core/store/StoreAddress.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace foi::core {

class StoreConnection;

// Reads the store on a worker thread with its own read-only connection (to the file, where WAL
// lets it read while the officer writes, or to the team's server): the case list's count and
// outline, and search as the officer types. Only the newest job matters. Submitting a job drops
// the one still waiting and, on a file, interrupts the one running (sqlite3_interrupt, so its
// statement fails with StoreErrorCode::Interrupted at once; on a server it runs to its end), and
// what a job posts reaches the owner, on the owner's thread, only while no newer job
// has been submitted: a stale result never replaces a newer one. Destroying the reader
// interrupts the running job and waits for the thread.
class BackgroundStoreReader : public QObject
{
    Q_OBJECT
public:
    // What a job may use on the worker thread.
    struct Context
    {
        StoreConnection *connection = nullptr; // null when the store could not be opened
        QString failure;                       // why, when it could not
        QString failureCode;                   // its Error::code (StoreErrorCode)
        // Queues `delivery` to run on the owner's thread, unless a newer job comes first.
        std::function<void(std::function<void()> delivery)> post;
        // True once a newer job was submitted (or cancel() called): stop early.
        std::function<bool()> stale;
    };
    using Job = std::function<void(Context &)>;

    explicit BackgroundStoreReader(StoreAddress store, QObject *parent = nullptr);
    ~BackgroundStoreReader() override;

    void submit(Job job);
    // Drops the waiting job and interrupts the running one; nothing more is delivered.
    void cancel();

private:
    struct Shared;
    void run();

    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
};

} // namespace foi::core
