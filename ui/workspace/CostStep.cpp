#include "ui/workspace/CostStep.h"

#include "core/model/CostEstimate.h"
#include "core/services/CaseDocument.h"
#include "ui/widgets/FieldSync.h"
#include "ui/widgets/Labels.h"
#include "ui/workspace/AggregationPanel.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace foi::ui {

using core::Case;
using core::CostActivityKind;

namespace {
const QList<CostActivityKind> activityKinds{
    CostActivityKind::DeterminingWhetherHeld, CostActivityKind::Locating,
    CostActivityKind::Retrieving, CostActivityKind::Extracting};

QString pounds(qint64 pence)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toCurrencyString(static_cast<double>(pence) / 100.0, QStringLiteral("£"));
}

QString activityKey(CostActivityKind kind)
{
    return QStringLiteral("activity%1").arg(static_cast<int>(kind));
}
} // namespace

CostStep::CostStep(core::CaseDocument &document, const core::CaseQueryService &queries,
                   const core::WorkingDayCalendar &calendar, QWidget *parent)
    : WorkspaceStep(document, parent)
{
    setObjectName(QStringLiteral("costStep"));
    createWidgets(queries, calendar);
    layOut();
    connectEdits();
}

void CostStep::createWidgets(const core::CaseQueryService &queries,
                             const core::WorkingDayCalendar &calendar)
{
    for (const CostActivityKind kind : activityKinds) {
        ActivityRow row;
        row.hours = new QDoubleSpinBox(this);
        row.hours->setObjectName(activityKey(kind) + QStringLiteral("HoursSpinBox"));
        row.hours->setAccessibleName(tr("Hours for %1").arg(Labels::costActivity(kind).toLower()));
        row.hours->setRange(0, 10000);
        row.hours->setDecimals(1);
        row.hours->setSingleStep(0.5);
        row.hours->setSuffix(tr(" h"));
        row.basis = new QLineEdit(this);
        row.basis->setObjectName(activityKey(kind) + QStringLiteral("BasisEdit"));
        row.basis->setAccessibleName(
            tr("How the hours for %1 were estimated").arg(Labels::costActivity(kind).toLower()));
        row.basis->setPlaceholderText(
            tr("How the estimate was reached (e.g. a sampling exercise)"));
        m_rows.append(row);
    }
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("costTotalLabel"));
    m_totalLabel->setWordWrap(true);
    m_adviceEdit = new QPlainTextEdit(this);
    m_adviceEdit->setObjectName(QStringLiteral("adviceAndAssistanceEdit"));
    m_adviceEdit->setAccessibleName(tr("Advice and assistance (s16)"));
    m_adviceEdit->setTabChangesFocus(true);
    m_adviceEdit->setPlaceholderText(tr("How the requester could narrow the request to bring it "
                                        "within the limit."));
    m_vexatiousEdit = new QPlainTextEdit(this);
    m_vexatiousEdit->setObjectName(QStringLiteral("vexatiousReasonsEdit"));
    m_vexatiousEdit->setAccessibleName(tr("Reasons for a refusal under s14"));
    m_vexatiousEdit->setTabChangesFocus(true);
    // A few lines each, so that the aggregation candidates above get the room.
    for (QPlainTextEdit *edit : {m_adviceEdit, m_vexatiousEdit})
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    m_aggregation = new AggregationPanel(document(), queries, calendar, this);
}

void CostStep::layOut()
{
    auto *worksheet = new QGroupBox(tr("Cost limit worksheet (s12)"), this);
    auto *grid = new QGridLayout(worksheet);
    grid->addWidget(new QLabel(tr("<b>Activity</b>"), worksheet), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Hours</b>"), worksheet), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Basis of the estimate</b>"), worksheet), 0, 2);
    for (int i = 0; i < m_rows.size(); ++i) {
        auto *label = new QLabel(Labels::costActivity(activityKinds.at(i)), worksheet);
        label->setBuddy(m_rows.at(i).hours);
        grid->addWidget(label, i + 1, 0);
        grid->addWidget(m_rows.at(i).hours, i + 1, 1);
        grid->addWidget(m_rows.at(i).basis, i + 1, 2);
    }
    grid->addWidget(m_totalLabel, static_cast<int>(m_rows.size()) + 1, 0, 1, 3);
    grid->setColumnStretch(2, 1);

    auto *advice = new QGroupBox(tr("Advice and &assistance (s16)"), this);
    (new QVBoxLayout(advice))->addWidget(m_adviceEdit);
    auto *vexatious = new QGroupBox(tr("Vexatious or repeated request (s14): reasons"), this);
    (new QVBoxLayout(vexatious))->addWidget(m_vexatiousEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(worksheet);
    // The candidates (three lines each: who, why, what) take the room the reasons do not need.
    layout->addWidget(m_aggregation, 1);
    layout->addWidget(advice);
    layout->addWidget(vexatious);
}

void CostStep::connectEdits()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const int kind = static_cast<int>(activityKinds.at(i));
        connect(m_rows.at(i).hours, &QDoubleSpinBox::valueChanged, this,
                [this, kind](double hours) {
                    editActivity(
                        kind, [hours](core::CostActivity &a) { a.hours = hours; },
                        QStringLiteral("cost.hours.%1").arg(kind));
                });
        connect(m_rows.at(i).basis, &QLineEdit::textEdited, this,
                [this, kind](const QString &text) {
                    editActivity(
                        kind, [text](core::CostActivity &a) { a.basis = text; },
                        QStringLiteral("cost.basis.%1").arg(kind));
                });
    }
    connect(m_adviceEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_adviceEdit->toPlainText();
        document().edit(
            tr("Edit advice and assistance"), [text](Case &c) { c.adviceAndAssistance = text; },
            QStringLiteral("adviceAndAssistance"));
    });
    connect(m_vexatiousEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_vexatiousEdit->toPlainText();
        document().edit(
            tr("Edit the s14 reasons"), [text](Case &c) { c.vexatiousReasons = text; },
            QStringLiteral("vexatiousReasons"));
    });
}

void CostStep::editActivity(int kind, const std::function<void(core::CostActivity &)> &change,
                            const QString &mergeKey)
{
    document().edit(
        tr("Edit the cost estimate"),
        [kind, &change](Case &c) {
            if (!c.costEstimate)
                c.costEstimate = core::CostEstimate{};
            QList<core::CostActivity> &activities = c.costEstimate->activities;
            auto it = std::find_if(
                activities.begin(), activities.end(),
                [kind](const core::CostActivity &a) { return static_cast<int>(a.kind) == kind; });
            if (it == activities.end()) {
                core::CostActivity added;
                added.kind = static_cast<CostActivityKind>(kind);
                activities.append(added);
                it = activities.end() - 1;
            }
            change(*it);
            activities.removeIf(
                [](const core::CostActivity &a) { return a.hours == 0.0 && a.basis.isEmpty(); });
            if (activities.isEmpty() && c.costEstimate->aggregatedRequests.isEmpty())
                c.costEstimate.reset();
        },
        mergeKey);
}

void CostStep::refresh()
{
    const Case &theCase = document().current();
    const core::CostEstimate estimate = theCase.costEstimate.value_or(core::CostEstimate{});
    for (int i = 0; i < m_rows.size(); ++i) {
        double hours = 0;
        QString basis;
        for (const core::CostActivity &activity : estimate.activities) {
            if (activity.kind == activityKinds.at(i)) {
                hours = activity.hours;
                basis = activity.basis;
            }
        }
        if (m_rows.at(i).hours->value() != hours) {
            const QSignalBlocker blocker(m_rows.at(i).hours);
            m_rows.at(i).hours->setValue(hours);
        }
        FieldSync::setText(m_rows.at(i).basis, basis);
    }
    const qint64 limit = core::CostEstimate::appropriateLimitPence(theCase.authority.kind);
    m_totalLabel->setText(
        tr("%1 hours at £25 an hour: <b>%2</b>, against the appropriate limit of %3 for %4. %5")
            .arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                     .toString(estimate.totalHours(), 'f', 1),
                 pounds(estimate.costPence()), pounds(limit),
                 Labels::authorityKind(theCase.authority.kind).toLower(),
                 estimate.exceedsLimit(theCase.authority.kind)
                     ? tr("The estimate exceeds the limit: s12 applies.")
                     : tr("Within the limit.")));
    FieldSync::setText(m_adviceEdit, theCase.adviceAndAssistance);
    FieldSync::setText(m_vexatiousEdit, theCase.vexatiousReasons);
    m_aggregation->refresh();
}

QString CostStep::summary() const
{
    return tr("The s12 cost estimate, advice and assistance, and s14 reasons");
}

bool CostStep::reveal(const QString &locator)
{
    if (locator.startsWith(QStringLiteral("costEstimate.aggregatedRequests"))) {
        focusLater(m_aggregation->listWidget());
        return true;
    }
    if (locator.startsWith(QStringLiteral("costEstimate"))) {
        focusLater(m_rows.first().hours);
        return true;
    }
    if (locator == QStringLiteral("adviceAndAssistance")) {
        focusLater(m_adviceEdit);
        return true;
    }
    if (locator == QStringLiteral("vexatiousReasons")) {
        focusLater(m_vexatiousEdit);
        return true;
    }
    return false;
}

} // namespace foi::ui
