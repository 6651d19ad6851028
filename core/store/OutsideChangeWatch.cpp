#include "core/store/OutsideChangeWatch.h"

#include "core/store/PostgresDialect.h"
#include "core/store/SqliteDialect.h"
#include "core/store/StoreConnection.h"
#include "core/support/StoreErrorCode.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>

namespace foi::core {

OutsideChangeWatch::OutsideChangeWatch(StoreConnection &connection, int filePollMs, int settleMs,
                                       QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_filePollMs(filePollMs)
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_settle, &QTimer::timeout, this, &OutsideChangeWatch::changed);
}

OutsideChangeWatch::~OutsideChangeWatch()
{
    if (m_listening) {
        QSqlDriver *driver = m_connection.database().driver();
        if (driver)
            driver->unsubscribeFromNotification(PostgresDialect::casesChangedChannel());
    }
}

Status OutsideChangeWatch::start()
{
    return m_connection.isOnServer() ? startListening() : startPolling();
}

Status OutsideChangeWatch::startListening()
{
    QSqlDriver *driver = m_connection.database().driver();
    const QString channel = PostgresDialect::casesChangedChannel();
    if (!driver || !driver->subscribeToNotification(channel))
        return Error::make(StoreErrorCode::Unreachable,
                           QStringLiteral("The team store at %1 did not agree to tell this window "
                                          "of other officers' changes, so the case list shows "
                                          "them only when it is read again (F5).")
                               .arg(m_connection.path()),
                           driver ? driver->lastError().text() : QString());
    m_listening = true;
    // Only the changes of others: this window reads its own saves back as it makes them.
    connect(driver, &QSqlDriver::notification, this,
            [this, channel](const QString &name, QSqlDriver::NotificationSource source) {
                if (name == channel && source == QSqlDriver::OtherSource && !m_settle->isActive())
                    m_settle->start();
            });
    return success();
}

Status OutsideChangeWatch::startPolling()
{
    const Result<qint64> version = dataVersion();
    if (!version)
        return version.error();
    m_dataVersion = *version;
    m_poll = new QTimer(this);
    m_poll->setInterval(m_filePollMs);
    connect(m_poll, &QTimer::timeout, this, &OutsideChangeWatch::pollFile);
    m_poll->start();
    return success();
}

Result<qint64> OutsideChangeWatch::dataVersion()
{
    Result<QSqlQuery> query = m_connection.select(SqliteDialect::dataVersionSql(), {},
                                                  QStringLiteral("checking for changes"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

void OutsideChangeWatch::pollFile()
{
    // A failed reading (the file busy for a moment) is tried again at the next tick.
    const Result<qint64> version = dataVersion();
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    if (!m_settle->isActive())
        m_settle->start();
}

} // namespace foi::core
