#include "ui/mainwindow/Workbench.h"

#include "ui/intake/EmailImport.h"

#include "core/law/EffectiveCalendar.h"
#include "core/services/AttachmentService.h"
#include "core/services/BackupJob.h"
#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseEditingService.h"
#include "core/services/CaseHistory.h"
#include "core/services/CaseImportJob.h"
#include "core/services/CaseLifecycleService.h"
#include "core/services/DisclosureLogService.h"
#include "core/services/ReleaseGate.h"
#include "core/services/ReviewNotes.h"
#include "core/services/SaveConflict.h"
#include "core/services/SentReplyService.h"
#include "core/services/StoreStatus.h"
#include "core/support/Profiles.h"
#include "core/support/StoreErrorCode.h"
#include "ui/caselist/CaseListView.h"
#include "ui/disclosure/DisclosureLogActions.h"
#include "ui/findings/FindingsPanel.h"
#include "ui/history/CaseHistoryDialog.h"
#include "ui/intake/NewRequestDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/CaseHistoryModel.h"
#include "ui/models/CaseListModel.h"
#include "ui/notify/Notifier.h"
#include "ui/review/ReviewActions.h"
#include "ui/review/ReviewNotesPanel.h"
#include "ui/settings/CalendarImportPage.h"
#include "ui/settings/OfficerNameDialog.h"
#include "ui/settings/ReviewKeysPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/tasks/BackgroundTask.h"
#include "ui/widgets/FileChooser.h"
#include "ui/workspace/AttachmentsPanel.h"
#include "ui/workspace/AuthorityProfileOffer.h"
#include "ui/workspace/CaseLifecycleActions.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/HeldStep.h"
#include "ui/workspace/ReleasedFilesPanel.h"
#include "ui/workspace/ReplyStep.h"
#include "ui/workspace/SearchRecordEditor.h"
#include "ui/workspace/SentReplyBanner.h"
#include "ui/workspace/SimilarRequestsPanel.h"

#include <QAction>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

// Beside the request: the similar earlier requests, and the files attached to this one.
QWidget *sideColumn(QWidget *similar, QWidget *attachments)
{
    auto *side = new QWidget;
    side->setObjectName(QStringLiteral("requestSideColumn"));
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins({});
    layout->addWidget(similar, 2);
    layout->addWidget(attachments, 3);
    return side;
}

} // namespace

Workbench::Workbench(const WorkbenchServices &services, FileChooser &files, Notifier *notifier,
                     QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_files(files)
    , m_window(std::make_unique<MainWindow>(services.settings, files))
    , m_notifier(notifier)
{
    if (!m_notifier) {
        auto *boxes = new MessageBoxNotifier(m_window.get(), this);
        // Information (a backup made, an import done, a letter written) stays above the case
        // area until the officer dismisses it.
        connect(boxes, &MessageBoxNotifier::informationShown, m_window.get(),
                &MainWindow::showNotification);
        m_notifier = boxes;
    }
    m_askNewRequest = [this](const QString &offered,
                             const std::function<core::Status(const QString &)> &check)
        -> std::optional<NewRequestDetails> {
        NewRequestDialog dialog(offered, check, m_window.get());
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return NewRequestDetails{dialog.reference(), dialog.title()};
    };
    m_askConflict = [this](const core::SaveConflict &conflict) {
        SaveConflictDialog dialog(conflict, m_window.get());
        dialog.exec();
        return dialog.choice();
    };
    m_askReason = [this](const QString &caption, const QString &prompt) {
        return QInputDialog::getMultiLineText(m_window.get(), caption, prompt).trimmed();
    };
    m_setUpPrinter = [this](QPrinter &printer) {
        QPrintDialog dialog(&printer, m_window.get());
        dialog.setWindowTitle(tr("Print the reply"));
        return dialog.exec() == QDialog::Accepted;
    };
    m_document = new core::CaseDocument(this);
    m_autosaver = new core::CaseAutosaver(*m_document, m_services.cases,
                                          core::CaseAutosaver::defaultDelayMs, this);
    m_services.cases.setOfficer(core::Profiles::load(m_services.settings).officerForAudit());
    if (m_services.storeStatus.isTeamStore())
        m_window->setTeamStore(m_services.storeStatus.path());
    else
        m_window->setStorePath(m_services.storeStatus.path());
    const core::Status watched = m_services.storeStatus.watchOutsideChanges(
        this, [this] { noticeOutsideChanges(); }, outsideChangePollMs);
    if (!watched)
        m_window->showNotification(watched.error().message);
    buildViews();
    connectActions();
    connectDocument();
    m_review = new ReviewActions({m_services.settings, m_services.reviewStore,
                                  m_services.replyLaw(), *m_notifier,
                                  [this] {
                                      m_autosaver->flush();
                                      return m_document->current().reference;
                                  },
                                  [this] { return authorityProfile(); }, m_services.clock, m_files},
                                 *m_window, this);
    connectReview();
    connectLifecycle();
    connectDisclosureLog();
    showCaseList();
}

Workbench::~Workbench()
{
    m_autosaver->flush();
}

void Workbench::buildViews()
{
    m_caseListModel = new CaseListModel(m_services.queries, m_services.calendar.workingDays(),
                                        m_services.clock, this);
    m_caseList = new CaseListView(*m_caseListModel, m_window.get());
    // The list opens with the filters the officer last chose.
    QSettings &settings = m_services.settings;
    CaseListView::Filters filters;
    filters.status = settings.value(QStringLiteral("caseList/status"), filters.status).toString();
    filters.regime = settings.value(QStringLiteral("caseList/regime"), filters.regime).toInt();
    filters.due = settings.value(QStringLiteral("caseList/due"), filters.due).toInt();
    filters.review = settings.value(QStringLiteral("caseList/review"), filters.review).toInt();
    filters.language =
        settings.value(QStringLiteral("caseList/language"), filters.language).toInt();
    m_caseList->setFilters(filters);
    connect(m_caseList, &CaseListView::filtersChanged, this, [this] {
        const CaseListView::Filters chosen = m_caseList->filters();
        m_services.settings.setValue(QStringLiteral("caseList/status"), chosen.status);
        m_services.settings.setValue(QStringLiteral("caseList/regime"), chosen.regime);
        m_services.settings.setValue(QStringLiteral("caseList/due"), chosen.due);
        m_services.settings.setValue(QStringLiteral("caseList/review"), chosen.review);
        m_services.settings.setValue(QStringLiteral("caseList/language"), chosen.language);
    });
    m_window->setCaseList(m_caseList);
    const auto officer = [this] {
        return m_services.cases.officer();
    };
    m_similar = new SimilarRequestsPanel(m_services.queries);
    m_attachments = new AttachmentsPanel(m_services.attachments, officer, m_files);
    m_searchEvidence = new AttachmentsPanel(m_services.attachments, officer, m_files,
                                            core::AttachmentKind::SearchEvidence);
    m_workspace = new CaseWorkspace(*m_document,
                                    {.catalogue = m_services.catalogue,
                                     .environmentalTerms = m_services.environmentalTerms,
                                     .languageMarkers = m_services.languageMarkers,
                                     .calendar = m_services.calendar.workingDays(),
                                     .guidance = m_services.guidance,
                                     .clock = m_services.clock,
                                     .queries = m_services.queries,
                                     .factors = m_services.factors,
                                     .attachments = m_services.attachments,
                                     .officer = officer,
                                     .files = m_files,
                                     .requestSidePanel = sideColumn(m_similar, m_attachments),
                                     .searchEvidencePanel = m_searchEvidence},
                                    m_window.get());
    for (WorkspaceStep *step : m_workspace->steps()) {
        if (auto *held = qobject_cast<HeldStep *>(step))
            m_searchRecords = &held->searchRecordEditor();
    }
    m_findings =
        new FindingsPanel(*m_document, m_services.checker, m_services.calendar.workingDays(),
                          m_services.clock, m_window.get());
    m_findings->setFactorLibrary(&m_services.factors);
    // The files released with the reply, shown under its preview.
    const auto askReason = [this](const QString &caption, const QString &prompt) {
        return m_askReason(caption, prompt);
    };
    m_releasedFiles = new ReleasedFilesPanel(m_services.releaseGate, officer, m_files, askReason);
    m_reply = new ReplyStep(
        *m_document,
        {m_services.sentReplies, *m_notifier, [this] { return authorityProfile(); }, officer,
         m_services.clock, m_files, askReason,
         [this](QPrinter &printer) { return m_setUpPrinter(printer); }, *m_releasedFiles},
        m_workspace);
    m_workspace->addStep(m_reply);
    m_sentBanner = new SentReplyBanner(
        *m_document, *m_workspace, m_services.replyLaw(), [this] { return authorityProfile(); },
        [this] { return m_services.cases.officer(); }, m_services.clock, m_workspace);
    m_workspace->addBanner(m_sentBanner);
    m_authorityOffer = new AuthorityProfileOffer(m_workspace);
    m_authorityOffer->hide();
    m_workspace->addBanner(m_authorityOffer);
    connect(m_authorityOffer, &AuthorityProfileOffer::fillInRequested, this,
            [this] { openSettings(true); });
    connect(m_authorityOffer, &AuthorityProfileOffer::laterChosen, this, [this] {
        m_authorityOfferPutOff = true;
        updateAuthorityOffer();
    });
    m_window->setWorkspace(m_workspace, m_findings);
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
    connect(w.caseHistoryAction(), &QAction::triggered, this, &Workbench::showCaseHistory);
    connect(w.importAction(), &QAction::triggered, this, [this] {
        const QStringList paths = m_files.openFiles(m_window.get(), tr("Import case files"),
                                                    QString(), tr("Case files (*.json)"));
        if (!paths.isEmpty())
            withOfficerNamed([this, paths] { importCaseFiles(paths); });
    });
    connect(w.backUpAction(), &QAction::triggered, this, [this] {
        backUpNow(core::Profiles::load(m_services.settings).backupFolder, m_window.get());
    });
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

// The reviewer's notes under the findings, kept current as reviews come and go.
void Workbench::connectReview()
{
    m_reviewNotesPanel = new ReviewNotesPanel(m_services.reviewNotes, *m_document,
                                              [this] { return m_services.cases.officer(); });
    m_findings->addSection(m_reviewNotesPanel);
    connect(m_reviewNotesPanel, &ReviewNotesPanel::failed, m_notifier, &Notifier::showError);
    connect(m_reviewNotesPanel, &ReviewNotesPanel::noteActivated, m_workspace,
            &CaseWorkspace::showReviewNote);
    connect(m_reviewNotesPanel, &ReviewNotesPanel::answered, this, [this] {
        if (m_historyDialog)
            m_historyDialog->refresh();
    });
    connect(m_review, &ReviewActions::reviewChanged, this, [this] {
        m_reviewNotesPanel->reload();
        m_caseListModel->reload(); // its Review column
        if (m_historyDialog)
            m_historyDialog->refresh();
    });
}

void Workbench::connectLifecycle()
{
    m_lifecycle = new CaseLifecycleActions({*m_document, *m_autosaver, m_services.lifecycle,
                                            m_services.lapsePolicy, *m_notifier,
                                            [this] { return m_services.cases.officer(); },
                                            [clock = m_services.clock] {
                                                return clock.today();
                                            }},
                                           *m_window, this);
    connect(m_lifecycle, &CaseLifecycleActions::caseDeleted, this, [this](const QString &ref) {
        // The deleted case leaves the document, so nothing can save it back.
        m_document->reset(core::Case{});
        m_autosaver->markSaved();
        showCaseList();
        m_window->showStatusMessage(tr("Deleted case %1").arg(ref));
    });
}

void Workbench::connectDisclosureLog()
{
    m_disclosureLog = new DisclosureLogActions({m_services.disclosureLog, *m_notifier,
                                                [this] { return m_services.cases.officer(); },
                                                [clock = m_services.clock] {
                                                    return clock.today();
                                                }},
                                               *m_document, *m_window, this);
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
    connect(m_autosaver, &core::CaseAutosaver::saveFailed, this, &Workbench::saveFailed);
    // A team store's server gone: the notice stays up while the autosaver waits for it, and is
    // replaced once the typing is saved (issue 20 point 6).
    connect(m_autosaver, &core::CaseAutosaver::waitingForServerChanged, this, [this](bool waiting) {
        m_window->showNotification(
            waiting ? tr("The team store's server is not answering. Your typing is kept in the "
                         "open case and is saved as soon as the server answers again.")
                    : tr("The team store's server answers again, and your typing is saved."));
    });
    connect(m_document, &core::CaseDocument::editRefused, m_notifier, &Notifier::showError);
    // What was sent, and an amendment's reason, are kept at once, not after the autosave pause.
    connect(m_reply, &ReplyStep::replySent, m_autosaver, [this] { m_autosaver->flush(); });
    connect(m_sentBanner, &SentReplyBanner::amendmentOpened, m_autosaver,
            [this] { m_autosaver->flush(); });
    connect(m_autosaver, &core::CaseAutosaver::saved, this, [this] {
        m_window->showStatusMessage(tr("Saved"));
        if (m_historyDialog)
            m_historyDialog->refresh();
        m_similar->showSimilarTo(m_document->current().reference);
    });
    connect(m_document, &core::CaseDocument::replaced, this, [this] {
        updateAuthorityOffer();
        m_similar->showSimilarTo(m_document->current().reference);
        m_attachments->showCase(m_document->current().reference);
        m_searchEvidence->showCase(m_document->current().reference);
        m_releasedFiles->showCase(m_document->current().reference);
    });
    // A released file is an attachment too: both lists show it, and the reply's readiness
    // follows the files' scans and resolutions.
    connect(m_releasedFiles, &ReleasedFilesPanel::failed, m_notifier, &Notifier::showError);
    connect(m_releasedFiles, &ReleasedFilesPanel::changed, this, [this] {
        m_reply->refreshStatus();
        showAttachmentsChangedIn(m_releasedFiles);
    });
    // Two views of the same files: a change in one is shown in the other, and in the evidence
    // the searches cite. A file is removed only once the open case is saved, so that the store
    // sees every search that cites it.
    for (AttachmentsPanel *panel : {m_attachments, m_searchEvidence}) {
        connect(panel, &AttachmentsPanel::failed, m_notifier, &Notifier::showError);
        connect(panel, &AttachmentsPanel::changed, this,
                [this, panel] { showAttachmentsChangedIn(panel); });
        panel->setBeforeRemove([this] {
            m_autosaver->flush();
            return m_autosaver->isSaved();
        });
        // Each file says which questions' searches cite it, from the open case as edited.
        panel->setCitations([this](const QString &sha256) {
            return m_document->current().questionsCitingEvidence(sha256);
        });
        connect(m_document, &core::CaseDocument::changed, panel,
                &AttachmentsPanel::refreshCitations);
    }
    if (m_searchRecords) {
        connect(m_searchRecords, &SearchRecordEditor::failed, m_notifier, &Notifier::showError);
        connect(m_searchRecords, &SearchRecordEditor::attachmentsChanged, this,
                [this] { showAttachmentsChangedIn(m_searchRecords); });
    }
    connect(m_similar, &SimilarRequestsPanel::openCaseRequested, this, &Workbench::openCase);
}

void Workbench::showAttachmentsChangedIn(const QObject *changed)
{
    if (m_releasedFiles && m_releasedFiles != changed) {
        m_releasedFiles->reload();
        m_reply->refreshStatus();
    }
    for (AttachmentsPanel *panel : {m_attachments, m_searchEvidence}) {
        if (panel != changed)
            panel->reload();
    }
    if (m_searchRecords && m_searchRecords != changed)
        m_searchRecords->reloadAttachments();
    if (m_historyDialog)
        m_historyDialog->refresh();
}

void Workbench::newRequest()
{
    withOfficerNamed([this] { logNewRequest(); });
}

void Workbench::withOfficerNamed(const std::function<void()> &then)
{
    if (!core::Profiles::load(m_services.settings).officerName.trimmed().isEmpty()) {
        then();
        return;
    }
    auto *dialog = new OfficerNameDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, then] {
        core::Profiles profiles = core::Profiles::load(m_services.settings);
        profiles.officerName = dialog->officerName();
        profiles.officerRole = dialog->officerRole();
        profiles.save(m_services.settings);
        m_services.cases.setOfficer(profiles.officerForAudit());
        then();
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_window->showStatusMessage(
            tr("Nothing was logged: the case history needs your name. Press Ctrl+N to try again."));
    });
    dialog->open();
}

core::Authority Workbench::authorityForNewCases() const
{
    // With no authority profile yet, a police force is assumed until settings say otherwise.
    const core::Result<core::AuthorityProfile> profile = authorityProfile();
    return profile ? core::Authority{profile->name, profile->kind}
                   : core::Authority{{}, core::AuthorityKind::Police};
}

bool Workbench::isOfferingAuthorityProfile() const
{
    return m_authorityOffer && !m_authorityOffer->isHidden();
}

void Workbench::updateAuthorityOffer()
{
    const core::Result<core::AuthorityProfile> authority = authorityProfile();
    const bool none = !authority && authority.error().code == QLatin1String("authority.none");
    m_authorityOffer->setVisible(none && !m_authorityOfferPutOff);
}

void Workbench::logNewRequest()
{
    leaveCase();
    const core::Authority who = authorityForNewCases();
    const QDate received = m_services.clock.today();
    // The offer is never a reference the store already has (nor one a deleted case had).
    const core::Result<QString> offered = m_services.cases.nextReference(received);
    if (!offered) {
        m_notifier->showError(offered.error());
        return;
    }
    const std::optional<NewRequestDetails> details =
        m_askNewRequest(*offered, [this, received](const QString &reference) {
            return m_services.cases.checkNewReference(reference, received);
        });
    if (!details)
        return;
    auto created =
        m_services.cases.logNewRequest(received, who, details->reference, details->title);
    if (!created) {
        m_notifier->showError(created.error());
        return;
    }
    m_document->reset(*created);
    m_autosaver->markSaved();
    m_window->showWorkspace();
    m_lifecycle->setCaseOpen(true);
    m_disclosureLog->setCaseOpen(true);
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
    m_lifecycle->setCaseOpen(true);
    m_disclosureLog->setCaseOpen(true);
    tellWhoElseHasItOpen(reference);
}

void Workbench::tellWhoElseHasItOpen(const QString &reference)
{
    // Who else is working on it matters, but not enough to stop the officer opening it: a
    // failure here only leaves them untold.
    (void)m_services.cases.announceOpen(reference);
    const core::Result<QList<core::CaseEditor>> others = m_services.cases.othersEditing(reference);
    if (!others || others->isEmpty())
        return;
    QStringList who;
    for (const core::CaseEditor &editor : *others)
        who << tr("%1 (since %2)")
                   .arg(editor.officer,
                        QLocale().toString(editor.since.toLocalTime(), QLocale::ShortFormat));
    m_window->showNotification(
        tr("Also open in another workbench: %1. If you both change the case, whoever saves "
           "second is shown both versions to choose from.")
            .arg(QLocale().createSeparatedList(who)));
}

void Workbench::showCaseList()
{
    leaveCase();
    if (m_lifecycle)
        m_lifecycle->setCaseOpen(false);
    if (m_disclosureLog)
        m_disclosureLog->setCaseOpen(false);
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

void Workbench::noticeOutsideChanges()
{
    // Cases logged by another officer or process (the command line, an import) appear; the filters
    // and search stay as the officer left them, since only the rows are read again.
    if (m_window->isShowingEmptyState())
        showCaseList();
    else
        m_caseListModel->reload();
}

void Workbench::saveFailed(const core::Error &error)
{
    if (error.code != core::StoreErrorCode::Changed) {
        m_notifier->showError(error);
        return;
    }
    if (m_choosingVersion)
        return;
    const core::Result<core::SaveConflict> conflict =
        core::SaveConflict::read(m_services.cases, m_document->current(), error);
    if (!conflict) {
        m_notifier->showError(error);
        return;
    }
    m_choosingVersion = true;
    const SaveConflictDialog::Choice choice = m_askConflict(*conflict);
    m_choosingVersion = false;
    switch (choice) {
    case SaveConflictDialog::Choice::KeepMine:
        if (const core::Status kept = conflict->keepMine(m_services.cases); !kept) {
            saveFailed(kept.error()); // a third officer saved meanwhile: asked again
            return;
        }
        m_autosaver->markSaved();
        m_window->showStatusMessage(tr("Your version is saved; theirs is in the case history."));
        break;
    case SaveConflictDialog::Choice::TakeTheirs:
        conflict->takeTheirs(m_services.cases);
        m_document->reset(conflict->theirs());
        m_autosaver->markSaved();
        m_window->showStatusMessage(tr("The case now shows the other officer's version."));
        break;
    case SaveConflictDialog::Choice::DecideLater:
        m_window->showNotification(
            tr("Your changes to %1 are not saved yet: another officer saved it after you opened "
               "it. The next change you make asks again whose version to keep.")
                .arg(conflict->mine().reference));
        break;
    }
}

void Workbench::countWithNewCalendar()
{
    // The stored due dates moved with the calendar: the list (its colours and filters) reads
    // them again, and the open case is checked again with the new working days.
    m_caseListModel->reload();
    m_findings->checkNow();
    m_reply->refresh();
}

void Workbench::leaveCase()
{
    m_autosaver->flush();
    (void)m_services.cases.announceClosed();
    if (m_historyDialog)
        m_historyDialog->hide();
}

bool Workbench::isBusy() const
{
    return m_import && m_import->isRunning();
}

void Workbench::importCaseFiles(const QStringList &paths)
{
    if (isBusy())
        return;
    leaveCase();
    if (!m_import)
        m_import = new BackgroundTask(tr("Importing case files…"), m_window.get(), this);
    auto outcome = std::make_shared<core::Result<core::ImportReport>>(core::ImportReport{});
    // The worker opens its own connection to the store, file or team store alike.
    const auto store = m_services.storeStatus.address();
    const QString officer = m_services.cases.officer();
    disconnect(m_import, &BackgroundTask::finished, this, nullptr);
    connect(m_import, &BackgroundTask::finished, this, [this, outcome, paths](bool cancelled) {
        if (!*outcome) {
            m_notifier->showError(outcome->error());
            return;
        }
        const core::ImportReport &report = **outcome;
        QString message = tr("Imported %1 new, %2 updated and %3 unchanged.")
                              .arg(report.created)
                              .arg(report.updated)
                              .arg(report.unchanged);
        const int handled = report.created + report.updated + report.unchanged +
                            static_cast<int>(report.problems.size());
        if (cancelled && handled < paths.size())
            message =
                tr("%1 Stopped after %2 of %3 files; the cases imported are kept.")
                    .arg(message, QLocale().toString(handled), QLocale().toString(paths.size()));
        if (!report.problems.isEmpty())
            message = tr("%1 These files were not imported:\n%2")
                          .arg(message, report.problems.join(u'\n'));
        m_notifier->showInformation(message);
        showCaseList();
    });
    m_import->start([store, paths, officer, outcome, calendar = m_services.calendar.workingDays(),
                     clock = m_services.clock](core::JobControl &control) {
        *outcome = core::CaseImportJob::run(store, paths, officer, calendar, clock, control);
    });
}

void Workbench::setEmailIntake(core::EmailIntakeService &intake)
{
    delete m_emailImport;
    m_emailImport = new EmailImport(
        intake, *m_notifier, [this] { return authorityForNewCases(); }, m_window.get(), this);
    connect(m_emailImport, &EmailImport::imported, this,
            [this](const QString &reference, bool created, const QString &summary) {
                if (created)
                    openCase(reference);
                else
                    showCaseList();
                m_window->showStatusMessage(summary);
            });
    QAction *action = m_window->importEmailAction();
    action->setEnabled(!m_services.storeStatus.isReadOnly());
    disconnect(action, &QAction::triggered, this, nullptr);
    connect(action, &QAction::triggered, this, [this] {
        const QStringList paths = m_files.openFiles(m_window.get(), tr("Import email"), QString(),
                                                    tr("Saved emails (*.eml)"));
        if (!paths.isEmpty())
            importEmails(paths);
    });
    disconnect(m_caseList, &CaseListView::filesDropped, this, nullptr);
    connect(m_caseList, &CaseListView::filesDropped, this, [this](const QStringList &paths) {
        const QStringList emails = EmailImport::emailFilesIn(paths);
        if (emails.isEmpty())
            m_window->showStatusMessage(
                tr("Only emails saved as .eml files can be dropped on the case list."));
        else
            importEmails(emails);
    });
}

void Workbench::importEmails(const QStringList &paths)
{
    if (!m_emailImport || m_services.storeStatus.isReadOnly())
        return;
    leaveCase();
    m_emailImport->importFiles(paths);
}

void Workbench::showCaseHistory()
{
    // The latest typing is saved first, so that it is part of the history shown.
    m_autosaver->flush();
    if (!m_historyDialog) {
        auto *model = new CaseHistoryModel(m_services.history, this);
        connect(model, &CaseHistoryModel::loadFailed, m_notifier, &Notifier::showError);
        m_historyDialog = new CaseHistoryDialog(*model, m_window.get());
    }
    m_historyDialog->showCase(m_document->current().reference);
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
}

void Workbench::showSettings()
{
    openSettings(false);
}

void Workbench::openSettings(bool onAuthorityPage)
{
    const core::Result<core::AuthorityProfile> authority = authorityProfile();
    if (!authority && authority.error().code != QLatin1String("authority.none"))
        m_notifier->showError(authority.error());
    SettingsDialog dialog(core::Profiles::load(m_services.settings),
                          authority ? *authority : core::AuthorityProfile{},
                          m_services.authorityProfilePath, m_services.clock, m_files,
                          m_window.get());
    if (m_services.storeStatus.isTeamStore())
        dialog.setBackupsOnServer();
    else
        dialog.setDefaultBackupFolder(m_services.storeStatus.defaultBackupFolder());
    auto *calendar = new CalendarImportPage(
        m_services.calendarImport, m_services.calendar,
        [this] { return m_services.cases.officer(); }, m_files);
    connect(calendar, &CalendarImportPage::calendarImported, this,
            &Workbench::countWithNewCalendar);
    dialog.addPage(calendar, tr("&Calendar"));
    dialog.addPage(new ReviewKeysPage(m_review->keyFolder(),
                                      core::Profiles::load(m_services.settings).officerForAudit(),
                                      m_services.clock, m_files),
                   tr("Review &keys"));
    connect(&dialog, &SettingsDialog::backUpNowRequested, this,
            [this, &dialog](const QString &folder) { backUpNow(folder, &dialog); });
    if (onAuthorityPage)
        dialog.showAuthorityPage();
    const int answer = dialog.exec();
    // The dialog and its progress dialog go: a backup still running is stopped first.
    if (m_backup && m_backup->isRunning())
        m_backup->cancel();
    delete m_backup;
    m_backup = nullptr;
    if (answer != QDialog::Accepted)
        return;
    updateAuthorityOffer();
    m_reply->refresh(); // the letter is signed with the profile just saved
    const core::Profiles profiles = dialog.profiles();
    auto allocator =
        core::ReferenceAllocator::create(profiles.referencePattern, profiles.referenceStart);
    if (!allocator) {
        m_notifier->showError(allocator.error());
        return;
    }
    profiles.save(m_services.settings);
    m_services.cases.setAllocator(*allocator);
    m_services.cases.setOfficer(profiles.officerForAudit());
}

bool Workbench::isBackingUp() const
{
    return m_backup && m_backup->isRunning();
}

void Workbench::backUpNow(const QString &folder, QWidget *dialogParent)
{
    if (isBackingUp()) {
        m_window->showStatusMessage(tr("A backup is already running; its progress is shown."));
        return;
    }
    if (m_services.storeStatus.isTeamStore()) {
        m_notifier->showInformation(
            tr("%1 is a team store: its server is backed up by the people who run it, with "
               "pg_dump or 'foi-workbench-cli --store %1 backup FILE'. Ask them when the last "
               "backup was made.")
                .arg(m_services.storeStatus.path()));
        return;
    }
    // The latest typing goes into the backup too.
    m_autosaver->flush();
    const QString storePath = m_services.storeStatus.path();
    const QString target = core::BackupJob::targetIn(
        folder.isEmpty() ? m_services.storeStatus.defaultBackupFolder() : folder, storePath,
        m_services.clock.now());
    delete m_backup;
    m_backup = new BackgroundTask(
        tr("Backing up the case store to %1…").arg(QDir::toNativeSeparators(target)),
        dialogParent ? dialogParent : m_window.get(), this);
    auto outcome = std::make_shared<core::Result<core::BackupMetadata>>(core::BackupMetadata{});
    connect(m_backup, &BackgroundTask::finished, this, [this, outcome, storePath] {
        if (*outcome) {
            m_notifier->showInformation(
                tr("The case store is backed up to %1 (%2, SHA-256 %3). Attached files are not "
                   "in it: keep the folder %4 with your backups.")
                    .arg(QDir::toNativeSeparators((*outcome)->backupPath),
                         QLocale(QLocale::English, QLocale::UnitedKingdom)
                             .formattedDataSize((*outcome)->size),
                         (*outcome)->sha256.left(16) + QChar(0x2026),
                         QDir::toNativeSeparators(
                             core::AttachmentService::contentFolderFor(storePath))));
        } else if (outcome->error().code == core::StoreErrorCode::Cancelled) {
            m_notifier->showInformation(outcome->error().message);
        } else {
            m_notifier->showError(outcome->error());
        }
        emit backupFinished();
    });
    m_backup->start(
        [storePath, target, outcome, clock = m_services.clock](core::JobControl &control) {
            *outcome = core::BackupJob::run(storePath, target, clock, control);
        });
}

core::Result<core::AuthorityProfile> Workbench::authorityProfile() const
{
    return core::AuthorityProfileLocator::load(
        {m_services.authorityProfilePath, core::AuthorityProfileLocator::systemProfilePath()});
}

} // namespace foi::ui
