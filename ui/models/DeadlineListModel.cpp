#include "ui/models/DeadlineListModel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace foi::ui {

DeadlineListModel::DeadlineListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeadlineListModel::setClocks(QList<core::MatterService::CaseClock> clocks)
{
    beginResetModel();
    m_clocks = std::move(clocks);
    endResetModel();
}

int DeadlineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_clocks.size());
}

int DeadlineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeadlineListModel::kindName(core::ClockKind kind)
{
    switch (kind) {
    case core::ClockKind::InternalReview:
        return tr("Internal review");
    case core::ClockKind::CommissionerLetter:
        return tr("ICO deadline");
    case core::ClockKind::DecisionNoticeStep:
        return tr("Decision notice step");
    case core::ClockKind::AppealWindow:
        return tr("Time to appeal");
    case core::ClockKind::AuthorityRequirement:
        return tr("Enforcement or recommendation");
    }
    return {};
}

QString DeadlineListModel::statusName(core::ClockStatus status)
{
    switch (status) {
    case core::ClockStatus::Open:
        return tr("Open");
    case core::ClockStatus::Overdue:
        return tr("Overdue");
    case core::ClockStatus::Suspended:
        return tr("Suspended, appeal pending");
    }
    return {};
}

QVariant DeadlineListModel::display(const core::MatterService::CaseClock &row, int column) const
{
    switch (column) {
    case DueColumn:
        return QLocale(QLocale::English, QLocale::UnitedKingdom)
            .toString(row.clock.due, QStringLiteral("ddd d MMM yyyy"));
    case CaseColumn:
        return row.reference.isEmpty() ? tr("Authority-wide") : row.reference;
    case MatterColumn:
        return QStringLiteral("%1 · %2").arg(row.clock.matterId, kindName(row.clock.kind));
    case WhatColumn:
        return row.clock.what;
    case OfficerColumn:
        return row.clock.officer;
    case StatusColumn:
        return statusName(row.clock.status);
    case NoteColumn:
        return row.clock.note;
    default:
        return {};
    }
}

QVariant DeadlineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::MatterService::CaseClock &row = m_clocks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return row.clock.note.isEmpty() ? QVariant() : QVariant(row.clock.note);
    case Qt::ForegroundRole:
        if (row.clock.status == core::ClockStatus::Overdue)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (row.clock.status == core::ClockStatus::Suspended)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (row.clock.status == core::ClockStatus::Overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return row.clock.note.isEmpty()
                   ? statusName(row.clock.status)
                   : statusName(row.clock.status) + QStringLiteral(": ") + row.clock.note;
    case ReferenceRole:
        return row.reference;
    case KindRole:
        return static_cast<int>(row.clock.kind);
    case StatusRole:
        return static_cast<int>(row.clock.status);
    case OfficerRole:
        return row.clock.officer;
    default:
        return {};
    }
}

QVariant DeadlineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due");
    case CaseColumn:
        return tr("Case");
    case MatterColumn:
        return tr("Matter");
    case WhatColumn:
        return tr("What is due");
    case OfficerColumn:
        return tr("Officer");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace foi::ui
