#pragma once

#include "core/law/BankHolidayCalendar.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace foi::core {

// A weekday that is not a working day, and why.
struct NonWorkingDay
{
    QDate date;
    QString reason;         // "Good Friday", "St Andrew's Day (Scotland)"
    bool projected = false; // from a year whose holidays are projected by rule
};

// Working days as FOIA s10(6) and EIR reg 2(1) define them: every day except Saturday, Sunday,
// Christmas Day, Good Friday and a bank holiday in any part of the United Kingdom.
//
// Built once from a BankHolidayCalendar into flat tables for every day of the supported years
// (BankHolidayCalendar::firstSupportedYear to lastSupportedYear), so every query is one or two
// array lookups with no I/O. Queries on dates outside those years are a caller error: covers()
// says whether a date is inside; outside, isWorkingDay() is false and addWorkingDays() returns
// an invalid QDate.
class WorkingDayCalendar
{
public:
    explicit WorkingDayCalendar(const BankHolidayCalendar &holidays);

    // From BankHolidayCalendar::builtIn(); built on first use.
    static const WorkingDayCalendar &builtIn();

    bool covers(const QDate &date) const;
    bool isWorkingDay(const QDate &date) const;
    // Why `date` is not a working day ("Saturday", "Good Friday", "St Andrew's Day (Scotland)");
    // empty for a working day.
    QString reasonNotWorking(const QDate &date) const;
    // True when the bank holidays of `date`'s year are projected in some part of the UK.
    bool isProjected(const QDate &date) const;

    // The n-th working day after `from` (n >= 1; `from` itself is day 0 and never counts).
    QDate addWorkingDays(const QDate &from, int n) const;
    // Working days from `first` to `last`, both inclusive (0 when last < first).
    int workingDaysBetween(const QDate &first, const QDate &last) const;

    QList<NonWorkingDay> nonWorkingWeekdays(int year) const;

    // Names which days this calendar counts as working (16 hex digits of a SHA-256 over them):
    // two calendars with the same working days have the same fingerprint. A figure kept with
    // the fingerprint of the calendar it was counted on can tell when it must be counted again.
    const QString &fingerprint() const { return m_fingerprint; }

private:
    qint64 offsetOf(const QDate &date) const { return date.toJulianDay() - m_firstJulianDay; }
    int workingUpTo(qint64 offset) const; // working days in [first day, offset]

    qint64 m_firstJulianDay = 0;
    std::vector<quint16> m_reasonIndex;   // per day: 0 working, else index into m_reasons
    QStringList m_reasons;                // m_reasons[0] is empty
    std::vector<qint32> m_workingUpTo;    // per day: working days from the first day to it
    std::vector<qint32> m_workingOffsets; // offsets of every working day, ascending
    std::vector<bool> m_projectedYear;    // per year from firstSupportedYear
    QString m_fingerprint;
};

} // namespace foi::core
