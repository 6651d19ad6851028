#pragma once

#include "core/reply/AuthorityProfile.h"
#include "core/reply/ReplyDocument.h"
#include "core/services/ReplyService.h"
#include "core/support/Clock.h"
#include "core/support/Result.h"

#include <QFutureWatcher>
#include <QPdfView>

#include <functional>
#include <optional>

class QBuffer;
class QPagedPaintDevice;
class QPrinter;
class QTimer;

namespace foi::core {
struct Case;
class CaseDocument;
class SentReplyService;
} // namespace foi::core

namespace foi::ui {

class FileChooser;
class Notifier;
class ReplyPrintJob;

// The Reply step's letter as it would be exported, and the copies made of it that are not
// recorded as sent: the preview (a DRAFT, and why, while the checker finds errors), rendered by
// core's ReplyService off the GUI thread a moment after the last change, only the newest render
// shown; export as PDF/A or as an editable ODT to a file the officer chooses; and printing of the
// pages previewed, on a worker so the window stays live. The outcome of an export or a print is
// told through the notifier; a letter that cannot be prepared is reported through failed().
class ReplyPreview : public QPdfView
{
    Q_OBJECT
public:
    using AuthoritySource = std::function<core::Result<core::AuthorityProfile>()>;
    // Lets the officer choose a printer and its settings (the print dialog); false: cancelled.
    using PrinterSetup = std::function<bool(QPrinter &)>;

    struct Dependencies
    {
        core::SentReplyService &sentReplies; // the law the letter is checked and worded with
        Notifier &notifier;
        AuthoritySource authority;
        core::Clock clock;  // the letter's date
        FileChooser &files; // where an export is saved
        PrinterSetup setUpPrinter;
    };

    ReplyPreview(core::CaseDocument &document, Dependencies dependencies,
                 QWidget *parent = nullptr);
    ~ReplyPreview() override; // waits for a render still running

    // The letter shown; ready when ready() has been emitted.
    QPdfDocument *letter() const { return m_pdf; }
    bool isDraft() const { return m_draft; }
    // Whether the case changed since the letter shown was rendered.
    bool isStale() const { return m_stale; }
    // Renders again after a pause (now if not on screen: when next shown).
    void scheduleRender();
    // Renders now instead of after the pause.
    void renderNow();
    // Empties the preview (another case was opened).
    void clearLetter();
    // Paints the previewed letter's pages onto a printer (or any paged device), page for page,
    // as the export paints them.
    bool printTo(QPagedPaintDevice &device) const;

    void exportPdf();
    void exportOdt();
    void print();

    // The authority a letter is signed with: the profile, or while it is missing or broken the
    // authority the case records (the preview still shows the letter; the final reply waits).
    static core::AuthorityProfile
    signingAuthority(const core::Case &theCase,
                     const core::Result<core::AuthorityProfile> &authority);
    // "Reply 13457-18.pdf": the file name offered for the case's letter.
    static QString suggestedFileName(const QString &reference, const QString &suffix);

signals:
    void ready();
    // The letter could not be prepared: why, in words for the officer.
    void failed(const QString &message);
    void printStarted();
    // A print started by print() has ended; the officer has been told how.
    void printFinished(bool ok);

private:
    struct Job
    {
        quint64 generation = 0;
        core::Result<core::ReplyService::Rendered> rendered = core::Error{};
    };

    void showRendered(const Job &job);
    void exportAs(core::ReplyService::Format format);
    void printDone();

    core::CaseDocument &m_document;
    Dependencies m_deps;
    ReplyPrintJob *m_printJob = nullptr;
    QString m_printTarget;
    // The letter shown, and its PDF: what Print prints.
    std::optional<core::ReplyDocument> m_letter;
    QByteArray m_letterPdf;
    QPdfDocument *m_pdf = nullptr;
    QBuffer *m_pdfBuffer = nullptr;
    QTimer *m_timer = nullptr;
    QFutureWatcher<Job> *m_watcher = nullptr;
    quint64 m_generation = 0;
    bool m_stale = true;
    bool m_draft = true;
};

} // namespace foi::ui
