#pragma once

#include "core/services/MatterService.h"

#include <QAbstractTableModel>

namespace foi::ui {

// Every open clock of the store's matters after the reply (internal reviews, the ICO's
// deadlines, decision-notice steps, the time to appeal), one a row, soonest first: due date,
// case, matter, what, who answers for it, status, and a note (why a date did not move, what
// suspended it). Overdue rows are red; a step an appeal suspended is grey. Kind, case reference,
// officer and status are readable through roles for filtering and opening the case.
class DeadlineListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DueColumn,
        CaseColumn,
        MatterColumn,
        WhatColumn,
        OfficerColumn,
        StatusColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { ReferenceRole = Qt::UserRole + 1, KindRole, StatusRole, OfficerRole };

    explicit DeadlineListModel(QObject *parent = nullptr);

    void setClocks(QList<core::MatterService::CaseClock> clocks);
    const QList<core::MatterService::CaseClock> &clocks() const { return m_clocks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindName(core::ClockKind kind);       // "Internal review"
    static QString statusName(core::ClockStatus status); // "Overdue"

private:
    QVariant display(const core::MatterService::CaseClock &row, int column) const;

    QList<core::MatterService::CaseClock> m_clocks;
};

} // namespace foi::ui
