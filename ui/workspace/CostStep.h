#pragma once

#include "ui/workspace/WorkspaceStep.h"

#include <QList>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace foi::core {
class CaseQueryService;
class WorkingDayCalendar;
} // namespace foi::core

namespace foi::ui {

class AggregationPanel;

// The s12 worksheet: estimated hours for the four activities that count (Fees Regulations
// reg 4(3)), costed at £25 an hour against the authority's limit, and the advice and assistance
// offered to bring the request within it (s16); the requests aggregated with it (Fees
// Regulations reg 5, candidates found through `queries`); the reasons for a refusal
// under s14.
class CostStep : public WorkspaceStep
{
    Q_OBJECT
public:
    // `queries` finds the requests to aggregate; `calendar` counts their 60 working days.
    CostStep(core::CaseDocument &document, const core::CaseQueryService &queries,
             const core::WorkingDayCalendar &calendar, QWidget *parent = nullptr);

    QString title() const override { return tr("Cost"); }
    QString summary() const override;
    bool reveal(const QString &locator) override;
    void refresh() override;

private:
    struct ActivityRow
    {
        QDoubleSpinBox *hours = nullptr;
        QLineEdit *basis = nullptr;
    };

    void createWidgets(const core::CaseQueryService &queries,
                       const core::WorkingDayCalendar &calendar);
    void layOut();
    void connectEdits();
    void editActivity(int kind, const std::function<void(core::CostActivity &)> &change,
                      const QString &mergeKey = {});

    QList<ActivityRow> m_rows; // indexed by CostActivityKind
    QLabel *m_totalLabel = nullptr;
    QPlainTextEdit *m_adviceEdit = nullptr;
    QPlainTextEdit *m_vexatiousEdit = nullptr;
    AggregationPanel *m_aggregation = nullptr;
};

} // namespace foi::ui
