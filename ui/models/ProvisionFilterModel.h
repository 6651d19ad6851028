#pragma once

#include "law/Provision.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace foi::ui {

class ProvisionListModel;

// Narrows the provisions to those the case can use: the case's regime and the kind of
// authority, then the words typed into the picker's search box. Every word must appear in the
// provision's number, citation, title or description; a bare number ("31") or "s31" finds
// section 31 and its subsections.
class ProvisionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProvisionFilterModel(ProvisionListModel &source, QObject *parent = nullptr);

    void setRegime(core::Regime regime);
    void setAuthorityKind(core::AuthorityKind kind);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    static bool matchesWord(const core::Provision &provision, const QString &word);

    ProvisionListModel &m_source;
    core::Regime m_regime = core::Regime::Foia;
    core::AuthorityKind m_authority = core::AuthorityKind::Other;
    QStringList m_words;
};

} // namespace foi::ui
