#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace foi::core {

// The full PRAGMA quick_check of a large store, run on a worker thread with its own read-only
// connection after the store has opened (WAL lets it read while the officer works). Opening a
// large store checks only a bounded part of it (see CaseStore::IntegrityCheck); this finishes
// the job without making the officer wait. finished() is delivered on this object's thread.
// Destroying the object abandons a check still running: SQLite 3.40's quick_check does not
// heed sqlite3_interrupt, and quitting must not wait minutes for it, so the thread is left to
// end with the process (it only reads).
class BackgroundIntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundIntegrityCheck(QString path, QObject *parent = nullptr);
    ~BackgroundIntegrityCheck() override;

    void start();

signals:
    // `sound` false: `message` says what is wrong and the ways out; `detail` is SQLite's.
    void finished(bool sound, const QString &message, const QString &detail);

private:
    struct Shared;

    QString m_path;
    QThread *m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
};

} // namespace foi::core
