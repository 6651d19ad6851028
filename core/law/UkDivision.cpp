#include "core/law/UkDivision.h"

namespace foi::core {

QString ukDivisionCode(UkDivision division)
{
    switch (division) {
    case UkDivision::EnglandAndWales:
        return QStringLiteral("england-and-wales");
    case UkDivision::Scotland:
        return QStringLiteral("scotland");
    case UkDivision::NorthernIreland:
        return QStringLiteral("northern-ireland");
    }
    return {};
}

std::optional<UkDivision> ukDivisionFromCode(const QString &code)
{
    for (const UkDivision division : allUkDivisions) {
        if (ukDivisionCode(division) == code)
            return division;
    }
    return std::nullopt;
}

QString ukDivisionName(UkDivision division)
{
    switch (division) {
    case UkDivision::EnglandAndWales:
        return QStringLiteral("England and Wales");
    case UkDivision::Scotland:
        return QStringLiteral("Scotland");
    case UkDivision::NorthernIreland:
        return QStringLiteral("Northern Ireland");
    }
    return {};
}

} // namespace foi::core
