#pragma once

#include <QDate>

namespace foi::core {

// Easter Sunday by the Gregorian computus (the anonymous algorithm, Meeus/Jones/Butcher), from
// which Good Friday (FOIA s10(6)) and Easter Monday (BFDA 1971 Sch 1) follow. Valid for any
// Gregorian year; pure arithmetic, no failure mode.
class EasterComputus
{
public:
    static QDate easterSunday(int year);
    static QDate goodFriday(int year) { return easterSunday(year).addDays(-2); }
    static QDate easterMonday(int year) { return easterSunday(year).addDays(1); }
};

} // namespace foi::core
