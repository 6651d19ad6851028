#include "ui/workspace/ReplyStep.h"

#include "core/reply/ReplyComposer.h"
#include "core/services/CaseDocument.h"
#include "core/services/SentReplyLock.h"
#include "core/services/SentReplyService.h"
#include "ui/notify/Notifier.h"
#include "ui/widgets/FieldSync.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/TextBoxes.h"
#include "ui/workspace/ReplyPreview.h"
#include "ui/workspace/SentRepliesPanel.h"

#include <QAction>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

QString pdfFilter()
{
    return ReplyStep::tr("PDF documents (*.pdf)");
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

QString shortHash(const QString &sha256)
{
    return sha256.left(12);
}

} // namespace

ReplyStep::ReplyStep(core::CaseDocument &document, Dependencies dependencies, QWidget *parent)
    : WorkspaceStep(document, parent)
    , m_deps(std::move(dependencies))
{
    setObjectName(QStringLiteral("replyStep"));
    createWidgets();
    createActions();
    layOut();
    connectEdits();
    connect(&document, &core::CaseDocument::replaced, this, [this] {
        m_preview->clearLetter();
        m_sent->refresh();
    });
}

ReplyStep::~ReplyStep() = default;

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
    m_sent =
        new SentRepliesPanel(document(), m_deps.sentReplies, m_deps.notifier, m_deps.files, this);
    m_preview = new ReplyPreview(document(),
                                 {m_deps.sentReplies, m_deps.notifier, m_deps.authority,
                                  m_deps.clock, m_deps.files, m_deps.setUpPrinter},
                                 this);
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

    // The paragraphs, exports and sent replies scroll in a column of their own: on a 768-pixel
    // screen they are taller than the step, and squeezed to fit they would overlap.
    auto *column = new QWidget;
    column->setObjectName(QStringLiteral("replySideColumn"));
    auto *side = new QVBoxLayout(column);
    side->setContentsMargins({});
    side->addWidget(m_statusLabel);
    side->addWidget(rights, 1);
    side->addWidget(exports);
    side->addWidget(m_sent);
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setObjectName(QStringLiteral("replySideScroll"));
    sideScroll->setAccessibleName(
        tr("The requester's rights, export and print, and the replies sent"));
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setWidgetResizable(true);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setWidget(column);
    // Under the preview, the files to be released with the letter: the side column is full.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("replyPreviewSplitter"));
    splitter->addWidget(m_preview);
    splitter->addWidget(&m_deps.releasedFiles);
    splitter->setCollapsible(1, false);
    // The letter gets the larger share: it is what the officer reads before sending.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(sideScroll, 2);
    layout->addWidget(splitter, 3);

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
    setTabOrder(m_overrideButton, m_sent->listWidget());
    setTabOrder(m_sent->listWidget(), m_sent->openButton());
    setTabOrder(m_sent->openButton(), m_sent->saveButton());
    setTabOrder(m_sent->saveButton(), m_preview);
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
    connect(m_exportPdfButton, &QPushButton::clicked, m_preview, &ReplyPreview::exportPdf);
    connect(m_exportOdtButton, &QPushButton::clicked, m_preview, &ReplyPreview::exportOdt);
    connect(m_printButton, &QPushButton::clicked, m_preview, &ReplyPreview::print);
    connect(m_exportFinalButton, &QPushButton::clicked, this, &ReplyStep::exportFinal);
    connect(m_overrideButton, &QPushButton::clicked, this, &ReplyStep::sendDespiteReview);
    connect(m_preview, &ReplyPreview::ready, this, &ReplyStep::previewReady);
    connect(m_preview, &ReplyPreview::failed, this, [this](const QString &message) {
        m_statusLabel->setText(tr("The letter cannot be prepared: %1").arg(message));
    });
    // The pages are sent on a worker: Print waits until they have gone.
    connect(m_preview, &ReplyPreview::printStarted, this,
            [this] { m_printButton->setEnabled(false); });
    connect(m_preview, &ReplyPreview::printFinished, this, [this](bool ok) {
        m_printButton->setEnabled(true);
        emit printFinished(ok);
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
    m_preview->scheduleRender();
}

void ReplyStep::showEvent(QShowEvent *event)
{
    WorkspaceStep::showEvent(event);
    if (m_statusStale)
        showStatus();
    if (m_preview->isStale())
        m_preview->renderNow();
}

void ReplyStep::showStatus()
{
    m_statusStale = false;
    const core::Case &theCase = document().current();
    if (theCase.reference.isEmpty())
        return;
    m_sent->refresh();
    const auto readiness =
        m_deps.sentReplies.readiness(theCase, m_deps.authority(), m_deps.clock.today());
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
            const auto composed = core::ReplyService::compose(
                theCase, ReplyPreview::signingAuthority(theCase, m_deps.authority()),
                m_deps.sentReplies.law(), m_deps.clock.today());
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

void ReplyStep::useStandardParagraphs()
{
    const core::Case &theCase = document().current();
    const auto paragraphs = core::ReplyService::standardRightsParagraphs(
        theCase, ReplyPreview::signingAuthority(theCase, m_deps.authority()),
        m_deps.sentReplies.law().catalogue);
    if (!paragraphs) {
        m_deps.notifier.showError(paragraphs.error());
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
    const core::Result<core::AuthorityProfile> authority = m_deps.authority();
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
        theCase, *authority, m_deps.sentReplies.law().catalogue);
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
    const auto sent = m_deps.sentReplies.history(theCase.reference);
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
    const core::Result<core::AuthorityProfile> authority = m_deps.authority();
    if (!authority) {
        m_deps.notifier.showError(authority.error());
        return;
    }
    const auto paragraphs = core::ReplyService::standardRightsParagraphs(
        document().current(), *authority, m_deps.sentReplies.law().catalogue);
    if (!paragraphs) {
        m_deps.notifier.showError(paragraphs.error());
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

void ReplyStep::exportFinal()
{
    sendFinal(QString());
}

void ReplyStep::sendDespiteReview()
{
    const QString reason =
        m_deps.askReason(tr("Send despite the review"),
                         tr("The review holds this reply back. Why must it be sent now? The reason "
                            "is recorded in the case's history."));
    if (reason.trimmed().isEmpty()) {
        m_deps.notifier.showInformation(tr("Nothing was sent: sending despite the review needs a "
                                           "reason."));
        return;
    }
    sendFinal(reason);
}

void ReplyStep::sendFinal(const QString &overrideReason)
{
    const core::Result<core::AuthorityProfile> authority = m_deps.authority();
    if (!authority) {
        m_deps.notifier.showError(core::Error::make(
            authority.error().code,
            tr("The final reply needs the authority's profile (its address and review "
               "contact): %1 Set it up in Settings, Authority.")
                .arg(authority.error().message)));
        return;
    }
    const core::Case theCase = document().current();
    const QDate today = m_deps.clock.today();
    // Asked before choosing a file, so that a reply that may not go says so at once.
    const auto readiness = m_deps.sentReplies.readiness(theCase, *authority, today);
    if (!readiness) {
        m_deps.notifier.showError(readiness.error());
        return;
    }
    if (!readiness->ready() && !(readiness->overridable() && !overrideReason.isEmpty())) {
        m_deps.notifier.showError(readiness->error());
        return;
    }
    const bool correction = readiness->isCorrection();
    QString reference = theCase.reference;
    reference.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = m_deps.files.saveFile(
        this, correction ? tr("Export the correction letter") : tr("Export the final reply"),
        FileChooser::inDocuments(
            correction
                ? tr("Correction %1 version %2.pdf").arg(reference).arg(readiness->nextVersion())
                : ReplyPreview::suggestedFileName(theCase.reference, QStringLiteral(".pdf"))),
        pdfFilter());
    if (path.isEmpty())
        return;
    const auto sent = m_deps.sentReplies.sendFinal(theCase, *authority, today, path,
                                                   m_deps.officer(), overrideReason);
    if (!sent) {
        m_deps.notifier.showError(sent.error());
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
    m_deps.notifier.showInformation(
        (correction ? tr("Wrote %1 and recorded it as reply version %2 of %3, correcting the "
                         "letter sent before (SHA-256 %4…). The decision is locked again.")
                    : tr("Wrote %1 and recorded it as reply version %2 of %3 (SHA-256 %4…). The "
                         "decision is now locked: to change it, use Amend after sending."))
            .arg(QDir::toNativeSeparators(path))
            .arg(sent->version)
            .arg(theCase.reference, shortHash(sent->reply.sha256)));
    emit replySent(sent->version);
}

QPdfDocument *ReplyStep::previewDocument() const
{
    return m_preview->letter();
}

bool ReplyStep::previewIsDraft() const
{
    return m_preview->isDraft();
}

void ReplyStep::updatePreview()
{
    m_preview->renderNow();
}

bool ReplyStep::printTo(QPagedPaintDevice &device) const
{
    return m_preview->printTo(device);
}

void ReplyStep::exportPdf()
{
    m_preview->exportPdf();
}

void ReplyStep::exportOdt()
{
    m_preview->exportOdt();
}

void ReplyStep::print()
{
    m_preview->print();
}

void ReplyStep::openSentReply()
{
    m_sent->openSelected();
}

void ReplyStep::saveSentReplyCopy()
{
    m_sent->saveSelectedCopy();
}

} // namespace foi::ui
