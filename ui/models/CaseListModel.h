#pragma once

#include "law/Regime.h"
#include "store/CaseListQuery.h"
#include "store/CaseSummary.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <optional>

namespace foi::core {
class CaseRepository;
class CaseSearch;
class WorkingDayCalendar;
} // namespace foi::core

namespace foi::ui {

// The case list: one row per case, newest first, fetched a page at a time as the view scrolls
// (keyset pages from the store, so a store of a million cases opens at once). Sorting and the
// filters (status, regime, how soon the reply is due) are the store query's, so they cost no
// more than a page however large the store; search text replaces the list by the best matches,
// filtered here. The due date is the store's (the law's deadline with the case's clock
// changes); rows overdue or due within `dueSoonDays` working days are marked.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Requester, Received, Due, DaysLeft, Status, Outcome, ColumnCount };
    enum class DueWindow { Any, Overdue, DueSoon };
    enum Role { ReferenceRole = Qt::UserRole + 1, DaysLeftRole };

    static constexpr int pageSize = 200;
    static constexpr int dueSoonDays = 5;
    static constexpr int searchLimit = 200;

    CaseListModel(core::CaseRepository &cases, core::CaseSearch &search,
                  const core::WorkingDayCalendar &calendar, QObject *parent = nullptr);

    void setToday(const QDate &today);
    void setStatusFilter(const QString &status); // "open", "closed" or empty for all
    void setRegimeFilter(std::optional<core::Regime> regime);
    void setDueWindow(DueWindow window);
    void setSearchText(const QString &text);
    // Orders the list by a column (the working days left order as the due date does).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Reads the list again from the top (after a case was saved).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    struct Row
    {
        core::CaseSummary summary;
        QDate due;
        int daysLeft = 0;
    };

    Row makeRow(const core::CaseSummary &summary) const;
    bool accepts(const Row &row) const;
    QList<Row> accepted(const QList<core::CaseSummary> &summaries) const;
    // Appends the next page to m_rows; returns the store's message on failure.
    QString readPages();
    core::CaseListQuery pageQuery() const;

    core::CaseRepository &m_cases;
    core::CaseSearch &m_search;
    const core::WorkingDayCalendar &m_calendar;
    QDate m_today = QDate::currentDate();
    QString m_status;
    std::optional<core::Regime> m_regime;
    DueWindow m_dueWindow = DueWindow::Any;
    QString m_searchText;
    core::CaseListOrder m_order = core::CaseListOrder::DateReceived;
    bool m_ascending = false;
    QList<Row> m_rows;
    std::optional<core::CaseListCursor> m_next;
    bool m_atEnd = false;
    bool m_busy = false; // announcing a change: no fetching until it is over
};

} // namespace foi::ui
