#include "core/law/CalendarDataAge.h"

namespace foi::core {

namespace {

QString written(const QDate &date)
{
    return date.toString(QStringLiteral("d MMM yyyy"));
}

} // namespace

CalendarDataAge CalendarDataAge::of(const BankHolidayCalendar &builtInData, const QDate &importedOn)
{
    return {builtInData.dataDate(), importedOn};
}

QDate CalendarDataAge::newest() const
{
    if (!imported.isValid())
        return builtIn;
    if (!builtIn.isValid())
        return imported;
    return qMax(builtIn, imported);
}

bool CalendarDataAge::isStale(const QDate &today) const
{
    const QDate latest = newest();
    // Data with no date at all cannot be vouched for either.
    return today.isValid() && (!latest.isValid() || latest.addMonths(staleAfterMonths) < today);
}

QString CalendarDataAge::describe() const
{
    QString text =
        builtIn.isValid()
            ? QStringLiteral("Built-in bank holidays checked on %1").arg(written(builtIn))
            : QStringLiteral("Built-in bank holidays of unknown date");
    if (imported.isValid())
        text += QStringLiteral("; your imported GOV.UK file of %1").arg(written(imported));
    return text + u'.';
}

QString CalendarDataAge::staleNotice(const QDate &today) const
{
    if (!isStale(today))
        return {};
    const QDate latest = newest();
    return QStringLiteral(
               "The bank holiday data is %1: a holiday proclaimed since then would make "
               "deadlines a working day early. Download bank-holidays.json from "
               "https://www.gov.uk/bank-holidays.json and import it (Settings, Calendar, or "
               "'foi-workbench-cli calendar import FILE').")
        .arg(latest.isValid() ? QStringLiteral("more than %1 months old (newest of %2)")
                                    .arg(staleAfterMonths)
                                    .arg(written(latest))
                              : QStringLiteral("of unknown date"));
}

} // namespace foi::core
