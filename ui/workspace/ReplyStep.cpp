#include "ui/workspace/ReplyStep.h"

#include "core/reply/AtomicFile.h"
#include "core/reply/ReplyComposer.h"
#include "core/reply/ReplyPagePainter.h"
#include "core/services/CaseDocument.h"
#include "core/services/SentReplyLock.h"
#include "core/services/SentReplyService.h"
#include "ui/notify/Notifier.h"
#include "ui/widgets/FieldSync.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Labels.h"
#include "ui/widgets/TextBoxes.h"
#include "ui/workspace/ReplyPrintJob.h"

#include <QAction>
#include <QBuffer>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

// A pause long enough that the letter is rendered once the officer stops typing, not per key.
constexpr int previewDelayMs = 400;

QString pdfFilter()
{
    return ReplyStep::tr("PDF documents (*.pdf)");
}

QString odtFilter()
{
    return ReplyStep::tr("OpenDocument text (*.odt)");
}

QPlainTextEdit *textArea(QWidget *parent, const QString &objectName, const QString &name,
                         const QString &description)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(name);
    edit->setAccessibleDescription(description);
    edit->setPlaceholderText(description);
    edit->setTabChangesFocus(true);
    return edit;
}

// When the authority profile is missing or broken, the preview still shows the letter with the
// authority the case records; the final reply waits for a real profile.
core::AuthorityProfile fallbackAuthority(const core::Case &theCase)
{
    core::AuthorityProfile profile;
    profile.name = theCase.authority.name;
    profile.kind = theCase.authority.kind;
    return profile;
}

QString shortHash(const QString &sha256)
{
    return sha256.left(12);
}

} // namespace

ReplyStep::ReplyStep(core::CaseDocument &document, core::SentReplyService &sentReplies,
                     Notifier &notifier, AuthoritySource authority, OfficerSource officer,
                     const core::Clock &clock, FileChooser &files, QWidget *parent)
    : WorkspaceStep(document, parent)
    , m_sentReplies(sentReplies)
    , m_notifier(notifier)
    , m_authority(std::move(authority))
    , m_officer(std::move(officer))
    , m_clock(clock)
    , m_files(files)
{
    setObjectName(QStringLiteral("replyStep"));
    m_askReason = [this](const QString &caption, const QString &prompt) {
        return QInputDialog::getMultiLineText(this, caption, prompt).trimmed();
    };
    m_setUpPrinter = [this](QPrinter &printer) {
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print the reply"));
        return dialog.exec() == QDialog::Accepted;
    };
    createWidgets();
    createActions();
    layOut();
    connectEdits();
    connect(&document, &core::CaseDocument::replaced, this, [this] {
        m_pdf->close();
        refreshSentReplies();
    });
}

ReplyStep::~ReplyStep()
{
    // A render still running must not report to a step that is gone.
    m_previewWatcher->disconnect(this);
    m_previewWatcher->waitForFinished();
}

QPushButton *ReplyStep::button(const QString &text, const QString &objectName, const QString &name,
                               const QString &description)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(objectName);
    b->setAccessibleName(name);
    b->setAccessibleDescription(description);
    b->setToolTip(description);
    return b;
}

void ReplyStep::createWidgets()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("replyStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_statusLabel->setFocusPolicy(Qt::StrongFocus);
    m_statusLabel->setAccessibleName(tr("State of the reply"));
    m_reviewEdit =
        textArea(this, QStringLiteral("internalReviewEdit"), tr("Internal review paragraph"),
                 tr("How to ask for an internal review, to whom and by when "
                    "(s17(7)(a))"));
    m_complaintEdit = textArea(this, QStringLiteral("complaintRightsEdit"),
                               tr("Right to complain to the Information Commissioner"),
                               tr("The right to apply to the Information Commissioner, with the "
                                  "ICO's contact details (s17(7)(b), s50)"));
    m_welshReviewEdit = textArea(
        this, QStringLiteral("welshInternalReviewEdit"), tr("Internal review paragraph in Welsh"),
        tr("The internal review paragraph of a Welsh or bilingual letter (s17(7)(a))"));
    m_welshComplaintEdit =
        textArea(this, QStringLiteral("welshComplaintRightsEdit"),
                 tr("Right to complain to the Information Commissioner, in Welsh"),
                 tr("The complaint paragraph of a Welsh or bilingual letter (s17(7)(b), s50)"));
    m_lateApologyEdit =
        textArea(this, QStringLiteral("lateApologyEdit"), tr("Apology for a late reply"),
                 tr("Only when the reply is late: an apology and the reason"));
    m_lateApologyEdit->setMaximumHeight(m_lateApologyEdit->fontMetrics().lineSpacing() * 3 + 12);
    // The rights paragraphs run to several lines with a contact and an address: room for them.
    TextBoxes::giveRoom(m_reviewEdit, 4);
    TextBoxes::giveRoom(m_complaintEdit, 4);
    m_standardButton =
        button(tr("Use the &standard paragraphs"), QStringLiteral("standardParagraphsButton"),
               tr("Use the standard paragraphs"),
               tr("Fills the empty review and complaint paragraphs with the "
                  "authority's standard wording"));
    m_rightsNoticeLabel = new QLabel(this);
    m_rightsNoticeLabel->setObjectName(QStringLiteral("rightsNoticeLabel"));
    m_rightsNoticeLabel->setWordWrap(true);
    m_rightsNoticeLabel->setTextFormat(Qt::PlainText);
    m_rightsNoticeLabel->hide();
    m_refreshRightsButton =
        button(tr("Refresh from the profile"), QStringLiteral("refreshRightsButton"),
               tr("Refresh the paragraphs from the authority profile"),
               tr("Replaces the review and complaint paragraphs with the standard wording for "
                  "the authority profile as it is now (undo with Ctrl+Z)"));
    m_refreshRightsButton->hide();
    m_exportPdfButton =
        button(tr("Export &PDF…"), QStringLiteral("exportPdfButton"), tr("Export PDF"),
               tr("Save the letter as shown, as PDF/A (Ctrl+E). Not recorded as "
                  "sent."));
    m_exportOdtButton = button(tr("Export editable copy (&ODT)…"),
                               QStringLiteral("exportOdtButton"), tr("Export editable copy"),
                               tr("Save the letter as an OpenDocument text to edit by hand (Ctrl+"
                                  "Shift+O). Not recorded as sent."));
    m_printButton = button(tr("Pr&int…"), QStringLiteral("printButton"), tr("Print"),
                           tr("Print the letter's pages as previewed (Ctrl+P)"));
    m_exportFinalButton = button(tr("Export final &reply…"), QStringLiteral("exportFinalButton"),
                                 tr("Export final reply"),
                                 tr("Save the reply to send and record it with the case as the "
                                    "next sent version (Ctrl+Shift+E). Only when the checker "
                                    "finds no errors."));
    m_overrideButton =
        button(tr("Send &despite the review…"), QStringLiteral("sendDespiteReviewButton"),
               tr("Send despite the review"),
               tr("Export the final reply although the review holds it back; you are asked "
                  "why, and the reason is recorded in the case's history"));
    m_sentList = new QListWidget(this);
    m_sentList->setObjectName(QStringLiteral("sentRepliesList"));
    m_sentList->setAccessibleName(tr("Replies sent"));
    m_sentList->setAccessibleDescription(
        tr("Each version sent: date, officer and the start of its SHA-256"));
    m_sentList->setMaximumHeight(m_sentList->fontMetrics().lineSpacing() * 5 + 12);
    m_openSentButton =
        button(tr("Open sent cop&y"), QStringLiteral("openSentReplyButton"),
               tr("Open the sent copy"), tr("Opens exactly the bytes sent, in the PDF viewer"));
    m_saveSentButton =
        button(tr("Save sent copy &as…"), QStringLiteral("saveSentReplyButton"),
               tr("Save the sent copy"), tr("Saves exactly the bytes sent to a file you choose"));

    m_pdf = new QPdfDocument(this);
    m_pdf->setObjectName(QStringLiteral("replyPreviewDocument"));
    m_preview = new QPdfView(this);
    m_preview->setObjectName(QStringLiteral("replyPreview"));
    m_preview->setAccessibleName(tr("Preview of the reply letter"));
    m_preview->setAccessibleDescription(
        tr("The letter's pages as they will be exported; the text is in the exported PDF"));
    m_preview->setDocument(m_pdf);
    m_preview->setPageMode(QPdfView::PageMode::MultiPage);
    m_preview->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_preview->setFocusPolicy(Qt::StrongFocus);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);
    m_previewWatcher = new QFutureWatcher<PreviewJob>(this);
    m_printJob = new ReplyPrintJob(this);
}

void ReplyStep::createActions()
{
    const auto action = [this](const QKeySequence &keys, QPushButton *target) {
        auto *a = new QAction(target->accessibleName(), this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, target, [target] {
            if (target->isEnabled())
                target->click();
        });
        addAction(a);
    };
    action(QKeySequence(Qt::CTRL | Qt::Key_E), m_exportPdfButton);
    action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), m_exportOdtButton);
    action(QKeySequence::Print, m_printButton);
    action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), m_exportFinalButton);
}

void ReplyStep::layOut()
{
    auto *rights = new QGroupBox(tr("The requester's rights (s17(7))"), this);
    auto *form = new QFormLayout(rights);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Internal revie&w:"), m_reviewEdit);
    form->addRow(tr("Complai&nt to the Commissioner:"), m_complaintEdit);
    form->addRow(tr("Internal review, in Welsh:"), m_welshReviewEdit);
    form->addRow(tr("Complaint to the Commissioner, in Welsh:"), m_welshComplaintEdit);
    form->addRow(tr("Apolo&gy if late:"), m_lateApologyEdit);
    form->addRow(m_standardButton);
    form->addRow(m_rightsNoticeLabel);
    form->addRow(m_refreshRightsButton);

    auto *exports = new QGroupBox(tr("Export and print"), this);
    auto *exportsLayout = new QGridLayout(exports);
    exportsLayout->addWidget(m_exportPdfButton, 0, 0);
    exportsLayout->addWidget(m_exportOdtButton, 0, 1);
    exportsLayout->addWidget(m_printButton, 1, 0);
    exportsLayout->addWidget(m_exportFinalButton, 1, 1);
    exportsLayout->addWidget(m_overrideButton, 2, 1);

    auto *sent = new QGroupBox(tr("Replies sent"), this);
    auto *sentButtons = new QHBoxLayout;
    sentButtons->addWidget(m_openSentButton);
    sentButtons->addWidget(m_saveSentButton);
    sentButtons->addStretch();
    auto *sentLayout = new QVBoxLayout(sent);
    sentLayout->addWidget(m_sentList);
    sentLayout->addLayout(sentButtons);

    auto *side = new QVBoxLayout;
    side->addWidget(m_statusLabel);
    side->addWidget(rights, 1);
    side->addWidget(exports);
    side->addWidget(sent);
    auto *layout = new QHBoxLayout(this);
    m_previewLayout = layout;
    layout->addLayout(side, 2);
    layout->addWidget(m_preview, 3);

    setTabOrder(m_statusLabel, m_reviewEdit);
    setTabOrder(m_reviewEdit, m_complaintEdit);
    setTabOrder(m_complaintEdit, m_welshReviewEdit);
    setTabOrder(m_welshReviewEdit, m_welshComplaintEdit);
    setTabOrder(m_welshComplaintEdit, m_lateApologyEdit);
    setTabOrder(m_lateApologyEdit, m_standardButton);
    setTabOrder(m_standardButton, m_refreshRightsButton);
    setTabOrder(m_refreshRightsButton, m_exportPdfButton);
    setTabOrder(m_exportPdfButton, m_exportOdtButton);
    setTabOrder(m_exportOdtButton, m_printButton);
    setTabOrder(m_printButton, m_exportFinalButton);
    setTabOrder(m_exportFinalButton, m_overrideButton);
    setTabOrder(m_overrideButton, m_sentList);
    setTabOrder(m_sentList, m_openSentButton);
    setTabOrder(m_openSentButton, m_saveSentButton);
    setTabOrder(m_saveSentButton, m_preview);
}

void ReplyStep::setReleasedFilesPanel(QWidget *panel)
{
    // Under the preview: the side column is full, and the files go with the letter.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("replyPreviewSplitter"));
    delete m_previewLayout->replaceWidget(m_preview, splitter); // the item that held the preview
    splitter->addWidget(m_preview);
    splitter->addWidget(panel);
    splitter->setCollapsible(1, false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
}

void ReplyStep::refreshStatus()
{
    m_statusStale = true;
    if (isVisible())
        showStatus();
}

void ReplyStep::connectEdits()
{
    const auto editReply = [this](QPlainTextEdit *edit, const QString &description,
                                  QString core::Reply::*field, const QString &key) {
        connect(edit, &QPlainTextEdit::textChanged, this, [=, this] {
            const QString text = edit->toPlainText();
            document().edit(
                description, [field, text](core::Case &c) { c.reply.*field = text; }, key);
        });
    };
    editReply(m_reviewEdit, tr("Edit the internal review paragraph"),
              &core::Reply::internalReviewProcedure, QStringLiteral("reply.internalReview"));
    editReply(m_complaintEdit, tr("Edit the complaint paragraph"), &core::Reply::complaintRights,
              QStringLiteral("reply.complaintRights"));
    editReply(m_welshReviewEdit, tr("Edit the Welsh internal review paragraph"),
              &core::Reply::internalReviewProcedureWelsh,
              QStringLiteral("reply.internalReviewWelsh"));
    editReply(m_welshComplaintEdit, tr("Edit the Welsh complaint paragraph"),
              &core::Reply::complaintRightsWelsh, QStringLiteral("reply.complaintRightsWelsh"));
    editReply(m_lateApologyEdit, tr("Edit the apology"), &core::Reply::lateApology,
              QStringLiteral("reply.lateApology"));
    connect(m_standardButton, &QPushButton::clicked, this, &ReplyStep::useStandardParagraphs);
    connect(m_refreshRightsButton, &QPushButton::clicked, this,
            &ReplyStep::refreshStandardParagraphs);
    connect(m_exportPdfButton, &QPushButton::clicked, this, &ReplyStep::exportPdf);
    connect(m_exportOdtButton, &QPushButton::clicked, this, &ReplyStep::exportOdt);
    connect(m_printButton, &QPushButton::clicked, this, &ReplyStep::print);
    connect(m_exportFinalButton, &QPushButton::clicked, this, &ReplyStep::exportFinal);
    connect(m_overrideButton, &QPushButton::clicked, this, &ReplyStep::sendDespiteReview);
    connect(m_openSentButton, &QPushButton::clicked, this, &ReplyStep::openSentReply);
    connect(m_saveSentButton, &QPushButton::clicked, this, &ReplyStep::saveSentReplyCopy);
    connect(m_sentList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_openSentButton->setEnabled(row >= 0);
        m_saveSentButton->setEnabled(row >= 0);
    });
    connect(m_printJob, &ReplyPrintJob::finished, this, &ReplyStep::printDone);
    connect(m_previewTimer, &QTimer::timeout, this, &ReplyStep::updatePreview);
    connect(m_previewWatcher, &QFutureWatcher<PreviewJob>::finished, this,
            [this] { showPreview(m_previewWatcher->result()); });
    connect(m_pdf, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Ready)
            emit previewReady();
    });
}

QString ReplyStep::summary() const
{
    return tr("The reply letter: preview, export, print, and the final reply as sent");
}

bool ReplyStep::reveal(const QString &locator)
{
    const QList<std::pair<const char *, QWidget *>> fields{
        {"reply.internalReviewProcedureWelsh", m_welshReviewEdit},
        {"reply.complaintRightsWelsh", m_welshComplaintEdit},
        {"reply.internalReviewProcedure", m_reviewEdit},
        {"reply.complaintRights", m_complaintEdit},
        {"reply.lateApology", m_lateApologyEdit},
        {"reply", m_statusLabel}}; // anything else about the reply: say where it stands
    QWidget *field = nullptr;
    for (const auto &[prefix, widget] : fields) {
        if (locator.startsWith(QLatin1String(prefix))) {
            field = widget;
            break;
        }
    }
    if (!field)
        return false;
    focusLater(field);
    return true;
}

void ReplyStep::refresh()
{
    const core::Case &theCase = document().current();
    FieldSync::setText(m_reviewEdit, theCase.reply.internalReviewProcedure);
    FieldSync::setText(m_complaintEdit, theCase.reply.complaintRights);
    FieldSync::setText(m_welshReviewEdit, theCase.reply.internalReviewProcedureWelsh);
    FieldSync::setText(m_welshComplaintEdit, theCase.reply.complaintRightsWelsh);
    FieldSync::setText(m_lateApologyEdit, theCase.reply.lateApology);
    // The Welsh paragraphs belong to a letter in Welsh, alone or with English.
    const bool welsh = theCase.languageOfCorrespondence != core::LetterLanguage::English;
    // QFormLayout's own row visibility: hiding a row's widgets one by one leaves the wrapped
    // rows laid out as if they were there, and the boxes overlap their labels.
    if (auto *form = qobject_cast<QFormLayout *>(m_welshReviewEdit->parentWidget()->layout())) {
        form->setRowVisible(m_welshReviewEdit, welsh);
        form->setRowVisible(m_welshComplaintEdit, welsh);
    }
    // The rights paragraphs are part of the letter sent: locked with the decision.
    const bool locked = core::SentReplyLock::isLocked(theCase);
    for (QWidget *field :
         {static_cast<QWidget *>(m_reviewEdit), static_cast<QWidget *>(m_complaintEdit),
          static_cast<QWidget *>(m_welshReviewEdit), static_cast<QWidget *>(m_welshComplaintEdit),
          static_cast<QWidget *>(m_lateApologyEdit), static_cast<QWidget *>(m_standardButton)})
        field->setEnabled(!locked);
    followAuthorityProfile();
    m_statusStale = true;
    if (isVisible())
        showStatus();
    schedulePreview();
}

void ReplyStep::showEvent(QShowEvent *event)
{
    WorkspaceStep::showEvent(event);
    if (m_statusStale)
        showStatus();
    if (m_previewStale)
        updatePreview();
}

void ReplyStep::schedulePreview()
{
    m_previewStale = true;
    ++m_generation;
    if (isVisible())
        m_previewTimer->start();
}

void ReplyStep::updatePreview()
{
    m_previewTimer->stop();
    m_previewStale = false;
    const core::Case theCase = document().current();
    if (theCase.reference.isEmpty())
        return;
    const core::Result<core::AuthorityProfile> authority = m_authority();
    const core::AuthorityProfile profile = authority ? *authority : fallbackAuthority(theCase);
    const quint64 generation = ++m_generation;
    // A render already running finishes in the background; only the newest one is shown.
    // A copy of the calendar: the render runs on another thread, and an import in Settings
    // may replace the program's calendar meanwhile.
    m_previewWatcher->setFuture(
        QtConcurrent::run([theCase, profile, generation, today = m_clock.today(),
                           law = m_sentReplies.law(), calendar = m_sentReplies.calendar()] {
            return PreviewJob{generation, core::ReplyService::render(
                                              theCase, profile,
                                              {law.catalogue, calendar, law.environmentalTerms},
                                              today, core::ReplyService::Format::Pdf)};
        }));
}

void ReplyStep::showPreview(const PreviewJob &job)
{
    if (job.generation != m_generation)
        return; // the case changed since; a newer render follows
    if (!job.rendered) {
        m_statusLabel->setText(
            tr("The letter cannot be prepared: %1").arg(job.rendered.error().message));
        m_previewDraft = true;
        return;
    }
    m_previewDraft = job.rendered->draft;
    m_previewLetter = job.rendered->document;
    m_previewPdf = job.rendered->bytes;
    m_pdf->close();
    delete m_pdfBuffer;
    m_pdfBuffer = new QBuffer(this);
    m_pdfBuffer->setData(job.rendered->bytes);
    m_pdfBuffer->open(QIODevice::ReadOnly);
    m_pdf->load(m_pdfBuffer);
}

void ReplyStep::showStatus()
{
    m_statusStale = false;
    const core::Case &theCase = document().current();
    if (theCase.reference.isEmpty())
        return;
    refreshSentReplies();
    const auto readiness = m_sentReplies.readiness(theCase, m_authority(), m_clock.today());
    const bool correction = readiness && readiness->isCorrection();
    m_exportFinalButton->setText(correction ? tr("Export &correction letter…")
                                            : tr("Export final &reply…"));
    m_exportFinalButton->setAccessibleName(correction ? tr("Export correction letter")
                                                      : tr("Export final reply"));
    if (!readiness) {
        m_statusLabel->setText(
            tr("Whether the reply may be sent cannot be told: %1").arg(readiness.error().message));
        m_exportFinalButton->setEnabled(false);
        m_overrideButton->setEnabled(false);
        return;
    }
    QStringList lines;
    if (readiness->ready() && correction) {
        const core::Amendment amendment = *core::SentReplyLock::openAmendment(theCase);
        lines << tr("Ready to send the correction: \"Export correction letter\" saves a letter "
                    "that corrects reply version %1 and records it as reply version %2.")
                     .arg(amendment.amendsVersion)
                     .arg(readiness->nextVersion());
    } else if (readiness->ready()) {
        lines << tr("Ready to send: the checker finds no errors. \"Export final reply\" saves the "
                    "letter and records it with the case as reply version %1.")
                     .arg(readiness->nextVersion());
    } else {
        lines << tr("Not ready to send as the final reply:");
        for (const core::SendReadiness::Reason &reason : readiness->reasons())
            lines << tr("• %1").arg(reason.message);
        if (readiness->has(QStringLiteral("reply.draft"))) {
            lines << tr("So the letter is previewed and exported only with a DRAFT watermark. "
                        "The errors:");
            const core::Result<core::AuthorityProfile> authority = m_authority();
            const auto composed = core::ReplyService::compose(
                theCase, authority ? *authority : fallbackAuthority(theCase), m_sentReplies.law(),
                m_clock.today());
            for (const core::Finding &finding :
                 composed ? composed->findings : QList<core::Finding>{}) {
                if (finding.severity == core::Severity::Error)
                    lines << tr("  – %1 (%2)").arg(finding.message, finding.provision);
            }
        }
    }
    m_exportFinalButton->setEnabled(readiness->ready());
    // A disabled button still shows its tip: it says why it is disabled.
    m_exportFinalButton->setToolTip(readiness->ready()
                                        ? m_exportFinalButton->accessibleDescription()
                                        : tr("Not ready to send:\n%1").arg(readiness->explain()));
    m_overrideButton->setEnabled(readiness->overridable());
    m_overrideButton->setVisible(readiness->overridable());
    m_statusLabel->setText(lines.join(QLatin1Char('\n')));
}

void ReplyStep::refreshSentReplies()
{
    const QString reference = document().current().reference;
    m_sentList->clear();
    m_sent.clear();
    if (!reference.isEmpty()) {
        const core::Result<QList<core::SentReply>> sent = m_sentReplies.history(reference);
        if (sent)
            m_sent = *sent;
        else
            m_sentList->addItem(sent.error().message);
    }
    for (int i = 0; i < m_sent.size(); ++i) {
        const core::SentReply &reply = m_sent.at(i);
        const QDate sentOn =
            QDateTime::fromString(reply.sentAt, Qt::ISODateWithMs).toLocalTime().date();
        // The case says which letters were corrections, and of which version.
        QString kind;
        for (const core::Amendment &amendment : document().current().reply.amendments) {
            if (amendment.correctionVersion == i + 1)
                kind = tr(" (correction of version %1)").arg(amendment.amendsVersion);
        }
        auto *item = new QListWidgetItem(
            tr("Version %1%2 · %3 · %4 · SHA-256 %5…")
                .arg(i + 1)
                .arg(kind, Labels::date(sentOn), reply.sentBy, shortHash(reply.sha256)),
            m_sentList);
        item->setToolTip(Labels::plainToolTip(
            tr("%1, %2 bytes, SHA-256 %3%4")
                .arg(reply.fileName)
                .arg(reply.size)
                .arg(reply.sha256,
                     reply.erased ? tr(" (the requester's details were erased)") : QString())));
    }
    if (!m_sent.isEmpty()) {
        m_sentList->setCurrentRow(m_sent.size() - 1);
    } else if (m_sentList->count() == 0) {
        auto *none =
            new QListWidgetItem(tr("No reply has been sent on this case yet."), m_sentList);
        none->setFlags(Qt::NoItemFlags);
    }
    m_openSentButton->setEnabled(!m_sent.isEmpty());
    m_saveSentButton->setEnabled(!m_sent.isEmpty());
}

void ReplyStep::useStandardParagraphs()
{
    const core::Case &theCase = document().current();
    const core::Result<core::AuthorityProfile> authority = m_authority();
    const auto paragraphs = core::ReplyService::standardRightsParagraphs(
        theCase, authority ? *authority : fallbackAuthority(theCase),
        m_sentReplies.law().catalogue);
    if (!paragraphs) {
        m_notifier.showError(paragraphs.error());
        return;
    }
    document().endMerge();
    document().edit(tr("Use the standard paragraphs"), [p = *paragraphs](core::Case &c) {
        if (c.reply.internalReviewProcedure.trimmed().isEmpty())
            c.reply.internalReviewProcedure = p.internalReview;
        if (c.reply.complaintRights.trimmed().isEmpty())
            c.reply.complaintRights = p.complaint;
        if (c.languageOfCorrespondence == core::LetterLanguage::English)
            return;
        if (c.reply.internalReviewProcedureWelsh.trimmed().isEmpty())
            c.reply.internalReviewProcedureWelsh = p.internalReviewWelsh;
        if (c.reply.complaintRightsWelsh.trimmed().isEmpty())
            c.reply.complaintRightsWelsh = p.complaintWelsh;
    });
}

void ReplyStep::followAuthorityProfile()
{
    const core::Case &theCase = document().current();
    const core::Result<core::AuthorityProfile> authority = m_authority();
    const QByteArray seen =
        theCase.reference.toUtf8() + '\n' + (authority ? authority->toJson() : QByteArray());
    if (seen == m_followed)
        return;
    m_followed = seen;
    m_rightsNoticeLabel->hide();
    m_refreshRightsButton->hide();
    if (!authority || theCase.reference.isEmpty())
        return;
    const auto followed = core::ReplyService::refreshedRightsParagraphs(
        theCase, *authority, m_sentReplies.law().catalogue);
    if (!followed)
        return;
    if (followed->reviewEditedOutOfDate) {
        m_rightsNoticeLabel->setText(
            tr("The review paragraph was edited and does not give the authority's review "
               "contact (%1). Refresh it from the profile if the contact has changed.")
                .arg(core::ReplyComposer::internalReviewContact(*authority)));
        m_rightsNoticeLabel->show();
        m_refreshRightsButton->show();
    }
    if (!followed->changed)
        return;
    // A sent reply is a fact: the paragraphs it went out with stay as they were.
    const auto sent = m_sentReplies.history(theCase.reference);
    if (!sent || !sent->isEmpty())
        return;
    // Not from inside the change being shown: the standard wording follows it at once.
    QTimer::singleShot(0, this, [this, reference = theCase.reference, p = followed->paragraphs] {
        if (document().current().reference != reference)
            return;
        document().endMerge();
        document().edit(tr("Follow the authority profile in the standard paragraphs"),
                        [p](core::Case &c) {
                            c.reply.internalReviewProcedure = p.internalReview;
                            c.reply.complaintRights = p.complaint;
                        });
    });
}

void ReplyStep::refreshStandardParagraphs()
{
    const core::Result<core::AuthorityProfile> authority = m_authority();
    if (!authority) {
        m_notifier.showError(authority.error());
        return;
    }
    const auto paragraphs = core::ReplyService::standardRightsParagraphs(
        document().current(), *authority, m_sentReplies.law().catalogue);
    if (!paragraphs) {
        m_notifier.showError(paragraphs.error());
        return;
    }
    m_rightsNoticeLabel->hide();
    m_refreshRightsButton->hide();
    document().endMerge();
    document().edit(tr("Refresh the paragraphs from the authority profile"),
                    [p = *paragraphs](core::Case &c) {
                        c.reply.internalReviewProcedure = p.internalReview;
                        c.reply.complaintRights = p.complaint;
                    });
}

QString ReplyStep::suggestedFileName(const QString &suffix) const
{
    QString reference = document().current().reference;
    reference.replace(QLatin1Char('/'), QLatin1Char('-'));
    return tr("Reply %1%2").arg(reference, suffix);
}

QString ReplyStep::choosePath(const QString &caption, const QString &suggested,
                              const QString &filter)
{
    return m_files.saveFile(
        this, caption,
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(suggested),
        filter);
}

void ReplyStep::exportPdf()
{
    exportAs(core::ReplyService::Format::Pdf);
}

void ReplyStep::exportOdt()
{
    exportAs(core::ReplyService::Format::Odt);
}

void ReplyStep::exportAs(core::ReplyService::Format format)
{
    const bool pdf = format == core::ReplyService::Format::Pdf;
    const QString path =
        choosePath(pdf ? tr("Export the letter as PDF") : tr("Export an editable copy"),
                   suggestedFileName(pdf ? QStringLiteral(".pdf") : QStringLiteral(".odt")),
                   pdf ? pdfFilter() : odtFilter());
    if (path.isEmpty())
        return;
    const core::Case &theCase = document().current();
    const core::Result<core::AuthorityProfile> authority = m_authority();
    const auto rendered =
        core::ReplyService::render(theCase, authority ? *authority : fallbackAuthority(theCase),
                                   m_sentReplies.law(), m_clock.today(), format);
    if (!rendered) {
        m_notifier.showError(rendered.error());
        return;
    }
    if (const core::Status written = core::AtomicFile::write(path, rendered->bytes); !written) {
        m_notifier.showError(written.error());
        return;
    }
    m_notifier.showInformation(rendered->draft
                                   ? tr("Wrote %1 as a DRAFT (the checker finds errors). It was "
                                        "not recorded as sent.")
                                         .arg(QDir::toNativeSeparators(path))
                                   : tr("Wrote %1. It was not recorded as sent; use \"Export "
                                        "final reply\" for the reply you send.")
                                         .arg(QDir::toNativeSeparators(path)));
}

bool ReplyStep::printTo(QPagedPaintDevice &device) const
{
    if (!m_previewLetter || m_pdf->status() != QPdfDocument::Status::Ready)
        return false;
    return core::ReplyPagePainter::paint(*m_previewLetter, device).ok();
}

void ReplyStep::print()
{
    if (!m_previewLetter || m_pdf->status() != QPdfDocument::Status::Ready) {
        m_notifier.showInformation(tr("The letter is still being prepared; try again in a "
                                      "moment."));
        return;
    }
    if (m_printJob->isRunning()) {
        m_notifier.showInformation(tr("The letter is still printing; try again when it is done."));
        return;
    }
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setFullPage(true); // the letter's pages carry their own margins
    printer->setDocName(suggestedFileName(QString()));
    printer->setPageSize(QPageSize(QPageSize::A4));
    if (!m_setUpPrinter(*printer))
        return;
    m_printTarget = printer->outputFileName().isEmpty()
                        ? tr("the printer %1").arg(printer->printerName())
                        : QDir::toNativeSeparators(printer->outputFileName());
    // The dialog has closed; the pages are drawn and sent on a worker so the window stays live.
    m_printButton->setEnabled(false);
    m_printJob->start(std::move(printer), *m_previewLetter, m_previewPdf);
}

void ReplyStep::printDone()
{
    m_printButton->setEnabled(true);
    const core::Status printed = m_printJob->result();
    if (printed)
        m_notifier.showInformation(tr("Printed the letter to %1.").arg(m_printTarget));
    else
        m_notifier.showError(printed.error());
    emit printFinished(printed.ok());
}

void ReplyStep::exportFinal()
{
    sendFinal(QString());
}

void ReplyStep::sendDespiteReview()
{
    const QString reason =
        m_askReason(tr("Send despite the review"),
                    tr("The review holds this reply back. Why must it be sent now? The reason "
                       "is recorded in the case's history."));
    if (reason.trimmed().isEmpty()) {
        m_notifier.showInformation(tr("Nothing was sent: sending despite the review needs a "
                                      "reason."));
        return;
    }
    sendFinal(reason);
}

void ReplyStep::sendFinal(const QString &overrideReason)
{
    const core::Result<core::AuthorityProfile> authority = m_authority();
    if (!authority) {
        m_notifier.showError(core::Error::make(
            authority.error().code,
            tr("The final reply needs the authority's profile (its address and review "
               "contact): %1 Set it up in Settings, Authority.")
                .arg(authority.error().message)));
        return;
    }
    const core::Case theCase = document().current();
    const QDate today = m_clock.today();
    // Asked before choosing a file, so that a reply that may not go says so at once.
    const auto readiness = m_sentReplies.readiness(theCase, *authority, today);
    if (!readiness) {
        m_notifier.showError(readiness.error());
        return;
    }
    if (!readiness->ready() && !(readiness->overridable() && !overrideReason.isEmpty())) {
        m_notifier.showError(readiness->error());
        return;
    }
    const bool correction = readiness->isCorrection();
    QString reference = theCase.reference;
    reference.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = choosePath(
        correction ? tr("Export the correction letter") : tr("Export the final reply"),
        correction ? tr("Correction %1 version %2.pdf").arg(reference).arg(readiness->nextVersion())
                   : suggestedFileName(QStringLiteral(".pdf")),
        pdfFilter());
    if (path.isEmpty())
        return;
    const auto sent =
        m_sentReplies.sendFinal(theCase, *authority, today, path, m_officer(), overrideReason);
    if (!sent) {
        m_notifier.showError(sent.error());
        return;
    }
    // The case records what was sent, and the decision is locked with it. A reply sent is a
    // fact: the undo history ends here, so nothing before it can be undone.
    document().endMerge();
    document().edit(
        correction ? tr("Record the correction letter as sent") : tr("Record the reply as sent"),
        [letter = sent->letter](core::Case &c) { c = core::SentReplyLock::recordSent(c, letter); });
    document().seal();
    refresh();
    m_notifier.showInformation(
        (correction ? tr("Wrote %1 and recorded it as reply version %2 of %3, correcting the "
                         "letter sent before (SHA-256 %4…). The decision is locked again.")
                    : tr("Wrote %1 and recorded it as reply version %2 of %3 (SHA-256 %4…). The "
                         "decision is now locked: to change it, use Amend after sending."))
            .arg(QDir::toNativeSeparators(path))
            .arg(sent->version)
            .arg(theCase.reference, shortHash(sent->reply.sha256)));
    emit replySent(sent->version);
}

std::optional<core::SentReply> ReplyStep::selectedSentReply() const
{
    const int row = m_sentList->currentRow();
    if (row < 0 || row >= m_sent.size())
        return std::nullopt;
    return m_sent.at(row);
}

void ReplyStep::openSentReply()
{
    const std::optional<core::SentReply> reply = selectedSentReply();
    if (!reply)
        return;
    const core::Result<QByteArray> bytes = m_sentReplies.content(*reply);
    if (!bytes) {
        m_notifier.showError(bytes.error());
        return;
    }
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("foi-workbench-sent"));
    QDir().mkpath(folder);
    const QString path =
        QDir(folder).filePath(tr("%1 version %2.pdf")
                                  .arg(QFileInfo(reply->fileName).completeBaseName())
                                  .arg(m_sentList->currentRow() + 1));
    if (const core::Status written = core::AtomicFile::write(path, *bytes); !written) {
        m_notifier.showError(written.error());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_notifier.showInformation(tr("No PDF viewer opened; the sent copy is in %1.")
                                       .arg(QDir::toNativeSeparators(path)));
}

void ReplyStep::saveSentReplyCopy()
{
    const std::optional<core::SentReply> reply = selectedSentReply();
    if (!reply)
        return;
    const core::Result<QByteArray> bytes = m_sentReplies.content(*reply);
    if (!bytes) {
        m_notifier.showError(bytes.error());
        return;
    }
    const QString path = choosePath(tr("Save the sent copy"), reply->fileName, pdfFilter());
    if (path.isEmpty())
        return;
    if (const core::Status written = core::AtomicFile::write(path, *bytes); !written) {
        m_notifier.showError(written.error());
        return;
    }
    m_notifier.showInformation(tr("Saved the reply as sent (SHA-256 %1…) to %2.")
                                   .arg(shortHash(reply->sha256), QDir::toNativeSeparators(path)));
}

} // namespace foi::ui
