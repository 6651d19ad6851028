#pragma once

#include "core/law/Provision.h"

#include <QAbstractListModel>
#include <QList>

namespace foi::core {
class ExemptionCatalogue;
}

namespace foi::ui {

// Every provision an officer can claim (exemptions, NCND provisions and the procedural
// grounds), in catalogue order, for the exemption picker. Read-only.
class ProvisionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SearchTextRole, // id, citation, title and description, for the filter
        RegimeRole,
    };

    explicit ProvisionListModel(const core::ExemptionCatalogue &catalogue,
                                QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const core::Provision &provisionAt(int row) const { return m_provisions.at(row); }

private:
    QList<core::Provision> m_provisions;
};

} // namespace foi::ui
