#include "core/store/BackgroundStoreReader.h"

#include "core/store/SqliteDialect.h"
#include "core/store/StoreConnection.h"

#include <QMetaObject>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace foi::core {

struct BackgroundStoreReader::Shared
{
    explicit Shared(StoreAddress store)
        : address(std::move(store))
    {}

    const StoreAddress address;
    std::mutex mutex;
    std::condition_variable wake;
    Job pending;
    bool stopping = false;
    bool running = false; // a job is running: its connection may be interrupted
    // The worker connection's native handle, for sqlite3_interrupt; null on a team store, whose
    // stale job runs to its end and is dropped (see the class comment).
    void *handle = nullptr;
    std::atomic<quint64> latest = 0; // the generation of the newest job submitted

    // Under `mutex`: the running job is stale now.
    void interruptRunning()
    {
        if (running)
            SqliteDialect::interrupt(handle);
    }
};

BackgroundStoreReader::BackgroundStoreReader(StoreAddress store, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>(std::move(store)))
{}

BackgroundStoreReader::~BackgroundStoreReader()
{
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->stopping = true;
        ++m_shared->latest;
        m_shared->pending = nullptr;
        m_shared->interruptRunning();
    }
    m_shared->wake.notify_all();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundStoreReader::submit(Job job)
{
    {
        const std::lock_guard lock(m_shared->mutex);
        ++m_shared->latest;
        m_shared->pending = std::move(job);
        m_shared->interruptRunning();
    }
    m_shared->wake.notify_all();
    if (!m_thread) {
        m_thread = QThread::create([this] { run(); });
        m_thread->start();
    }
}

void BackgroundStoreReader::cancel()
{
    const std::lock_guard lock(m_shared->mutex);
    ++m_shared->latest;
    m_shared->pending = nullptr;
    m_shared->interruptRunning();
}

void BackgroundStoreReader::run()
{
    // The connection belongs to this thread: opened, used and closed here.
    const StoreAddress &address = m_shared->address;
    Result<std::unique_ptr<StoreConnection>> opened =
        address.isTeamServer()
            ? StoreConnection::openServer(address, StoreConnection::Access::ReadOnly)
            : StoreConnection::open(address.filePath(), StoreConnection::Access::ReadOnly, 5000);
    Context context;
    if (opened) {
        context.connection = opened->get();
        const std::lock_guard lock(m_shared->mutex);
        if (!address.isTeamServer())
            m_shared->handle = SqliteDialect::nativeHandle(context.connection->database());
    } else {
        context.failure = opened.error().message;
        context.failureCode = opened.error().code;
    }
    Shared &shared = *m_shared;
    for (;;) {
        Job job;
        quint64 generation = 0;
        {
            std::unique_lock lock(shared.mutex);
            shared.wake.wait(lock, [&] { return shared.stopping || shared.pending; });
            if (shared.stopping)
                break;
            job = std::move(shared.pending);
            shared.pending = nullptr;
            generation = shared.latest;
            shared.running = true;
        }
        context.stale = [&shared, generation] {
            return shared.latest.load() != generation;
        };
        // The owner outlives this thread (its destructor waits for it), so `this` is safe to
        // queue to; the check on arrival drops what a newer job has made stale meanwhile.
        context.post = [this, &shared, generation](std::function<void()> delivery) {
            QMetaObject::invokeMethod(
                this,
                [&shared, generation, delivery = std::move(delivery)] {
                    if (shared.latest.load() == generation)
                        delivery();
                },
                Qt::QueuedConnection);
        };
        job(context);
        const std::lock_guard lock(shared.mutex);
        shared.running = false;
    }
    const std::lock_guard lock(shared.mutex);
    shared.handle = nullptr;
}

} // namespace foi::core
