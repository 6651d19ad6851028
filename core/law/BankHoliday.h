#pragma once

#include "core/law/UkDivision.h"

#include <QDate>
#include <QString>

namespace foi::core {

// One bank holiday in one part of the UK. `projected` means it was worked out by rule for a
// year whose proclamations are not yet in the calendar data, so it may still change.
struct BankHoliday
{
    UkDivision division = UkDivision::EnglandAndWales;
    QDate date;
    QString title;
    bool projected = false;
};

} // namespace foi::core
