#include "ui/workspace/ReplyPrintJob.h"

#include "core/reply/AtomicFile.h"
#include "core/reply/ReplyPagePainter.h"

#include <QPrinter>
#include <QtConcurrent/QtConcurrentRun>

namespace foi::ui {

ReplyPrintJob::ReplyPrintJob(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &ReplyPrintJob::finished);
}

ReplyPrintJob::~ReplyPrintJob()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

bool ReplyPrintJob::isRunning() const
{
    return m_watcher->isRunning();
}

bool ReplyPrintJob::start(std::unique_ptr<QPrinter> printer, core::ReplyDocument letter,
                          QByteArray pdf)
{
    if (isRunning())
        return false;
    // The printer is owned by the job from here on; the GUI thread never touches it again.
    std::shared_ptr<QPrinter> shared(std::move(printer));
    m_watcher->setFuture(
        QtConcurrent::run([shared, letter = std::move(letter), pdf = std::move(pdf)] {
            return Outcome{run(*shared, letter, pdf)};
        }));
    return true;
}

core::Status ReplyPrintJob::run(QPrinter &printer, const core::ReplyDocument &letter,
                                const QByteArray &pdf)
{
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        return core::AtomicFile::write(printer.outputFileName(), pdf);
    printer.setFullPage(true); // the letter's pages carry their own margins
    if (const core::Status painted = core::ReplyPagePainter::paint(letter, printer); !painted)
        return core::Error::make(QStringLiteral("reply.print"),
                                 tr("The letter could not be printed. Check the printer, or "
                                    "export the PDF and print that."),
                                 painted.error().detail);
    return core::success();
}

core::Status ReplyPrintJob::result() const
{
    if (!m_watcher->isFinished() || m_watcher->future().resultCount() == 0)
        return core::Error::make(QStringLiteral("reply.print"),
                                 tr("The letter has not been printed yet."));
    return m_watcher->result().status;
}

} // namespace foi::ui
