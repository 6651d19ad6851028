#include "ui/workspace/ClockStep.h"

#include "core/services/CaseDocument.h"
#include "core/services/CaseLifecycle.h"
#include "core/services/CaseTimetable.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/Labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

using core::Case;

ClockStep::ClockStep(core::CaseDocument &document, const core::WorkingDayCalendar &calendar,
                     const core::Clock &clock, QWidget *parent)
    : WorkspaceStep(document, parent)
    , m_calendar(calendar)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("clockStep"));
    createWidgets();
    layOut();
    connectEdits();
}

void ClockStep::createWidgets()
{
    m_changesList = new QListWidget(this);
    m_changesList->setObjectName(QStringLiteral("clockChangesList"));
    m_changesList->setAccessibleName(tr("Changes to the clock"));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("clockKindCombo"));
    m_kindCombo->setAccessibleName(tr("What happened"));
    Labels::fill(m_kindCombo,
                 QList<core::ClockChangeKind>{core::ClockChangeKind::ClarificationSought,
                                              core::ClockChangeKind::ClarificationReceived,
                                              core::ClockChangeKind::FeesNoticeGiven,
                                              core::ClockChangeKind::FeePaid,
                                              core::ClockChangeKind::PublicInterestExtension,
                                              core::ClockChangeKind::ComplexityExtension},
                 &Labels::clockChange);
    m_dateEdit = new DateField(m_clock.today(), this);
    m_dateEdit->setObjectName(QStringLiteral("clockDateEdit"));
    m_dateEdit->setAccessibleName(tr("On"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(Labels::dateFormat());
    m_estimateEdit = new DateField(m_clock.today(), this);
    m_estimateEdit->setObjectName(QStringLiteral("clockEstimateDateEdit"));
    m_estimateEdit->setAccessibleName(tr("Estimated decision date"));
    m_estimateEdit->setAccessibleDescription(
        tr("For a public interest extension: the date given to the requester (s17(2))"));
    m_estimateEdit->setCalendarPopup(true);
    m_estimateEdit->setDisplayFormat(Labels::dateFormat());
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("clockNoteEdit"));
    m_noteEdit->setAccessibleName(tr("Note"));
    m_addButton = new QPushButton(tr("&Add to the clock"), this);
    m_addButton->setObjectName(QStringLiteral("addClockChangeButton"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeClockChangeButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected clock change"));
    m_explanationEdit = new QPlainTextEdit(this);
    m_explanationEdit->setObjectName(QStringLiteral("deadlineExplanationEdit"));
    m_explanationEdit->setAccessibleName(tr("How the deadline is counted"));
    m_explanationEdit->setReadOnly(true);
    m_explanationEdit->setTabChangesFocus(true);
}

void ClockStep::layOut()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&What happened:"), m_kindCombo);
    form->addRow(tr("O&n:"), m_dateEdit);
    form->addRow(tr("Es&timated decision:"), m_estimateEdit);
    form->addRow(tr("N&ote:"), m_noteEdit);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);

    auto *changes = new QGroupBox(tr("Clarification, fees and extensions"), this);
    auto *changesLayout = new QVBoxLayout(changes);
    changesLayout->addWidget(m_changesList, 1);
    changesLayout->addLayout(form);
    changesLayout->addLayout(buttons);
    auto *deadline = new QGroupBox(tr("The deadline, day by day"), this);
    (new QVBoxLayout(deadline))->addWidget(m_explanationEdit);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(changes, 1);
    layout->addWidget(deadline, 1);
}

void ClockStep::connectEdits()
{
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        core::ClockChange change;
        change.kind = static_cast<core::ClockChangeKind>(m_kindCombo->currentData().toInt());
        change.date = m_dateEdit->date();
        if (change.kind == core::ClockChangeKind::PublicInterestExtension)
            change.estimatedDecisionDate = m_estimateEdit->date();
        change.note = m_noteEdit->text();
        document().edit(tr("Add %1").arg(Labels::clockChange(change.kind).toLower()),
                        [change](Case &c) { c.clockChanges.append(change); });
        m_noteEdit->clear();
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_changesList->currentRow();
        document().edit(tr("Remove a clock change"), [row](Case &c) {
            if (row >= 0 && row < c.clockChanges.size())
                c.clockChanges.removeAt(row);
        });
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_estimateEdit->setEnabled(
            m_kindCombo->currentData().toInt() ==
            static_cast<int>(core::ClockChangeKind::PublicInterestExtension));
    });
    m_estimateEdit->setEnabled(false);
}

void ClockStep::refresh()
{
    const Case &theCase = document().current();
    m_changesList->clear();
    for (const core::ClockChange &change : theCase.clockChanges) {
        QString line =
            tr("%1: %2").arg(Labels::date(change.date), Labels::clockChange(change.kind));
        if (change.estimatedDecisionDate.isValid())
            line = tr("%1 (decision expected by %2)")
                       .arg(line, Labels::date(change.estimatedDecisionDate));
        if (!change.note.isEmpty())
            line += QStringLiteral(" – ") + change.note;
        m_changesList->addItem(line);
    }
    m_removeButton->setEnabled(!theCase.clockChanges.isEmpty());
    const auto deadline = core::CaseTimetable::of(theCase, m_calendar);
    QStringList explanation =
        deadline ? core::CaseTimetable::explain(*deadline, m_calendar, &Labels::date)
                 : QStringList{deadline.error().message};
    // A withdrawal or lapse stops the clock; a reopening starts it again (Case menu).
    for (const core::LifecycleEvent &event : theCase.lifecycle)
        explanation << tr("%1 (%2): %3 %4")
                           .arg(core::CaseLifecycle::describe(event), event.officer, event.reason,
                                event.kind == core::LifecycleKind::Reopened
                                    ? tr("The clock runs again.")
                                    : tr("The clock stopped: no reply is owed."));
    m_explanationEdit->setPlainText(explanation.join(QLatin1Char('\n')));
}

QString ClockStep::summary() const
{
    return tr("Clarification, fees and extensions, and the deadline day by day");
}

bool ClockStep::reveal(const QString &locator)
{
    const int row = indexIn(locator, QStringLiteral("clockChanges"));
    if (row < 0)
        return false;
    m_changesList->setCurrentRow(row);
    focusLater(m_changesList);
    return true;
}

} // namespace foi::ui
