#pragma once

#include "reply/AuthorityProfile.h"
#include "services/ReplyService.h"
#include "store/SentReply.h"
#include "support/Result.h"
#include "workspace/WorkspaceStep.h"

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
class QPushButton;
class QTimer;

namespace foi::core {
class SentReplyService;
}

namespace foi::ui {

class Notifier;

// The reply letter: the s17(7) paragraphs the officer may adjust, a live preview of the letter
// as it would be exported (a DRAFT, and why, while the checker finds errors), export as PDF or
// an editable ODT copy, printing, and the final reply, which is recorded as sent (version N,
// bytes and SHA-256) and listed with what was sent before, each openable or savable again
// byte for byte. The letter is rendered by core's ReplyService off the GUI thread, a moment
// after the last change, and only while the step is on screen.
class ReplyStep : public WorkspaceStep
{
    Q_OBJECT
public:
    using AuthoritySource = std::function<core::Result<core::AuthorityProfile>()>;
    using OfficerSource = std::function<QString()>;
    // Asks where to save: a caption, a suggested file name and a file-type filter; empty:
    // cancelled.
    using SavePathChooser =
        std::function<QString(const QString &, const QString &, const QString &)>;

    ReplyStep(core::CaseDocument &document, core::SentReplyService &sentReplies, Notifier &notifier,
              AuthoritySource authority, OfficerSource officer, QWidget *parent = nullptr);
    ~ReplyStep() override;

    QString title() const override { return tr("Reply"); }
    QString summary() const override;
    bool reveal(const QString &locator) override;
    void refresh() override;

    void setSavePathChooser(SavePathChooser chooser) { m_choosePath = std::move(chooser); }
    // The letter the preview shows; ready when previewReady() has been emitted.
    QPdfDocument *previewDocument() const { return m_pdf; }
    bool previewIsDraft() const { return m_previewDraft; }
    // Renders now instead of after the pause (tests, and the step being shown).
    void updatePreview();
    // Paints the previewed letter's pages onto a printer (or any paged device), page for page.
    bool printTo(QPagedPaintDevice &device) const;

    void exportPdf();
    void exportOdt();
    void print();
    void exportFinal();
    void openSentReply();
    void saveSentReplyCopy();

signals:
    void previewReady();
    // A final reply was recorded as sent: its version on the case.
    void replySent(int version);

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
    void showStatus(const QList<core::Finding> &findings, bool draft);
    void refreshSentReplies();
    void useStandardParagraphs();
    void followAuthorityProfile();
    void refreshStandardParagraphs();
    void exportAs(core::ReplyService::Format format);
    QString suggestedFileName(const QString &suffix) const;
    std::optional<core::SentReply> selectedSentReply() const;
    QPushButton *button(const QString &text, const QString &objectName, const QString &name,
                        const QString &description);

    core::SentReplyService &m_sentReplies;
    Notifier &m_notifier;
    AuthoritySource m_authority;
    OfficerSource m_officer;
    SavePathChooser m_choosePath;
    QList<core::SentReply> m_sent;

    QLabel *m_statusLabel = nullptr;
    QPlainTextEdit *m_reviewEdit = nullptr;
    QPlainTextEdit *m_complaintEdit = nullptr;
    QPlainTextEdit *m_lateApologyEdit = nullptr;
    QPushButton *m_standardButton = nullptr;
    QLabel *m_rightsNoticeLabel = nullptr;
    QPushButton *m_refreshRightsButton = nullptr;
    QByteArray m_followed; // the case and profile the standard paragraphs last followed
    QPushButton *m_exportPdfButton = nullptr;
    QPushButton *m_exportOdtButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_exportFinalButton = nullptr;
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
    bool m_finalAllowed = false;
};

} // namespace foi::ui
