#pragma once

#include "core/model/SentReply.h"
#include "core/reply/AuthorityProfile.h"
#include "core/services/ReplyService.h"
#include "core/support/Clock.h"
#include "core/support/Result.h"
#include "ui/workspace/WorkspaceStep.h"

#include <QFutureWatcher>

#include <functional>
#include <optional>

class QAction;
class QBuffer;
class QLabel;
class QListWidget;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QPagedPaintDevice;
class QPrinter;
class QPushButton;
class QTimer;
class QHBoxLayout;

namespace foi::core {
class SentReplyService;
}

namespace foi::ui {

class FileChooser;
class Notifier;
class ReplyPrintJob;

// The reply letter: the s17(7) paragraphs the officer may adjust, a live preview of the letter
// as it would be exported (a DRAFT, and why, while the checker finds errors), export as PDF or
// an editable ODT copy, printing, and the final reply, which is recorded as sent (version N,
// bytes and SHA-256) and listed with what was sent before, each openable or savable again
// byte for byte. Whether the final reply may go is core's SendReadiness, shown in the status
// and followed by the actions; once sent, the undo history ends there and the rights paragraphs
// are locked with the decision, and while an amendment is open the final export is the
// correction letter. The letter is rendered by core's ReplyService off the GUI thread, a moment
// after the last change, and only while the step is on screen.
class ReplyStep : public WorkspaceStep
{
    Q_OBJECT
public:
    using AuthoritySource = std::function<core::Result<core::AuthorityProfile>()>;
    using OfficerSource = std::function<QString()>;
    // Asks the officer for a reason: a caption and a prompt; empty: cancelled.
    using ReasonAsker = std::function<QString(const QString &, const QString &)>;
    // Lets the officer choose a printer and its settings (the print dialog); false: cancelled.
    using PrinterSetup = std::function<bool(QPrinter &)>;

    ReplyStep(core::CaseDocument &document, core::SentReplyService &sentReplies, Notifier &notifier,
              AuthoritySource authority, OfficerSource officer, const core::Clock &clock,
              FileChooser &files, QWidget *parent = nullptr);
    ~ReplyStep() override;

    QString title() const override { return tr("Reply"); }
    QString summary() const override;
    bool reveal(const QString &locator) override;
    void refresh() override;

    void setReasonAsker(ReasonAsker asker) { m_askReason = std::move(asker); }
    void setPrinterSetup(PrinterSetup setup) { m_setUpPrinter = std::move(setup); }
    // Shows the Released files panel under the letter's preview.
    void setReleasedFilesPanel(QWidget *panel);
    // Asks again whether the final reply may go (after the released files changed).
    void refreshStatus();
    // The letter the preview shows; ready when previewReady() has been emitted.
    QPdfDocument *previewDocument() const { return m_pdf; }
    bool previewIsDraft() const { return m_previewDraft; }
    // Renders now instead of after the pause (tests, and the step being shown).
    void updatePreview();
    // Paints the previewed letter's pages onto a printer (or any paged device), page for page,
    // as the export paints them.
    bool printTo(QPagedPaintDevice &device) const;

    void exportPdf();
    void exportOdt();
    void print();
    void exportFinal();
    // Sends the reply although the review holds it back, after asking why (audited).
    void sendDespiteReview();
    void openSentReply();
    void saveSentReplyCopy();

signals:
    void previewReady();
    // A final reply was recorded as sent: its version on the case.
    void replySent(int version);
    // A print started by print() has ended; the officer has been told how.
    void printFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct PreviewJob
    {
        quint64 generation = 0;
        core::Result<core::ReplyService::Rendered> rendered = core::Error{};
    };

    void createWidgets();
    void createActions();
    void layOut();
    void connectEdits();
    void schedulePreview();
    void showPreview(const PreviewJob &job);
    // Says whether the final reply may be exported, and sets the actions to match: one answer
    // (core's SendReadiness) for the text and the buttons alike.
    void showStatus();
    void sendFinal(const QString &overrideReason);
    void refreshSentReplies();
    void useStandardParagraphs();
    void followAuthorityProfile();
    void refreshStandardParagraphs();
    void exportAs(core::ReplyService::Format format);
    void printDone();
    QString suggestedFileName(const QString &suffix) const;
    // Asks where to save, offering `suggested` in the officer's documents; empty: cancelled.
    QString choosePath(const QString &caption, const QString &suggested, const QString &filter);
    std::optional<core::SentReply> selectedSentReply() const;
    QPushButton *button(const QString &text, const QString &objectName, const QString &name,
                        const QString &description);
    QHBoxLayout *m_previewLayout = nullptr; // the side column, then the preview

    core::SentReplyService &m_sentReplies;
    Notifier &m_notifier;
    AuthoritySource m_authority;
    OfficerSource m_officer;
    core::Clock m_clock;  // the letter's date, and the day a reply is sent
    FileChooser &m_files; // where letters and sent copies are saved
    ReasonAsker m_askReason;
    PrinterSetup m_setUpPrinter;
    ReplyPrintJob *m_printJob = nullptr;
    QString m_printTarget;
    // The letter the preview shows, and its PDF: what Print prints.
    std::optional<core::ReplyDocument> m_previewLetter;
    QByteArray m_previewPdf;
    QList<core::SentReply> m_sent;

    QLabel *m_statusLabel = nullptr;
    QPlainTextEdit *m_reviewEdit = nullptr;
    QPlainTextEdit *m_complaintEdit = nullptr;
    QPlainTextEdit *m_welshReviewEdit = nullptr; // shown for a Welsh or bilingual case
    QPlainTextEdit *m_welshComplaintEdit = nullptr;
    QPlainTextEdit *m_lateApologyEdit = nullptr;
    QPushButton *m_standardButton = nullptr;
    QLabel *m_rightsNoticeLabel = nullptr;
    QPushButton *m_refreshRightsButton = nullptr;
    QByteArray m_followed; // the case and profile the standard paragraphs last followed
    QPushButton *m_exportPdfButton = nullptr;
    QPushButton *m_exportOdtButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_exportFinalButton = nullptr;
    QPushButton *m_overrideButton = nullptr;
    QListWidget *m_sentList = nullptr;
    QPushButton *m_openSentButton = nullptr;
    QPushButton *m_saveSentButton = nullptr;
    QPdfView *m_preview = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QBuffer *m_pdfBuffer = nullptr;

    QTimer *m_previewTimer = nullptr;
    QFutureWatcher<PreviewJob> *m_previewWatcher = nullptr;
    quint64 m_generation = 0;
    bool m_previewStale = true;
    bool m_previewDraft = true;
    bool m_statusStale = true;
};

} // namespace foi::ui
