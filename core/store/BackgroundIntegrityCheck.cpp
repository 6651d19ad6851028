#include "core/store/BackgroundIntegrityCheck.h"

#include "core/store/SqliteDialect.h"
#include "core/store/StoreConnection.h"

#include <QMetaObject>
#include <QThread>

#include <mutex>

namespace foi::core {

// What the worker and the object share; the worker keeps it alive after the object is gone.
struct BackgroundIntegrityCheck::Shared
{
    std::mutex mutex;
    BackgroundIntegrityCheck *receiver = nullptr; // null once the object is destroyed
};

BackgroundIntegrityCheck::BackgroundIntegrityCheck(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->receiver = this;
}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->receiver = nullptr;
    }
    if (!m_thread)
        return;
    if (m_thread->isFinished()) {
        delete m_thread;
        return;
    }
    // Still checking: let the thread delete itself if it ends before the process does.
    QObject::connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
}

void BackgroundIntegrityCheck::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([path = m_path, shared = m_shared] {
        bool sound = false;
        QString message;
        QString detail;
        {
            Result<std::unique_ptr<StoreConnection>> connection =
                StoreConnection::open(path, StoreConnection::Access::ReadOnly, 5000);
            if (!connection) {
                message = connection.error().message;
                detail = connection.error().detail;
            } else if (Result<QStringList> problems =
                           SqliteDialect::checkIntegrity((*connection)->database(), true);
                       !problems) {
                message = problems.error().message;
                detail = problems.error().detail;
            } else if (!problems->isEmpty()) {
                message = QStringLiteral("The case store %1 is damaged. Open the latest backup, "
                                         "or choose another file.")
                              .arg(path);
                detail = problems->mid(0, 5).join(QLatin1Char('\n'));
            } else {
                sound = true;
            }
        }
        const std::lock_guard lock(shared->mutex);
        if (BackgroundIntegrityCheck *receiver = shared->receiver) {
            QMetaObject::invokeMethod(
                receiver,
                [receiver, sound, message, detail] {
                    emit receiver->finished(sound, message, detail);
                },
                Qt::QueuedConnection);
        }
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace foi::core
