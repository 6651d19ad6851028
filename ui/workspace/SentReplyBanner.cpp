#include "ui/workspace/SentReplyBanner.h"

#include "core/reply/CorrectionLetter.h"
#include "core/services/CaseDocument.h"
#include "core/services/ReplyService.h"
#include "core/services/SentReplyLock.h"
#include "ui/widgets/Labels.h"
#include "ui/workspace/AmendAfterSendingDialog.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/ReplyStep.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

// Long enough that the comparison is made once the officer stops typing.
constexpr int changesDelayMs = 300;

QPlainTextEdit *decisionView(QWidget *parent, const QString &objectName, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setTabChangesFocus(true);
    view->setAccessibleName(name);
    view->setMaximumHeight(view->fontMetrics().lineSpacing() * 4 + 12);
    return view;
}

} // namespace

SentReplyBanner::SentReplyBanner(core::CaseDocument &document, CaseWorkspace &workspace,
                                 const core::ReplyService::Law &law, AuthoritySource authority,
                                 OfficerSource officer, const core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_workspace(workspace)
    , m_law(law)
    , m_authority(std::move(authority))
    , m_officer(std::move(officer))
    , m_clock(clock)
{
    setObjectName(QStringLiteral("sentReplyBanner"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("sentReplyBannerLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_amendButton = new QPushButton(tr("A&mend after sending…"), this);
    m_amendButton->setObjectName(QStringLiteral("amendAfterSendingButton"));
    m_amendButton->setToolTip(tr("Change the decision of a sent reply, with a reason, and send a "
                                 "correction letter (Ctrl+Shift+M)"));
    m_amendAction = new QAction(tr("Amend after sending…"), this);
    m_amendAction->setObjectName(QStringLiteral("amendAfterSendingAction"));
    m_amendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_amendAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_amendAction);
    connect(m_amendAction, &QAction::triggered, this, &SentReplyBanner::amendAfterSending);
    connect(m_amendButton, &QPushButton::clicked, this, &SentReplyBanner::amendAfterSending);

    m_changes = new QWidget(this);
    m_sentView = decisionView(m_changes, QStringLiteral("sentDecisionView"),
                              tr("What the letter sent said"));
    m_nowView = decisionView(m_changes, QStringLiteral("amendedDecisionView"),
                             tr("What the amended decision says"));
    auto *grid = new QGridLayout(m_changes);
    grid->setContentsMargins({});
    grid->addWidget(new QLabel(tr("The letter sent said:"), m_changes), 0, 0);
    grid->addWidget(new QLabel(tr("The decision now says:"), m_changes), 0, 1);
    grid->addWidget(m_sentView, 1, 0);
    grid->addWidget(m_nowView, 1, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_label, 1);
    top->addWidget(m_amendButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_changes);

    m_changesTimer = new QTimer(this);
    m_changesTimer->setSingleShot(true);
    m_changesTimer->setInterval(changesDelayMs);
    connect(m_changesTimer, &QTimer::timeout, this, &SentReplyBanner::showChanges);
    connect(&m_document, &core::CaseDocument::changed, this, &SentReplyBanner::showState);
    showState();
}

void SentReplyBanner::showState()
{
    const core::Case &theCase = m_document.current();
    const auto sent = core::SentReplyLock::lastSent(theCase);
    const bool locked = core::SentReplyLock::isLocked(theCase);
    const auto amendment = core::SentReplyLock::openAmendment(theCase);
    for (WorkspaceStep *step : m_workspace.steps()) {
        if (!qobject_cast<ReplyStep *>(step))
            step->setEnabled(!locked);
    }
    setVisible(sent.has_value());
    m_amendButton->setVisible(locked);
    m_amendAction->setEnabled(locked);
    m_changes->setVisible(amendment.has_value());
    if (!sent)
        return;
    if (amendment) {
        m_label->setText(tr("Amending reply version %1 after sending, because: %2\nChange the "
                            "decision, then send the correction letter from the Reply step "
                            "(Export correction letter).")
                             .arg(amendment->amendsVersion)
                             .arg(amendment->reason));
        m_changesTimer->start();
        return;
    }
    m_label->setText(
        tr("Reply version %1 was sent on %2, so the decision is locked: the case must keep "
           "matching the letter that went out. To change it, use Amend after sending.")
            .arg(sent->version)
            .arg(Labels::date(sent->sentOn)));
}

void SentReplyBanner::showChanges()
{
    const core::Case &theCase = m_document.current();
    const auto amendment = core::SentReplyLock::openAmendment(theCase);
    if (!amendment)
        return;
    core::SentLetter corrected;
    for (const core::SentLetter &letter : theCase.reply.sent) {
        if (letter.version == amendment->amendsVersion)
            corrected = letter;
    }
    core::AuthorityProfile profile;
    if (const auto authority = m_authority()) {
        profile = *authority;
    } else {
        profile.name = theCase.authority.name;
        profile.kind = theCase.authority.kind;
    }
    const auto composed = core::ReplyService::compose(theCase, profile, m_law, m_clock.today());
    if (!composed) {
        m_nowView->setPlainText(composed.error().message);
        return;
    }
    const auto changes = core::CorrectionLetter::changes(
        corrected.decision, core::CorrectionLetter::decisionOf(composed->document));
    if (changes.isEmpty()) {
        m_sentView->setPlainText(tr("(No change yet: the decision reads as the letter sent.)"));
        m_nowView->clear();
        return;
    }
    m_sentView->setPlainText(changes.said.join(QStringLiteral("\n\n")));
    m_nowView->setPlainText(changes.nowSays.join(QStringLiteral("\n\n")));
}

void SentReplyBanner::amendAfterSending()
{
    const core::Case &theCase = m_document.current();
    if (!core::SentReplyLock::isLocked(theCase))
        return;
    auto *dialog = new AmendAfterSendingDialog(theCase.reference,
                                               *core::SentReplyLock::lastSent(theCase), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto amended = core::SentReplyLock::amend(m_document.current(), dialog->reason(),
                                                        m_officer(), m_clock.today());
        if (!amended)
            return;
        m_document.endMerge();
        m_document.edit(tr("Amend after sending"),
                        [case_ = *amended](core::Case &c) { c = case_; });
        // The amendment is a fact too: it cannot be undone, only followed by its correction.
        m_document.seal();
        emit amendmentOpened();
    });
    dialog->open();
}

} // namespace foi::ui
