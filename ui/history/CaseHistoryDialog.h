#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace foi::ui {

class CaseHistoryModel;

// The open case's history in plain words (who changed what, when), from the audit trail. It
// stays open beside the workspace and follows the case's saves (refresh()).
class CaseHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    CaseHistoryDialog(CaseHistoryModel &model, QWidget *parent = nullptr);

    void showCase(const QString &reference);
    void refresh();
    QTableView *tableView() const { return m_tableView; }

private:
    CaseHistoryModel &m_model;
    QLabel *m_titleLabel = nullptr;
    QTableView *m_tableView = nullptr;
};

} // namespace foi::ui
