#pragma once

#include "core/law/Provision.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// Which column of a public interest test a factor belongs in.
enum class FactorSide { Disclosure, Exemption };

// A reusable public interest factor: its words, the side it favours, the provisions it suits
// (id prefixes: "s31" suits s31(1)(a) and s31(3); none suits any qualified claim), the one duty
// it suits if not both, and the provision the point rests on, as cited.
struct PublicInterestFactor
{
    QString text;
    FactorSide favours = FactorSide::Disclosure;
    QStringList provisions;
    std::optional<Duty> duty;
    QString relatesTo;
    bool own = false; // added by the officer rather than shipped

    friend bool operator==(const PublicInterestFactor &, const PublicInterestFactor &) = default;
};

} // namespace foi::core
