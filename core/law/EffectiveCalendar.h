#pragma once

#include "core/law/BankHolidayCalendar.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace foi::core {

// The one working-day calendar a program counts every deadline with (FOIA s10(6), EIR reg 2(1)):
// the built-in bank holidays with the officer's imported GOV.UK file over them. The composition
// root makes one and hands holidays() and workingDays() by reference to every service that counts
// days; importFile() changes them in place, so those references see the new days at once.
//
// A damaged imported file does not stop the program: problem() says what is wrong with it and
// the built-in data is used. A failed import leaves the calendar, and the kept file, as they were.
// Not copyable: there is one, and everything refers to it.
class EffectiveCalendar
{
public:
    // Loads the file kept at `importedPath` (none there: the built-in data alone).
    explicit EffectiveCalendar(QString importedPath);
    EffectiveCalendar(const EffectiveCalendar &) = delete;
    EffectiveCalendar &operator=(const EffectiveCalendar &) = delete;

    const QString &importedPath() const { return m_importedPath; }
    const BankHolidayCalendar &holidays() const { return m_holidays; }
    // The built-in bank holidays the imported file is laid over (what a page describing the
    // data's age and years reads, instead of the built-in data itself).
    const BankHolidayCalendar &builtInHolidays() const;
    const WorkingDayCalendar &workingDays() const { return m_workingDays; }
    // Why the kept file could not be used, when it could not.
    const std::optional<Error> &problem() const { return m_problem; }

    // Checks `source` and, when it is good, keeps a copy at importedPath() and counts with it
    // over the built-in data from now on. Returns the years the file publishes (England and
    // Wales), ascending.
    [[nodiscard]] Result<QList<int>> importFile(const QString &source);

private:
    QString m_importedPath;
    BankHolidayCalendar m_holidays;
    WorkingDayCalendar m_workingDays;
    std::optional<Error> m_problem;
};

} // namespace foi::core
