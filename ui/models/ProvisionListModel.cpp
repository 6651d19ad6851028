#include "ui/models/ProvisionListModel.h"

#include "core/law/ExemptionCatalogue.h"

namespace foi::ui {

ProvisionListModel::ProvisionListModel(const core::ExemptionCatalogue &catalogue, QObject *parent)
    : QAbstractListModel(parent)
{
    const QList<core::Provision> all = catalogue.all();
    for (const core::Provision &provision : all) {
        if (provision.kind != core::ProvisionKind::NotHeld)
            m_provisions.append(provision);
    }
}

int ProvisionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_provisions.size());
}

QVariant ProvisionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Provision &provision = m_provisions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1  %2").arg(provision.citation, provision.title);
    case Qt::ToolTipRole:
        return provision.description;
    case IdRole:
        return provision.id;
    case SearchTextRole:
        return QStringList{provision.id, provision.citation, provision.title, provision.description}
            .join(QLatin1Char(' '));
    case RegimeRole:
        return static_cast<int>(provision.regime);
    default:
        return {};
    }
}

} // namespace foi::ui
