#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace foi::core {
class MatterService;
}

namespace foi::ui {

class DeadlineListModel;

// View ▸ Deadlines: every open clock of every case's matters after the reply, soonest first,
// overdue in red, a suspended step grey, filterable by kind, by officer (the reviewer, or whoever
// handles the Commissioner's matter) and to the overdue ones, all by
// keyboard (Tab, arrows; Enter or "Open case" opens the row's case; F5 reads again; Esc
// closes). Reads through MatterService when shown or refreshed; a failure is said in the
// window, never by a box that blocks.
class DeadlinesDialog : public QDialog
{
    Q_OBJECT
public:
    DeadlinesDialog(core::MatterService &matters, QWidget *parent = nullptr);

    void refresh();

    QTableView *tableView() const { return m_tableView; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QComboBox *officerFilter() const { return m_officerFilter; }
    QCheckBox *overdueOnly() const { return m_overdueOnly; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    const QSortFilterProxyModel &visibleRows() const { return *m_filter; }

signals:
    void openCaseRequested(const QString &reference);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void applyFilter();
    void openCurrentCase();
    void updateSummary();
    void fillOfficers();

    core::MatterService &m_matters;
    DeadlineListModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_officerFilter = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QTableView *m_tableView = nullptr;
    QPushButton *m_openButton = nullptr;
    QString m_failure;
};

} // namespace foi::ui
