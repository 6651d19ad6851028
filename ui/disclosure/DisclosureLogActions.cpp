#include "ui/disclosure/DisclosureLogActions.h"

#include "core/services/CaseDocument.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace foi::ui {

DisclosureLogActions::DisclosureLogActions(const DisclosureLogDialog::Context &context,
                                           core::CaseDocument &document, QMainWindow &window,
                                           QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_document(document)
    , m_window(window)
{
    m_prepare = new QAction(tr("&Prepare for disclosure log…"), this);
    m_prepare->setObjectName(QStringLiteral("disclosureLogAction"));
    connect(m_prepare, &QAction::triggered, this, [this] { openDialog(); });
    connect(&m_document, &core::CaseDocument::changed, this, &DisclosureLogActions::refresh);
    QMenuBar *bar = window.menuBar();
    QMenu *caseMenu = nullptr;
    for (QAction *action : bar->actions())
        if (action->menu() && action->menu()->objectName() == QLatin1String("caseMenu"))
            caseMenu = action->menu();
    if (!caseMenu) {
        caseMenu = new QMenu(tr("&Case"), bar);
        caseMenu->setObjectName(QStringLiteral("caseMenu"));
        bar->addMenu(caseMenu);
    }
    caseMenu->addSeparator();
    caseMenu->addAction(m_prepare);
    refresh();
}

void DisclosureLogActions::setCaseOpen(bool open)
{
    m_caseOpen = open;
    refresh();
}

void DisclosureLogActions::refresh()
{
    const bool replied = !m_document.current().reply.sent.isEmpty();
    m_prepare->setEnabled(m_caseOpen && replied);
    const QString why = !m_caseOpen ? tr("Open a case first.")
                        : !replied  ? tr("Only an answered request goes in the disclosure log: "
                                          "send the reply first.")
                                    : tr("Check the case for personal data, have it approved "
                                          "and publish it in the disclosure log");
    m_prepare->setToolTip(why);
    m_prepare->setStatusTip(why);
}

DisclosureLogDialog *DisclosureLogActions::openDialog()
{
    const QString reference = m_document.current().reference;
    if (m_dialog && m_dialog->windowTitle().endsWith(reference)) {
        m_dialog->reload();
    } else {
        delete m_dialog;
        m_dialog = new DisclosureLogDialog(m_context, reference, &m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

} // namespace foi::ui
