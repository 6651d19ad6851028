#include "mainwindow/Workbench.h"

#include "caselist/CaseListView.h"
#include "findings/FindingsPanel.h"
#include "mainwindow/MainWindow.h"
#include "models/CaseListModel.h"
#include "notify/Notifier.h"
#include "review/ReviewActions.h"
#include "services/CaseAutosaver.h"
#include "services/CaseDocument.h"
#include "services/CaseEditingService.h"
#include "services/SentReplyService.h"
#include "settings/Profiles.h"
#include "settings/SettingsDialog.h"
#include "store/CaseStore.h"
#include "workspace/CaseWorkspace.h"
#include "workspace/ReplyStep.h"
#include "workspace/RequestStep.h"
#include "workspace/SimilarRequestsPanel.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>

namespace foi::ui {

Workbench::Workbench(const WorkbenchServices &services, Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(std::make_unique<MainWindow>(services.settings))
    , m_notifier(notifier)
    , m_sentReplies(std::make_unique<core::SentReplyService>(services.store))
{
    if (!m_notifier)
        m_notifier = new MessageBoxNotifier(m_window.get(), this);
    m_document = new core::CaseDocument(this);
    m_autosaver = new core::CaseAutosaver(*m_document, m_services.cases,
                                          core::CaseAutosaver::defaultDelayMs, this);
    m_services.cases.setOfficer(Profiles::load(m_services.settings).officerForAudit());
    m_window->setStorePath(m_services.store.path());
    buildViews();
    connectActions();
    connectDocument();
    m_review = new ReviewActions({m_services.settings, m_services.store, *m_notifier,
                                  [this] {
                                      m_autosaver->flush();
                                      return m_document->current().reference;
                                  },
                                  [this] {
                                      return authorityProfile();
                                  }},
                                 *m_window, this);
    showCaseList();
}

Workbench::~Workbench()
{
    m_autosaver->flush();
}

void Workbench::buildViews()
{
    m_caseListModel = new CaseListModel(m_services.store.cases(), m_services.store.search(),
                                        m_services.calendar, this);
    m_caseList = new CaseListView(*m_caseListModel, m_window.get());
    m_window->setCaseList(m_caseList);
    m_workspace =
        new CaseWorkspace(*m_document, m_services.catalogue, m_services.calendar, m_window.get());
    m_findings =
        new FindingsPanel(*m_document, m_services.checker, m_services.calendar, m_window.get());
    m_reply = new ReplyStep(
        *m_document, *m_sentReplies, *m_notifier, [this] { return authorityProfile(); },
        [this] { return m_services.cases.officer(); }, m_workspace);
    m_workspace->addStep(m_reply);
    m_window->setWorkspace(m_workspace, m_findings);
    m_similar = new SimilarRequestsPanel(m_services.store.search(), m_workspace);
    if (auto *request = qobject_cast<RequestStep *>(m_workspace->steps().constFirst()))
        request->setSidePanel(m_similar);
}

void Workbench::connectActions()
{
    MainWindow &w = *m_window;
    connect(&w, &MainWindow::newRequestRequested, this, &Workbench::newRequest);
    connect(w.caseListAction(), &QAction::triggered, this, &Workbench::showCaseList);
    connect(w.findAction(), &QAction::triggered, this, [this] {
        showCaseList();
        m_caseList->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_caseList->searchEdit()->selectAll();
    });
    connect(w.settingsAction(), &QAction::triggered, this, &Workbench::showSettings);
    connect(w.undoAction(), &QAction::triggered, m_document, &core::CaseDocument::undo);
    connect(w.redoAction(), &QAction::triggered, m_document, &core::CaseDocument::redo);
    connect(m_caseList, &CaseListView::openCaseRequested, this, &Workbench::openCase);
    connect(m_findings, &FindingsPanel::locatorActivated, this, [this](const QString &locator) {
        if (!m_workspace->reveal(locator))
            m_window->showStatusMessage(
                tr("That finding concerns the reply letter, which is written in its own step."));
    });
    connect(m_caseListModel, &CaseListModel::loadFailed, this, [this](const QString &message) {
        m_notifier->showError(core::Error::make(QStringLiteral("ui.case-list"), message));
    });
}

void Workbench::connectDocument()
{
    connect(m_document, &core::CaseDocument::historyChanged, this, [this] {
        QAction *undo = m_window->undoAction();
        QAction *redo = m_window->redoAction();
        undo->setEnabled(m_document->canUndo());
        redo->setEnabled(m_document->canRedo());
        undo->setText(m_document->canUndo() ? tr("&Undo %1").arg(m_document->undoText())
                                            : tr("&Undo"));
        redo->setText(m_document->canRedo() ? tr("&Redo %1").arg(m_document->redoText())
                                            : tr("&Redo"));
    });
    connect(m_autosaver, &core::CaseAutosaver::saveFailed, m_notifier, &Notifier::showError);
    connect(m_autosaver, &core::CaseAutosaver::saved, this, [this] {
        m_window->showStatusMessage(tr("Saved"));
        m_similar->showSimilarTo(m_document->current().reference);
    });
    connect(m_document, &core::CaseDocument::replaced, this,
            [this] { m_similar->showSimilarTo(m_document->current().reference); });
    connect(m_similar, &SimilarRequestsPanel::openCaseRequested, this, &Workbench::openCase);
}

void Workbench::newRequest()
{
    leaveCase();
    // With no authority profile yet, a police force is assumed until settings say otherwise.
    const core::Result<core::AuthorityProfile> authority = authorityProfile();
    const core::Authority who = authority ? core::Authority{authority->name, authority->kind}
                                          : core::Authority{{}, core::AuthorityKind::Police};
    auto created = m_services.cases.logNewRequest(QDate::currentDate(), who);
    if (!created) {
        m_notifier->showError(created.error());
        return;
    }
    m_document->reset(*created);
    m_autosaver->markSaved();
    m_window->showWorkspace();
    m_workspace->showStep(0);
    m_window->showStatusMessage(tr("Logged request %1").arg(created->reference));
}

void Workbench::openCase(const QString &reference)
{
    leaveCase();
    auto opened = m_services.cases.open(reference);
    if (!opened) {
        m_notifier->showError(opened.error());
        return;
    }
    m_document->reset(*opened);
    m_autosaver->markSaved();
    m_window->showWorkspace();
}

void Workbench::showCaseList()
{
    leaveCase();
    // A store with no case at all shows how to start instead of an empty table.
    const core::Result<bool> anyCase = m_services.cases.hasCases();
    if (anyCase && !*anyCase) {
        m_window->showEmptyState();
        return;
    }
    m_caseListModel->reload();
    m_window->showCaseList();
    m_caseList->tableView()->setFocus();
}

void Workbench::leaveCase()
{
    m_autosaver->flush();
}

void Workbench::showSettings()
{
    const core::Result<core::AuthorityProfile> authority = authorityProfile();
    if (!authority && authority.error().code != QLatin1String("authority.none"))
        m_notifier->showError(authority.error());
    SettingsDialog dialog(Profiles::load(m_services.settings),
                          authority ? *authority : core::AuthorityProfile{},
                          m_services.authorityProfilePath, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_reply->refresh(); // the letter is signed with the profile just saved
    const Profiles profiles = dialog.profiles();
    auto allocator = core::ReferenceAllocator::create(profiles.referencePattern);
    if (!allocator) {
        m_notifier->showError(allocator.error());
        return;
    }
    profiles.save(m_services.settings);
    m_services.cases.setAllocator(*allocator);
    m_services.cases.setOfficer(profiles.officerForAudit());
}

core::Result<core::AuthorityProfile> Workbench::authorityProfile() const
{
    return core::AuthorityProfileLocator::load(
        {m_services.authorityProfilePath, core::AuthorityProfileLocator::systemProfilePath()});
}

} // namespace foi::ui
