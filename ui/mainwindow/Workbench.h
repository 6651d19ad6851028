#pragma once

#include "reply/AuthorityProfileLocator.h"

#include <QObject>
#include <QString>

#include <memory>

class QSettings;
class QTimer;

namespace foi::core {
class AttachmentService;
class CaseAutosaver;
class CaseChecker;
class CaseDocument;
class CaseEditingService;
class CaseHistory;
class CaseStore;
class EmailIntakeService;
class ExemptionCatalogue;
class SentReplyService;
class PublicInterestLibrary;
class ReviewNotes;
class WorkingDayCalendar;
} // namespace foi::core

namespace foi::ui {

class AttachmentsPanel;
class BackgroundTask;
class CaseHistoryDialog;
class CaseListModel;
class CaseListView;
class CaseWorkspace;
class EmailImport;
class FindingsPanel;
class MainWindow;
class Notifier;
class ReplyStep;
class ReviewActions;
class ReviewNotesPanel;
class SearchRecordEditor;
class SentReplyBanner;
class SimilarRequestsPanel;

// What the user interface is built from: settings and the core's services, made by the
// composition root (or a test) and outliving the workbench. The authority profile letters are
// signed with is the file at `authorityProfilePath` (the system-wide one when that is absent).
struct WorkbenchServices
{
    QSettings &settings;
    core::CaseStore &store;
    core::CaseEditingService &cases;
    const core::ExemptionCatalogue &catalogue;
    const core::WorkingDayCalendar &calendar;
    const core::CaseChecker &checker;
    core::PublicInterestLibrary &factors; // the Public interest step's paragraph library
    QString authorityProfilePath = core::AuthorityProfileLocator::userProfilePath();
};

// The officer's workbench: the main window with the case list, the open case's workspace and
// the findings panel, and the flows between them (log a new request, open a case, back to the
// list), the open case's undo history and its autosave. Errors go to the notifier.
class Workbench : public QObject
{
    Q_OBJECT
public:
    // `notifier` may be null: a message-box notifier over the main window is made.
    explicit Workbench(const WorkbenchServices &services, Notifier *notifier = nullptr,
                       QObject *parent = nullptr);
    ~Workbench() override;

    MainWindow &window() const { return *m_window; }
    CaseWorkspace &workspace() const { return *m_workspace; }
    AttachmentsPanel &attachments() const { return *m_attachments; }
    // The case's search evidence, shown beside the searches on the Held? step.
    AttachmentsPanel &searchEvidence() const { return *m_searchEvidence; }
    FindingsPanel &findings() const { return *m_findings; }
    CaseListModel &caseListModel() const { return *m_caseListModel; }
    core::CaseDocument &document() const { return *m_document; }
    core::CaseAutosaver &autosaver() const { return *m_autosaver; }
    ReplyStep &replyStep() const { return *m_reply; }
    SentReplyBanner &sentReplyBanner() const { return *m_sentBanner; }
    // The authority profile letters are signed with, from its file.
    core::Result<core::AuthorityProfile> authorityProfile() const;

    void newRequest();
    void openCase(const QString &reference);
    void showCaseList();
    void showSettings();
    void showCaseHistory();
    // Imports case files on a worker thread with progress and Cancel; the outcome is told
    // through the notifier and the case list is read again.
    void importCaseFiles(const QStringList &paths);
    bool isBusy() const;
    // Turns on File ▸ Import email… and email drops on the case list, over `intake` (which
    // outlives the workbench); each file is previewed before anything is saved.
    void setEmailIntake(core::EmailIntakeService &intake);
    // Previews and takes in these .eml files, one after another.
    void importEmails(const QStringList &paths);
    // Backs the store up into `folder` (empty: the "backups" folder beside the store) on a
    // worker thread, with a progress dialog over `dialogParent` and Cancel; the outcome (made,
    // stopped with nothing left behind, or why it failed) is told through the notifier.
    void backUpNow(const QString &folder, QWidget *dialogParent);
    bool isBackingUp() const;
    // How often the store is asked whether another process changed it (the case list is then
    // read again, with its filters as they were).
    static constexpr int outsideChangePollMs = 1500;
    // Asks now (normally on the timer).
    void noticeOutsideChanges();

signals:
    void backupFinished();

private:
    void buildViews();
    void connectActions();
    void connectDocument();
    void connectReview();
    // Every view of the case's attached files but `changed` (the one the officer used) shows
    // them as stored now: both attachment panels, the evidence the searches cite, History.
    void showAttachmentsChangedIn(const QObject *changed);
    void leaveCase();

    const WorkbenchServices m_services;
    std::unique_ptr<MainWindow> m_window;
    Notifier *m_notifier = nullptr;
    core::CaseDocument *m_document = nullptr;
    core::CaseAutosaver *m_autosaver = nullptr;
    CaseListModel *m_caseListModel = nullptr;
    CaseListView *m_caseList = nullptr;
    CaseWorkspace *m_workspace = nullptr;
    FindingsPanel *m_findings = nullptr;
    SimilarRequestsPanel *m_similar = nullptr;
    std::unique_ptr<core::SentReplyService> m_sentReplies;
    ReplyStep *m_reply = nullptr;
    SentReplyBanner *m_sentBanner = nullptr;
    ReviewActions *m_review = nullptr;
    std::unique_ptr<core::ReviewNotes> m_reviewNotes;
    ReviewNotesPanel *m_reviewNotesPanel = nullptr; // under the findings
    std::unique_ptr<core::CaseHistory> m_history;
    std::unique_ptr<core::AttachmentService> m_attachmentService;
    EmailImport *m_emailImport = nullptr;
    AttachmentsPanel *m_attachments = nullptr;
    AttachmentsPanel *m_searchEvidence = nullptr;
    SearchRecordEditor *m_searchRecords = nullptr; // on the Held? step
    BackgroundTask *m_import = nullptr;
    BackgroundTask *m_backup = nullptr;
    CaseHistoryDialog *m_historyDialog = nullptr; // made when first asked for
    QTimer *m_outsideChanges = nullptr;
};

} // namespace foi::ui
