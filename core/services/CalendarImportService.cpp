#include "core/services/CalendarImportService.h"

#include "core/model/CaseFile.h"
#include "core/rules/CaseDeadline.h"
#include "core/store/StoreRepositories.h"

#include <QLocale>
#include <QObject>

namespace foi::core {

namespace {

constexpr int changesNamed = 5;

QString yearsText(const QList<int> &years)
{
    if (years.isEmpty())
        return QObject::tr("no years");
    if (years.size() == 1)
        return QString::number(years.constFirst());
    return QObject::tr("%1 to %2").arg(years.constFirst()).arg(years.constLast());
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                .toString(date, QStringLiteral("d MMMM yyyy"))
                          : QObject::tr("not set");
}

} // namespace

CalendarImportService::CalendarImportService(EffectiveCalendar &calendar, StoreRepositories &store)
    : m_calendar(calendar)
    , m_store(store)
{}

Result<CalendarImportService::Imported> CalendarImportService::importFile(const QString &source,
                                                                          const QString &officer)
{
    Result<QList<int>> years = m_calendar.importFile(source);
    if (!years)
        return years.error();
    Result<CaseRepository::DueDateRecount> recount = recountDueDates(
        officer, QStringLiteral("bank holidays imported for %1").arg(yearsText(*years)));
    if (!recount)
        return Error::make(recount.error().code,
                           QObject::tr("The bank holidays were imported, but the due dates kept "
                                       "with the open cases could not be counted again: %1 "
                                       "Import the file again to count them.")
                               .arg(recount.error().message),
                           recount.error().detail);
    return Imported{*years, *recount};
}

Result<CaseRepository::DueDateRecount>
CalendarImportService::recountDueDates(const QString &officer, const QString &why)
{
    const WorkingDayCalendar &calendar = m_calendar.workingDays();
    return m_store.cases().recountOpenDueDates(
        [&calendar](const QByteArray &document) -> std::optional<QDate> {
            const Result<Case> theCase = CaseFile::read(document);
            if (!theCase)
                return std::nullopt;
            return CaseDeadline::due(*theCase, calendar);
        },
        officer, why);
}

QString CalendarImportService::describe(const Imported &imported)
{
    QString text = QObject::tr("Imported bank holidays for %1.").arg(yearsText(imported.years));
    const QList<CaseRepository::DueDateChange> &moved = imported.recount.moved;
    if (imported.recount.openCases == 0)
        return text + u' ' + QObject::tr("There are no open cases whose due dates could move.");
    if (moved.isEmpty())
        return text + u' ' +
               (imported.recount.openCases == 1
                    ? QObject::tr("The due date of the one open case stays as it was.")
                    : QObject::tr("The due dates of the %1 open cases stay as they were.")
                          .arg(imported.recount.openCases));
    text += u' ' + QObject::tr("Due dates moved for %1 of %2 open cases:")
                       .arg(moved.size())
                       .arg(imported.recount.openCases);
    QStringList named;
    for (qsizetype i = 0; i < moved.size() && i < changesNamed; ++i)
        named.append(QObject::tr("%1 from %2 to %3")
                         .arg(moved.at(i).reference, dateText(moved.at(i).before),
                              dateText(moved.at(i).after)));
    text += u' ' + named.join(QStringLiteral("; "));
    if (moved.size() > changesNamed)
        text += u' ' + QObject::tr("and %1 more").arg(moved.size() - changesNamed);
    return text + u'.';
}

} // namespace foi::core
