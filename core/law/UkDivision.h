#pragma once

#include <QString>

#include <array>
#include <optional>

namespace foi::core {

// The three parts of the United Kingdom that have their own bank holidays under the Banking
// and Financial Dealings Act 1971. FOIA s10(6) counts a bank holiday in any of them.
enum class UkDivision {
    EnglandAndWales,
    Scotland,
    NorthernIreland,
};

inline constexpr std::array<UkDivision, 3> allUkDivisions{
    UkDivision::EnglandAndWales, UkDivision::Scotland, UkDivision::NorthernIreland};

QString ukDivisionCode(UkDivision division); // GOV.UK key: "england-and-wales", "scotland", ...
std::optional<UkDivision> ukDivisionFromCode(const QString &code);
QString ukDivisionName(UkDivision division); // "England and Wales", "Scotland", "Northern Ireland"

} // namespace foi::core
