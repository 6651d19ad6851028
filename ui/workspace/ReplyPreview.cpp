#include "ui/workspace/ReplyPreview.h"

#include "core/reply/AtomicFile.h"
#include "core/reply/ReplyPagePainter.h"
#include "core/services/CaseDocument.h"
#include "core/services/SentReplyService.h"
#include "ui/notify/Notifier.h"
#include "ui/widgets/FileChooser.h"
#include "ui/workspace/ReplyPrintJob.h"

#include <QBuffer>
#include <QDir>
#include <QPageSize>
#include <QPdfDocument>
#include <QPrinter>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

namespace foi::ui {

namespace {

// A pause long enough that the letter is rendered once the officer stops typing, not per key.
constexpr int renderDelayMs = 400;

} // namespace

ReplyPreview::ReplyPreview(core::CaseDocument &document, Dependencies dependencies, QWidget *parent)
    : QPdfView(parent)
    , m_document(document)
    , m_deps(std::move(dependencies))
{
    setObjectName(QStringLiteral("replyPreview"));
    setAccessibleName(tr("Preview of the reply letter"));
    setAccessibleDescription(
        tr("The letter's pages as they will be exported; the text is in the exported PDF"));
    m_pdf = new QPdfDocument(this);
    m_pdf->setObjectName(QStringLiteral("replyPreviewDocument"));
    setDocument(m_pdf);
    setPageMode(QPdfView::PageMode::MultiPage);
    setZoomMode(QPdfView::ZoomMode::FitToWidth);
    setFocusPolicy(Qt::StrongFocus);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(renderDelayMs);
    m_watcher = new QFutureWatcher<Job>(this);
    m_printJob = new ReplyPrintJob(this);
    connect(m_timer, &QTimer::timeout, this, &ReplyPreview::renderNow);
    connect(m_watcher, &QFutureWatcher<Job>::finished, this,
            [this] { showRendered(m_watcher->result()); });
    connect(m_pdf, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Ready)
            emit ready();
    });
    connect(m_printJob, &ReplyPrintJob::finished, this, &ReplyPreview::printDone);
}

ReplyPreview::~ReplyPreview()
{
    // A render still running must not report to a preview that is gone.
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
    // The letter goes while the view is whole: closing it signals the view, which by the time
    // the children are deleted would be a plain QWidget.
    m_pdf->disconnect(this);
    setDocument(nullptr);
    delete m_pdf;
}

core::AuthorityProfile
ReplyPreview::signingAuthority(const core::Case &theCase,
                               const core::Result<core::AuthorityProfile> &authority)
{
    if (authority)
        return *authority;
    core::AuthorityProfile profile;
    profile.name = theCase.authority.name;
    profile.kind = theCase.authority.kind;
    return profile;
}

QString ReplyPreview::suggestedFileName(const QString &reference, const QString &suffix)
{
    QString name = reference;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return tr("Reply %1%2").arg(name, suffix);
}

void ReplyPreview::scheduleRender()
{
    m_stale = true;
    ++m_generation;
    if (isVisible())
        m_timer->start();
}

void ReplyPreview::renderNow()
{
    m_timer->stop();
    m_stale = false;
    const core::Case theCase = m_document.current();
    if (theCase.reference.isEmpty())
        return;
    const core::AuthorityProfile profile = signingAuthority(theCase, m_deps.authority());
    const quint64 generation = ++m_generation;
    // A render already running finishes in the background; only the newest one is shown.
    // A copy of the calendar: the render runs on another thread, and an import in Settings
    // may replace the program's calendar meanwhile.
    m_watcher->setFuture(QtConcurrent::run(
        [theCase, profile, generation, today = m_deps.clock.today(), law = m_deps.sentReplies.law(),
         calendar = m_deps.sentReplies.calendar()] {
            return Job{generation,
                       core::ReplyService::render(theCase, profile,
                                                  {law.catalogue, calendar, law.environmentalTerms},
                                                  today, core::ReplyService::Format::Pdf)};
        }));
}

void ReplyPreview::clearLetter()
{
    m_pdf->close();
}

void ReplyPreview::showRendered(const Job &job)
{
    if (job.generation != m_generation)
        return; // the case changed since; a newer render follows
    if (!job.rendered) {
        m_draft = true;
        emit failed(job.rendered.error().message);
        return;
    }
    m_draft = job.rendered->draft;
    m_letter = job.rendered->document;
    m_letterPdf = job.rendered->bytes;
    m_pdf->close();
    delete m_pdfBuffer;
    m_pdfBuffer = new QBuffer(this);
    m_pdfBuffer->setData(job.rendered->bytes);
    m_pdfBuffer->open(QIODevice::ReadOnly);
    m_pdf->load(m_pdfBuffer);
}

void ReplyPreview::exportPdf()
{
    exportAs(core::ReplyService::Format::Pdf);
}

void ReplyPreview::exportOdt()
{
    exportAs(core::ReplyService::Format::Odt);
}

void ReplyPreview::exportAs(core::ReplyService::Format format)
{
    const bool pdf = format == core::ReplyService::Format::Pdf;
    const core::Case &theCase = m_document.current();
    const QString path = m_deps.files.saveFile(
        this, pdf ? tr("Export the letter as PDF") : tr("Export an editable copy"),
        FileChooser::inDocuments(suggestedFileName(
            theCase.reference, pdf ? QStringLiteral(".pdf") : QStringLiteral(".odt"))),
        pdf ? tr("PDF documents (*.pdf)") : tr("OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    const auto rendered =
        core::ReplyService::render(theCase, signingAuthority(theCase, m_deps.authority()),
                                   m_deps.sentReplies.law(), m_deps.clock.today(), format);
    if (!rendered) {
        m_deps.notifier.showError(rendered.error());
        return;
    }
    if (const core::Status written = core::AtomicFile::write(path, rendered->bytes); !written) {
        m_deps.notifier.showError(written.error());
        return;
    }
    m_deps.notifier.showInformation(
        rendered->draft ? tr("Wrote %1 as a DRAFT (the checker finds errors). It was "
                             "not recorded as sent.")
                              .arg(QDir::toNativeSeparators(path))
                        : tr("Wrote %1. It was not recorded as sent; use \"Export "
                             "final reply\" for the reply you send.")
                              .arg(QDir::toNativeSeparators(path)));
}

bool ReplyPreview::printTo(QPagedPaintDevice &device) const
{
    if (!m_letter || m_pdf->status() != QPdfDocument::Status::Ready)
        return false;
    return core::ReplyPagePainter::paint(*m_letter, device).ok();
}

void ReplyPreview::print()
{
    if (!m_letter || m_pdf->status() != QPdfDocument::Status::Ready) {
        m_deps.notifier.showInformation(tr("The letter is still being prepared; try again in a "
                                           "moment."));
        return;
    }
    if (m_printJob->isRunning()) {
        m_deps.notifier.showInformation(
            tr("The letter is still printing; try again when it is done."));
        return;
    }
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setFullPage(true); // the letter's pages carry their own margins
    printer->setDocName(suggestedFileName(m_document.current().reference, QString()));
    printer->setPageSize(QPageSize(QPageSize::A4));
    if (!m_deps.setUpPrinter(*printer))
        return;
    m_printTarget = printer->outputFileName().isEmpty()
                        ? tr("the printer %1").arg(printer->printerName())
                        : QDir::toNativeSeparators(printer->outputFileName());
    // The dialog has closed; the pages are drawn and sent on a worker so the window stays live.
    emit printStarted();
    m_printJob->start(std::move(printer), *m_letter, m_letterPdf);
}

void ReplyPreview::printDone()
{
    const core::Status printed = m_printJob->result();
    if (printed)
        m_deps.notifier.showInformation(tr("Printed the letter to %1.").arg(m_printTarget));
    else
        m_deps.notifier.showError(printed.error());
    emit printFinished(printed.ok());
}

} // namespace foi::ui
