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
class CaseAutosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultDelayMs = 500;

    CaseAutosaver(CaseDocument &document, CaseEditingService &service, int delayMs = defaultDelayMs,
                  QObject *parent = nullptr);

    bool isSaved() const;
    void flush();
    // The document now holds a case as stored: nothing to save until it changes.
    void markSaved();

signals:
    void saved();
    void saveFailed(const foi::core::Error &error);

private:
    CaseDocument &m_document;
    CaseEditingService &m_service;
    QTimer *m_timer = nullptr;
    quint64 m_savedRevision = 0;
};

} // namespace foi::core
