#pragma once

#include "core/law/Provision.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace foi::core {
class ExemptionCatalogue;
}

namespace foi::ui {

class ProvisionFilterModel;
class ProvisionListModel;

// Finds a provision to claim: a search box (by number, "s31" or "31", or by words), the
// provisions the case's regime and kind of authority allow, and for the chosen one whether it is
// absolute or qualified, its test, its NCND provision and what it protects in plain English.
class ExemptionPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ExemptionPicker(const core::ExemptionCatalogue &catalogue, QWidget *parent = nullptr);

    void setRegime(core::Regime regime);
    void setAuthorityKind(core::AuthorityKind kind);
    // Offers only the provisions in force on the date of receipt (the law as it then stood).
    void setDateOfReceipt(const QDate &date);
    QString currentProvision() const;
    QLineEdit *searchEdit() const { return m_searchEdit; }

signals:
    void provisionChosen(const QString &provisionId);

private:
    void showDetails();
    void choose();

    const core::ExemptionCatalogue &m_catalogue;
    ProvisionListModel *m_model = nullptr;
    ProvisionFilterModel *m_filter = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QListView *m_listView = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QPushButton *m_claimButton = nullptr;
};

} // namespace foi::ui
