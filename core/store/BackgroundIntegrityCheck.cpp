#include "BackgroundIntegrityCheck.h"

#include "SqliteDialect.h"
#include "StoreConnection.h"
#include "StoreErrorCode.h"

#include <QMetaObject>
#include <QThread>

namespace foi::core {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    if (!m_thread)
        return;
    m_stopping = true;
    interruptCheck();
    m_thread->wait();
    delete m_thread;
}

void BackgroundIntegrityCheck::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->start(QThread::LowPriority);
}

bool BackgroundIntegrityCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundIntegrityCheck::setHandle(void *handle)
{
    const std::lock_guard lock(m_handleMutex);
    m_handle = handle;
}

void BackgroundIntegrityCheck::interruptCheck()
{
    const std::lock_guard lock(m_handleMutex);
    SqliteDialect::interrupt(m_handle);
}

void BackgroundIntegrityCheck::run()
{
    bool sound = false;
    QString message;
    QString detail;
    {
        Result<std::unique_ptr<StoreConnection>> connection =
            StoreConnection::open(m_path, StoreConnection::Access::ReadOnly, 5000);
        if (!connection) {
            message = connection.error().message;
            detail = connection.error().detail;
        } else {
            setHandle(SqliteDialect::nativeHandleOf((*connection)->database()));
            // A stop asked for before the handle was known.
            if (m_stopping)
                interruptCheck();
            Result<QStringList> problems =
                SqliteDialect::checkIntegrity((*connection)->database(), true);
            setHandle(nullptr);
            if (!problems) {
                message = problems.error().message;
                detail = problems.error().detail;
            } else if (!problems->isEmpty()) {
                message = QStringLiteral("The case store %1 is damaged. Open the latest backup, "
                                         "or choose another file.")
                              .arg(m_path);
                detail = problems->mid(0, 5).join(QLatin1Char('\n'));
            } else {
                sound = true;
            }
        }
    }
    if (m_stopping)
        return;
    QMetaObject::invokeMethod(
        this, [this, sound, message, detail] { emit finished(sound, message, detail); },
        Qt::QueuedConnection);
}

} // namespace foi::core
