#include "core/services/CaseAutosaver.h"

#include "core/services/CaseDocument.h"
#include "core/services/CaseEditingService.h"
#include "core/support/StoreErrorCode.h"

#include <QTimer>

#include <algorithm>

namespace foi::core {

CaseAutosaver::CaseAutosaver(CaseDocument &document, CaseEditingService &service, int delayMs,
                             QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_service(service)
    , m_savedRevision(document.revision())
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, &CaseAutosaver::flush);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        // Each retry that finds the server still away waits twice as long for the next, so
        // that a long outage does not keep the officer waiting on connection attempts.
        m_retryDelayMs = std::min(m_retryDelayMs * 2, maxRetryDelayMs);
        flush();
    });
    connect(&m_document, &CaseDocument::changed, this, [this] {
        // While the server is away the retry timer saves the typing; a save on every pause
        // would make the officer wait for a connection attempt each time.
        if (!isSaved() && !m_waitingForServer)
            m_timer->start();
    });
}

bool CaseAutosaver::isSaved() const
{
    return m_document.revision() == m_savedRevision;
}

void CaseAutosaver::markSaved()
{
    m_timer->stop();
    m_savedRevision = m_document.revision();
    stopWaitingForServer();
}

void CaseAutosaver::flush()
{
    m_timer->stop();
    if (isSaved() || m_document.current().reference.isEmpty()) {
        stopWaitingForServer();
        return;
    }
    const quint64 revision = m_document.revision();
    if (Status status = m_service.save(m_document.current()); !status) {
        saveFailedWith(status.error());
        return;
    }
    m_savedRevision = revision;
    stopWaitingForServer();
    emit saved();
}

void CaseAutosaver::saveFailedWith(const Error &error)
{
    if (error.code != StoreErrorCode::Unreachable) {
        stopWaitingForServer();
        emit saveFailed(error);
        return;
    }
    m_retryTimer->start(m_retryDelayMs);
    if (m_waitingForServer)
        return; // told already
    m_waitingForServer = true;
    emit waitingForServerChanged(true);
    Error kept = error;
    kept.message += QStringLiteral(" What you typed is kept in the open case and is saved as "
                                   "soon as the server answers again.");
    emit saveFailed(kept);
}

void CaseAutosaver::stopWaitingForServer()
{
    m_retryTimer->stop();
    m_retryDelayMs = retryDelayMs;
    if (!m_waitingForServer)
        return;
    m_waitingForServer = false;
    emit waitingForServerChanged(false);
}

} // namespace foi::core
