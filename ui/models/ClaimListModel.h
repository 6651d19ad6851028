#pragma once

#include <QAbstractListModel>

namespace foi::core {
class CaseDocument;
class ExemptionCatalogue;
} // namespace foi::core

namespace foi::ui {

// The exemption claims of the open case, one row each: the provision, the duty it relieves
// and what it covers. Follows the document as QuestionListModel does.
class ClaimListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ProvisionRole = Qt::UserRole + 1,
    };

    ClaimListModel(core::CaseDocument &document, const core::ExemptionCatalogue &catalogue,
                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void follow();
    QString describe(int row) const;

    core::CaseDocument &m_document;
    const core::ExemptionCatalogue &m_catalogue;
    int m_rows = 0;
};

} // namespace foi::ui
