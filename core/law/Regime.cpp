#include "core/law/Regime.h"

namespace foi::core {

QString regimeCode(Regime regime)
{
    switch (regime) {
    case Regime::Foia:
        return QStringLiteral("FOIA");
    case Regime::Eir:
        return QStringLiteral("EIR");
    }
    return {};
}

std::optional<Regime> regimeFromCode(const QString &code)
{
    // Officers type either case on the command line; the data files use capitals.
    if (code.compare(QLatin1String("FOIA"), Qt::CaseInsensitive) == 0)
        return Regime::Foia;
    if (code.compare(QLatin1String("EIR"), Qt::CaseInsensitive) == 0)
        return Regime::Eir;
    return std::nullopt;
}

} // namespace foi::core
