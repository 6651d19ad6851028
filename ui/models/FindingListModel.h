#pragma once

#include "core/rules/Finding.h"

#include <QAbstractListModel>
#include <QList>

namespace foi::ui {

// The checker's findings for the open case, errors first as the checker orders them. Each row
// says what is wrong in the officer's words, with the provision; LocatorRole is the case-file
// path of the field concerned.
class FindingListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        LocatorRole = Qt::UserRole + 1,
        CodeRole,
        SeverityRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setFindings(const QList<core::Finding> &findings);
    const QList<core::Finding> &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<core::Finding> m_findings;
};

} // namespace foi::ui
