#pragma once

#include "core/model/StatisticsSeries.h"
#include "core/support/Result.h"
#include "ui/statistics/StatisticsCharts.h"

#include <QDialog>
#include <QList>

#include <functional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace foi::core {
class StatisticsViewService;
}

namespace foi::ui {

class FileChooser;

// Reports ▸ Statistics: the published statistics as charts, each with its table beside it
// (received and answered per month, the share answered in time against the ICO's 90 % and 95 %
// lines, outcomes, the ten most used exemptions, open requests by age in working days), for a
// period, an "as at" day and a regime. Counted off the GUI thread by StatisticsViewService from
// the store's summary table; each chart exports as PNG and each table as CSV through the file
// chooser the dialog is given. Everything is reachable by keyboard: Tab
// through the controls, Ctrl+Tab or Ctrl+PgDown between charts; F5 counts again; Esc closes.
class StatisticsDialog : public QDialog
{
    Q_OBJECT
public:
    // Today's date, from the program's one clock: the default period is the last twelve whole
    // months, as at today.
    using Today = std::function<QDate()>;

    // `files` asks where each export is saved.
    StatisticsDialog(core::StatisticsViewService &statistics, Today today, FileChooser &files,
                     QWidget *parent = nullptr);

    // Counts the figures of the period in the controls again.
    void refresh();

    // The table of the figure `name` ("received-answered", "in-time", "outcomes",
    // "exemptions", "open-by-age").
    QTableView *tableOf(const QString &name) const;
    QLabel *statusLabel() const { return m_statusLabel; }
    bool isCounting() const { return m_counting; }

signals:
    void counted();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Page
    {
        StatisticsFigure figure;
        QChartView *chartView = nullptr;
        QTableView *tableView = nullptr;
        QStandardItemModel *model = nullptr;
    };
    QWidget *buildControls();
    QWidget *buildPage(int index);
    void delivered(const core::Result<core::StatisticsSeries> &series);
    void display(const core::StatisticsSeries &series);
    void exportChart(int page);
    void exportTable(int page);
    QString chooseFile(const QString &title, const QString &name, const QString &filter);
    core::StatisticsPeriod period() const;

    core::StatisticsViewService &m_statistics;
    Today m_today;
    FileChooser &m_files;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QDateEdit *m_asAtEdit = nullptr;
    QComboBox *m_regimeCombo = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<Page> m_pages;
    bool m_counting = false;
    bool m_shownOnce = false;
};

} // namespace foi::ui
