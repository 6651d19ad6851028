#include "review/ReviewModeWindow.h"

#include "review/DraftPreview.h"
#include "widgets/Labels.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

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
                                   QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_bundle(std::move(bundle))
{
    setObjectName(QStringLiteral("reviewModeWindow"));
    setWindowTitle(tr("Review of %1 (read-only)").arg(m_bundle.manifest.caseReference));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header(signerStanding));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reviewTabs"));
    tabs->addTab(casePage(), tr("Case"));
    tabs->addTab(new DraftPreview(m_bundle.draftPdf, tabs), tr("Draft reply"));
    tabs->addTab(findingsPage(), tr("Findings (%1)").arg(m_bundle.findings.size()));
    tabs->addTab(auditPage(), tr("Audit trail"));
    layout->addWidget(tabs, 1);
    layout->addWidget(decisionBar());
    resize(1100, 720);
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
    for (qsizetype i = 0; i < theCase.claims.size(); ++i) {
        const core::ExemptionClaim &claim = theCase.claims.at(i);
        auto *box = new QGroupBox(tr("Claim %1: %2").arg(i + 1).arg(claim.provision), page);
        auto *form = new QFormLayout(box);
        form->addRow(tr("Relieves"), textLabel(Labels::duty(claim.relieves), box));
        form->addRow(tr("Questions"), textLabel(claim.questions.join(QStringLiteral(", ")), box));
        form->addRow(tr("Why it applies"), textLabel(claim.reason, box));
        if (claim.publicInterest)
            form->addRow(
                tr("Public interest"),
                textLabel(Labels::conclusionFor(claim.publicInterest->conclusion, claim.relieves) +
                              QStringLiteral("\n") + claim.publicInterest->balance,
                          box));
        QPlainTextEdit *comment = commentBox(QStringLiteral("claimComment_%1").arg(i),
                                             tr("Comment on claim %1").arg(i + 1));
        m_claimComments.append(comment);
        form->addRow(tr("Comment"), comment);
        layout->addWidget(box);
    }
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("reviewCaseScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    return scroll;
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
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_overallComment = new QPlainTextEdit(bar);
    m_overallComment->setObjectName(QStringLiteral("overallCommentEdit"));
    m_overallComment->setAccessibleName(tr("Overall comment"));
    m_overallComment->setPlaceholderText(
        tr("Overall comment (needed to return the case: say what to change)"));
    m_overallComment->setFixedHeight(64);
    m_approveButton = new QPushButton(tr("&Approve…"), bar);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_returnButton = new QPushButton(tr("&Return…"), bar);
    m_returnButton->setObjectName(QStringLiteral("returnButton"));
    layout->addWidget(m_overallComment, 1);
    layout->addWidget(m_approveButton);
    layout->addWidget(m_returnButton);
    connect(m_approveButton, &QPushButton::clicked, this,
            [this] { emit decided(answer(core::ReviewResponse::Decision::Approve)); });
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
