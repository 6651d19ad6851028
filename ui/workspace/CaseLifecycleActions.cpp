#include "ui/workspace/CaseLifecycleActions.h"

#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseLifecycle.h"
#include "core/services/CaseLifecycleService.h"
#include "ui/notify/Notifier.h"
#include "ui/workspace/CaseLifecycleDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace foi::ui {

namespace {

QMenu *menuNamed(QMenuBar *bar, const QString &name)
{
    for (QAction *action : bar->actions()) {
        if (action->menu() && action->menu()->objectName() == name)
            return action->menu();
    }
    return nullptr;
}

void explain(QAction *action, const QString &why)
{
    action->setToolTip(why);
    action->setStatusTip(why);
}

} // namespace

CaseLifecycleActions::CaseLifecycleActions(const Context &context, QMainWindow &window,
                                           QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
{
    m_withdrawAction = new QAction(tr("&Withdraw…"), this);
    m_withdrawAction->setObjectName(QStringLiteral("withdrawCaseAction"));
    m_lapseAction = new QAction(tr("Close as &lapsed…"), this);
    m_lapseAction->setObjectName(QStringLiteral("lapseCaseAction"));
    m_reopenAction = new QAction(tr("&Reopen…"), this);
    m_reopenAction->setObjectName(QStringLiteral("reopenCaseAction"));
    m_deleteAction = new QAction(tr("&Delete case created in error…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteCaseAction"));
    for (QAction *action : {m_withdrawAction, m_lapseAction, m_reopenAction, m_deleteAction})
        connect(action, &QAction::triggered, this, [this, action] { ask(action); });
    connect(&m_context.document, &core::CaseDocument::changed, this,
            &CaseLifecycleActions::refresh);
    connect(&m_context.autosaver, &core::CaseAutosaver::saved, this,
            &CaseLifecycleActions::refreshDelete);
    installMenu(window);
    refresh();
}

void CaseLifecycleActions::installMenu(QMainWindow &window)
{
    QMenuBar *bar = window.menuBar();
    QMenu *caseMenu = menuNamed(bar, QStringLiteral("caseMenu"));
    if (!caseMenu) {
        caseMenu = new QMenu(tr("&Case"), bar);
        caseMenu->setObjectName(QStringLiteral("caseMenu"));
        QMenu *help = menuNamed(bar, QStringLiteral("helpMenu"));
        bar->insertMenu(help ? help->menuAction() : nullptr, caseMenu);
    }
    // The reason an action is off is its tool tip, shown in the menu too.
    caseMenu->setToolTipsVisible(true);
    caseMenu->addSeparator();
    caseMenu->addActions({m_withdrawAction, m_lapseAction, m_reopenAction});
    caseMenu->addSeparator();
    caseMenu->addAction(m_deleteAction);
}

void CaseLifecycleActions::setCaseOpen(bool open)
{
    m_caseOpen = open;
    refresh();
    refreshDelete();
}

void CaseLifecycleActions::refresh()
{
    const core::Case &theCase = m_context.document.current();
    const std::optional<core::LifecycleEvent> closure = theCase.closure();
    const bool replied = !theCase.reply.sent.isEmpty() || theCase.reply.sentOn.isValid();
    const bool mayClose = m_caseOpen && !closure && !replied;
    m_withdrawAction->setEnabled(mayClose);
    m_lapseAction->setEnabled(mayClose);
    m_reopenAction->setEnabled(m_caseOpen && closure.has_value());
    const QString noCase = tr("Open a case first.");
    const QString why =
        !m_caseOpen ? noCase
        : closure   ? tr("%1: reopen it first.").arg(core::CaseLifecycle::describe(*closure))
        : replied   ? tr("A reply was sent: the request was answered.")
                    : QString();
    explain(m_withdrawAction, why.isEmpty()
                                  ? tr("The requester withdrew the request: close it, counted as "
                                       "withdrawn, with no reply")
                                  : why);
    explain(m_lapseAction, why.isEmpty()
                               ? tr("The clarification asked for under s1(3) never came: close the "
                                    "request as lapsed")
                               : why);
    explain(m_reopenAction, !m_caseOpen ? noCase
                            : closure   ? tr("Reopen the request: its clock runs again")
                                        : tr("The request is open."));
}

void CaseLifecycleActions::refreshDelete()
{
    const QString reference = m_context.document.current().reference;
    if (!m_caseOpen || reference.isEmpty()) {
        m_deleteAction->setEnabled(false);
        explain(m_deleteAction, tr("Open a case first."));
        return;
    }
    const core::Status may = m_context.service.mayDeleteCreatedInError(reference);
    m_deleteAction->setEnabled(may.ok());
    explain(m_deleteAction, may ? tr("Delete %1: it was created in error today and nothing of "
                                     "it was sent")
                                      .arg(reference)
                                : may.error().message);
}

namespace {

// Puts `changed` into the document as one step, ends the undo history there (the way back is an
// audited reopening, not Undo) and saves it at once.
bool put(core::CaseDocument &document, core::CaseAutosaver &autosaver, Notifier &notifier,
         const QString &description, const core::Result<core::Case> &changed)
{
    if (!changed) {
        notifier.showError(changed.error());
        return false;
    }
    const core::Case value = *changed;
    document.edit(description, [value](core::Case &theCase) { theCase = value; });
    if (document.current() != value)
        return false; // refused, and said so by the document
    document.seal();
    autosaver.flush();
    return autosaver.isSaved();
}

} // namespace

bool CaseLifecycleActions::withdraw(const QDate &on, const QString &reason)
{
    const core::Case &theCase = m_context.document.current();
    return put(
        m_context.document, m_context.autosaver, m_context.notifier, tr("Withdraw the request"),
        core::CaseLifecycle::withdraw(theCase, on, reason, m_context.officer(), m_context.today()));
}

bool CaseLifecycleActions::lapse(const QDate &on, const QString &reason)
{
    const core::Case &theCase = m_context.document.current();
    return put(m_context.document, m_context.autosaver, m_context.notifier,
               tr("Close the request as lapsed"),
               core::CaseLifecycle::lapse(theCase, on, reason, m_context.officer(),
                                          m_context.today(), m_context.policy));
}

bool CaseLifecycleActions::reopen(const QDate &on, const QString &reason)
{
    const core::Case &theCase = m_context.document.current();
    return put(
        m_context.document, m_context.autosaver, m_context.notifier, tr("Reopen the request"),
        core::CaseLifecycle::reopen(theCase, on, reason, m_context.officer(), m_context.today()));
}

bool CaseLifecycleActions::deleteCase(const QString &reason)
{
    const QString reference = m_context.document.current().reference;
    m_context.autosaver.flush();
    if (core::Status deleted =
            m_context.service.deleteCreatedInError(reference, reason, m_context.officer());
        !deleted) {
        m_context.notifier.showError(deleted.error());
        refreshDelete();
        return false;
    }
    emit caseDeleted(reference);
    return true;
}

void CaseLifecycleActions::ask(QAction *action)
{
    const core::Case &theCase = m_context.document.current();
    const QString reference = theCase.reference;
    const QDate today = m_context.today();
    using AskDay = CaseLifecycleDialog::AskDay;
    if (action == m_deleteAction) {
        CaseLifecycleDialog dialog(
            tr("Delete %1").arg(reference),
            tr("%1 goes from the case list and the store for good. The audit trail keeps the "
               "record that it existed and was deleted, with your reason (do not name the "
               "requester in it).")
                .arg(reference),
            tr("&Delete the case"), AskDay::No, today, &m_window);
        if (dialog.exec() == QDialog::Accepted)
            deleteCase(dialog.reason());
        return;
    }
    QString title, explanation, confirm;
    if (action == m_withdrawAction) {
        title = tr("Withdraw %1").arg(reference);
        explanation = tr("The request is closed as withdrawn on the day you give: its clock "
                         "stops, it is counted as withdrawn, and no reply can be sent unless it "
                         "is reopened. Say how the requester withdrew it.");
        confirm = tr("&Withdraw");
    } else if (action == m_lapseAction) {
        title = tr("Close %1 as lapsed").arg(reference);
        explanation = tr("The request is closed because the clarification asked for under "
                         "s1(3) never came (the workbench waits %1 months from the day it was "
                         "sought). Its clock stops and it is counted as lapsed.")
                          .arg(m_context.policy.clarificationWaitMonths());
        confirm = tr("Close as &lapsed");
    } else {
        title = tr("Reopen %1").arg(reference);
        explanation = tr("The request is open again and its clock runs from the date of receipt "
                         "or the last clarification received. Say why.");
        confirm = tr("&Reopen");
    }
    CaseLifecycleDialog dialog(title, explanation, confirm, AskDay::Yes, today, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (action == m_withdrawAction)
        withdraw(dialog.day(), dialog.reason());
    else if (action == m_lapseAction)
        lapse(dialog.day(), dialog.reason());
    else
        reopen(dialog.day(), dialog.reason());
}

} // namespace foi::ui
