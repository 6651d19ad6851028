#pragma once

#include "core/support/Clock.h"
#include "ui/workspace/WorkspaceStep.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace foi::core {
class WorkingDayCalendar;
}

namespace foi::ui {

// What happened to the request's clock (clarification sought and received, a fees notice and
// the fee's payment, a public interest extension) and the deadline that follows, explained day
// by day.
class ClockStep : public WorkspaceStep
{
    Q_OBJECT
public:
    ClockStep(core::CaseDocument &document, const core::WorkingDayCalendar &calendar,
              const core::Clock &clock, QWidget *parent = nullptr);

    QString title() const override { return tr("Clock"); }
    QString summary() const override;
    bool reveal(const QString &locator) override;
    void refresh() override;

private:
    void createWidgets();
    void layOut();
    void connectEdits();

    const core::WorkingDayCalendar &m_calendar;
    core::Clock m_clock; // the dates offered for a new clock change
    QListWidget *m_changesList = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QDateEdit *m_estimateEdit = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPlainTextEdit *m_explanationEdit = nullptr;
};

} // namespace foi::ui
