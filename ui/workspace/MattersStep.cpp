#include "ui/workspace/MattersStep.h"

#include "core/model/Codes.h"
#include "core/model/ReviewOutcome.h"
#include "core/reply/AtomicFile.h"
#include "core/rules/InternalReviewRules.h"
#include "core/rules/MatterTimeline.h"
#include "core/services/CaseDocument.h"
#include "core/services/MatterService.h"
#include "core/services/ReviewLetterService.h"
#include "ui/widgets/FileChooser.h"
#include "ui/workspace/CommissionerPanel.h"
#include "ui/workspace/OpenReviewDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace foi::ui {

namespace {

using core::ReviewDecision;

const QList<ReviewDecision> decisions{ReviewDecision::Undecided,
                                      ReviewDecision::OriginalMaintained,
                                      ReviewDecision::OriginalPartlyMaintained,
                                      ReviewDecision::OriginalOverturned,
                                      ReviewDecision::Withdrawn,
                                      ReviewDecision::ClosedOtherwise};

QString decisionWords(ReviewDecision decision)
{
    if (decision == ReviewDecision::Undecided)
        return QObject::tr("Not yet decided");
    return core::ReviewOutcomeWording::of(decision, core::OutcomeAudience::Officer);
}

QString longDate(const QDate &date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMM yyyy"));
}

// "Q1: the answer" or "s24(2) for Q1", with the question's position as the letter numbers it.
QString itemName(const core::InternalReview &review, const core::ReviewItemKey &key)
{
    QString question = QObject::tr("any other information");
    const auto &questions = review.original.questions();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (questions.at(i).id == key.questionId)
            question = QObject::tr("Q%1").arg(i + 1);
    }
    return key.provision.isEmpty() ? QObject::tr("%1: the answer").arg(question)
                                   : QObject::tr("%1 for %2").arg(key.provision, question);
}

QPlainTextEdit *textBox(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    const int line = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(line * 3 + 12);
    edit->setMaximumHeight(line * 5 + 12);
    return edit;
}

} // namespace

MattersStep::MattersStep(core::CaseDocument &document, Dependencies dependencies, QWidget *parent)
    : WorkspaceStep(document, parent)
    , m_deps(std::move(dependencies))
{
    setObjectName(QStringLiteral("mattersStep"));
    createWidgets();
    layOut();
    connectEdits();
    refresh();
}

QString MattersStep::summary() const
{
    return tr("Internal reviews, complaints to the Information Commissioner and appeals, with "
              "their clocks");
}

void MattersStep::createWidgets()
{
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("mattersTimeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("Date"), tr("Stage"), tr("What"), tr("Clock")});
    m_timeline->header()->setStretchLastSection(
        true); // the clock's note, elided, in full as a tooltip
    m_timeline->setTextElideMode(Qt::ElideRight);
    m_timeline->setAccessibleName(tr("The case's life after the reply"));
    // Room for a case's usual life (request, reply, a review and its clock, a complaint)
    // unscrolled.
    m_timeline->setMinimumHeight(m_timeline->fontMetrics().lineSpacing() * 9);
    m_openReviewButton = new QPushButton(tr("Open internal &review…"), this);
    m_openReviewButton->setObjectName(QStringLiteral("openReviewButton"));
    m_complaintButton = new QPushButton(tr("Record &ICO complaint…"), this);
    m_complaintButton->setObjectName(QStringLiteral("icoComplaintButton"));

    m_icoPanel = new CommissionerPanel(document(), m_deps.matters, m_deps.today, this);

    m_reviewBox = new QGroupBox(tr("Internal review"), this);
    m_reviewBox->setObjectName(QStringLiteral("reviewBox"));
    m_reviewCombo = new QComboBox(m_reviewBox);
    m_reviewCombo->setObjectName(QStringLiteral("reviewCombo"));
    m_reviewSummary = new QLabel(m_reviewBox);
    m_reviewSummary->setObjectName(QStringLiteral("reviewSummary"));
    m_reviewSummary->setWordWrap(true);
    m_itemList = new QListWidget(m_reviewBox);
    m_itemList->setObjectName(QStringLiteral("reviewItems"));
    m_itemList->setAccessibleName(tr("Reviewed items"));
    m_itemList->setMaximumHeight(m_itemList->fontMetrics().lineSpacing() * 6);
    m_decisionCombo = new QComboBox(m_reviewBox);
    m_decisionCombo->setObjectName(QStringLiteral("reviewDecision"));
    for (ReviewDecision decision : decisions)
        m_decisionCombo->addItem(decisionWords(decision), core::toCode(decision));
    m_reasonsEdit = textBox(QStringLiteral("reviewReasons"),
                            tr("Why, in words the outcome letter can use"), m_reviewBox);
    m_releasedEdit = textBox(QStringLiteral("reviewReleasedNow"),
                             tr("What the letter releases now, or where to find it"), m_reviewBox);
    m_rightsEdit = textBox(QStringLiteral("reviewComplaintRights"),
                           tr("Empty: the standard paragraph on the right to complain to the "
                              "Information Commissioner (s50; EIR reg 18)"),
                           m_reviewBox);
    m_outcomeLabel = new QLabel(m_reviewBox);
    m_outcomeLabel->setObjectName(QStringLiteral("reviewOutcome"));
    m_findingsLabel = new QLabel(m_reviewBox);
    m_findingsLabel->setObjectName(QStringLiteral("reviewFindings"));
    m_findingsLabel->setWordWrap(true);
    m_findingsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decidedEdit = new QDateEdit(m_reviewBox);
    m_decidedEdit->setObjectName(QStringLiteral("reviewDecidedOn"));
    m_decidedEdit->setCalendarPopup(true);
    m_decidedEdit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_exportButton = new QPushButton(tr("E&xport outcome letter…"), m_reviewBox);
    m_exportButton->setObjectName(QStringLiteral("exportReviewLetterButton"));
    m_decidedButton = new QPushButton(tr("Record as &decided"), m_reviewBox);
    m_decidedButton->setObjectName(QStringLiteral("reviewDecidedButton"));
    m_remedyButton = new QPushButton(tr("Open remedial res&ponse"), m_reviewBox);
    m_remedyButton->setObjectName(QStringLiteral("reviewRemedyButton"));
    m_remedyButton->setToolTip(tr("The review did not maintain the decision: reopen it as an "
                                  "amendment that cites the review, and send the correction "
                                  "letter from the Reply step."));
}

void MattersStep::layOut()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openReviewButton);
    buttons->addWidget(m_complaintButton);
    buttons->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Re&view:"), m_reviewCombo);
    form->addRow(QString(), m_reviewSummary);
    form->addRow(tr("It&ems:"), m_itemList);
    form->addRow(tr("D&ecision:"), m_decisionCombo);
    form->addRow(tr("Rea&sons:"), m_reasonsEdit);
    form->addRow(tr("Released &now:"), m_releasedEdit);
    form->addRow(tr("Right to com&plain:"), m_rightsEdit);
    form->addRow(tr("Outcome:"), m_outcomeLabel);
    form->addRow(QString(), m_findingsLabel);
    auto *decide = new QHBoxLayout;
    decide->addWidget(m_exportButton);
    decide->addWidget(m_remedyButton);
    decide->addStretch();
    decide->addWidget(new QLabel(tr("Decided on:"), m_reviewBox));
    decide->addWidget(m_decidedEdit);
    decide->addWidget(m_decidedButton);
    form->addRow(decide);
    m_reviewBox->setLayout(form);

    auto *intro = new QLabel(tr("A requester may ask for an internal review (s45 Code of Practice; "
                                "EIR reg 11), then complain to the Information Commissioner "
                                "(s50) and appeal to the tribunal (s57). Each is a matter of this "
                                "case with its own clock; while one is open the case is on hold "
                                "for retention."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_timeline, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_reviewBox, 3);
    layout->addWidget(m_icoPanel);
}

void MattersStep::connectEdits()
{
    connect(m_openReviewButton, &QPushButton::clicked, this, &MattersStep::openReview);
    connect(m_complaintButton, &QPushButton::clicked, this, &MattersStep::recordComplaint);
    connect(m_exportButton, &QPushButton::clicked, this, &MattersStep::exportLetter);
    connect(m_decidedButton, &QPushButton::clicked, this, &MattersStep::markDecided);
    connect(m_remedyButton, &QPushButton::clicked, this, &MattersStep::openRemedy);
    connect(m_reviewCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing)
            refreshReview();
    });
    connect(m_itemList, &QListWidget::currentRowChanged, this, [this] {
        if (!m_refreshing)
            showItem();
    });
    connect(m_decisionCombo, &QComboBox::activated, this, [this](int index) {
        const int item = itemIndex();
        if (item < 0)
            return;
        editReview(tr("Decide a reviewed item"), [&](core::InternalReview &review) {
            review.items[item].decision = decisions.at(index);
        });
    });
    const auto textEdit =
        [this](QPlainTextEdit *box, const QString &description, const QString &key,
               const std::function<void(core::InternalReview &, const QString &)> &set) {
            connect(box, &QPlainTextEdit::textChanged, this, [=, this] {
                if (m_refreshing)
                    return;
                const QString text = box->toPlainText();
                editReview(
                    description, [&](core::InternalReview &review) { set(review, text); },
                    key + QString::number(reviewIndex()) + u'.' + QString::number(itemIndex()));
            });
        };
    textEdit(m_reasonsEdit, tr("Edit a reviewed item's reasons"), QStringLiteral("review.reasons."),
             [this](core::InternalReview &review, const QString &text) {
                 const int item = itemIndex();
                 if (item >= 0)
                     review.items[item].reasons = text;
             });
    textEdit(m_releasedEdit, tr("Edit what the review releases"),
             QStringLiteral("review.released."),
             [](core::InternalReview &review, const QString &text) { review.releasedNow = text; });
    textEdit(
        m_rightsEdit, tr("Edit the right to complain"), QStringLiteral("review.rights."),
        [](core::InternalReview &review, const QString &text) { review.complaintRights = text; });
}

int MattersStep::reviewIndex() const
{
    const int index = m_reviewCombo->currentIndex();
    return index >= 0 && index < document().current().internalReviews.size() ? index : -1;
}

int MattersStep::itemIndex() const
{
    const int review = reviewIndex();
    const int row = m_itemList->currentRow();
    if (review < 0 || row < 0 ||
        row >= document().current().internalReviews.at(review).items.size())
        return -1;
    return row;
}

void MattersStep::editReview(const QString &description,
                             const std::function<void(core::InternalReview &)> &change,
                             const QString &mergeKey)
{
    const int index = reviewIndex();
    if (index < 0)
        return;
    document().edit(
        description, [&](core::Case &theCase) { change(theCase.internalReviews[index]); },
        mergeKey);
}

void MattersStep::refresh()
{
    refreshTimeline();
    const core::Case &theCase = document().current();
    m_refreshing = true;
    const int chosen = m_reviewCombo->currentIndex();
    m_reviewCombo->clear();
    for (const core::InternalReview &review : theCase.internalReviews)
        m_reviewCombo->addItem(review.decided ? tr("%1 (decided)").arg(review.id) : review.id);
    // The newest review unless the officer chose another.
    m_reviewCombo->setCurrentIndex(
        chosen >= 0 && chosen < m_reviewCombo->count() ? chosen : m_reviewCombo->count() - 1);
    m_refreshing = false;
    m_openReviewButton->setEnabled(!theCase.reference.isEmpty());
    m_complaintButton->setEnabled(!theCase.reference.isEmpty());
    refreshReview();
    m_icoPanel->refresh();
}

void MattersStep::refreshTimeline()
{
    const core::Case &theCase = document().current();
    m_timeline->clear();
    const QList<core::TimelineEntry> entries =
        core::MatterTimeline::of(theCase, m_deps.matters.openClocks(theCase));
    for (const core::TimelineEntry &entry : entries) {
        QString clock;
        QColor colour;
        switch (entry.state) {
        case core::TimelineEntry::State::Done:
            break;
        case core::TimelineEntry::State::Due:
            clock = tr("due");
            break;
        case core::TimelineEntry::State::Overdue:
            clock = tr("overdue");
            colour = QColor(0xb0, 0x00, 0x20);
            break;
        case core::TimelineEntry::State::Suspended:
            clock = tr("suspended");
            colour = QColor(0x70, 0x70, 0x70);
            break;
        }
        // A suspended clock's note says so itself ("suspended, appeal EA/2019/0042 pending").
        if (!entry.note.isEmpty())
            clock = clock.isEmpty() || entry.state == core::TimelineEntry::State::Suspended
                        ? entry.note
                        : tr("%1: %2").arg(clock, entry.note);
        auto *row = new QTreeWidgetItem(m_timeline, {longDate(entry.date),
                                                     core::MatterTimeline::stageName(entry.stage),
                                                     entry.what, clock});
        row->setToolTip(2, entry.what);
        row->setToolTip(3, clock);
        if (entry.state != core::TimelineEntry::State::Done) {
            QFont bold = row->font(0);
            bold.setBold(true);
            for (int column = 0; column < 4; ++column) {
                row->setFont(column, bold);
                if (colour.isValid())
                    row->setForeground(column, colour);
            }
        }
    }
    for (int column : {0, 1, 2})
        m_timeline->resizeColumnToContents(column);
}

void MattersStep::refreshReview()
{
    const int index = reviewIndex();
    m_reviewBox->setVisible(index >= 0);
    if (index < 0)
        return;
    const core::Case &theCase = document().current();
    const core::InternalReview &review = theCase.internalReviews.at(index);
    m_refreshing = true;
    m_reviewBox->setTitle(tr("Internal review %1").arg(review.id));
    m_reviewSummary->setText(
        tr("Asked for on %1; reviewer %2; decides as at %3.%4")
            .arg(
                longDate(review.requestReceived),
                review.reviewer.isEmpty() ? tr("not named") : review.reviewer,
                longDate(review.basisDate),
                review.decided
                    ? tr(" Decided on %1: nothing in it can change.").arg(longDate(*review.decided))
                    : QString()));
    const int row = m_itemList->currentRow();
    m_itemList->clear();
    for (const core::ReviewedItem &item : review.items)
        m_itemList->addItem(
            tr("%1 — %2").arg(itemName(review, item.key), decisionWords(item.decision)));
    m_itemList->setCurrentRow(row >= 0 && row < m_itemList->count() ? row : 0);
    if (m_releasedEdit->toPlainText() != review.releasedNow)
        m_releasedEdit->setPlainText(review.releasedNow);
    if (m_rightsEdit->toPlainText() != review.complaintRights)
        m_rightsEdit->setPlainText(review.complaintRights);
    const ReviewDecision outcome = core::ReviewOutcome::of(review);
    m_outcomeLabel->setText(
        outcome == ReviewDecision::Undecided
            ? tr("Not yet decided: every item needs a decision")
            : tr("%1 (to the ICO: %2)")
                  .arg(decisionWords(outcome),
                       core::ReviewOutcomeWording::of(outcome, core::OutcomeAudience::Ico)));

    QList<core::Finding> findings = m_deps.matters.reviewFindings(theCase, index);
    const QString rights = review.complaintRights.trimmed().isEmpty()
                               ? standardComplaintRights(theCase.regime)
                               : review.complaintRights;
    findings += core::InternalReviewRules::checkLetter(review, index, rights);
    QStringList lines;
    for (const core::Finding &finding : findings)
        lines << QStringLiteral("%1 %2: %3")
                     .arg(finding.severity == core::Severity::Error ? tr("Error") : tr("Warning"),
                          finding.code, finding.message);
    m_findingsLabel->setText(lines.isEmpty() ? tr("The review and its letter check clean.")
                                             : lines.join(u'\n'));
    const bool open = !review.decided;
    for (QWidget *field :
         {static_cast<QWidget *>(m_decisionCombo), static_cast<QWidget *>(m_reasonsEdit),
          static_cast<QWidget *>(m_releasedEdit), static_cast<QWidget *>(m_rightsEdit),
          static_cast<QWidget *>(m_decidedEdit), static_cast<QWidget *>(m_decidedButton)})
        field->setEnabled(open);
    // The day the outcome goes: today unless the officer chose another day since the review
    // arrived; a decided review shows its day.
    m_remedyButton->setVisible(review.decided &&
                               (outcome == ReviewDecision::OriginalOverturned ||
                                outcome == ReviewDecision::OriginalPartlyMaintained));
    m_remedyButton->setEnabled(std::none_of(
        theCase.reply.amendments.cbegin(), theCase.reply.amendments.cend(),
        [&review](const core::Amendment &amendment) { return amendment.matter == review.id; }));
    m_decidedEdit->setMaximumDate(m_deps.today());
    if (review.decided)
        m_decidedEdit->setDate(*review.decided);
    else if (m_decidedEdit->date() < review.requestReceived)
        m_decidedEdit->setDate(m_deps.today());
    m_refreshing = false;
    showItem();
}

QString MattersStep::standardComplaintRights(core::Regime regime)
{
    // Every edit of the case refreshes the step: the profile and the letter paragraphs are read
    // once per regime, not per keystroke. The export reads them afresh.
    auto cached = m_standardRights.constFind(regime);
    if (cached != m_standardRights.cend())
        return *cached;
    const core::Result<core::AuthorityProfile> authority = m_deps.authority();
    const core::Result<QString> standard = m_deps.letters.standardComplaintRights(
        regime, authority ? *authority : core::AuthorityProfile{});
    const QString text = standard ? *standard : QString();
    m_standardRights.insert(regime, text);
    return text;
}

void MattersStep::showItem()
{
    const int review = reviewIndex();
    const int item = itemIndex();
    m_refreshing = true;
    if (review >= 0 && item >= 0) {
        const core::ReviewedItem &reviewed =
            document().current().internalReviews.at(review).items.at(item);
        m_decisionCombo->setCurrentIndex(int(decisions.indexOf(reviewed.decision)));
        if (m_reasonsEdit->toPlainText() != reviewed.reasons)
            m_reasonsEdit->setPlainText(reviewed.reasons);
    }
    m_refreshing = false;
}

bool MattersStep::reveal(const QString &locator)
{
    const int review = indexIn(locator, QStringLiteral("internalReviews"));
    if (review < 0 || review >= m_reviewCombo->count())
        return false;
    m_reviewCombo->setCurrentIndex(review);
    QWidget *field = m_itemList;
    if (locator.contains(QStringLiteral(".complaintRights")))
        field = m_rightsEdit;
    else if (locator.contains(QStringLiteral(".releasedNow")))
        field = m_releasedEdit;
    const int item = indexIn(locator, QStringLiteral("internalReviews[%1].items").arg(review));
    if (item >= 0 && item < m_itemList->count()) {
        m_itemList->setCurrentRow(item);
        field = m_decisionCombo;
    }
    focusLater(field);
    return true;
}

void MattersStep::openReview()
{
    auto *dialog = new OpenReviewDialog(
        m_deps.today(),
        [this](const core::InternalReviewRequest &request) {
            const core::Result<core::InternalReview> review =
                m_deps.matters.prepareInternalReview(document().current(), request);
            if (!review)
                return review.error().message;
            document().edit(tr("Open internal review %1").arg(review->id),
                            [&](core::Case &theCase) { theCase.internalReviews.append(*review); });
            m_reviewCombo->setCurrentIndex(m_reviewCombo->count() - 1);
            return QString();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MattersStep::recordComplaint()
{
    auto *dialog = new IcoComplaintDialog(
        m_deps.today(),
        [this](const core::CommissionerComplaint &complaint) {
            const core::Result<core::CommissionerMatter> matter =
                m_deps.matters.prepareCommissionerMatter(document().current(), complaint);
            if (!matter)
                return matter.error().message;
            document().edit(
                tr("Record complaint to the ICO %1").arg(matter->id),
                [&](core::Case &theCase) { theCase.commissionerMatters.append(*matter); });
            m_icoPanel->showMatter(int(document().current().commissionerMatters.size()) - 1);
            return QString();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MattersStep::exportLetter()
{
    const int index = reviewIndex();
    if (index < 0)
        return;
    const core::Case &theCase = document().current();
    const QString reviewId = theCase.internalReviews.at(index).id;
    const core::Result<core::AuthorityProfile> authority = m_deps.authority();
    if (!authority) {
        m_findingsLabel->setText(authority.error().message);
        return;
    }
    const QString path = m_deps.files.saveFile(
        this, tr("Export the review's outcome letter"),
        FileChooser::inDocuments(
            QStringLiteral("%1-%2-outcome.pdf").arg(theCase.reference, reviewId)),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    m_deps.flush(); // the letter is made from the case as saved
    const auto rendered =
        m_deps.letters.render(theCase.reference, reviewId, *authority, m_deps.today());
    if (!rendered) {
        m_findingsLabel->setText(rendered.error().message);
        return;
    }
    if (const core::Status written = core::AtomicFile::write(path, rendered->bytes); !written) {
        m_findingsLabel->setText(written.error().message);
        return;
    }
    m_reviewSummary->setText(
        rendered->draft
            ? tr("Wrote %1 as a DRAFT: an item is undecided or the review has an "
                 "error (below).")
                  .arg(QDir::toNativeSeparators(path))
            : tr("Wrote the outcome letter to %1.").arg(QDir::toNativeSeparators(path)));
}

void MattersStep::openRemedy()
{
    const int index = reviewIndex();
    if (index < 0)
        return;
    const QString id = document().current().internalReviews.at(index).id;
    const core::Result<core::Case> amended =
        m_deps.matters.prepareRemedialResponse(document().current(), id);
    if (!amended) {
        m_findingsLabel->setText(amended.error().message);
        return;
    }
    document().edit(tr("Open remedial response to %1").arg(id),
                    [&](core::Case &theCase) { theCase = *amended; });
    m_reviewSummary->setText(tr("The decision is open again as the response %1 requires: change "
                                "it, then send the correction letter from the Reply step.")
                                 .arg(id));
}

void MattersStep::markDecided()
{
    const int index = reviewIndex();
    if (index < 0)
        return;
    core::Case decided = document().current();
    decided.internalReviews[index].decided = m_decidedEdit->date();
    for (const core::Finding &finding : m_deps.matters.reviewFindings(decided, index)) {
        if (finding.severity == core::Severity::Error) {
            m_findingsLabel->setText(tr("Not recorded as decided: %1").arg(finding.message));
            return;
        }
    }
    const QDate on = m_decidedEdit->date();
    editReview(tr("Record internal review decided"),
               [&](core::InternalReview &review) { review.decided = on; });
}

} // namespace foi::ui
