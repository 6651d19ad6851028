#pragma once

#include "core/law/BankHoliday.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace foi::core {

// The UK's bank holidays: the published ones, per part of the UK and year, and for years with
// no published data the ones BankHolidayRules projects (marked projected).
//
// Published data comes in the GOV.UK bank-holidays JSON format: an object with the keys
// "england-and-wales", "scotland" and "northern-ireland", each an object with an "events" array
// of {"title", "date": "YYYY-MM-DD", ...}. fromGovUkJson() validates it and, on any fault,
// returns an Error (code "law.calendar.invalid" or "law.calendar.unreadable") whose message
// names the JSON path ("scotland.events[3].date") and whose detail is that path. The built-in
// data is resources/calendar/bank-holidays.json (2018-2027, with every one-off day). An optional
// top-level "updated": "YYYY-MM-DD" (the workbench's own addition, absent from GOV.UK files)
// says when the data was last checked; it is dataDate().
class BankHolidayCalendar
{
public:
    // Years a calendar may hold: the working-day tables are built for this span.
    static constexpr int firstSupportedYear = 2000;
    static constexpr int lastSupportedYear = 2099;

    static const BankHolidayCalendar &builtIn();
    static Result<BankHolidayCalendar> fromGovUkJson(const QByteArray &json);

    // This calendar with `newer`'s events in place of its own for every part of the UK and
    // year that `newer` covers (an officer's imported file over the built-in data).
    BankHolidayCalendar overriddenBy(const BankHolidayCalendar &newer) const;

    bool isPublished(UkDivision division, int year) const;
    QList<int> publishedYears(UkDivision division) const; // ascending

    // Every bank holiday in `year` in every part of the UK: published where the data covers the
    // division and year, projected by rule otherwise. Sorted by date.
    QList<BankHoliday> holidays(int year) const;

    // The day the data was last checked ("updated" in the file); null when the file has none.
    QDate dataDate() const { return m_dataDate; }

private:
    static int key(UkDivision division, int year) { return year * 4 + static_cast<int>(division); }

    QHash<int, QList<BankHoliday>> m_published;
    QDate m_dataDate;
};

} // namespace foi::core
