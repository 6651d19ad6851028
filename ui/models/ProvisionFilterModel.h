#pragma once

#include "core/law/Provision.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace foi::ui {

class ProvisionListModel;

// Narrows the provisions to those the case can use: the case's regime, the kind of authority
// and the law in force on the date of receipt (none set: every provision), then the words typed
// into the picker's search box. Every word must appear in the provision's number, citation, title
// or description; a bare number ("31") or "s31" finds section 31 and its subsections.
class ProvisionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProvisionFilterModel(ProvisionListModel &source, QObject *parent = nullptr);

    void setRegime(core::Regime regime);
    void setAuthorityKind(core::AuthorityKind kind);
    void setDateOfReceipt(const QDate &date);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    static bool matchesWord(const core::Provision &provision, const QString &word);

    ProvisionListModel &m_source;
    core::Regime m_regime = core::Regime::Foia;
    core::AuthorityKind m_authority = core::AuthorityKind::Other;
    QDate m_received;
    QStringList m_words;
};

} // namespace foi::ui
