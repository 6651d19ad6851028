#include "core/services/CaseAutosaver.h"

#include "core/services/CaseDocument.h"
#include "core/services/CaseEditingService.h"

#include <QTimer>

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
    connect(&m_document, &CaseDocument::changed, this, [this] {
        if (!isSaved())
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
}

void CaseAutosaver::flush()
{
    m_timer->stop();
    if (isSaved() || m_document.current().reference.isEmpty())
        return;
    const quint64 revision = m_document.revision();
    if (Status status = m_service.save(m_document.current()); !status) {
        emit saveFailed(status.error());
        return;
    }
    m_savedRevision = revision;
    emit saved();
}

} // namespace foi::core
