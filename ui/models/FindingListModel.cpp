#include "ui/models/FindingListModel.h"

#include <QApplication>
#include <QStyle>

namespace foi::ui {

void FindingListModel::setFindings(const QList<core::Finding> &findings)
{
    if (findings == m_findings)
        return;
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

QVariant FindingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Finding &finding = m_findings.at(index.row());
    const bool error = finding.severity == core::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
        return finding.message;
    case Qt::AccessibleTextRole:
        return (error ? tr("Error: %1") : tr("Warning: %1")).arg(finding.message);
    case Qt::ToolTipRole:
        return tr("%1 (%2). Press Enter to go to the field.").arg(finding.provision, finding.code);
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                         : QStyle::SP_MessageBoxWarning);
    case LocatorRole:
        return finding.locator;
    case CodeRole:
        return finding.code;
    case SeverityRole:
        return static_cast<int>(finding.severity);
    default:
        return {};
    }
}

} // namespace foi::ui
