#pragma once

#include "core/support/Result.h"

#include <QObject>

class QTimer;

namespace foi::core {

class CaseDocument;
class CaseEditingService;

// Saves the open case as the officer works: a change starts a short timer and further changes
// restart it, so a burst of typing becomes one save (one transaction, one audit entry) at most
// `delayMs` after the last keystroke. flush() saves at once what is not yet saved (before
// another case is opened, or on quitting). A failed save is reported once through saveFailed
// and retried on the next change.
//
// A save that fails because a team store's server cannot be reached
// (StoreErrorCode::Unreachable, issue 20 point 6) keeps the change unsaved in the document and
// is tried again by itself, first after retryDelayMs and then at doubling intervals up to
// maxRetryDelayMs, until the server answers; the officer is told once per outage (saveFailed,
// saying that the typing is kept), and typing meanwhile waits for the next retry rather than
// trying on every pause. The first save that gets through emits saved() and ends the wait.
class CaseAutosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultDelayMs = 500;
    static constexpr int retryDelayMs = 5000;
    static constexpr int maxRetryDelayMs = 60000;

    CaseAutosaver(CaseDocument &document, CaseEditingService &service, int delayMs = defaultDelayMs,
                  QObject *parent = nullptr);

    bool isSaved() const;
    // True while saves fail because the team store's server cannot be reached.
    bool isWaitingForServer() const { return m_waitingForServer; }
    void flush();
    // The document now holds a case as stored: nothing to save until it changes.
    void markSaved();

signals:
    void saved();
    void saveFailed(const foi::core::Error &error);
    // The server became unreachable with changes unsaved (true), or a save got through (false):
    // for a view that shows the officer the wait.
    void waitingForServerChanged(bool waiting);

private:
    void saveFailedWith(const Error &error);
    void stopWaitingForServer();

    CaseDocument &m_document;
    CaseEditingService &m_service;
    QTimer *m_timer = nullptr;
    QTimer *m_retryTimer = nullptr;
    quint64 m_savedRevision = 0;
    bool m_waitingForServer = false;
    int m_retryDelayMs = retryDelayMs;
};

} // namespace foi::core
