#pragma once

#include "core/reply/ReplyDocument.h"
#include "core/support/Result.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QPrinter;

namespace foi::ui {

// Prints a letter off the GUI thread, from the same pages as the export. To a file (the print
// dialog's "Print to file", always PDF in Qt 6) it writes the exported PDF's bytes themselves,
// atomically and readable by the owner only; to a printer it paints the pages through core's
// ReplyPagePainter as vector text, never as page-sized images. One job at a time.
class ReplyPrintJob : public QObject
{
    Q_OBJECT
public:
    explicit ReplyPrintJob(QObject *parent = nullptr);
    ~ReplyPrintJob() override; // waits for a job still running

    bool isRunning() const;
    // Starts printing `letter` (whose PDF export is `pdf`) on `printer`, set up by the print
    // dialog and given over to the job. False, and nothing started, while a job is running.
    bool start(std::unique_ptr<QPrinter> printer, core::ReplyDocument letter, QByteArray pdf);
    // The work itself, on the calling thread.
    [[nodiscard]] static core::Status run(QPrinter &printer, const core::ReplyDocument &letter,
                                          const QByteArray &pdf);
    // Valid once finished() has been emitted.
    core::Status result() const;

signals:
    void finished();

private:
    struct Outcome
    {
        core::Status status = core::success();
    };
    QFutureWatcher<Outcome> *m_watcher = nullptr;
};

} // namespace foi::ui
