#include "ui/models/ClaimListModel.h"

#include "core/law/ExemptionCatalogue.h"
#include "core/services/CaseDocument.h"

namespace foi::ui {

ClaimListModel::ClaimListModel(core::CaseDocument &document,
                               const core::ExemptionCatalogue &catalogue, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_catalogue(catalogue)
    , m_rows(static_cast<int>(document.current().claims.size()))
{
    connect(&m_document, &core::CaseDocument::changed, this, &ClaimListModel::follow);
}

void ClaimListModel::follow()
{
    const int rows = static_cast<int>(m_document.current().claims.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0), index(rows - 1));
    }
}

int ClaimListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QString ClaimListModel::describe(int row) const
{
    const core::ExemptionClaim &claim = m_document.current().claims.at(row);
    const core::Provision *provision = m_catalogue.find(claim.provision);
    const QString name =
        provision ? tr("%1 %2").arg(provision->citation, provision->title) : claim.provision;
    const QString duty = claim.relieves == core::Duty::ConfirmOrDeny
                             ? tr("Relieves the duty to confirm or deny")
                             : tr("Relieves the duty to communicate");
    QStringList covered = claim.questions;
    if (claim.anyOtherInformation)
        covered.append(tr("any other information"));
    const QString what = covered.isEmpty() ? tr("nothing yet") : covered.join(QStringLiteral(", "));
    return tr("%1\n%2 · covers %3").arg(name, duty, what);
}

QVariant ClaimListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return describe(index.row());
    case ProvisionRole:
        return m_document.current().claims.at(index.row()).provision;
    default:
        return {};
    }
}

} // namespace foi::ui
