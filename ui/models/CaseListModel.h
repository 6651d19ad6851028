#pragma once

#include "core/law/Regime.h"
#include "core/model/CaseListQuery.h"
#include "core/model/CaseSummary.h"
#include "core/support/Clock.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

class QTimer;

namespace foi::core {
class CaseQueryReader;
class CaseQueryService;
class WorkingDayCalendar;
} // namespace foi::core

namespace foi::ui {

// The case list: one row per case, in the store's order, for a store of any size. The model
// knows how many cases the filters match, so the view's scroll bar, End and Ctrl+End reach the
// last case at once; rows are read a page (200) at a time around the rows the view shows, and
// a row not read yet shows "…" until its page arrives (one index seek, a millisecond). The
// count and the outline (where each page starts) are read on a worker thread; until the
// outline is there, the first and last pages and those next to a page already read can be
// read, and others wait for it. Only the pages used most recently are kept, so memory stays
// flat however far the officer scrolls.
// Search text replaces the list by the best matches, searched on a worker thread as the
// officer types: each keystroke interrupts the search before it, whose results are dropped.
// The due date is the store's (the law's deadline with the case's clock changes); rows overdue
// or due within `dueSoonDays` working days are marked.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Reference,
        Title,
        Requester,
        Received,
        Due,
        DaysLeft,
        Status,
        Review,
        Outcome,
        ColumnCount
    };
    enum class DueWindow { Any, Overdue, DueSoon };
    enum Role { ReferenceRole = Qt::UserRole + 1, DaysLeftRole, LoadedRole };

    static constexpr int pageSize = 200;
    static constexpr int cachedPages = 40; // 8,000 rows at most in memory
    static constexpr int dueSoonDays = 5;
    static constexpr int searchLimit = 200;

    // `clock` gives the day the due filters and the days left count from.
    CaseListModel(core::CaseQueryService &queries, const core::WorkingDayCalendar &calendar,
                  const core::Clock &clock, QObject *parent = nullptr);
    ~CaseListModel() override;

    void setToday(const QDate &today);
    void setStatusFilter(const QString &status); // "open", "closed" or empty for all
    void setRegimeFilter(std::optional<core::Regime> regime);
    void setDueWindow(DueWindow window);
    // Only the cases at this stage of the offline review; empty: every case.
    void setReviewFilter(std::optional<core::ReviewState> review);
    // Only the cases whose correspondence is in this language; empty: every case.
    void setLanguageFilter(std::optional<core::LetterLanguage> language);
    // The review state as the list and its filter name it ("Awaiting review"); empty for a case
    // never sent for review.
    static QString reviewText(core::ReviewState review);
    void setSearchText(const QString &text);
    // Orders the list by a column (the working days left order as the due date does). The title
    // has no order of its own in the store: the list stays in its order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Reads the list again (after a case was saved), keeping the rows where they are while the
    // store is read again.
    void reload();

    // How many cases the list holds, once counted (the count runs on a worker thread).
    std::optional<qint64> count() const { return m_count; }
    // The outline is read: any row can be read with one seek.
    bool isOutlined() const { return m_outlined; }
    // A search is running on the worker thread.
    bool isSearching() const { return m_searching; }
    // The row of a case among the rows read, or -1.
    int rowOf(const QString &reference) const;
    // How many pages are kept at most (cachedPages unless set), and how many are kept now.
    void setPageCacheLimit(int pages) { m_pageCacheLimit = qMax(1, pages); }
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    // Reads now the pages the view asked for that can be read (normally on a zero timer).
    void fetchWantedPages();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);
    void countChanged();
    void searchingChanged(bool searching);

private:
    struct Row
    {
        core::CaseSummary summary;
        QDate due;
        int daysLeft = 0;
    };
    struct Page
    {
        QList<Row> rows;
        core::CaseListCursor first;
        core::CaseListCursor last;
        mutable quint64 usedAt = 0;
        bool stale = false; // read before a reload: shown until read again
    };

    Row makeRow(const core::CaseSummary &summary) const;
    bool accepts(const Row &row) const;
    QList<Row> accepted(const QList<core::CaseSummary> &summaries) const;
    core::CaseListQuery listQuery() const;
    // Starts over: the first page now, the count and outline on the worker.
    void restart();
    void startOutline();
    void outlineArrived(qint64 count, QList<core::CaseListCursor> anchors);
    void countArrived(qint64 count);
    void resizeTo(qint64 rows);
    void startSearch();
    void searchArrived(const QList<core::CaseSummary> &found);
    void setSearching(bool searching);
    // Reads page `page` if it can be read now; false when it must wait for the outline.
    bool fetchPage(int page, QString &failure);
    void storePage(int page, Page read);
    const Row *rowAt(int row) const;
    void want(int page) const;

    core::CaseQueryService &m_queries;
    const core::WorkingDayCalendar &m_calendar;
    QDate m_today;
    QString m_status;
    std::optional<core::Regime> m_regime;
    DueWindow m_dueWindow = DueWindow::Any;
    std::optional<core::ReviewState> m_review;
    std::optional<core::LetterLanguage> m_language;
    QString m_searchText;
    core::CaseListOrder m_order = core::CaseListOrder::DateReceived;
    bool m_ascending = false;

    int m_rowCount = 0;
    std::optional<qint64> m_count;
    QList<core::CaseListCursor> m_anchors;
    bool m_outlined = false;
    QHash<int, Page> m_pages;
    int m_pageCacheLimit = cachedPages;
    mutable quint64 m_useClock = 0;
    mutable QList<int> m_wanted; // pages the view asked for, latest last
    QTimer *m_fetchTimer = nullptr;

    bool m_inSearch = false;
    bool m_searching = false;
    QList<Row> m_found;

    std::unique_ptr<core::CaseQueryReader> m_outliner;
    std::unique_ptr<core::CaseQueryReader> m_searcher;
};

} // namespace foi::ui
