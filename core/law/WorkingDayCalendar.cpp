#include "core/law/WorkingDayCalendar.h"

#include "core/law/EasterComputus.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>

namespace foi::core {

namespace {

constexpr int firstYear = BankHolidayCalendar::firstSupportedYear;
constexpr int lastYear = BankHolidayCalendar::lastSupportedYear;

// Titles per date with the parts of the UK each applies in, in the order first seen.
using DayTitles = QList<std::pair<QString, QList<UkDivision>>>;

void addTitle(DayTitles &titles, const QString &title, const QList<UkDivision> &divisions)
{
    for (auto &[existing, where] : titles) {
        if (existing == title) {
            for (const UkDivision division : divisions) {
                if (!where.contains(division))
                    where.append(division);
            }
            return;
        }
    }
    titles.append({title, divisions});
}

QString describe(const DayTitles &titles)
{
    QStringList parts;
    for (const auto &[title, where] : titles) {
        if (where.size() == static_cast<qsizetype>(allUkDivisions.size())) {
            parts.append(title);
            continue;
        }
        QStringList names;
        for (const UkDivision division : allUkDivisions) {
            if (where.contains(division))
                names.append(ukDivisionName(division));
        }
        parts.append(QStringLiteral("%1 (%2)").arg(title, names.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

WorkingDayCalendar::WorkingDayCalendar(const BankHolidayCalendar &holidays)
{
    const QDate first(firstYear, 1, 1);
    const QDate last(lastYear, 12, 31);
    m_firstJulianDay = first.toJulianDay();
    const auto days = static_cast<std::size_t>(last.toJulianDay() - m_firstJulianDay + 1);
    m_reasonIndex.assign(days, 0);
    m_reasons.append(QString());
    QHash<QString, quint16> reasonIndex;
    const auto indexOf = [&](const QString &reason) {
        auto it = reasonIndex.constFind(reason);
        if (it == reasonIndex.cend()) {
            it = reasonIndex.insert(reason, static_cast<quint16>(m_reasons.size()));
            m_reasons.append(reason);
        }
        return *it;
    };
    const QList<UkDivision> everywhere(allUkDivisions.begin(), allUkDivisions.end());

    for (int year = firstYear; year <= lastYear; ++year) {
        bool projected = false;
        for (const UkDivision division : allUkDivisions)
            projected = projected || !holidays.isPublished(division, year);
        m_projectedYear.push_back(projected);

        QMap<QDate, DayTitles> titles;
        // s10(6) names Christmas Day and Good Friday itself: they are not bank holidays in
        // England, Wales and Northern Ireland, so they must not depend on the holiday data.
        addTitle(titles[EasterComputus::goodFriday(year)], QStringLiteral("Good Friday"),
                 everywhere);
        addTitle(titles[QDate(year, 12, 25)], QStringLiteral("Christmas Day"), everywhere);
        for (const BankHoliday &holiday : holidays.holidays(year))
            addTitle(titles[holiday.date], holiday.title, {holiday.division});
        for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
            if (it.key().dayOfWeek() < Qt::Saturday)
                m_reasonIndex[static_cast<std::size_t>(offsetOf(it.key()))] =
                    indexOf(describe(*it));
        }
    }
    const quint16 saturday = indexOf(QStringLiteral("Saturday"));
    const quint16 sunday = indexOf(QStringLiteral("Sunday"));
    m_workingUpTo.resize(days);
    qint32 working = 0;
    for (std::size_t i = 0; i < days; ++i) {
        const int dayOfWeek = first.addDays(static_cast<qint64>(i)).dayOfWeek();
        if (dayOfWeek == Qt::Saturday)
            m_reasonIndex[i] = saturday;
        else if (dayOfWeek == Qt::Sunday)
            m_reasonIndex[i] = sunday;
        if (m_reasonIndex[i] == 0) {
            ++working;
            m_workingOffsets.push_back(static_cast<qint32>(i));
        }
        m_workingUpTo[i] = working;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(m_firstJulianDay));
    for (const qint32 offset : m_workingOffsets)
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&offset), sizeof offset));
    m_fingerprint = QString::fromLatin1(hash.result().toHex().left(16));
}

const WorkingDayCalendar &WorkingDayCalendar::builtIn()
{
    static const WorkingDayCalendar calendar(BankHolidayCalendar::builtIn());
    return calendar;
}

bool WorkingDayCalendar::covers(const QDate &date) const
{
    // Julian day numbers, not date.year(): this is on the hot path of every deadline.
    if (!date.isValid())
        return false;
    const qint64 offset = offsetOf(date);
    return offset >= 0 && offset < static_cast<qint64>(m_reasonIndex.size());
}

bool WorkingDayCalendar::isWorkingDay(const QDate &date) const
{
    return covers(date) && m_reasonIndex[static_cast<std::size_t>(offsetOf(date))] == 0;
}

QString WorkingDayCalendar::reasonNotWorking(const QDate &date) const
{
    if (!covers(date))
        return QStringLiteral("outside the years the workbench handles");
    return m_reasons.at(m_reasonIndex[static_cast<std::size_t>(offsetOf(date))]);
}

bool WorkingDayCalendar::isProjected(const QDate &date) const
{
    return covers(date) && m_projectedYear[static_cast<std::size_t>(date.year() - firstYear)];
}

int WorkingDayCalendar::workingUpTo(qint64 offset) const
{
    return offset < 0 ? 0 : m_workingUpTo[static_cast<std::size_t>(offset)];
}

QDate WorkingDayCalendar::addWorkingDays(const QDate &from, int n) const
{
    if (!covers(from) || n < 1)
        return {};
    const std::size_t target = static_cast<std::size_t>(workingUpTo(offsetOf(from))) + n - 1;
    if (target >= m_workingOffsets.size())
        return {};
    return QDate::fromJulianDay(m_firstJulianDay + m_workingOffsets[target]);
}

int WorkingDayCalendar::workingDaysBetween(const QDate &first, const QDate &last) const
{
    if (!covers(first) || !covers(last) || last < first)
        return 0;
    return workingUpTo(offsetOf(last)) - workingUpTo(offsetOf(first) - 1);
}

QList<NonWorkingDay> WorkingDayCalendar::nonWorkingWeekdays(int year) const
{
    QList<NonWorkingDay> days;
    if (year < firstYear || year > lastYear)
        return days;
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        if (date.dayOfWeek() < Qt::Saturday && !isWorkingDay(date))
            days.append({date, reasonNotWorking(date), isProjected(date)});
    }
    return days;
}

} // namespace foi::core
