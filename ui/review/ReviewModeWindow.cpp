#include "ui/review/ReviewModeWindow.h"

#include "core/review/CaseDifference.h"
#include "core/services/CaseChangeDescriber.h"
#include "ui/review/DraftPreview.h"
#include "ui/review/MattersReviewPage.h"
#include "ui/widgets/Labels.h"

#include <QApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace foi::ui {

namespace {

// The bundle keeps UTC timestamps in ISO 8601; the reviewer reads them in local en-GB words.
QString moment(const QString &iso)
{
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return parsed.isValid() ? Labels::dateTime(parsed) : iso;
}

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? QObject::tr("(none)") : text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// Each search on its line, with the files it cites beneath it. The files are not in the bundle:
// the reviewer sees what backs the answer, and can ask the officer for a file by its name.
QString searchesText(const QList<core::SearchRecord> &searches)
{
    QStringList lines;
    for (const core::SearchRecord &search : searches) {
        lines.append(Labels::search(search));
        for (const core::EvidenceCitation &citation : search.evidence)
            lines.append(QObject::tr("    evidence: %1 (SHA-256 %2\u2026)")
                             .arg(citation.fileName, citation.sha256.left(12)));
        if (search.evidence.isEmpty())
            lines.append(QObject::tr("    no evidence cited"));
    }
    return lines.join(u'\n');
}

} // namespace

ReviewModeWindow::ReviewModeWindow(core::ReviewBundle bundle, const QString &signerStanding,
                                   Signer signer, const QList<core::ReviewGivenRecord> &earlier,
                                   QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_bundle(std::move(bundle))
    , m_signer(signer)
    , m_earlier(earlier)
{
    setObjectName(QStringLiteral("reviewModeWindow"));
    setWindowTitle(tr("Review of %1 (read-only)").arg(m_bundle.manifest.caseReference));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header(signerStanding));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reviewTabs"));
    tabs->addTab(casePage(), tr("Case"));
    if (!m_earlier.isEmpty() &&
        m_earlier.last().caseDocumentSha256 != m_bundle.manifest.caseDocumentSha256)
        tabs->addTab(changesPage(m_earlier.last()), tr("Changed since your review"));
    tabs->addTab(new DraftPreview(m_bundle.draftPdf, tabs), tr("Draft reply"));
    if (MattersReviewPage::hasMatters(m_bundle.theCase))
        tabs->addTab(new MattersReviewPage(m_bundle.theCase, tabs), tr("After the reply"));
    tabs->addTab(findingsPage(), tr("Findings (%1)").arg(m_bundle.findings.size()));
    tabs->addTab(auditPage(), tr("Audit trail"));
    layout->addWidget(tabs, 1);
    layout->addWidget(decisionBar());
    installKeys();
    resize(1100, 720);
}

void ReviewModeWindow::installKeys()
{
    // Esc, the platform's Close and Ctrl+W everywhere (some platforms' Close is only Ctrl+F4).
    QList<QKeySequence> closers = QKeySequence::keyBindings(QKeySequence::Close);
    closers.prepend(QKeySequence(Qt::Key_Escape));
    if (!closers.contains(QKeySequence(Qt::CTRL | Qt::Key_W)))
        closers.append(QKeySequence(Qt::CTRL | Qt::Key_W));
    for (const QKeySequence &keys : std::as_const(closers)) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &QWidget::close);
    }
    // Whatever takes the focus (Tab, a mnemonic, a click) is scrolled into view.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_caseScroll && m_caseScroll->widget() &&
            m_caseScroll->widget()->isAncestorOf(now))
            m_caseScroll->ensureWidgetVisible(now, 16, 16);
    });
}

QWidget *ReviewModeWindow::header(const QString &signerStanding)
{
    const core::ReviewManifest &manifest = m_bundle.manifest;
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("reviewHeaderLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setText(
        tr("Case %1, exported for review by %2 on %3.\nSigned with key %4 (%5). %6")
            .arg(manifest.caseReference, manifest.exporterName, moment(manifest.createdAt),
                 manifest.exporterFingerprint, signerStanding,
                 manifest.requesterIncluded
                     ? tr("The requester's details are included by the officer's choice.")
                     : tr("The requester is not named: decide as for anyone who might ask.")));
    return label;
}

QPlainTextEdit *ReviewModeWindow::commentBox(const QString &objectName,
                                             const QString &accessibleName)
{
    auto *box = new QPlainTextEdit(this);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setPlaceholderText(tr("Your comment (optional)"));
    box->setTabChangesFocus(true); // Tab leaves the box; a comment never needs a tab
    box->setFixedHeight(60);
    return box;
}

QWidget *ReviewModeWindow::casePage()
{
    const core::Case &theCase = m_bundle.theCase;
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *facts = new QFormLayout;
    facts->addRow(tr("Reference"), textLabel(theCase.reference, page));
    facts->addRow(tr("Regime"), textLabel(Labels::regime(theCase.regime), page));
    facts->addRow(tr("Received"), textLabel(Labels::date(theCase.dateOfReceipt), page));
    facts->addRow(tr("Requester"), textLabel(theCase.requester.name, page));
    facts->addRow(tr("Request"), textLabel(theCase.requestText, page));
    layout->addLayout(facts);

    for (const core::Question &question : theCase.questions) {
        auto *box = new QGroupBox(tr("Question %1").arg(question.id), page);
        auto *form = new QFormLayout(box);
        form->addRow(tr("Asked"), textLabel(question.text, box));
        form->addRow(tr("Held"), textLabel(Labels::holding(question.determination.holding), box));
        form->addRow(tr("Communicated"),
                     textLabel(Labels::communication(question.determination.communication), box));
        form->addRow(tr("Answer"), textLabel(question.determination.answer, box));
        if (!question.determination.searches.isEmpty()) {
            QLabel *searches = textLabel(searchesText(question.determination.searches), box);
            searches->setObjectName(QStringLiteral("reviewSearches_%1").arg(question.id));
            form->addRow(tr("Searches"), searches);
        }
        QPlainTextEdit *comment = commentBox(QStringLiteral("questionComment_%1").arg(question.id),
                                             tr("Comment on question %1").arg(question.id));
        m_questionComments.insert(question.id, comment);
        form->addRow(tr("Comment"), comment);
        layout->addWidget(box);
    }
    for (qsizetype i = 0; i < theCase.claims.size(); ++i)
        layout->addWidget(claimBox(i, page));
    layout->addStretch(1);
    auto *scroll = m_caseScroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("reviewCaseScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    return scroll;
}

QWidget *ReviewModeWindow::claimBox(qsizetype index, QWidget *parent)
{
    const core::ExemptionClaim &claim = m_bundle.theCase.claims.at(index);
    auto *box = new QGroupBox(tr("Claim %1: %2").arg(index + 1).arg(claim.provision), parent);
    box->setObjectName(QStringLiteral("reviewClaim_%1").arg(index));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Relieves"), textLabel(Labels::duty(claim.relieves), box));
    QStringList covers = claim.questions;
    if (claim.anyOtherInformation)
        covers.append(tr("any other information held within the request"));
    QLabel *questions = textLabel(covers.join(QStringLiteral(", ")), box);
    questions->setObjectName(QStringLiteral("reviewClaimCovers_%1").arg(index));
    form->addRow(tr("Covers"), questions);
    form->addRow(tr("Why it applies"), textLabel(claim.reason, box));
    if (claim.prejudice) {
        const core::PrejudiceTest &harm = *claim.prejudice;
        QLabel *harmLabel =
            textLabel(tr("Interest harmed: %1\nHow the harm would follow: %2\nLikelihood: %3")
                          .arg(harm.interest.isEmpty() ? tr("(not stated)") : harm.interest,
                               harm.harm.isEmpty() ? tr("(not stated)") : harm.harm,
                               Labels::likelihood(harm.likelihood)),
                      box);
        harmLabel->setObjectName(QStringLiteral("reviewClaimHarm_%1").arg(index));
        form->addRow(tr("Harm"), harmLabel);
    }
    if (claim.publicInterest) {
        const core::PublicInterestTest &test = *claim.publicInterest;
        const auto bullets = [this](const QStringList &factors) {
            if (factors.isEmpty())
                return tr("  (none listed)");
            QStringList lines;
            for (const QString &factor : factors)
                lines.append(QStringLiteral("  \u2022 ") + factor);
            return lines.join(u'\n');
        };
        QLabel *interest =
            textLabel(tr("For disclosure:\n%1\nFor the exemption:\n%2\nBalance: %3\nConclusion: %4")
                          .arg(bullets(test.favouringDisclosure), bullets(test.favouringExemption),
                               test.balance.isEmpty() ? tr("(not stated)") : test.balance,
                               Labels::conclusionFor(test.conclusion, claim.relieves)),
                      box);
        interest->setObjectName(QStringLiteral("reviewClaimPublicInterest_%1").arg(index));
        form->addRow(tr("Public interest"), interest);
    }
    QPlainTextEdit *comment =
        commentBox(QStringLiteral("claimComment_%1").arg(index),
                   tr("Comment on claim %1, its harm and public interest").arg(index + 1));
    m_claimComments.append(comment);
    form->addRow(tr("Comment"), comment);
    return box;
}

QWidget *ReviewModeWindow::changesPage(const core::ReviewGivenRecord &last)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    const QString sentence =
        core::CaseChangeDescriber::sentence(QJsonDocument::fromJson(last.caseFile).object(),
                                            QJsonDocument::fromJson(m_bundle.caseFile).object());
    auto *summary = new QLabel(
        tr("You %1 the version of %2 before this one.\nSince then: %3")
            .arg(last.decision == QLatin1String("approve") ? tr("approved") : tr("returned"),
                 moment(last.decidedAt),
                 sentence.isEmpty() ? tr("nothing the workbench can name changed.") : sentence),
        page);
    summary->setObjectName(QStringLiteral("reviewChangesSummaryLabel"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary);
    const QList<core::FieldDifference> differences =
        core::CaseDifference::between(last.caseFile, m_bundle.caseFile);
    auto *table = new QTableWidget(int(differences.size()), 3, page);
    table->setObjectName(QStringLiteral("reviewChangesTable"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("When you reviewed it"), tr("Now")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int row = 0; row < differences.size(); ++row) {
        const core::FieldDifference &difference = differences.at(row);
        auto *field = new QTableWidgetItem(core::CaseDifference::describe(difference.path));
        field->setToolTip(difference.path); // the case file's own name for it
        table->setItem(row, 0, field);
        table->setItem(row, 1,
                       new QTableWidgetItem(difference.reviewed.isEmpty() ? tr("(absent)")
                                                                          : difference.reviewed));
        table->setItem(row, 2,
                       new QTableWidgetItem(difference.current.isEmpty() ? tr("(absent)")
                                                                         : difference.current));
    }
    layout->addWidget(table, 1);
    return page;
}

QWidget *ReviewModeWindow::findingsPage()
{
    auto *list = new QListWidget;
    list->setObjectName(QStringLiteral("reviewFindingsList"));
    for (const core::Finding &finding : m_bundle.findings)
        list->addItem(
            QStringLiteral("%1  %2  %3: %4")
                .arg(finding.severity == core::Severity::Error ? tr("Error") : tr("Warning"),
                     finding.code, finding.provision, finding.message));
    if (m_bundle.findings.isEmpty())
        list->addItem(tr("The checker found nothing to report."));
    return list;
}

QWidget *ReviewModeWindow::auditPage()
{
    auto *list = new QListWidget;
    list->setObjectName(QStringLiteral("reviewAuditList"));
    for (const core::ReviewAuditRow &row : m_bundle.auditExcerpt)
        list->addItem(QStringLiteral("#%1  %2  %3  %4: %5")
                          .arg(row.seq)
                          .arg(moment(row.recordedAt), row.officer, row.action, row.summary));
    list->addItem(tr("Store's audit chain head at export: %1").arg(m_bundle.manifest.auditAnchor));
    return list;
}

QWidget *ReviewModeWindow::decisionBar()
{
    auto *bar = new QWidget(this);
    auto *column = new QVBoxLayout(bar);
    column->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    m_overallComment = new QPlainTextEdit(bar);
    m_overallComment->setObjectName(QStringLiteral("overallCommentEdit"));
    m_overallComment->setAccessibleName(tr("Overall comment"));
    m_overallComment->setPlaceholderText(
        tr("Overall comment (needed to return the case: say what to change)"));
    m_overallComment->setFixedHeight(64);
    m_overallComment->setTabChangesFocus(true);
    m_returnButton = new QPushButton(tr("&Return…"), bar);
    m_returnButton->setObjectName(QStringLiteral("returnButton"));
    m_closeButton = new QPushButton(tr("&Close"), bar);
    m_closeButton->setObjectName(QStringLiteral("closeReviewButton"));
    m_closeButton->setToolTip(tr("Close without deciding (Esc)"));
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);
    layout->addWidget(m_overallComment, 1);
    if (m_signer == Signer::You) {
        // An officer never approves their own case: no Approve, and the reason above the buttons.
        auto *own = new QLabel(tr("You exported this case yourself, so you cannot approve it: "
                                  "a second officer must. You can return it with comments."),
                               bar);
        own->setObjectName(QStringLiteral("ownBundleLabel"));
        own->setWordWrap(true);
        own->setFrameShape(QFrame::StyledPanel);
        own->setMargin(6);
        column->addWidget(own);
    } else {
        const auto returnedThis =
            std::find_if(m_earlier.crbegin(), m_earlier.crend(), [this](const auto &given) {
                return given.decision == QLatin1String("return") &&
                       given.caseDocumentSha256 == m_bundle.manifest.caseDocumentSha256;
            });
        if (returnedThis != m_earlier.crend()) {
            auto *warning = new QLabel(tr("You returned this very version on %1: nothing in the "
                                          "case has changed since.")
                                           .arg(moment(returnedThis->decidedAt)),
                                       bar);
            warning->setObjectName(QStringLiteral("returnedBeforeLabel"));
            warning->setWordWrap(true);
            warning->setFrameShape(QFrame::StyledPanel);
            warning->setMargin(6);
            column->addWidget(warning);
        }
        m_approveButton = new QPushButton(
            returnedThis != m_earlier.crend() ? tr("&Approve anyway…") : tr("&Approve…"), bar);
        m_approveButton->setObjectName(QStringLiteral("approveButton"));
        layout->addWidget(m_approveButton);
        connect(m_approveButton, &QPushButton::clicked, this,
                [this] { emit decided(answer(core::ReviewResponse::Decision::Approve)); });
    }
    layout->addWidget(m_returnButton);
    layout->addWidget(m_closeButton);
    column->addLayout(layout);
    connect(m_returnButton, &QPushButton::clicked, this,
            [this] { emit decided(answer(core::ReviewResponse::Decision::Return)); });
    return bar;
}

core::ReviewResponse ReviewModeWindow::answer(core::ReviewResponse::Decision decision) const
{
    core::ReviewResponse response;
    response.decision = decision;
    response.comment = m_overallComment->toPlainText().trimmed();
    for (const core::Question &question : m_bundle.theCase.questions) {
        const QString text = m_questionComments.value(question.id)->toPlainText().trimmed();
        if (!text.isEmpty())
            response.questionComments.append({question.id, text});
    }
    for (qsizetype i = 0; i < m_claimComments.size(); ++i) {
        const QString text = m_claimComments.at(i)->toPlainText().trimmed();
        if (!text.isEmpty())
            response.claimComments.append({int(i), {}, text});
    }
    return response;
}

} // namespace foi::ui
