#pragma once

#include <QString>

#include <optional>

namespace foi::core {

// The access regime a request is handled under. Environmental information goes under the EIR
// (FOIA s39 routes it there); everything else under FOIA.
enum class Regime {
    Foia,
    Eir,
};

QString regimeCode(Regime regime); // "FOIA" / "EIR"
std::optional<Regime> regimeFromCode(const QString &code);

} // namespace foi::core
