#include "ui/widgets/ClaimChooser.h"

#include "core/law/ExemptionCatalogue.h"
#include "core/model/Case.h"

#include <QSignalBlocker>

namespace foi::ui {

ClaimChooser::ClaimChooser(const core::ExemptionCatalogue &catalogue, Wanted wanted,
                           QWidget *parent)
    : QComboBox(parent)
    , m_catalogue(catalogue)
    , m_wanted(std::move(wanted))
{}

void ClaimChooser::fill(const core::Case &theCase)
{
    const int previous = currentClaim();
    const QSignalBlocker blocker(this);
    clear();
    for (qsizetype i = 0; i < theCase.claims.size(); ++i) {
        const core::Provision *provision = m_catalogue.find(theCase.claims.at(i).provision);
        if (provision && m_wanted(*provision))
            addItem(tr("%1 – %2").arg(provision->citation, provision->title), static_cast<int>(i));
    }
    const int found = findData(previous);
    setCurrentIndex(found >= 0 ? found : (count() > 0 ? 0 : -1));
}

int ClaimChooser::currentClaim() const
{
    return currentIndex() < 0 ? -1 : currentData().toInt();
}

void ClaimChooser::chooseClaim(int row)
{
    setCurrentIndex(findData(row));
}

} // namespace foi::ui
