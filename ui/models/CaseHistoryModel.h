#pragma once

#include "core/services/CaseHistory.h"

#include <QAbstractTableModel>

namespace foi::ui {

// A case's history for a table: when, who and what changed (with the values before and after),
// newest first. load() reads it again from the service; a failure leaves the table empty and is
// announced.
class CaseHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Officer, Change, ColumnCount };

    explicit CaseHistoryModel(core::CaseHistory &history, QObject *parent = nullptr);

    void load(const QString &reference);
    const QString &reference() const { return m_reference; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The text of the What changed column: the change, the saves it took when more than one,
    // then each value changed as it was and is, a line each.
    static QString changeText(const core::CaseHistoryEntry &entry);

signals:
    void loadFailed(const core::Error &error);

private:
    core::CaseHistory &m_history;
    QString m_reference;
    QList<core::CaseHistoryEntry> m_entries;
};

} // namespace foi::ui
