#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <mutex>

class QThread;

namespace foi::core {

// The full PRAGMA quick_check of a large store, run on a worker thread with its own read-only
// connection after the store has opened (WAL lets it read while the officer works). Opening a
// large store checks only a bounded part of it (see CaseStore::IntegrityCheck); this finishes
// the job without making the officer wait. finished() is delivered on this object's thread.
// Destroying the object stops a check still running and waits for the thread.
class BackgroundIntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundIntegrityCheck(QString path, QObject *parent = nullptr);
    ~BackgroundIntegrityCheck() override;

    void start();
    bool isRunning() const;

signals:
    // `sound` false: `message` says what is wrong and the ways out; `detail` is SQLite's.
    void finished(bool sound, const QString &message, const QString &detail);

private:
    void run();

    QString m_path;
    QThread *m_thread = nullptr;
    void setHandle(void *handle);
    void interruptCheck();

    std::mutex m_handleMutex; // the handle is cleared before its connection closes
    void *m_handle = nullptr;
    std::atomic<bool> m_stopping{false};
};

} // namespace foi::core
