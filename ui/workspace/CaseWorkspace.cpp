#include "workspace/CaseWorkspace.h"

#include "services/CaseDocument.h"
#include "services/CaseLifecycle.h"
#include "services/CaseTimetable.h"
#include "widgets/Labels.h"
#include "workspace/ClockStep.h"
#include "workspace/CostStep.h"
#include "workspace/ExemptionsStep.h"
#include "workspace/HarmStep.h"
#include "workspace/HeldStep.h"
#include "workspace/PublicInterestStep.h"
#include "workspace/QuestionsStep.h"
#include "workspace/RequestStep.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

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

} // namespace

CaseWorkspace::CaseWorkspace(core::CaseDocument &document,
                             const core::ExemptionCatalogue &catalogue,
                             const core::WorkingDayCalendar &calendar, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_calendar(calendar)
{
    setObjectName(QStringLiteral("caseWorkspace"));
    createHeader();
    createActions();
    layOut();
    addStep(new RequestStep(document, this));
    addStep(new QuestionsStep(document, this));
    addStep(new HeldStep(document, this));
    addStep(new ExemptionsStep(document, catalogue, this));
    addStep(new HarmStep(document, catalogue, this));
    addStep(new PublicInterestStep(document, catalogue, this));
    addStep(new CostStep(document, this));
    addStep(new ClockStep(document, calendar, this));
    connect(&m_document, &core::CaseDocument::changed, this, &CaseWorkspace::refreshHeader);
    connect(&m_document, &core::CaseDocument::replaced, this, [this] { showStep(0); });
    refreshHeader();
    showStep(0);
}

void CaseWorkspace::createHeader()
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("caseTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    // The requester's name as typed, even when it looks like markup.
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_deadlineLabel = new QLabel(this);
    m_deadlineLabel->setObjectName(QStringLiteral("deadlineLabel"));
    m_deadlineLabel->setTextFormat(Qt::PlainText);
    m_deadlineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explainButton = new QPushButton(tr("How is this &counted?"), this);
    m_explainButton->setObjectName(QStringLiteral("explainDeadlineButton"));
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
}

void CaseWorkspace::createActions()
{
    m_nextStepAction = new QAction(tr("&Next step"), this);
    m_nextStepAction->setObjectName(QStringLiteral("nextStepAction"));
    m_nextStepAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
                                    QKeySequence(Qt::CTRL | Qt::Key_Enter),
                                    QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_nextStepAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_nextStepAction, &QAction::triggered, this, [this] { showStep(currentStep() + 1); });
    addAction(m_nextStepAction);

    m_previousStepAction = new QAction(tr("&Previous step"), this);
    m_previousStepAction->setObjectName(QStringLiteral("previousStepAction"));
    m_previousStepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_previousStepAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
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
    const int left =
        core::CaseTimetable::workingDaysLeft(*deadline, QDate::currentDate(), m_calendar);
    const QString when =
        left > 0 ? tr("%1 left").arg(Labels::count(left, tr("working day"), tr("working days")))
        : left == 0
            ? tr("due today")
            : tr("overdue by %1").arg(Labels::count(-left, tr("working day"), tr("working days")));
    m_deadlineLabel->setText(
        tr("Received %1 · due %2 · %3")
            .arg(Labels::date(theCase.dateOfReceipt), Labels::date(deadline->due), when));
}

} // namespace foi::ui
