#include "ui/deadlines/DeadlinesDialog.h"

#include "core/services/MatterService.h"
#include "ui/models/DeadlineListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

// Rows of one kind of clock (or every kind), and optionally only the overdue ones.
class DeadlineFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setKind(int kind) // -1: every kind
    {
        m_kind = kind;
        invalidateFilter();
    }
    void setOfficer(const QString &officer, bool any)
    {
        m_officer = officer;
        m_anyOfficer = any;
        invalidateFilter();
    }
    void setOverdueOnly(bool only)
    {
        m_overdueOnly = only;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (m_kind >= 0 && index.data(DeadlineListModel::KindRole).toInt() != m_kind)
            return false;
        if (!m_anyOfficer && index.data(DeadlineListModel::OfficerRole).toString() != m_officer)
            return false;
        return !m_overdueOnly || index.data(DeadlineListModel::StatusRole).toInt() ==
                                     static_cast<int>(core::ClockStatus::Overdue);
    }

private:
    int m_kind = -1;
    QString m_officer;
    bool m_anyOfficer = true;
    bool m_overdueOnly = false;
};

} // namespace

DeadlinesDialog::DeadlinesDialog(core::MatterService &matters, QWidget *parent)
    : QDialog(parent)
    , m_matters(matters)
    , m_model(new DeadlineListModel(this))
    , m_filter(new DeadlineFilter(this))
{
    setObjectName(QStringLiteral("deadlinesDialog"));
    setWindowTitle(tr("Deadlines after the reply"));
    m_filter->setSourceModel(m_model);
    buildLayout();
    resize(1100, 420);
}

void DeadlinesDialog::buildLayout()
{
    auto *intro = new QLabel(tr("Every open clock of the internal reviews, the Information "
                                "Commissioner's matters and tribunal appeals in this store, "
                                "soonest first."),
                             this);
    intro->setWordWrap(true);
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("kindFilterCombo"));
    m_kindFilter->addItem(tr("Every kind"), -1);
    for (core::ClockKind kind :
         {core::ClockKind::InternalReview, core::ClockKind::CommissionerLetter,
          core::ClockKind::DecisionNoticeStep, core::ClockKind::AppealWindow,
          core::ClockKind::AuthorityRequirement})
        m_kindFilter->addItem(DeadlineListModel::kindName(kind), static_cast<int>(kind));
    auto *kindLabel = new QLabel(tr("&Show:"), this);
    kindLabel->setBuddy(m_kindFilter);
    m_officerFilter = new QComboBox(this);
    m_officerFilter->setObjectName(QStringLiteral("officerFilterCombo"));
    m_officerFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *officerLabel = new QLabel(tr("O&fficer:"), this);
    officerLabel->setBuddy(m_officerFilter);
    m_overdueOnly = new QCheckBox(tr("Only &overdue"), this);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnlyCheck"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("deadlineSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    auto *filters = new QHBoxLayout;
    filters->addWidget(kindLabel);
    filters->addWidget(m_kindFilter);
    filters->addWidget(officerLabel);
    filters->addWidget(m_officerFilter);
    filters->addWidget(m_overdueOnly);
    filters->addStretch();
    filters->addWidget(m_summaryLabel);

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("deadlineTable"));
    m_tableView->setModel(m_filter);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setTabKeyNavigation(false); // Tab leaves the table
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(false);
    m_tableView->horizontalHeader()->setSectionResizeMode(DeadlineListModel::NoteColumn,
                                                          QHeaderView::Stretch);
    m_tableView->setTextElideMode(Qt::ElideRight);
    m_tableView->setAccessibleName(tr("Open deadlines"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    m_openButton = buttons->addButton(tr("Open &case"), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(QStringLiteral("openCaseButton"));
    auto *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    auto *refreshKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(refreshKey, &QShortcut::activated, this, &DeadlinesDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, &DeadlinesDialog::openCurrentCase);
    connect(refreshButton, &QPushButton::clicked, this, &DeadlinesDialog::refresh);
    // Enter anywhere in the window presses "Open case", the default button; a double click on a
    // row does the same.
    m_openButton->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    refreshButton->setAutoDefault(false);
    connect(m_tableView, &QTableView::doubleClicked, this, &DeadlinesDialog::openCurrentCase);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &DeadlinesDialog::applyFilter);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &DeadlinesDialog::applyFilter);
    connect(m_officerFilter, &QComboBox::currentIndexChanged, this, &DeadlinesDialog::applyFilter);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QDialog::reject);
}

void DeadlinesDialog::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
    m_tableView->setFocus(Qt::OtherFocusReason);
}

void DeadlinesDialog::refresh()
{
    core::Result<QList<core::MatterService::CaseClock>> clocks = m_matters.openClocksInStore();
    if (!clocks) {
        m_failure = tr("The deadlines could not be read: %1").arg(clocks.error().message);
        m_model->setClocks({});
    } else {
        m_failure.clear();
        m_model->setClocks(std::move(clocks).value());
    }
    fillOfficers();
    m_tableView->resizeColumnsToContents();
    m_tableView->horizontalHeader()->setSectionResizeMode(DeadlineListModel::NoteColumn,
                                                          QHeaderView::Stretch);
    if (m_filter->rowCount() > 0)
        m_tableView->selectRow(0);
    updateSummary();
}

void DeadlinesDialog::applyFilter()
{
    auto *filter = static_cast<DeadlineFilter *>(m_filter);
    filter->setKind(m_kindFilter->currentData().toInt());
    filter->setOverdueOnly(m_overdueOnly->isChecked());
    // Item 0 is every officer; the others carry the name (empty: nobody named).
    filter->setOfficer(m_officerFilter->currentData().toString(),
                       m_officerFilter->currentIndex() <= 0);
    if (m_filter->rowCount() > 0 && !m_tableView->currentIndex().isValid())
        m_tableView->selectRow(0);
    updateSummary();
}

// The officers of the clocks now read, keeping the one chosen while it still has a clock.
void DeadlinesDialog::fillOfficers()
{
    const QString chosen =
        m_officerFilter->currentIndex() > 0 ? m_officerFilter->currentData().toString() : QString();
    const bool hadChoice = m_officerFilter->currentIndex() > 0;
    QStringList officers;
    for (const core::MatterService::CaseClock &row : m_model->clocks()) {
        if (!officers.contains(row.clock.officer))
            officers.append(row.clock.officer);
    }
    officers.sort(Qt::CaseInsensitive);
    const QSignalBlocker quiet(m_officerFilter);
    m_officerFilter->clear();
    m_officerFilter->addItem(tr("Every officer"));
    for (const QString &officer : officers)
        m_officerFilter->addItem(officer.isEmpty() ? tr("(nobody named)") : officer, officer);
    const int index = hadChoice ? m_officerFilter->findData(chosen) : 0;
    m_officerFilter->setCurrentIndex(index < 0 ? 0 : index);
    applyFilter();
}

void DeadlinesDialog::updateSummary()
{
    if (!m_failure.isEmpty()) {
        m_summaryLabel->setText(m_failure);
        m_openButton->setEnabled(false);
        return;
    }
    int overdue = 0;
    int suspended = 0;
    for (const core::MatterService::CaseClock &row : m_model->clocks()) {
        overdue += row.clock.status == core::ClockStatus::Overdue ? 1 : 0;
        suspended += row.clock.status == core::ClockStatus::Suspended ? 1 : 0;
    }
    const int open = static_cast<int>(m_model->clocks().size());
    const QString count = open == 1 ? tr("1 open clock") : tr("%1 open clocks").arg(open);
    m_summaryLabel->setText(
        open == 0 ? tr("No open clock.")
                  : tr("%1: %2 overdue, %3 suspended").arg(count).arg(overdue).arg(suspended));
    m_openButton->setEnabled(m_filter->rowCount() > 0);
}

void DeadlinesDialog::openCurrentCase()
{
    const QModelIndex current = m_tableView->currentIndex();
    if (!current.isValid())
        return;
    const QString reference = current.data(DeadlineListModel::ReferenceRole).toString();
    if (reference.isEmpty()) { // an enforcement notice or recommendation: no case to open
        m_summaryLabel->setText(
            tr("%1 is about the authority as a whole, not a case: see "
               "`foi-workbench-cli matter list`.")
                .arg(current.siblingAtColumn(DeadlineListModel::MatterColumn).data().toString()));
        return;
    }
    emit openCaseRequested(reference);
}

} // namespace foi::ui
