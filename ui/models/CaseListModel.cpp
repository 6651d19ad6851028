#include "models/CaseListModel.h"

#include "law/DeadlineCalculator.h"
#include "services/CaseTimetable.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "widgets/Labels.h"

#include <QColor>

namespace foi::ui {

CaseListModel::CaseListModel(core::CaseRepository &cases, core::CaseSearch &search,
                             const core::WorkingDayCalendar &calendar, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cases(cases)
    , m_search(search)
    , m_calendar(calendar)
{
    reload();
}

void CaseListModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void CaseListModel::setStatusFilter(const QString &status)
{
    m_status = status;
    reload();
}

void CaseListModel::setRegimeFilter(std::optional<core::Regime> regime)
{
    m_regime = regime;
    reload();
}

void CaseListModel::setDueWindow(DueWindow window)
{
    m_dueWindow = window;
    reload();
}

void CaseListModel::setSearchText(const QString &text)
{
    m_searchText = text.trimmed();
    reload();
}

void CaseListModel::reload()
{
    // The first page (or the search results) is read inside the reset, so that views and
    // testers see one reset and then only the inserts of later pages.
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_atEnd = false;
    QString failure;
    if (!m_searchText.isEmpty()) {
        m_atEnd = true;
        auto found = m_search.search(m_searchText, searchLimit);
        if (found)
            m_rows = accepted(*found);
        else
            failure = found.error().message;
    } else {
        failure = readPages();
    }
    // Views (and QAbstractItemModelTester) ask for more while a change is announced; the next
    // page waits until the change is over.
    m_busy = true;
    endResetModel();
    m_busy = false;
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

QList<CaseListModel::Row> CaseListModel::accepted(const QList<core::CaseSummary> &summaries) const
{
    QList<Row> rows;
    for (const core::CaseSummary &summary : summaries) {
        Row row = makeRow(summary);
        if (accepts(row))
            rows.append(row);
    }
    return rows;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case Reference:
        m_order = core::CaseListOrder::Reference;
        break;
    case Requester:
        m_order = core::CaseListOrder::Requester;
        break;
    case Due:
    case DaysLeft:
        m_order = core::CaseListOrder::DueDate;
        break;
    case Status:
        m_order = core::CaseListOrder::CaseStatus;
        break;
    case Outcome:
        m_order = core::CaseListOrder::Outcome;
        break;
    default:
        m_order = core::CaseListOrder::DateReceived;
        break;
    }
    m_ascending = order == Qt::AscendingOrder;
    reload();
}

core::CaseListQuery CaseListModel::pageQuery() const
{
    core::CaseListQuery query;
    query.limit = pageSize;
    query.after = m_next;
    query.status = m_status;
    query.order = m_order;
    query.ascending = m_ascending;
    if (m_regime)
        query.regime = core::regimeCode(*m_regime);
    switch (m_dueWindow) {
    case DueWindow::Any:
        break;
    case DueWindow::Overdue:
        query.status = QStringLiteral("open");
        query.dueBefore = m_today;
        break;
    case DueWindow::DueSoon:
        query.status = QStringLiteral("open");
        query.dueOnOrAfter = m_today;
        query.dueBefore = m_calendar.addWorkingDays(m_today, dueSoonDays).addDays(1);
        break;
    }
    return query;
}

QString CaseListModel::readPages()
{
    if (m_atEnd)
        return {};
    auto page = m_cases.list(pageQuery());
    if (!page) {
        m_atEnd = true;
        return page.error().message;
    }
    m_next = page->next;
    m_atEnd = !m_next.has_value();
    for (const core::CaseSummary &summary : std::as_const(page->cases))
        m_rows.append(makeRow(summary));
    return {};
}

CaseListModel::Row CaseListModel::makeRow(const core::CaseSummary &summary) const
{
    Row row{summary, {}, 0};
    if (summary.dueDate.isValid()) {
        core::Deadline deadline;
        deadline.due = summary.dueDate;
        row.due = deadline.due;
        row.daysLeft = core::CaseTimetable::workingDaysLeft(deadline, m_today, m_calendar);
        return row;
    }
    core::DeadlineRequest request;
    request.regime = core::regimeFromCode(summary.regime).value_or(core::Regime::Foia);
    request.received = summary.dateReceived;
    if (auto deadline = core::DeadlineCalculator(m_calendar).calculate(request)) {
        row.due = deadline->due;
        row.daysLeft = core::CaseTimetable::workingDaysLeft(*deadline, m_today, m_calendar);
    }
    return row;
}

bool CaseListModel::accepts(const Row &row) const
{
    if (!m_searchText.isEmpty() && !m_status.isEmpty() && row.summary.status != m_status)
        return false;
    if (m_regime && core::regimeFromCode(row.summary.regime) != m_regime)
        return false;
    const bool open = row.summary.status == QStringLiteral("open");
    switch (m_dueWindow) {
    case DueWindow::Any:
        return true;
    case DueWindow::Overdue:
        return open && row.due.isValid() && row.daysLeft < 0;
    case DueWindow::DueSoon:
        return open && row.due.isValid() && row.daysLeft >= 0 && row.daysLeft <= dueSoonDays;
    }
    return true;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    // Read first, then announce exactly the rows that arrived.
    const qsizetype first = m_rows.size();
    QList<Row> existing;
    existing.swap(m_rows);
    const QString failure = readPages();
    QList<Row> arrived;
    arrived.swap(m_rows);
    m_rows.swap(existing);
    if (!arrived.isEmpty()) {
        m_busy = true;
        beginInsertRows({}, static_cast<int>(first), static_cast<int>(first + arrived.size()) - 1);
        m_rows.append(arrived);
        endInsertRows();
        m_busy = false;
    }
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool open = row.summary.status == QStringLiteral("open");
    if (role == ReferenceRole)
        return row.summary.reference;
    if (role == DaysLeftRole)
        return row.daysLeft;
    if (role == Qt::BackgroundRole && open && row.due.isValid()) {
        if (row.daysLeft < 0)
            return QColor(220, 50, 47, 60);
        if (row.daysLeft <= dueSoonDays)
            return QColor(230, 160, 0, 60);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Reference:
        return row.summary.reference;
    case Requester:
        return row.summary.requesterName;
    case Received:
        return Labels::date(row.summary.dateReceived);
    case Due:
        return Labels::date(row.due);
    case DaysLeft:
        if (!open)
            return QString();
        return row.daysLeft < 0 ? tr("%1 overdue").arg(-row.daysLeft)
                                : QString::number(row.daysLeft);
    case Status:
        return open ? tr("Open") : tr("Closed");
    case Outcome:
        return Labels::outcomeCode(row.summary.outcome);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case Requester:
        return tr("Requester");
    case Received:
        return tr("Date of receipt");
    case Due:
        return tr("Due");
    case DaysLeft:
        return tr("Working days left");
    case Status:
        return tr("Status");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace foi::ui
