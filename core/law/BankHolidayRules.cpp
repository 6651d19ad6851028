#include "core/law/BankHolidayRules.h"

#include "core/law/EasterComputus.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace foi::core {

namespace {

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

QDate firstMonday(int year, int month)
{
    QDate date(year, month, 1);
    while (date.dayOfWeek() != Qt::Monday)
        date = date.addDays(1);
    return date;
}

QDate lastMonday(int year, int month)
{
    QDate date = QDate(year, month, 1).addMonths(1).addDays(-1);
    while (date.dayOfWeek() != Qt::Monday)
        date = date.addDays(-1);
    return date;
}

QDate followingMondayIfWeekend(const QDate &date)
{
    QDate moved = date;
    while (isWeekend(moved))
        moved = moved.addDays(1);
    return moved;
}

// A run of adjacent holidays (1 and 2 January; Christmas and Boxing Day): those on weekdays keep
// their day; those on a weekend move, in order, to the next weekday no other one has taken.
// This reproduces every published substitute day from 2018 to 2027.
void addRun(QList<BankHoliday> &out, UkDivision division,
            const QList<std::pair<QString, QDate>> &nominal)
{
    QSet<QDate> taken;
    for (const auto &[title, date] : nominal) {
        if (!isWeekend(date)) {
            taken.insert(date);
            out.append({division, date, title, true});
        }
    }
    for (const auto &[title, date] : nominal) {
        if (!isWeekend(date))
            continue;
        QDate moved = date;
        while (isWeekend(moved) || taken.contains(moved))
            moved = moved.addDays(1);
        taken.insert(moved);
        out.append({division, moved, title + QStringLiteral(" (substitute day)"), true});
    }
}

void addFixed(QList<BankHoliday> &out, UkDivision division, const QString &title, const QDate &date)
{
    const QDate moved = followingMondayIfWeekend(date);
    out.append({division, moved,
                moved == date ? title : title + QStringLiteral(" (substitute day)"), true});
}

} // namespace

QList<BankHoliday> BankHolidayRules::project(UkDivision division, int year)
{
    QList<BankHoliday> out;
    const bool scotland = division == UkDivision::Scotland;
    const bool northernIreland = division == UkDivision::NorthernIreland;
    if (scotland)
        addRun(out, division,
               {{QStringLiteral("New Year's Day"), QDate(year, 1, 1)},
                {QStringLiteral("2nd January"), QDate(year, 1, 2)}});
    else
        addRun(out, division, {{QStringLiteral("New Year's Day"), QDate(year, 1, 1)}});
    if (northernIreland)
        addFixed(out, division, QStringLiteral("St Patrick's Day"), QDate(year, 3, 17));
    out.append({division, EasterComputus::goodFriday(year), QStringLiteral("Good Friday"), true});
    if (!scotland)
        out.append(
            {division, EasterComputus::easterMonday(year), QStringLiteral("Easter Monday"), true});
    out.append({division, firstMonday(year, 5), QStringLiteral("Early May bank holiday"), true});
    out.append({division, lastMonday(year, 5), QStringLiteral("Spring bank holiday"), true});
    if (northernIreland)
        addFixed(out, division, QStringLiteral("Battle of the Boyne (Orangemen's Day)"),
                 QDate(year, 7, 12));
    out.append({division, scotland ? firstMonday(year, 8) : lastMonday(year, 8),
                QStringLiteral("Summer bank holiday"), true});
    if (scotland)
        addFixed(out, division, QStringLiteral("St Andrew's Day"), QDate(year, 11, 30));
    addRun(out, division,
           {{QStringLiteral("Christmas Day"), QDate(year, 12, 25)},
            {QStringLiteral("Boxing Day"), QDate(year, 12, 26)}});
    std::sort(out.begin(), out.end(),
              [](const BankHoliday &a, const BankHoliday &b) { return a.date < b.date; });
    return out;
}

} // namespace foi::core
