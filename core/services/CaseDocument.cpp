#include "core/services/CaseDocument.h"

#include "core/services/SentReplyLock.h"

namespace foi::core {

CaseDocument::CaseDocument(QObject *parent)
    : QObject(parent)
{}

void CaseDocument::reset(const Case &theCase)
{
    m_undo.clear();
    m_redo.clear();
    m_mergeKey.clear();
    setCase(theCase);
    emit replaced();
    emit historyChanged();
}

void CaseDocument::edit(const QString &description, const std::function<void(Case &)> &change,
                        const QString &mergeKey)
{
    Case next = m_case;
    change(next);
    if (next == m_case)
        return;
    if (const Status allowed = SentReplyLock::allowsChange(m_case, next); !allowed) {
        m_mergeKey.clear();
        emit editRefused(allowed.error());
        return;
    }
    const bool merges = !mergeKey.isEmpty() && mergeKey == m_mergeKey && !m_undo.isEmpty();
    if (!merges) {
        m_undo.append({description, m_case});
        if (m_undo.size() > undoLimit)
            m_undo.removeFirst();
    }
    m_redo.clear();
    m_mergeKey = mergeKey;
    setCase(std::move(next));
    emit historyChanged();
}

void CaseDocument::seal()
{
    m_undo.clear();
    m_redo.clear();
    m_mergeKey.clear();
    emit historyChanged();
}

void CaseDocument::undo()
{
    if (m_undo.isEmpty())
        return;
    Step step = m_undo.takeLast();
    m_redo.append({step.description, m_case});
    m_mergeKey.clear();
    setCase(std::move(step.before));
    emit historyChanged();
}

void CaseDocument::redo()
{
    if (m_redo.isEmpty())
        return;
    Step step = m_redo.takeLast();
    m_undo.append({step.description, m_case});
    m_mergeKey.clear();
    setCase(std::move(step.before));
    emit historyChanged();
}

void CaseDocument::setCase(Case theCase)
{
    m_case = std::move(theCase);
    ++m_revision;
    emit changed();
}

} // namespace foi::core
