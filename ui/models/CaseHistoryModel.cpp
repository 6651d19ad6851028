#include "ui/models/CaseHistoryModel.h"

#include "ui/widgets/Labels.h"

namespace foi::ui {

CaseHistoryModel::CaseHistoryModel(core::CaseHistory &history, QObject *parent)
    : QAbstractTableModel(parent)
    , m_history(history)
{}

void CaseHistoryModel::load(const QString &reference)
{
    auto entries = m_history.of(reference);
    beginResetModel();
    m_reference = reference;
    m_entries = entries ? *entries : QList<core::CaseHistoryEntry>{};
    endResetModel();
    if (!entries)
        emit loadFailed(entries.error());
}

int CaseHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int CaseHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CaseHistoryEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Change)
        return Labels::plainToolTip(changeText(entry));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case When:
        return Labels::dateTime(entry.recordedAt);
    case Officer:
        return entry.officer.isEmpty() ? tr("(no officer named)") : entry.officer;
    case Change:
        return changeText(entry);
    default:
        return {};
    }
}

QString CaseHistoryModel::changeText(const core::CaseHistoryEntry &entry)
{
    // The change, how many saves it took when the officer saved it in a quick run, and each
    // value as it was and is, a line each.
    QString text = entry.change;
    if (entry.saves > 1)
        text = tr("%1 (%n saves)", nullptr, entry.saves).arg(text);
    for (const QString &detail : entry.details)
        text += QLatin1Char('\n') + detail;
    return text;
}

QVariant CaseHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Officer:
        return tr("Who");
    case Change:
        return tr("What changed");
    default:
        return {};
    }
}

} // namespace foi::ui
