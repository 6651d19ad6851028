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
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_atEnd = false;
    endResetModel();
    if (!m_searchText.isEmpty()) {
        m_atEnd = true;
        auto found = m_search.search(m_searchText, searchLimit);
        if (!found) {
            emit loadFailed(found.error().message);
            return;
        }
        append(*found);
    } else {
        fetchMore({});
    }
}

CaseListModel::Row CaseListModel::makeRow(const core::CaseSummary &summary) const
{
    Row row{summary, {}, 0};
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

void CaseListModel::append(const QList<core::CaseSummary> &summaries)
{
    QList<Row> rows;
    for (const core::CaseSummary &summary : summaries) {
        Row row = makeRow(summary);
        if (accepts(row))
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    // With a filter the store does not apply, a page may add no row: read on (a few pages at
    // most per call) so the view sees rows or the end.
    const qsizetype before = m_rows.size();
    for (int pages = 0; pages < 20 && !m_atEnd && m_rows.size() == before; ++pages) {
        core::CaseListQuery query;
        query.limit = pageSize;
        query.after = m_next;
        query.status = m_status;
        auto page = m_cases.list(query);
        if (!page) {
            m_atEnd = true;
            emit loadFailed(page.error().message);
            return;
        }
        m_next = page->next;
        m_atEnd = !m_next.has_value();
        append(page->cases);
    }
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
        return row.summary.outcome;
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
