#include "ui/models/CaseListModel.h"

#include "core/law/DeadlineCalculator.h"
#include "core/services/CaseQueryService.h"
#include "core/services/CaseTimetable.h"
#include "ui/widgets/Labels.h"

#include <QColor>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <utility>

namespace foi::ui {

CaseListModel::CaseListModel(core::CaseQueryService &queries,
                             const core::WorkingDayCalendar &calendar, const core::Clock &clock,
                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
    , m_calendar(calendar)
    , m_today(clock.today())
    , m_fetchTimer(new QTimer(this))
    , m_outliner(queries.reader())
    , m_searcher(queries.reader())
{
    m_fetchTimer->setSingleShot(true);
    m_fetchTimer->setInterval(0);
    connect(m_fetchTimer, &QTimer::timeout, this, &CaseListModel::fetchWantedPages);
    restart();
}

CaseListModel::~CaseListModel()
{
    // The workers stop (interrupted) before the rows they would report to go away.
    m_outliner.reset();
    m_searcher.reset();
}

void CaseListModel::setToday(const QDate &today)
{
    m_today = today;
    m_searchText.isEmpty() ? restart() : startSearch();
}

void CaseListModel::setStatusFilter(const QString &status)
{
    m_status = status;
    m_searchText.isEmpty() ? restart() : startSearch();
}

void CaseListModel::setRegimeFilter(std::optional<core::Regime> regime)
{
    m_regime = regime;
    m_searchText.isEmpty() ? restart() : startSearch();
}

void CaseListModel::setDueWindow(DueWindow window)
{
    m_dueWindow = window;
    m_searchText.isEmpty() ? restart() : startSearch();
}

void CaseListModel::setReviewFilter(std::optional<core::ReviewState> review)
{
    m_review = review;
    m_searchText.isEmpty() ? restart() : startSearch();
}

void CaseListModel::setLanguageFilter(std::optional<core::LetterLanguage> language)
{
    m_language = language;
    m_searchText.isEmpty() ? restart() : startSearch();
}

QString CaseListModel::reviewText(core::ReviewState review)
{
    switch (review) {
    case core::ReviewState::NotReviewed:
        return QString();
    case core::ReviewState::AwaitingReview:
        return tr("Awaiting review");
    case core::ReviewState::Returned:
        return tr("Returned");
    case core::ReviewState::ReadyToSend:
        return tr("Approved");
    case core::ReviewState::ApprovalOutdated:
        return tr("Changed since approval");
    }
    return QString();
}

void CaseListModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    if (!m_searchText.isEmpty()) {
        startSearch();
        return;
    }
    m_searcher->cancel();
    setSearching(false);
    restart();
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column == Title)
        return;
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
    case Review:
        m_order = core::CaseListOrder::ReviewStatus;
        break;
    default:
        m_order = core::CaseListOrder::DateReceived;
        break;
    }
    m_ascending = order == Qt::AscendingOrder;
    m_searchText.isEmpty() ? restart() : startSearch();
}

void CaseListModel::reload()
{
    if (!m_searchText.isEmpty()) {
        startSearch();
        return;
    }
    // A list of one page is simply read again.
    if (m_inSearch || m_rowCount <= pageSize) {
        restart();
        return;
    }
    // The rows stay where they are and are read again as the view shows them; the first page
    // now, the count and the outline on the worker.
    for (Page &page : m_pages)
        page.stale = true;
    QString failure;
    fetchPage(0, failure);
    if (failure.isEmpty())
        startOutline();
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

core::CaseListQuery CaseListModel::listQuery() const
{
    core::CaseListQuery query;
    query.limit = pageSize;
    query.status = m_status;
    query.order = m_order;
    query.ascending = m_ascending;
    if (m_regime)
        query.regime = core::regimeCode(*m_regime);
    query.review = m_review;
    query.language = m_language;
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

void CaseListModel::restart()
{
    m_outliner->cancel();
    QString failure;
    // The first page is read inside the reset, so that views and testers see one reset and
    // then only the count's inserts.
    beginResetModel();
    m_inSearch = false;
    m_found.clear();
    m_pages.clear();
    m_wanted.clear();
    m_anchors.clear();
    m_outlined = false;
    m_count.reset();
    m_rowCount = 0;
    core::CaseListQuery query = listQuery();
    if (auto read = m_queries.page(query)) {
        Page page;
        for (const core::CaseSummary &summary : std::as_const(read->cases))
            page.rows.append(makeRow(summary));
        page.first = read->first.value_or(core::CaseListCursor{});
        page.last = read->last.value_or(core::CaseListCursor{});
        m_rowCount = static_cast<int>(page.rows.size());
        if (!read->next) {
            m_count = m_rowCount;
            m_outlined = true;
        }
        storePage(0, std::move(page));
    } else {
        failure = read.error().message;
        m_count = 0;
    }
    endResetModel();
    if (!m_count)
        startOutline();
    emit countChanged();
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

void CaseListModel::startOutline()
{
    // The count comes first, so that the scroll bar and Ctrl+End are right at once; then the
    // outline, a pass over the order's index.
    m_outliner->outline(
        listQuery(), pageSize, [this](qint64 count) { countArrived(count); },
        [this](const core::CaseListOutline &outline) {
            outlineArrived(outline.count, outline.anchors);
        },
        [this](const QString &message) { emit loadFailed(message); });
}

void CaseListModel::countArrived(qint64 count)
{
    m_count = count;
    resizeTo(count);
    emit countChanged();
    if (!m_wanted.isEmpty())
        m_fetchTimer->start();
}

void CaseListModel::outlineArrived(qint64 count, QList<core::CaseListCursor> anchors)
{
    m_anchors = std::move(anchors);
    m_outlined = true;
    m_count = count;
    resizeTo(count);
    // Pages read before were read after their neighbours; read the ones in view again from
    // the outline, in case a case was saved meanwhile.
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
        it->stale = it.key() != 0;
    if (m_rowCount > pageSize)
        emit dataChanged(index(pageSize, 0), index(m_rowCount - 1, ColumnCount - 1));
    emit countChanged();
    if (!m_wanted.isEmpty())
        m_fetchTimer->start();
}

void CaseListModel::resizeTo(qint64 rows)
{
    const int target = static_cast<int>(qMin<qint64>(rows, std::numeric_limits<int>::max()));
    if (target > m_rowCount) {
        beginInsertRows({}, m_rowCount, target - 1);
        m_rowCount = target;
        endInsertRows();
    } else if (target < m_rowCount) {
        beginRemoveRows({}, target, m_rowCount - 1);
        m_rowCount = target;
        for (auto it = m_pages.begin(); it != m_pages.end();)
            it = it.key() * pageSize >= target ? m_pages.erase(it) : std::next(it);
        endRemoveRows();
    }
}

void CaseListModel::startSearch()
{
    setSearching(true);
    m_searcher->search(m_searchText, searchLimit,
                       [this](const core::Result<QList<core::CaseSummary>> &found) {
                           if (found)
                               return searchArrived(*found);
                           setSearching(false);
                           emit loadFailed(found.error().message);
                       });
}

void CaseListModel::searchArrived(const QList<core::CaseSummary> &found)
{
    m_outliner->cancel();
    beginResetModel();
    m_inSearch = true;
    m_found = accepted(found);
    m_pages.clear();
    m_wanted.clear();
    m_anchors.clear();
    m_outlined = true;
    m_rowCount = static_cast<int>(m_found.size());
    m_count = m_rowCount;
    endResetModel();
    emit countChanged();
    setSearching(false);
}

void CaseListModel::setSearching(bool searching)
{
    if (m_searching == searching)
        return;
    m_searching = searching;
    emit searchingChanged(searching);
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

void CaseListModel::fetchWantedPages()
{
    // A few pages a turn of the event loop (each is one index seek of 200 rows), latest wish
    // first; a page that has to wait for the outline stays wished for.
    constexpr int pagesPerTurn = 4;
    int fetched = 0;
    QString failure;
    bool progress = true;
    while (progress && fetched < pagesPerTurn && failure.isEmpty()) {
        progress = false;
        for (qsizetype i = m_wanted.size() - 1; i >= 0 && fetched < pagesPerTurn; --i) {
            if (fetchPage(m_wanted.at(i), failure)) {
                m_wanted.removeAt(i);
                ++fetched;
                progress = true;
                break;
            }
        }
    }
    if (!failure.isEmpty()) {
        m_wanted.clear();
        emit loadFailed(failure);
    } else if (progress && !m_wanted.isEmpty()) {
        m_fetchTimer->start();
    }
}

bool CaseListModel::fetchPage(int page, QString &failure)
{
    if (m_inSearch || qint64(page) * pageSize >= m_rowCount)
        return true;
    core::CaseListQuery query = listQuery();
    bool reversed = false;
    const auto before = m_pages.constFind(page - 1);
    const auto after = m_pages.constFind(page + 1);
    if (page == 0) {
    } else if (m_outlined && page - 1 < m_anchors.size()) {
        query.after = m_anchors.at(page - 1);
    } else if (before != m_pages.cend() && !before->stale) {
        query.after = before->last;
    } else if (m_count && page == (*m_count - 1) / pageSize) {
        // The last page, before the outline: the list read backwards from its end.
        reversed = true;
        query.limit = static_cast<int>(*m_count - qint64(page) * pageSize);
    } else if (after != m_pages.cend() && !after->stale) {
        reversed = true;
        query.after = after->first;
    } else {
        return false;
    }
    if (reversed)
        query.ascending = !query.ascending;
    core::Result<core::CasePage> read = m_queries.page(query);
    if (!read) {
        failure = read.error().message;
        return true;
    }
    Page fetched;
    for (const core::CaseSummary &summary : std::as_const(read->cases))
        fetched.rows.append(makeRow(summary));
    fetched.first = read->first.value_or(core::CaseListCursor{});
    fetched.last = read->last.value_or(core::CaseListCursor{});
    if (reversed) {
        std::reverse(fetched.rows.begin(), fetched.rows.end());
        std::swap(fetched.first, fetched.last);
    }
    storePage(page, std::move(fetched));
    const int last = qMin(m_rowCount, (page + 1) * pageSize) - 1;
    emit dataChanged(index(page * pageSize, 0), index(last, ColumnCount - 1));
    return true;
}

void CaseListModel::storePage(int page, Page read)
{
    read.usedAt = ++m_useClock;
    m_pages.insert(page, std::move(read));
    // Only the pages used last are kept: memory stays flat however far the officer scrolls.
    while (m_pages.size() > m_pageCacheLimit) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it.key() != page && (oldest == m_pages.end() || it->usedAt < oldest->usedAt))
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

const CaseListModel::Row *CaseListModel::rowAt(int row) const
{
    if (m_inSearch)
        return row < m_found.size() ? &m_found.at(row) : nullptr;
    const int page = row / pageSize;
    const auto found = m_pages.constFind(page);
    if (found == m_pages.cend()) {
        want(page);
        return nullptr;
    }
    found->usedAt = ++m_useClock;
    if (found->stale)
        want(page);
    const int offset = row % pageSize;
    return offset < found->rows.size() ? &found->rows.at(offset) : nullptr;
}

void CaseListModel::want(int page) const
{
    // The latest wishes are those of the rows in view; older ones are dropped.
    constexpr qsizetype remembered = 16;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    if (m_wanted.size() > remembered)
        m_wanted.removeFirst();
    if (!m_fetchTimer->isActive())
        m_fetchTimer->start();
}

int CaseListModel::rowOf(const QString &reference) const
{
    if (m_inSearch) {
        for (qsizetype i = 0; i < m_found.size(); ++i) {
            if (m_found.at(i).summary.reference == reference)
                return static_cast<int>(i);
        }
        return -1;
    }
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).summary.reference == reference)
                return it.key() * pageSize + static_cast<int>(i);
        }
    }
    return -1;
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
    if (m_review && row.summary.review != *m_review)
        return false;
    if (m_language && row.summary.language != *m_language)
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

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *read = rowAt(index.row());
    if (!read) {
        // Not read yet: a quiet mark until its page arrives (asked for by rowAt).
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == Reference)
            return QStringLiteral("\u2026");
        if (role == Qt::AccessibleTextRole && index.column() == Reference)
            return tr("Loading");
        return {};
    }
    const Row &row = *read;
    if (role == LoadedRole)
        return true;
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
    case Title:
        return row.summary.title;
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
        // A request closed without a reply says how, so that it is never read as answered.
        if (row.summary.outcome == QLatin1String("withdrawn"))
            return tr("Withdrawn");
        if (row.summary.outcome == QLatin1String("lapsed"))
            return tr("Lapsed");
        return open ? tr("Open") : tr("Closed");
    case Review:
        if (role == Qt::AccessibleTextRole && row.summary.review == core::ReviewState::NotReviewed)
            return tr("Not sent for review");
        return reviewText(row.summary.review);
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
    case Title:
        return tr("Title");
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
    case Review:
        return tr("Review");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace foi::ui
