#include "ui/workspace/CaseWorkspace.h"

#include "core/law/EnvironmentalTerms.h"
#include "core/law/StepGuidance.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseLifecycle.h"
#include "core/services/CaseTimetable.h"
#include "ui/widgets/Labels.h"
#include "ui/widgets/TextBoxes.h"
#include "ui/workspace/ClockStep.h"
#include "ui/workspace/CostStep.h"
#include "ui/workspace/ExemptionsStep.h"
#include "ui/workspace/HarmStep.h"
#include "ui/workspace/HeldStep.h"
#include "ui/workspace/PublicInterestStep.h"
#include "ui/workspace/QuestionsStep.h"
#include "ui/workspace/RequestStep.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextEdit>
#include <QVBoxLayout>

#include <optional>

namespace foi::ui {

namespace {

// Holds one step at the size of the view, and never smaller than the step's minimum: then it
// scrolls. (QScrollArea's own resizing gives a step with wrapped text its preferred height for
// the width, far taller than the view, and so a scroll bar on every step.)
class StepScrollArea : public QScrollArea
{
public:
    StepScrollArea(QWidget *step, QWidget *parent)
        : QScrollArea(parent)
    {
        setFrameShape(QFrame::NoFrame);
        setWidget(step);
        viewport()->installEventFilter(this);
        step->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if ((watched == viewport() && event->type() == QEvent::Resize) ||
            (watched == widget() && event->type() == QEvent::LayoutRequest))
            fit();
        return QScrollArea::eventFilter(watched, event);
    }

private:
    void fit()
    {
        if (QWidget *step = widget())
            step->resize(viewport()->size().expandedTo(step->minimumSizeHint()));
    }
};

// A label that asks for the width of its text on one line, and wraps only when the window
// cannot give it that (QLabel's own word wrap asks for a narrower width and so wraps always).
class OneLineWhenRoomLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize sizeHint() const override
    {
        const QSize wrapped = QLabel::sizeHint();
        const QMargins margins = contentsMargins();
        const int oneLine = fontMetrics().horizontalAdvance(text()) + 2 * margin() +
                            margins.left() + margins.right() + 2;
        return {std::max(wrapped.width(), oneLine), wrapped.height()};
    }
};

// Ctrl+Z and Ctrl+Shift+Z in a text box of the workspace with nothing of its own to undo or
// redo go to the window's Undo and Redo, which undo the case's last edit as they do from any
// other field. (A text box otherwise claims the keys even with an empty history, and then
// nothing happens.)
class CaseUndoKeys : public QObject
{
public:
    explicit CaseUndoKeys(QWidget *workspace)
        : QObject(workspace)
        , m_workspace(workspace)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType())
            return false;
        auto *field = static_cast<QWidget *>(watched);
        if (!m_workspace->isAncestorOf(field))
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const QKeySequence pressed(key->keyCombination());
        const bool redo = key->matches(QKeySequence::Redo) ||
                          pressed == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
        if (!undo && !redo)
            return false;
        if (const std::optional<bool> own = ownHistory(field, undo); own && !*own) {
            event->ignore(); // the shortcut, not the box, takes it
            return true;
        }
        return false;
    }

private:
    // Whether the text box has its own typing to undo (or redo); none for other widgets.
    static std::optional<bool> ownHistory(QWidget *field, bool undo)
    {
        if (auto *line = qobject_cast<QLineEdit *>(field))
            return line->isReadOnly() || (undo ? line->isUndoAvailable() : line->isRedoAvailable());
        QTextDocument *text = nullptr;
        if (auto *plain = qobject_cast<QPlainTextEdit *>(field); plain && !plain->isReadOnly())
            text = plain->document();
        else if (auto *rich = qobject_cast<QTextEdit *>(field); rich && !rich->isReadOnly())
            text = rich->document();
        if (text)
            return undo ? text->isUndoAvailable() : text->isRedoAvailable();
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
            if (auto *line = spin->findChild<QLineEdit *>())
                return ownHistory(line, undo);
        return std::nullopt;
    }

    QWidget *m_workspace;
};

} // namespace

CaseWorkspace::CaseWorkspace(core::CaseDocument &document, const Dependencies &dependencies,
                             QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_calendar(dependencies.calendar)
    , m_clock(dependencies.clock)
    , m_guidance(dependencies.guidance)
{
    setObjectName(QStringLiteral("caseWorkspace"));
    new CaseUndoKeys(this);
    createHeader();
    createActions();
    layOut();
    const Dependencies &d = dependencies;
    addStep(new RequestStep(document, d.environmentalTerms, d.languageMarkers, d.clock,
                            d.requestSidePanel, this));
    addStep(new QuestionsStep(document, this));
    addStep(new HeldStep(document, d.clock, d.attachments, d.officer, d.files,
                         d.searchEvidencePanel, this));
    addStep(new ExemptionsStep(document, d.catalogue, this));
    addStep(new HarmStep(document, d.catalogue, this));
    addStep(new PublicInterestStep(document, d.catalogue, d.factors, this));
    addStep(new CostStep(document, d.queries, d.calendar, this));
    addStep(new ClockStep(document, d.calendar, d.clock, this));
    connect(&m_document, &core::CaseDocument::changed, this, &CaseWorkspace::refreshHeader);
    connect(&m_document, &core::CaseDocument::replaced, this, [this] { showStep(0); });
    refreshHeader();
    showStep(0);
}

void CaseWorkspace::createHeader()
{
    m_titleLabel = new OneLineWhenRoomLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("caseTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    // The requester's name as typed, even when it looks like markup.
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_deadlineLabel = new OneLineWhenRoomLabel(this);
    m_deadlineLabel->setObjectName(QStringLiteral("deadlineLabel"));
    m_deadlineLabel->setTextFormat(Qt::PlainText);
    m_deadlineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Both wrap in a narrow window (800 px): on one line they kept the window 900 px wide.
    m_titleLabel->setWordWrap(true);
    m_deadlineLabel->setWordWrap(true);
    m_deadlineLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_explainButton = new QPushButton(tr("How is this counted?"), this);
    m_explainButton->setObjectName(QStringLiteral("explainDeadlineButton"));
    // No Alt+letter: the button shows beside every step, whose fields have taken them all;
    // the Clock step (Ctrl+PgDown) shows the same.
    m_explainButton->setAccessibleDescription(tr("Show the deadline day by day"));
    m_stepList = new QListWidget(this);
    m_stepList->setObjectName(QStringLiteral("stepListWidget"));
    m_stepList->setAccessibleName(tr("Steps"));
    m_stepList->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("stepStack"));
    connect(m_stepList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_reviewNoteLabel = new QLabel(this);
    m_reviewNoteLabel->setObjectName(QStringLiteral("workspaceReviewNoteLabel"));
    m_reviewNoteLabel->setWordWrap(true);
    m_reviewNoteLabel->setTextFormat(Qt::PlainText);
    m_reviewNoteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reviewNoteLabel->setFrameShape(QFrame::StyledPanel);
    m_reviewNoteLabel->setMargin(6);
    m_reviewNoteLabel->hide();
    connect(m_stepList, &QListWidget::currentRowChanged, m_reviewNoteLabel, &QWidget::hide);
    m_stepNeedLabel = new QLabel(this);
    m_stepNeedLabel->setObjectName(QStringLiteral("stepNeedLabel"));
    m_stepNeedLabel->setWordWrap(true);
    m_stepNeedLabel->setTextFormat(Qt::RichText);
    m_stepNeedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stepNeedLabel->setAccessibleName(tr("What the Act needs at this step"));
    m_stepNeedLabel->setContentsMargins(2, 0, 2, 4);
    connect(m_stepList, &QListWidget::currentRowChanged, this, &CaseWorkspace::showStepNeed);
}

void CaseWorkspace::showStepNeed(int index)
{
    const std::optional<core::StepNeed> need =
        index >= 0 && index < m_steps.size() ? m_guidance.forStep(m_steps.at(index)->objectName())
                                             : std::nullopt;
    m_stepNeedLabel->setVisible(need.has_value());
    if (!need)
        return;
    // The line in the interface's language (the locale the composition root made the default).
    const QLocale interface;
    m_stepNeedLabel->setText(tr("<b>What the Act needs here.</b> %1: %2")
                                 .arg(need->provisionIn(interface).toHtmlEscaped(),
                                      need->textIn(interface).toHtmlEscaped()));
    m_stepNeedLabel->setToolTip(need->source);
}

void CaseWorkspace::createActions()
{
    m_nextStepAction = new QAction(tr("&Next step"), this);
    m_nextStepAction->setObjectName(QStringLiteral("nextStepAction"));
    m_nextStepAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
                                    QKeySequence(Qt::CTRL | Qt::Key_Enter),
                                    QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    // From anywhere in the window while the case is shown (the Findings panel included): the
    // action belongs to the workspace, so it is off while the case list is shown instead.
    m_nextStepAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_nextStepAction, &QAction::triggered, this, [this] { showStep(currentStep() + 1); });
    addAction(m_nextStepAction);

    m_previousStepAction = new QAction(tr("&Previous step"), this);
    m_previousStepAction->setObjectName(QStringLiteral("previousStepAction"));
    m_previousStepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_previousStepAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_previousStepAction, &QAction::triggered, this,
            [this] { showStep(currentStep() - 1); });
    addAction(m_previousStepAction);

    connect(m_explainButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_steps.size(); ++i) {
            if (qobject_cast<ClockStep *>(m_steps.at(i)))
                showStep(i);
        }
    });
}

void CaseWorkspace::layOut()
{
    auto *header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_deadlineLabel);
    header->addWidget(m_explainButton);
    auto *body = new QHBoxLayout;
    body->addWidget(m_stepList);
    auto *stepColumn = new QVBoxLayout;
    stepColumn->addWidget(m_stepNeedLabel);
    stepColumn->addWidget(m_reviewNoteLabel);
    stepColumn->addWidget(m_stack, 1);
    body->addLayout(stepColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(body, 1);
}

void CaseWorkspace::addStep(WorkspaceStep *step)
{
    m_steps.append(step);
    // Each step scrolls when the window is shorter than the step (a small screen, large fonts,
    // a message above the case area), instead of the window growing past the screen.
    auto *scroll = new StepScrollArea(step, m_stack);
    scroll->setObjectName(step->objectName() + QStringLiteral("Scroll"));
    scroll->setAccessibleName(step->title());
    m_stack->addWidget(scroll);
    auto *item =
        new QListWidgetItem(tr("%1  %2").arg(m_steps.size()).arg(step->title()), m_stepList);
    item->setToolTip(step->summary());
    item->setData(Qt::AccessibleTextRole, step->title());
    item->setData(Qt::AccessibleDescriptionRole, step->summary());
    m_stepList->setFixedWidth(std::max(m_stepList->sizeHintForColumn(0) + 24,
                                       m_stepList->fontMetrics().averageCharWidth() * 18));
    for (QPlainTextEdit *box : step->findChildren<QPlainTextEdit *>())
        TextBoxes::giveRoom(box, paragraphLines);
    step->refresh();
}

void CaseWorkspace::addBanner(QWidget *banner)
{
    auto *column = static_cast<QVBoxLayout *>(layout());
    column->insertWidget(column->count() - 1, banner);
}

int CaseWorkspace::currentStep() const
{
    return m_stepList->currentRow();
}

void CaseWorkspace::showStep(int index)
{
    if (index < 0 || index >= m_steps.size())
        return;
    m_document.endMerge();
    m_stepList->setCurrentRow(index);
    WorkspaceStep *step = m_steps.at(index);
    for (QWidget *w = step->nextInFocusChain(); w && w != step; w = w->nextInFocusChain()) {
        if (step->isAncestorOf(w) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            // A step opens at its top, unless that leaves the focused field out of view.
            if (auto *scroll = qobject_cast<QScrollArea *>(m_stack->widget(index))) {
                scroll->verticalScrollBar()->setValue(0);
                if (w->visibleRegion().isEmpty())
                    scroll->ensureWidgetVisible(w, 0, 0);
            }
            return;
        }
    }
    // Nothing in the step can be edited (a sent case locks its decision): the list of steps
    // keeps the focus, so that it does not fall out of the case.
    m_stepList->setFocus(Qt::TabFocusReason);
}

bool CaseWorkspace::reveal(const QString &locator)
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i)->reveal(locator)) {
            m_stepList->setCurrentRow(i);
            auto *scroll = qobject_cast<QScrollArea *>(m_stack->widget(i));
            if (QWidget *focused = QApplication::focusWidget();
                scroll && focused && m_steps.at(i)->isAncestorOf(focused))
                scroll->ensureWidgetVisible(focused, 0, 0);
            return true;
        }
    }
    return false;
}

void CaseWorkspace::showReviewNote(const QString &locator, const QString &note)
{
    if (!locator.isEmpty())
        reveal(locator);
    m_reviewNoteLabel->setText(note);
    m_reviewNoteLabel->show();
}

void CaseWorkspace::refreshHeader()
{
    const core::Case &theCase = m_document.current();
    const QString requester = theCase.requester.name.trimmed().isEmpty()
                                  ? tr("requester not named yet")
                                  : theCase.requester.name.trimmed();
    const QString title = theCase.title.trimmed();
    m_titleLabel->setText(title.isEmpty()
                              ? tr("%1 · %2").arg(theCase.reference, requester)
                              : tr("%1 · %2 · %3").arg(theCase.reference, title, requester));
    // The case's name stays on one line unless it is very long; the dates wrap first.
    m_titleLabel->setMinimumWidth(std::min(m_titleLabel->sizeHint().width(),
                                           m_titleLabel->fontMetrics().averageCharWidth() * 30));
    const auto deadline = core::CaseTimetable::of(theCase, m_calendar);
    if (!deadline) {
        m_deadlineLabel->setText(deadline.error().message);
        return;
    }
    if (const std::optional<core::LifecycleEvent> closure = theCase.closure()) {
        // No reply is owed any more: the clock stopped on that day and nothing is overdue.
        m_deadlineLabel->setText(
            tr("Received %1 · %2 · the clock is stopped")
                .arg(Labels::date(theCase.dateOfReceipt), core::CaseLifecycle::describe(*closure)));
        return;
    }
    if (theCase.reply.sentOn.isValid()) {
        m_deadlineLabel->setText(tr("Received %1 · due %2 · replied %3")
                                     .arg(Labels::date(theCase.dateOfReceipt),
                                          Labels::date(deadline->due),
                                          Labels::date(theCase.reply.sentOn)));
        return;
    }
    const int left = core::CaseTimetable::workingDaysLeft(*deadline, m_clock.today(), m_calendar);
    // Each count in its own sentence, so that Welsh can give it its plural form.
    const QString when = left == 1    ? tr("%n working day left", nullptr, left)
                         : left > 0   ? tr("%n working days left", nullptr, left)
                         : left == 0  ? tr("due today")
                         : left == -1 ? tr("overdue by %n working day", nullptr, -left)
                                      : tr("overdue by %n working days", nullptr, -left);
    m_deadlineLabel->setText(
        tr("Received %1 · due %2 · %3")
            .arg(Labels::date(theCase.dateOfReceipt), Labels::date(deadline->due), when));
}

} // namespace foi::ui
