// The Reply step over the real services: the preview has pages; a case with checker errors is a
// DRAFT that cannot be sent as final; a final export records version 1, then 2, and the copy
// saved again is byte for byte what was sent; an unwritable place records nothing and says why;
// printing paints the same pages, off the GUI thread; the letter never takes the desktop's
// palette. A sent reply is a fact (issue 24): Undo cannot take it back, the decision is locked
// until an amendment with a reason, and the correction letter is the next version. The status
// and the Export final reply action give one answer.

#include "tests/cli/CliRunner.h"
#include "tests/ui/WorkbenchFixture.h"

#include "core/law/EnvironmentalTerms.h"
#include "core/law/ExemptionCatalogue.h"
#include "core/model/CaseFile.h"
#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "core/services/SentReplyLock.h"
#include "core/services/SentReplyService.h"
#include "core/store/AuditTrail.h"
#include "core/store/ReviewRegister.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/ReplyStep.h"
#include "ui/workspace/SentReplyBanner.h"

#include <QAction>
#include <QPlainTextEdit>

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPalette>
#include <QPdfDocument>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>

using namespace foi;

namespace {

// A page as a reader sees it: rasterised by PDFium at 72 dpi onto white paper (PDFium leaves
// the paper transparent).
QImage pageImage(QPdfDocument &pdf, int page)
{
    const QImage ink = pdf.render(page, QSize(595, 842));
    QImage paper(ink.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, ink);
    return paper;
}

QImage pageImage(const QString &path, int page)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    return pageImage(pdf, page);
}

int pixelsWhere(const QImage &image, const std::function<bool(QRgb)> &test)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += test(line[x]) ? 1 : 0;
    }
    return count;
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *left = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *right = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            count += std::abs(qGray(left[x]) - qGray(right[x])) > 32 ? 1 : 0;
    }
    return count;
}

// Dark window, base and text, as a dark desktop theme gives them; restores the old on scope exit.
class DarkPalette
{
public:
    DarkPalette()
        : m_old(QApplication::palette())
    {
        QPalette dark;
        for (const QPalette::ColorGroup group :
             {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            dark.setColor(group, QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(group, QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(group, QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
            dark.setColor(group, QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
        }
        QApplication::setPalette(dark);
    }
    ~DarkPalette() { QApplication::setPalette(m_old); }

private:
    QPalette m_old;
};

} // namespace

class TestReplyStep : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkbenchFixture> m_fixture;
    QString m_reference;

    ui::ReplyStep &step() { return m_fixture->workbench->replyStep(); }
    template<typename T> T *find(const QString &name)
    {
        return m_fixture->workbench->window().findChild<T *>(name);
    }

    // Every save dialog from now on is answered with `path`.
    void saveTo(const QString &path) { m_fixture->files.answerAlways(path); }

    int sentCount() { return m_fixture->store->replies().repliesTo(m_reference)->size(); }

    // Renders the case as it is now and waits for the preview to show it.
    bool previewSettles()
    {
        QSignalSpy ready(&step(), &ui::ReplyStep::previewReady);
        step().updatePreview();
        return ready.wait(20000) || ready.size() > 0;
    }

    void setComplaintRights(const QString &text)
    {
        m_fixture->workbench->document().edit(
            QStringLiteral("test"), [text](core::Case &c) { c.reply.complaintRights = text; });
        QVERIFY(previewSettles());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = std::make_unique<WorkbenchFixture>(m_dir.path());
        const core::Case reference = unansweredReferenceCase();
        QVERIFY(m_fixture->cases->save(reference).ok());
        m_reference = reference.reference;
        auto &workbench = *m_fixture->workbench;
        workbench.window().resize(1200, 800);
        workbench.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&workbench.window()));
        workbench.openCase(m_reference);
        workbench.workspace().showStep(workbench.workspace().steps().indexOf(&step()));
        QVERIFY(step().isVisible());
    }

    void previewHasPages()
    {
        QVERIFY(previewSettles());
        QVERIFY(step().previewDocument()->pageCount() >= 2);
        QVERIFY(!step().previewIsDraft());
        QVERIFY(find<QPushButton>(QStringLiteral("exportFinalButton"))->isEnabled());
    }

    // Issue 25 point 1: a letter's colours come from the letter style, never the desktop. Under a
    // dark palette the preview and the exported PDF are the pages the command line renders.
    void theLetterIgnoresADarkDesktopPalette()
    {
        const DarkPalette dark;
        QVERIFY(previewSettles());
        const QString exported = m_dir.filePath(QStringLiteral("dark-desktop.pdf"));
        saveTo(exported);
        step().exportPdf();
        QVERIFY(QFile::exists(exported));

        const QString caseFile = m_dir.filePath(QStringLiteral("dark-desktop-case.json"));
        QFile file(caseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(core::CaseFile::write(m_fixture->workbench->document().current()));
        file.close();
        const QString cliPdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        QTemporaryDir home;
        const CliRun run = runCli({QStringLiteral("render"), caseFile, QStringLiteral("--out"),
                                   cliPdf, QStringLiteral("--authority"), m_fixture->authorityPath},
                                  home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const auto isInk = [](QRgb pixel) {
            return qGray(pixel) < 64;
        };
        for (int page = 0; page < step().previewDocument()->pageCount(); ++page) {
            const QImage reference = pageImage(cliPdf, page);
            QVERIFY(!reference.isNull());
            QVERIFY(pixelsWhere(reference, isInk) > 500); // black text on white
            QVERIFY(pixelsWhere(reference, isInk) < reference.width() * reference.height() / 4);
            const QImage preview = pageImage(*step().previewDocument(), page);
            const QImage written = pageImage(exported, page);
            QVERIFY2(differingPixels(preview, reference) == 0,
                     qPrintable(QStringLiteral("preview page %1 differs in %2 pixels")
                                    .arg(page + 1)
                                    .arg(differingPixels(preview, reference))));
            QVERIFY2(differingPixels(written, reference) == 0,
                     qPrintable(QStringLiteral("exported page %1 differs in %2 pixels")
                                    .arg(page + 1)
                                    .arg(differingPixels(written, reference))));
        }
        if (qEnvironmentVariableIsSet("FOI_SCREENSHOT_DIR"))
            pageImage(exported, 0)
                .save(qEnvironmentVariable("FOI_SCREENSHOT_DIR") +
                      QStringLiteral("/letter-under-dark-palette.png"));
    }

    void aCaseWithErrorsIsOnlyADraftAndSaysWhy()
    {
        setComplaintRights(QString());
        QVERIFY(step().previewIsDraft());
        QVERIFY(!find<QPushButton>(QStringLiteral("exportFinalButton"))->isEnabled());
        const QString status = find<QLabel>(QStringLiteral("replyStatusLabel"))->text();
        QVERIFY2(status.contains(QStringLiteral("DRAFT")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Information Commissioner")), qPrintable(status));
        QVERIFY(step().previewDocument()->getAllText(0).text().contains(QStringLiteral("DRAFT")));

        // Even asked directly, a draft is not sent; the draft export is written but not recorded.
        const QString finalPath = m_dir.filePath(QStringLiteral("final-while-draft.pdf"));
        saveTo(finalPath);
        step().exportFinal();
        QCOMPARE(m_fixture->notifier.errors.size(), 1);
        QVERIFY(m_fixture->notifier.errors.last().contains(QStringLiteral("DRAFT")));
        QVERIFY(!QFile::exists(finalPath));
        const QString draftPath = m_dir.filePath(QStringLiteral("draft.pdf"));
        saveTo(draftPath);
        step().exportPdf();
        QVERIFY(QFile::exists(draftPath));
        QCOMPARE(sentCount(), 0);
        m_fixture->notifier.errors.clear();
        m_fixture->workbench->document().undo();
        QVERIFY(previewSettles());
        QVERIFY(!step().previewIsDraft());
    }

    // Issue 24 point 4: "Ready to send" is never shown while Export final reply is disabled;
    // both follow the same answer at once, without waiting for the preview.
    void theStatusAndTheExportActionGiveOneAnswer()
    {
        QVERIFY(previewSettles());
        auto *exportFinal = find<QPushButton>(QStringLiteral("exportFinalButton"));
        auto *status = find<QLabel>(QStringLiteral("replyStatusLabel"));
        const auto agree = [&] {
            return status->text().startsWith(QStringLiteral("Ready to send")) ==
                   exportFinal->isEnabled();
        };
        QVERIFY2(agree() && exportFinal->isEnabled(), qPrintable(status->text()));
        m_fixture->workbench->document().edit(
            QStringLiteral("test"), [](core::Case &c) { c.reply.complaintRights.clear(); });
        QVERIFY2(agree() && !exportFinal->isEnabled(), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("reply.draft")) ||
                     status->text().contains(QStringLiteral("DRAFT")),
                 qPrintable(status->text()));
        m_fixture->workbench->document().undo();
        QVERIFY2(agree() && exportFinal->isEnabled(), qPrintable(status->text()));
        QVERIFY(!find<QPushButton>(QStringLiteral("sendDespiteReviewButton"))->isEnabled());
    }

    void anUnwritablePlaceRecordsNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/reply.pdf"));
        saveTo(path);
        step().exportFinal();
        QCOMPARE(m_fixture->notifier.errors.size(), 1);
        const QString message = m_fixture->notifier.errors.takeLast();
        QVERIFY2(message.contains(QStringLiteral("not recorded as sent")), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
        QCOMPARE(sentCount(), 0);
        QVERIFY(!m_fixture->workbench->document().current().reply.sentOn.isValid());
    }

    // Issue 25 point 3: a case awaiting review is not sent as final; only an override with a
    // reason may send it (cancelling the reason sends nothing); an approval makes it ready.
    void aCaseAwaitingReviewIsHeldBackUntilApproved()
    {
        m_fixture->workbench->autosaver().flush();
        const auto stored = m_fixture->store->cases().load(m_reference);
        QVERIFY(stored);
        const QString version = core::AuditTrail::sha256Hex(stored->record.document);
        core::ReviewExportRecord exported;
        exported.reference = m_reference;
        exported.bundleSha256 = QString(64, QLatin1Char('b'));
        exported.documentSha256 = version;
        exported.exportedBy = QStringLiteral("Test Officer");
        QVERIFY(m_fixture->store->reviews().recordExport(exported).ok());
        step().refresh();
        auto *exportFinal = find<QPushButton>(QStringLiteral("exportFinalButton"));
        auto *override = find<QPushButton>(QStringLiteral("sendDespiteReviewButton"));
        const QString status = find<QLabel>(QStringLiteral("replyStatusLabel"))->text();
        QVERIFY2(status.contains(QStringLiteral("exported for review")), qPrintable(status));
        QVERIFY(!exportFinal->isEnabled());
        QVERIFY(override->isEnabled());

        const QString path = m_dir.filePath(QStringLiteral("awaiting-review.pdf"));
        saveTo(path);
        step().exportFinal();
        QCOMPARE(m_fixture->notifier.errors.size(), 1);
        QVERIFY(m_fixture->notifier.errors.takeLast().contains(QStringLiteral("review")));
        m_fixture->workbench->setReasonAsker(
            [](const QString &, const QString &) { return QString(); });
        step().sendDespiteReview();
        QVERIFY(m_fixture->notifier.information.constLast().contains(QStringLiteral("reason")));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(sentCount(), 0);

        core::ReviewDecisionRecord approval;
        approval.reference = m_reference;
        approval.bundleSha256 = exported.bundleSha256;
        approval.responseSha256 = QString(64, QLatin1Char('a'));
        approval.caseDocumentSha256 = version;
        approval.decision = QStringLiteral("approve");
        approval.reviewer = QStringLiteral("Senior Officer");
        approval.importedBy = QStringLiteral("Test Officer");
        QVERIFY(m_fixture->store->reviews().recordDecision(approval).ok());
        step().refresh();
        QVERIFY(exportFinal->isEnabled());
        QVERIFY(!override->isEnabled());
    }

    // Issue 24 points 1 and 2: sending is not undoable, the decision is locked after it, and a
    // change goes through "Amend after sending" and a correction letter recorded as version 2.
    void aSentReplyIsAFactAndIsCorrectedByAnAmendment()
    {
        auto &document = m_fixture->workbench->document();
        const QString first = m_dir.filePath(QStringLiteral("reply-v1.pdf"));
        saveTo(first);
        QSignalSpy sent(&step(), &ui::ReplyStep::replySent);
        step().exportFinal();
        QVERIFY2(m_fixture->notifier.errors.isEmpty(),
                 qPrintable(m_fixture->notifier.errors.join(u'\n')));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().first().toInt(), 1);
        QCOMPARE(document.current().reply.sentOn, QDate::currentDate());
        QCOMPARE(document.current().reply.sent.size(), 1);

        // Undo offers nothing, and Ctrl+Z takes nothing back.
        QAction *undo = m_fixture->workbench->window().undoAction();
        QVERIFY(!undo->isEnabled());
        QVERIFY(!undo->text().contains(QStringLiteral("sent")));
        QTest::keyClick(&m_fixture->workbench->window(), Qt::Key_Z, Qt::ControlModifier);
        document.undo();
        QCOMPARE(document.current().reply.sent.size(), 1);
        QCOMPARE(document.current().reply.sentOn, QDate::currentDate());
        // The case as saved is the case as sent.
        QCOMPARE(m_fixture->cases->open(m_reference)->reply.sent.size(), 1);

        // Locked: the status says why, the export is refused, the steps are read-only.
        auto *exportFinal = find<QPushButton>(QStringLiteral("exportFinalButton"));
        const QString status = find<QLabel>(QStringLiteral("replyStatusLabel"))->text();
        QVERIFY(!exportFinal->isEnabled());
        QVERIFY2(status.contains(QStringLiteral("Amend after sending")), qPrintable(status));
        QVERIFY(!find<QPlainTextEdit>(QStringLiteral("complaintRightsEdit"))->isEnabled());
        auto &workspace = m_fixture->workbench->workspace();
        QVERIFY(!workspace.steps().first()->isEnabled());
        auto &banner = m_fixture->workbench->sentReplyBanner();
        QVERIFY(banner.isVisible());
        const QString second = m_dir.filePath(QStringLiteral("reply-v2.pdf"));
        saveTo(second);
        step().exportFinal();
        QCOMPARE(m_fixture->notifier.errors.size(), 1);
        QVERIFY(m_fixture->notifier.errors.takeLast().contains(QStringLiteral("is a fact")));
        QVERIFY(!QFile::exists(second));
        document.edit(QStringLiteral("test"),
                      [](core::Case &c) { c.adviceAndAssistance = QStringLiteral("Changed"); });
        QCOMPARE(m_fixture->notifier.errors.size(), 1);
        QVERIFY(m_fixture->notifier.errors.takeLast().contains(QStringLiteral("locked")));
        QVERIFY(document.current().adviceAndAssistance != QStringLiteral("Changed"));

        // Amend after sending, with a reason, beside what the letter said.
        banner.amendAfterSending();
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = m_fixture->workbench->window().findChild<QWidget *>(
                         QStringLiteral("amendAfterSendingDialog"))) &&
                    dialog->isVisible());
        auto *sentView = dialog->findChild<QPlainTextEdit *>(QStringLiteral("sentLetterView"));
        QVERIFY(sentView->toPlainText().contains(QStringLiteral("Our response")));
        auto *amend = dialog->findChild<QPushButton *>(QStringLiteral("amendButton"));
        QVERIFY(!amend->isEnabled());
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("amendmentReasonEdit"))
            ->setPlainText(QStringLiteral("The advice left out the archive index"));
        QVERIFY(amend->isEnabled());
        amend->click();
        QTRY_VERIFY(core::SentReplyLock::openAmendment(document.current()).has_value());
        QVERIFY(!document.canUndo());
        QVERIFY(workspace.steps().first()->isEnabled());
        // Nothing changed yet: nothing to correct.
        QVERIFY(!exportFinal->isEnabled());
        QVERIFY2(find<QLabel>(QStringLiteral("replyStatusLabel"))
                     ->text()
                     .contains(QStringLiteral("nothing to correct")),
                 qPrintable(find<QLabel>(QStringLiteral("replyStatusLabel"))->text()));
        document.edit(QStringLiteral("test"), [](core::Case &c) {
            c.adviceAndAssistance = QStringLiteral("You may ask for the archive index instead.");
        });
        QTRY_VERIFY(banner.findChild<QPlainTextEdit *>(QStringLiteral("amendedDecisionView"))
                        ->toPlainText()
                        .contains(QStringLiteral("archive index instead")));
        QVERIFY(exportFinal->isEnabled());
        QVERIFY2(exportFinal->text().contains(QStringLiteral("correction")),
                 qPrintable(exportFinal->text()));
        step().exportFinal();
        QVERIFY2(m_fixture->notifier.errors.isEmpty(),
                 qPrintable(m_fixture->notifier.errors.join(u'\n')));
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.last().first().toInt(), 2);
        QCOMPARE(sentCount(), 2);
        QVERIFY(core::SentReplyLock::isLocked(document.current()));
        QVERIFY(!undo->isEnabled());

        auto *list = find<QListWidget>(QStringLiteral("sentRepliesList"));
        QCOMPARE(list->count(), 2);
        const auto replies = *m_fixture->store->replies().repliesTo(m_reference);
        const QString line = list->item(0)->text();
        QVERIFY2(line.startsWith(QStringLiteral("Version 1 · ")), qPrintable(line));
        QVERIFY2(
            line.contains(QLocale().toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"))),
            qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("Test Officer")), qPrintable(line));
        QVERIFY2(line.contains(replies.first().sha256.left(12)), qPrintable(line));
        QVERIFY2(list->item(1)->text().startsWith(
                     QStringLiteral("Version 2 (correction of version 1) · ")),
                 qPrintable(list->item(1)->text()));

        // Saving the sent copy again gives exactly the bytes recorded for that version.
        list->setCurrentRow(0);
        const QString copy = m_dir.filePath(QStringLiteral("copy-of-v1.pdf"));
        saveTo(copy);
        step().saveSentReplyCopy();
        QFile saved(copy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(saved.readAll(), QCryptographicHash::Sha256).toHex()),
                 replies.first().sha256);
        QFile exported(first);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        saved.seek(0);
        QCOMPARE(saved.readAll(), exported.readAll());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("reply-v2.pdf"))));
    }

    // Printing paints the letter as text, like the export: the same pages, the same words.
    void printingPaintsTheSamePages()
    {
        QVERIFY(previewSettles());
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setFullPage(true);
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(path);
        QVERIFY(step().printTo(printer));
        QPdfDocument printed;
        QCOMPARE(printed.load(path), QPdfDocument::Error::None);
        QPdfDocument &preview = *step().previewDocument();
        QCOMPARE(printed.pageCount(), preview.pageCount());
        // Below the header line, whose two strings share a line and so come out of text
        // extraction interleaved once scaled to the printer's resolution. The same words in the
        // same order: text extraction joins some lines of the scaled page with a space instead
        // of a line break, so white space is compared folded.
        const auto body = [](QPdfDocument &pdf, int page) {
            return pdf.getAllText(page).text().section(QStringLiteral("\r\n"), 1).simplified();
        };
        for (int page = 0; page < preview.pageCount(); ++page)
            QCOMPARE(body(printed, page), body(preview, page));
        // Text, not page-sized images (about 20 MB for these pages at 1200 dpi before).
        QVERIFY2(QFileInfo(path).size() < 1024 * 1024,
                 qPrintable(QString::number(QFileInfo(path).size())));
    }

    // Print to file runs on a worker and writes the export's own PDF, readable by its owner only.
    void printingToAFileWritesTheExportOwnerOnlyOffTheGuiThread()
    {
        QVERIFY(previewSettles());
        const QString path = m_dir.filePath(QStringLiteral("print-to-file.pdf"));
        m_fixture->workbench->setPrinterSetup([path](QPrinter &printer) {
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(path);
            return true;
        });
        QSignalSpy finished(&step(), &ui::ReplyStep::printFinished);
        QElapsedTimer onGuiThread;
        onGuiThread.start();
        step().print();
        const qint64 blockedMs = onGuiThread.elapsed();
        QVERIFY(finished.wait(60000) || finished.size() == 1);
        QCOMPARE(finished.first().first().toBool(), true);
        qInfo("print to file: GUI thread busy %lld ms, file %lld bytes", blockedMs,
              QFileInfo(path).size());
        QCOMPARE(QFileInfo(path).permissions() &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        QPdfDocument printed;
        QCOMPARE(printed.load(path), QPdfDocument::Error::None);
        QPdfDocument &preview = *step().previewDocument();
        QCOMPARE(printed.pageCount(), preview.pageCount());
        for (int page = 0; page < preview.pageCount(); ++page)
            QCOMPARE(printed.getAllText(page).text(), preview.getAllText(page).text());
        QVERIFY(m_fixture->notifier.information.last().contains(path));
    }

    void settingsEditTheAuthorityProfileFile()
    {
        auto authority = m_fixture->workbench->authorityProfile();
        QVERIFY(authority.ok());
        ui::SettingsDialog dialog(core::Profiles::load(m_fixture->settings), *authority,
                                  m_fixture->authorityPath, m_fixture->clock, m_fixture->files);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("authorityNameEdit"));
        auto *review = dialog.findChild<QLineEdit *>(QStringLiteral("reviewContactEdit"));
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("authorityProblemsLabel"));
        QCOMPARE(name->text(), QStringLiteral("West Midlands Police"));
        name->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open, saying why
        QVERIFY(problems->text().contains(QStringLiteral("name")));
        QCOMPARE(m_fixture->workbench->authorityProfile()->name,
                 QStringLiteral("West Midlands Police"));

        name->setText(QStringLiteral("Example Constabulary"));
        review->setText(QStringLiteral("reviews@example.police.uk"));
        // Issue 23: the profile chooses how a bilingual letter is set out.
        auto *layout = dialog.findChild<QComboBox *>(QStringLiteral("bilingualLayoutCombo"));
        QVERIFY(layout);
        QCOMPARE(layout->currentData().toInt(),
                 static_cast<int>(core::BilingualLayout::WelshFirst));
        layout->setCurrentIndex(
            layout->findData(static_cast<int>(core::BilingualLayout::SideBySide)));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = core::AuthorityProfileLocator::loadFile(m_fixture->authorityPath);
        QVERIFY(saved.ok());
        QCOMPARE(saved->name, QStringLiteral("Example Constabulary"));
        QCOMPARE(saved->internalReviewContact, QStringLiteral("reviews@example.police.uk"));
        QCOMPARE(saved->addressLines, authority->addressLines);
        QCOMPARE(saved->bilingualLayout, core::BilingualLayout::SideBySide);
        ui::SettingsDialog again(core::Profiles::load(m_fixture->settings), *saved,
                                 m_fixture->authorityPath, m_fixture->clock, m_fixture->files);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("bilingualLayoutCombo"))
                     ->currentData()
                     .toInt(),
                 static_cast<int>(core::BilingualLayout::SideBySide));
    }

    // Issue 25 point 8: the officer's name is saved though no authority profile exists yet (the
    // untouched Authority page writes nothing and refuses nothing).
    void officerNameIsSavedBeforeAnyAuthorityProfile()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-authority-yet.json"));
        ScriptedFileChooser files;
        ui::SettingsDialog dialog(core::Profiles{}, core::AuthorityProfile{}, missing,
                                  core::Clock::system(), files);
        dialog.findChild<QLineEdit *>(QStringLiteral("officerNameEdit"))
            ->setText(QStringLiteral("Sam Officer"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.profiles().officerName, QStringLiteral("Sam Officer"));
        QVERIFY(!QFile::exists(missing));
    }

    // Issue 25 point 8: "Backups go to" has a Choose button.
    void backupFolderIsChosenWithAButton()
    {
        ScriptedFileChooser files;
        ui::SettingsDialog dialog(core::Profiles{}, core::AuthorityProfile{},
                                  m_dir.filePath(QStringLiteral("authority-b.json")),
                                  core::Clock::system(), files);
        const QString folder = m_dir.filePath(QStringLiteral("chosen-backups"));
        files.answer(folder);
        dialog.setDefaultBackupFolder(QStringLiteral("/default/backups"));
        auto *choose = dialog.findChild<QPushButton *>(QStringLiteral("chooseBackupFolderButton"));
        QVERIFY(choose);
        QTest::mouseClick(choose, Qt::LeftButton);
        QCOMPARE(files.asked.size(), 1);
        QCOMPARE(files.asked.at(0).kind, ScriptedFileChooser::Kind::Folder);
        QCOMPARE(files.asked.at(0).start, QStringLiteral("/default/backups"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("backupFolderEdit"))->text(),
                 QDir::toNativeSeparators(folder));
        QCOMPARE(dialog.profiles().backupFolder, QDir::toNativeSeparators(folder));
    }

    // Issue 22 point 5: the step is made from its constructor alone, with no setter after it:
    // the preview and the list of sent replies are parts of their own, the released files sit
    // under the preview, and the file chooser and the reason asker asked are the ones given.
    void theStepTakesEveryDependencyInItsConstructor()
    {
        core::CaseDocument document;
        document.reset(*m_fixture->cases->open(m_reference));
        core::SentReplyService sentReplies(*m_fixture->store,
                                           {core::ExemptionCatalogue::builtIn(),
                                            m_fixture->calendar.workingDays(),
                                            core::EnvironmentalTerms::builtIn()});
        RecordingNotifier notifier;
        ScriptedFileChooser files;
        QStringList reasonsAsked;
        auto *released = new QLabel(QStringLiteral("The released files")); // the step's from now
        ui::ReplyStep step(document,
                           {sentReplies, notifier,
                            [this] { return m_fixture->workbench->authorityProfile(); },
                            [] { return QStringLiteral("Test Officer"); }, m_fixture->clock, files,
                            [&reasonsAsked](const QString &caption, const QString &) {
                                reasonsAsked.append(caption);
                                return QString();
                            },
                            [](QPrinter &) { return false; }, *released});
        step.refresh();

        auto *splitter = step.findChild<QSplitter *>(QStringLiteral("replyPreviewSplitter"));
        QVERIFY(splitter);
        QCOMPARE(splitter->widget(0)->objectName(), QStringLiteral("replyPreview"));
        QCOMPARE(splitter->widget(1), static_cast<QWidget *>(released));
        QCOMPARE(step.findChild<QListWidget *>(QStringLiteral("sentRepliesList"))
                     ->parentWidget()
                     ->objectName(),
                 QStringLiteral("sentRepliesPanel"));

        files.cancelNext();
        step.exportPdf();
        QCOMPARE(files.asked.size(), 1);
        QCOMPARE(files.asked.at(0).caption, QStringLiteral("Export the letter as PDF"));
        step.sendDespiteReview();
        QCOMPARE(reasonsAsked, QStringList{QStringLiteral("Send despite the review")});
        QCOMPARE(notifier.information,
                 QStringList{QStringLiteral(
                     "Nothing was sent: sending despite the review needs a reason.")});
        QVERIFY(notifier.errors.isEmpty());
    }

    // Issue 22 point 2: Export PDF asks the workbench's one file chooser where to save, offering
    // "Reply <reference>.pdf" in the officer's documents; the letter is written where the officer
    // chose. A cancelled dialog writes nothing and says nothing (Export ODT here).
    void exportsGoWhereTheFileChooserSays()
    {
        QVERIFY(previewSettles());
        ScriptedFileChooser &files = m_fixture->files;
        files.answerAlways({}); // only the answers queued below
        const qsizetype asked = files.asked.size();
        const qsizetype told = m_fixture->notifier.information.size();
        const qsizetype errors = m_fixture->notifier.errors.size();
        const QString chosen = m_dir.filePath(QStringLiteral("chosen/letter.pdf"));
        QVERIFY(QDir().mkpath(QFileInfo(chosen).absolutePath()));
        files.answer(chosen);

        find<QPushButton>(QStringLiteral("exportPdfButton"))->click();
        QCOMPARE(files.asked.size(), asked + 1);
        const ScriptedFileChooser::Question question = files.asked.last();
        QCOMPARE(question.kind, ScriptedFileChooser::Kind::SaveFile);
        QCOMPARE(question.caption, QStringLiteral("Export the letter as PDF"));
        QCOMPARE(QFileInfo(question.start).fileName(),
                 QStringLiteral("Reply %1.pdf").arg(QString(m_reference).replace(u'/', u'-')));
        QCOMPARE(question.filter, QStringLiteral("PDF documents (*.pdf)"));
        QFile written(chosen);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.read(5), QByteArray("%PDF-"));
        QCOMPARE(m_fixture->notifier.information.size(), told + 1);
        QVERIFY2(m_fixture->notifier.information.last().contains(QDir::toNativeSeparators(chosen)),
                 qPrintable(m_fixture->notifier.information.last()));

        files.cancelNext();
        find<QPushButton>(QStringLiteral("exportOdtButton"))->click();
        QCOMPARE(files.asked.size(), asked + 2);
        QCOMPARE(files.asked.last().filter, QStringLiteral("OpenDocument text (*.odt)"));
        QVERIFY(!QFile::exists(files.asked.last().start));
        QCOMPARE(QDir(QFileInfo(chosen).absolutePath())
                     .entryList(QDir::Files | QDir::NoDotAndDotDot)
                     .size(),
                 1);
        QCOMPARE(m_fixture->notifier.information.size(), told + 1);
        QCOMPARE(m_fixture->notifier.errors.size(), errors);
    }

    void cleanupTestCase() { m_fixture.reset(); }
};

QTEST_MAIN(TestReplyStep)
#include "tst_reply_step.moc"
