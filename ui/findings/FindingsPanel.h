#pragma once

#include "core/support/Clock.h"

#include <QWidget>

class QLabel;
class QListView;
class QTimer;

namespace foi::core {
class CaseChecker;
class CaseDocument;
class PublicInterestLibrary;
class WorkingDayCalendar;
} // namespace foi::core

namespace foi::ui {

class FindingListModel;

// What the checker finds wrong with the open case, always in view: re-checked shortly after
// every change (debounced, so typing stays smooth), errors and warnings with the provision, and
// a finding clicked or activated with Enter asks to go to the field it concerns.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int debounceMs = 150;

    FindingsPanel(core::CaseDocument &document, const core::CaseChecker &checker,
                  const core::WorkingDayCalendar &calendar, const core::Clock &clock,
                  QWidget *parent = nullptr);

    FindingListModel *model() const { return m_model; }
    // Another list shown under the findings (the reviewer's open notes).
    void addSection(QWidget *section);
    void checkNow();
    // The paragraph library whose factors' sides the checker compares with the columns they
    // are listed in (PIT-FACTOR-WRONG-SIDE); none: that comparison is not made.
    void setFactorLibrary(const core::PublicInterestLibrary *library) { m_factors = library; }

signals:
    void locatorActivated(const QString &locator);

private:
    core::CaseDocument &m_document;
    const core::CaseChecker &m_checker;
    const core::WorkingDayCalendar &m_calendar;
    core::Clock m_clock; // the day the checker counts to
    const core::PublicInterestLibrary *m_factors = nullptr;
    FindingListModel *m_model = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QListView *m_listView = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace foi::ui
