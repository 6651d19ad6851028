#pragma once

#include "core/law/EffectiveCalendar.h"
#include "core/model/Authority.h"
#include "core/reply/AuthorityProfileLocator.h"
#include "core/services/ReplyService.h"
#include "core/support/Clock.h"

#include "core/support/Result.h"
#include "ui/mainwindow/SaveConflictDialog.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QPrinter;
class QSettings;
class QTimer;

namespace foi::core {
class SaveConflict;
class AttachmentService;
class CalendarImportService;
class CaseAutosaver;
class CaseChecker;
class CaseDocument;
class CaseEditingService;
class CaseHistory;
class CaseLifecycleService;
class CaseQueryService;
class DisclosureLogService;
class EffectiveCalendar;
class EmailIntakeService;
class EnvironmentalTerms;
class ExemptionCatalogue;
class LanguageMarkers;
class LapsePolicy;
class PublicInterestLibrary;
class ReleaseGate;
class ReviewNotes;
class SentReplyService;
class StepGuidance;
class StoreRepositories;
class StoreStatus;
} // namespace foi::core

namespace foi::ui {

class AttachmentsPanel;
class AuthorityProfileOffer;
class BackgroundTask;
class CaseHistoryDialog;
class CaseLifecycleActions;
class DisclosureLogActions;
class CaseListModel;
class CaseListView;
class CaseWorkspace;
class EmailImport;
class FileChooser;
class FindingsPanel;
class MainWindow;
class Notifier;
class ReleasedFilesPanel;
class ReplyStep;
class ReviewActions;
class ReviewNotesPanel;
class SearchRecordEditor;
class SentReplyBanner;
class SimilarRequestsPanel;

// What the user interface is built from: settings, the law data and the core's services, made
// by the composition root (app/gui/GuiCompositionRoot, which the program and the GUI tests both
// use) and outliving the workbench. The workbench builds views over them, never a service over
// the store. The authority profile letters are signed with is the file at `authorityProfilePath`
// (the system-wide one when that is absent).
struct WorkbenchServices
{
    QSettings &settings;
    // The open store's path, read-only state and changes by other processes.
    core::StoreStatus &storeStatus;
    // Only handed on to ReviewActions, whose ReviewService calls take the store; the workbench
    // itself calls nothing on it (ui/ includes nothing from core/store).
    core::StoreRepositories &reviewStore;
    core::CaseEditingService &cases;
    core::CaseQueryService &queries; // the case list, search and the Request and Cost steps' reads
    core::SentReplyService &sentReplies;       // the Reply step's send and the sent-reply banner
    core::AttachmentService &attachments;      // the case's files, search evidence, released files
    core::ReleaseGate &releaseGate;            // the files to release with the reply, scanned
    core::ReviewNotes &reviewNotes;            // the reviewer's notes under the findings
    core::CaseHistory &history;                // Case ▸ History
    core::CaseLifecycleService &lifecycle;     // withdraw, lapse, reopen, delete in error
    core::DisclosureLogService &disclosureLog; // Case ▸ Prepare for disclosure log
    const core::ExemptionCatalogue &catalogue;
    // The words that suggest environmental information: the Request step flags them and the
    // checker warns on them (the built-in list in the program).
    const core::EnvironmentalTerms &environmentalTerms;
    // The program's one calendar: the checker, the stored due dates, the letters and every
    // view count working days with it; the Settings page imports into it through
    // `calendarImport`, which also counts the stored due dates again.
    const core::EffectiveCalendar &calendar;
    core::CalendarImportService &calendarImport;
    const core::CaseChecker &checker;
    core::PublicInterestLibrary &factors; // the Public interest step's paragraph library
    const core::StepGuidance &guidance;   // each step's "what the Act needs here"
    const core::LapsePolicy &lapsePolicy; // how long a request waits for clarification (s1(3))
    // The words that suggest a request's language (LanguageMarkers::builtIn() in the program).
    const core::LanguageMarkers &languageMarkers;
    // The program's one clock: every "today" the views show, count from or stamp a letter with.
    core::Clock clock;
    QString authorityProfilePath; // AuthorityProfileLocator::userProfilePath() in the program

    // The catalogue, calendar and word list a letter is checked and worded with.
    core::ReplyService::Law replyLaw() const
    {
        return {catalogue, calendar.workingDays(), environmentalTerms};
    }
};

// The officer's workbench: the main window with the case list, the open case's workspace and
// the findings panel, and the flows between them (log a new request, open a case, back to the
// list), the open case's undo history and its autosave. Errors go to the notifier.
class Workbench : public QObject
{
    Q_OBJECT
public:
    // `files` is the program's one file chooser: every file dialog of the workbench asks it
    // (the composition root's DialogFileChooser; a test's own answers). `notifier` may be null:
    // a message-box notifier over the main window is made.
    Workbench(const WorkbenchServices &services, FileChooser &files, Notifier *notifier = nullptr,
              QObject *parent = nullptr);
    ~Workbench() override;

    MainWindow &window() const { return *m_window; }
    // Where errors and information go (the one given, or message boxes over the window).
    Notifier &notifier() const { return *m_notifier; }
    CaseWorkspace &workspace() const { return *m_workspace; }
    AttachmentsPanel &attachments() const { return *m_attachments; }
    // The case's search evidence, shown beside the searches on the Held? step.
    AttachmentsPanel &searchEvidence() const { return *m_searchEvidence; }
    FindingsPanel &findings() const { return *m_findings; }
    CaseListModel &caseListModel() const { return *m_caseListModel; }
    core::CaseDocument &document() const { return *m_document; }
    core::CaseAutosaver &autosaver() const { return *m_autosaver; }
    ReplyStep &replyStep() const { return *m_reply; }
    // The files to release with the reply, on the Reply step.
    ReleasedFilesPanel &releasedFiles() const { return *m_releasedFiles; }
    SentReplyBanner &sentReplyBanner() const { return *m_sentBanner; }
    // Case › Withdraw, Close as lapsed, Reopen, Delete case created in error.
    CaseLifecycleActions &lifecycleActions() const { return *m_lifecycle; }
    // Case › Prepare for disclosure log.
    DisclosureLogActions &disclosureLogActions() const { return *m_disclosureLog; }
    // The authority profile letters are signed with, from its file.
    core::Result<core::AuthorityProfile> authorityProfile() const;
    // The authority a new case (a request logged or an email taken in) is made for.
    core::Authority authorityForNewCases() const;

    // File › New request: asks for the reference (the next free one offered) and the title,
    // then logs the request under them, received today. With no officer's name in Settings yet
    // (the first run), the name is asked first in a small dialog: the request is logged once it
    // is given, and not at all if the officer cancels, so the audit trail never records a
    // generic officer.
    void newRequest();
    struct NewRequestDetails
    {
        QString reference;
        QString title;
    };
    // Asks the officer for a new request's details, offering `offered`, each reference typed
    // checked by `check`; nullopt when cancelled. The default shows NewRequestDialog; tests put
    // in their own.
    using NewRequestAsker = std::function<std::optional<NewRequestDetails>(
        const QString &offered, const std::function<core::Status(const QString &)> &check)>;
    void setNewRequestAsker(NewRequestAsker asker) { m_askNewRequest = std::move(asker); }
    // Asks the officer why (a reply sent despite the review, a released file's finding kept): a
    // caption and a prompt; empty when cancelled. The default shows a text dialog; tests put in
    // their own.
    using ReasonAsker = std::function<QString(const QString &caption, const QString &prompt)>;
    // Asks the officer whose version to keep when another officer saved the open case after
    // they opened it. The default shows SaveConflictDialog; tests put in their own.
    using ConflictAsker = std::function<SaveConflictDialog::Choice(const core::SaveConflict &)>;
    void setConflictAsker(ConflictAsker asker) { m_askConflict = std::move(asker); }
    void setReasonAsker(ReasonAsker asker) { m_askReason = std::move(asker); }
    // Lets the officer choose a printer and its settings for the reply; false when cancelled.
    // The default shows the print dialog; tests put in their own.
    using PrinterSetup = std::function<bool(QPrinter &)>;
    void setPrinterSetup(PrinterSetup setup) { m_setUpPrinter = std::move(setup); }
    // Whether the offer to fill in the authority profile is shown above the case.
    bool isOfferingAuthorityProfile() const;
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
    // How often a store file is asked whether another process changed it (a team store's
    // server says so itself, at once). The case list is then read again, with its filters as
    // they were.
    static constexpr int outsideChangePollMs = 1500;
    // Reads the case list again after someone else changed the store (StoreStatus's watch).
    void noticeOutsideChanges();

signals:
    void backupFinished();

private:
    void buildViews();
    void connectActions();
    void connectDocument();
    void connectReview();
    void connectLifecycle();
    void connectDisclosureLog();
    // Every view of the case's attached files but `changed` (the one the officer used) shows
    // them as stored now: both attachment panels, the evidence the searches cite, History.
    void showAttachmentsChangedIn(const QObject *changed);
    // An autosave refused: another officer's newer version is shown beside the officer's to choose
    // from (SaveConflict); any other failure is told through the notifier.
    void saveFailed(const core::Error &error);
    // On a team store: says that the officer has `reference` open, and tells them who else has.
    void tellWhoElseHasItOpen(const QString &reference);
    // After a calendar import: every view counts with the new working days.
    void countWithNewCalendar();
    void leaveCase();
    void logNewRequest();
    // Runs `then` once Settings has the officer's name, asking for it first if need be.
    void withOfficerNamed(const std::function<void()> &then);
    // Shows the offer to fill in the authority profile while there is none, unless put off.
    void updateAuthorityOffer();
    void openSettings(bool onAuthorityPage);

    const WorkbenchServices m_services;
    FileChooser &m_files;
    std::unique_ptr<MainWindow> m_window;
    Notifier *m_notifier = nullptr;
    core::CaseDocument *m_document = nullptr;
    core::CaseAutosaver *m_autosaver = nullptr;
    CaseListModel *m_caseListModel = nullptr;
    CaseListView *m_caseList = nullptr;
    CaseWorkspace *m_workspace = nullptr;
    FindingsPanel *m_findings = nullptr;
    SimilarRequestsPanel *m_similar = nullptr;
    ReplyStep *m_reply = nullptr;
    SentReplyBanner *m_sentBanner = nullptr;
    AuthorityProfileOffer *m_authorityOffer = nullptr;
    bool m_authorityOfferPutOff = false; // "Later", until the next start
    ReviewActions *m_review = nullptr;
    ReviewNotesPanel *m_reviewNotesPanel = nullptr; // under the findings
    CaseLifecycleActions *m_lifecycle = nullptr;
    DisclosureLogActions *m_disclosureLog = nullptr;
    EmailImport *m_emailImport = nullptr;
    AttachmentsPanel *m_attachments = nullptr;
    AttachmentsPanel *m_searchEvidence = nullptr;
    ReleasedFilesPanel *m_releasedFiles = nullptr;
    SearchRecordEditor *m_searchRecords = nullptr; // on the Held? step
    BackgroundTask *m_import = nullptr;
    BackgroundTask *m_backup = nullptr;
    CaseHistoryDialog *m_historyDialog = nullptr; // made when first asked for
    NewRequestAsker m_askNewRequest;
    ConflictAsker m_askConflict;
    // While the officer chooses between two versions: an autosave refused meanwhile asks no more.
    bool m_choosingVersion = false;
    ReasonAsker m_askReason;
    PrinterSetup m_setUpPrinter;
};

} // namespace foi::ui
