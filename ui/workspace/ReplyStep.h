#pragma once

#include "core/reply/AuthorityProfile.h"
#include "core/services/ReplyService.h"
#include "core/support/Clock.h"
#include "core/support/Result.h"
#include "ui/workspace/WorkspaceStep.h"

#include <functional>

class QAction;
class QLabel;
class QPdfDocument;
class QPlainTextEdit;
class QPagedPaintDevice;
class QPrinter;
class QPushButton;

namespace foi::core {
class SentReplyService;
}

namespace foi::ui {

class FileChooser;
class Notifier;
class ReplyPreview;
class SentRepliesPanel;

// The reply letter: the s17(7) paragraphs the officer may adjust, the letter as it would be
// exported beside them (ReplyPreview: the live preview, export as PDF or an editable ODT copy,
// printing), the files released with it under the preview, and the final reply, which is
// recorded as sent (version N, bytes and SHA-256) and listed with what was sent before
// (SentRepliesPanel: each openable or savable again byte for byte). Whether the final reply may
// go is core's SendReadiness, shown in the status and followed by the actions; once sent, the
// undo history ends there and the rights paragraphs are locked with the decision, and while an
// amendment is open the final export is the correction letter.
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

    // What the step works with, all given by the workbench.
    struct Dependencies
    {
        core::SentReplyService &sentReplies;
        Notifier &notifier;
        AuthoritySource authority; // the profile letters are signed with
        OfficerSource officer;     // who sends the final reply
        core::Clock clock;         // the letter's date, and the day a reply is sent
        FileChooser &files;        // where letters and sent copies are saved
        ReasonAsker askReason;     // why a reply goes despite the review
        PrinterSetup setUpPrinter; // the print dialog
        QWidget &releasedFiles;    // the files released with the reply, under the preview
    };

    ReplyStep(core::CaseDocument &document, Dependencies dependencies, QWidget *parent = nullptr);
    ~ReplyStep() override;

    QString title() const override { return tr("Reply"); }
    QString summary() const override;
    bool reveal(const QString &locator) override;
    void refresh() override;

    // Asks again whether the final reply may go (after the released files changed).
    void refreshStatus();
    ReplyPreview &preview() const { return *m_preview; }
    SentRepliesPanel &sentRepliesPanel() const { return *m_sent; }
    // The letter the preview shows; ready when previewReady() has been emitted.
    QPdfDocument *previewDocument() const;
    bool previewIsDraft() const;
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
    void createWidgets();
    void createActions();
    void layOut();
    void connectEdits();
    // Says whether the final reply may be exported, and sets the actions to match: one answer
    // (core's SendReadiness) for the text and the buttons alike.
    void showStatus();
    void sendFinal(const QString &overrideReason);
    void useStandardParagraphs();
    void followAuthorityProfile();
    void refreshStandardParagraphs();
    QPushButton *button(const QString &text, const QString &objectName, const QString &name,
                        const QString &description);

    Dependencies m_deps;
    ReplyPreview *m_preview = nullptr;
    SentRepliesPanel *m_sent = nullptr;

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
    bool m_statusStale = true;
};

} // namespace foi::ui
