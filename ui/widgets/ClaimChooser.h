#pragma once

#include <QComboBox>

#include <functional>

namespace foi::core {
class ExemptionCatalogue;
struct Case;
struct Provision;
} // namespace foi::core

namespace foi::ui {

// Chooses one of the case's exemption claims that a step works on (those needing a harm
// statement, or the qualified ones): each listed by its provision's citation and title, keyed
// by the claim's row in the case. Refilling keeps the claim chosen when it is still listed.
class ClaimChooser : public QComboBox
{
    Q_OBJECT
public:
    using Wanted = std::function<bool(const core::Provision &)>;

    ClaimChooser(const core::ExemptionCatalogue &catalogue, Wanted wanted,
                 QWidget *parent = nullptr);

    // Lists the wanted claims of `theCase` without emitting currentIndexChanged.
    void fill(const core::Case &theCase);
    // The row in Case::claims of the chosen claim, or -1 when none is listed.
    int currentClaim() const;
    void chooseClaim(int row);

private:
    const core::ExemptionCatalogue &m_catalogue;
    Wanted m_wanted;
};

} // namespace foi::ui
