#pragma once

#include "core/law/BankHolidayCalendar.h"

#include <QDate>
#include <QString>

namespace foi::core {

// How old the bank holiday data in use is: the date the built-in data was last checked (its
// "updated" field) and the day the officer's GOV.UK file was imported, if there is one. Bank
// holidays can be proclaimed at a few months' notice (the Scottish one of 15 June 2026 was
// proclaimed that February), so data more than six months old may lack one and every deadline
// across it would come a working day early. Plain values: the caller reads the file's date
// (BankHolidayFile::importedOn) and passes today from its clock.
struct CalendarDataAge
{
    static constexpr int staleAfterMonths = 6;

    QDate builtIn;  // the built-in data's "updated" date
    QDate imported; // the day the officer's file was imported; null when there is none

    static CalendarDataAge of(const BankHolidayCalendar &builtInData, const QDate &importedOn);

    // The later of the two dates (null when both are).
    QDate newest() const;
    // True when the newest data is more than six months older than `today`.
    bool isStale(const QDate &today) const;
    // One line for Settings and `calendar show`: "Built-in data checked on 7 December 2026;
    // imported file of 1 March 2027." (dates written as "7 Dec 2026").
    QString describe() const;
    // What to tell the officer on start when the data is stale: its age and the way to update
    // it (download GOV.UK's bank-holidays.json and import it). Empty when not stale.
    QString staleNotice(const QDate &today) const;
};

} // namespace foi::core
