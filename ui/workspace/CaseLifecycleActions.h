#pragma once

#include <QDate>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMainWindow;

namespace foi::core {
class CaseAutosaver;
class CaseDocument;
class CaseLifecycleService;
class LapsePolicy;
} // namespace foi::core

namespace foi::ui {

class Notifier;

// Case › Withdraw…, Close as lapsed…, Reopen… and Delete case created in error… for the open
// case. Withdrawing, lapsing and reopening change the open case through its document
// (core::CaseLifecycle: the day, the reason and the officer are kept in the case) and are
// saved at once; the undo history ends there, as at a send, so that the way back is an audited
// reopening. Deleting saves the case first, then asks the service, which refuses unless the
// case was created today with nothing sent. Each action is enabled only when it is allowed,
// and its tool tip says why not otherwise. Refusals go to the notifier. The flows without their
// dialogs (withdraw(), lapse(), reopen(), deleteCase()) are public for tests.
class CaseLifecycleActions : public QObject
{
    Q_OBJECT
public:
    struct Context
    {
        core::CaseDocument &document;
        core::CaseAutosaver &autosaver;
        core::CaseLifecycleService &service;
        const core::LapsePolicy &policy;
        Notifier &notifier;
        std::function<QString()> officer;
        std::function<QDate()> today;
    };

    CaseLifecycleActions(const Context &context, QMainWindow &window, QObject *parent = nullptr);

    QAction *withdrawAction() const { return m_withdrawAction; }
    QAction *lapseAction() const { return m_lapseAction; }
    QAction *reopenAction() const { return m_reopenAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    // A case is open in the workspace (true) or the list is shown (false).
    void setCaseOpen(bool open);

    bool withdraw(const QDate &on, const QString &reason);
    bool lapse(const QDate &on, const QString &reason);
    bool reopen(const QDate &on, const QString &reason);
    bool deleteCase(const QString &reason);

signals:
    // The open case was deleted: the workbench goes back to the list.
    void caseDeleted(const QString &reference);

private:
    void installMenu(QMainWindow &window);
    void refresh();
    void refreshDelete();
    void ask(QAction *action);

    Context m_context;
    QMainWindow &m_window;
    bool m_caseOpen = false;
    QAction *m_withdrawAction = nullptr;
    QAction *m_lapseAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace foi::ui
