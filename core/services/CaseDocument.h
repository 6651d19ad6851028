#pragma once

#include "core/model/Case.h"
#include "core/support/Result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace foi::core {

// The case an officer has open, with its undo history. Every change goes through edit(), which
// applies a function to a copy of the case and, when that changed something, records the case
// as it was so undo() can go back to it. Consecutive edits with the same non-empty merge key
// (the keystrokes typed into one field) make one step, until endMerge() or another key. Copies
// are cheap: the case's strings and lists are implicitly shared. An edit that would change the
// decision of a case whose reply was sent (SentReplyLock) is refused: the case stays as it was
// and editRefused() says why. seal() ends the undo history (a reply sent is a fact: nothing
// before it can be undone). Never fails otherwise; undo() and redo() with nothing to undo or
// redo do nothing.
class CaseDocument : public QObject
{
    Q_OBJECT
public:
    static constexpr int undoLimit = 200;

    explicit CaseDocument(QObject *parent = nullptr);

    const Case &current() const { return m_case; }

    // Replaces the case and forgets its history (opening another case).
    void reset(const Case &theCase);

    void edit(const QString &description, const std::function<void(Case &)> &change,
              const QString &mergeKey = {});
    void endMerge() { m_mergeKey.clear(); }
    // Forgets the undo and redo history: nothing done so far can be undone.
    void seal();

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    QString undoText() const { return canUndo() ? m_undo.last().description : QString(); }
    QString redoText() const { return canRedo() ? m_redo.last().description : QString(); }
    void undo();
    void redo();

    // Increases with every change, undo and redo: what was last saved can be compared with it.
    quint64 revision() const { return m_revision; }

signals:
    // The case changed, by an edit, undo, redo or reset.
    void changed();
    // The case was replaced by reset(): views should forget per-case state (selection).
    void replaced();
    void historyChanged();
    // An edit was refused, and left the case unchanged.
    void editRefused(const foi::core::Error &error);

private:
    struct Step
    {
        QString description;
        Case before;
    };

    void setCase(Case theCase);

    Case m_case;
    QList<Step> m_undo;
    QList<Step> m_redo;
    QString m_mergeKey;
    quint64 m_revision = 0;
};

} // namespace foi::core
