#include "ui/models/ProvisionFilterModel.h"

#include "ui/models/ProvisionListModel.h"

#include <QRegularExpression>

namespace foi::ui {

ProvisionFilterModel::ProvisionFilterModel(ProvisionListModel &source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(&source);
}

void ProvisionFilterModel::setRegime(core::Regime regime)
{
    if (m_regime == regime)
        return;
    m_regime = regime;
    invalidateFilter();
}

void ProvisionFilterModel::setAuthorityKind(core::AuthorityKind kind)
{
    if (m_authority == kind)
        return;
    m_authority = kind;
    invalidateFilter();
}

void ProvisionFilterModel::setDateOfReceipt(const QDate &date)
{
    if (m_received == date)
        return;
    m_received = date;
    invalidateFilter();
}

void ProvisionFilterModel::setSearchText(const QString &text)
{
    const QStringList words =
        text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool ProvisionFilterModel::matchesWord(const core::Provision &provision, const QString &word)
{
    static const QRegularExpression sectionNumber(
        QStringLiteral(R"(^(?:s|section|reg|regulation)?\s*(\d+[a-z]?)(.*)$)"));
    const QRegularExpressionMatch number = sectionNumber.match(word);
    if (number.hasMatch()) {
        const QString id = provision.id.toLower();
        const QString prefix =
            (provision.regime == core::Regime::Eir ? QStringLiteral("reg") : QStringLiteral("s")) +
            number.captured(1);
        return id.startsWith(prefix + number.captured(2)) &&
               (id.size() == prefix.size() || !id.at(prefix.size()).isDigit());
    }
    const QString text = QStringList{provision.citation, provision.title, provision.description}
                             .join(QLatin1Char(' '))
                             .toLower();
    return text.contains(word);
}

bool ProvisionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    const core::Provision &provision = m_source.provisionAt(sourceRow);
    if (provision.regime != m_regime || !provision.isAvailableTo(m_authority) ||
        (m_received.isValid() && !provision.inForceOn(m_received)))
        return false;
    for (const QString &word : m_words) {
        if (!matchesWord(provision, word))
            return false;
    }
    return true;
}

} // namespace foi::ui
