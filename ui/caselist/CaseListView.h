#pragma once

#include <QString>
#include <QWidget>

class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace foi::ui {

class CaseListModel;

// The list of cases with its filters (status, regime, due window, review, language of
// correspondence) and a search box whose
// results follow the typing. Enter or a double click on a row asks to open that case.
class CaseListView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseListView(CaseListModel &model, QWidget *parent = nullptr);

    // The filters as chosen (the status code, the regime or -1, the due window, the review
    // state or -1, the language of correspondence or -1), to keep them from one session to the
    // next.
    struct Filters
    {
        QString status = QStringLiteral("open");
        int regime = -1;
        int due = 0;
        int review = -1;
        int language = -1;
    };
    Filters filters() const;
    // Chooses these filters (a value the combo does not offer is ignored) and applies them.
    void setFilters(const Filters &filters);

    QLineEdit *searchEdit() const { return m_searchEdit; }
    QTableView *tableView() const { return m_tableView; }

signals:
    void openCaseRequested(const QString &reference);
    // The officer chose another filter.
    void filtersChanged();
    // Files were dropped on the list (emails to take in, for one).
    void filesDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createWidgets();
    void layOut();
    void connectFilters();
    void showStatus();

    CaseListModel &m_model;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_regimeCombo = nullptr;
    QComboBox *m_dueCombo = nullptr;
    QComboBox *m_reviewCombo = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QTableView *m_tableView = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QString m_currentReference;
    bool m_selectFirstResult = false;
};

} // namespace foi::ui
