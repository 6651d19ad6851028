#include "app/cli/CalendarCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"
#include "core/law/BankHolidayFile.h"
#include "core/law/CalendarDataAge.h"
#include "core/law/DeadlineCalculator.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/services/CalendarImportService.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foi::app {

namespace {

const QString commandName = QStringLiteral("calendar");

// Imports the file into the calendar and, when there is a case store, counts the stored due
// dates of its open cases again (one audited transaction in the officer's name).
ExitCode importCalendar(CliContext &context, const QCommandLineParser &parser,
                        const QStringList &positional)
{
    if (positional.size() != 2)
        return context.usageError(
            commandName, QStringLiteral("'calendar import' needs exactly one FILE, the GOV.UK "
                                        "bank-holidays.json to import."));
    core::EffectiveCalendar &calendar = context.calendar();
    if (!StoreAccess::teamStore(context) && !QFileInfo::exists(context.storePath())) {
        const core::Result<QList<int>> years = calendar.importFile(positional.at(1));
        if (!years)
            return context.usageError(commandName, years.error().message);
        context.out() << core::CalendarImportService::describe({*years, {}}) << '\n';
    } else {
        const auto store =
            StoreAccess::openEither(context, commandName, core::CaseStore::OpenMode::ReadWrite);
        if (!store)
            return ExitCode::Usage;
        core::CalendarImportService service(calendar, store->repositories());
        const auto imported = service.importFile(positional.at(1), StoreAccess::officer(parser));
        if (!imported)
            return imported.error().code.startsWith(QLatin1String("law.calendar"))
                       ? context.usageError(commandName, imported.error().message)
                       : StoreAccess::failure(context, commandName, imported.error());
        context.out() << core::CalendarImportService::describe(*imported) << '\n';
    }
    context.out() << "Saved to " << calendar.importedPath()
                  << "; it replaces the built-in data for those years.\n";
    return ExitCode::Success;
}

ExitCode showCalendar(CliContext &context, const QCommandLineParser &parser,
                      const QCommandLineOption &yearOption, const QCommandLineOption &json)
{
    int year = context.today().year();
    if (parser.isSet(yearOption)) {
        bool ok = false;
        year = parser.value(yearOption).toInt(&ok);
        if (!ok || year < core::BankHolidayCalendar::firstSupportedYear ||
            year > core::BankHolidayCalendar::lastSupportedYear)
            return context.usageError(
                commandName, QStringLiteral("--year must be a year from %1 to %2, not '%3'.")
                                 .arg(core::BankHolidayCalendar::firstSupportedYear)
                                 .arg(core::BankHolidayCalendar::lastSupportedYear)
                                 .arg(parser.value(yearOption)));
    }
    const core::WorkingDayCalendar &calendar = context.calendar().workingDays();
    const QList<core::NonWorkingDay> days = calendar.nonWorkingWeekdays(year);
    const bool projected = calendar.isProjected(QDate(year, 1, 1));
    const core::CalendarDataAge age = core::CalendarDataAge::of(
        core::BankHolidayCalendar::builtIn(),
        core::BankHolidayFile::importedOn(context.calendar().importedPath()));
    const QString staleNotice = age.staleNotice(context.today());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const core::NonWorkingDay &day : days)
            array.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                     {QStringLiteral("reason"), day.reason},
                                     {QStringLiteral("projected"), day.projected}});
        const auto iso = [](const QDate &date) {
            return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
        };
        context.out() << QJsonDocument(
                             QJsonObject{
                                 {QStringLiteral("year"), year},
                                 {QStringLiteral("projected"), projected},
                                 {QStringLiteral("built_in_data_date"), iso(age.builtIn)},
                                 {QStringLiteral("imported_file_date"), iso(age.imported)},
                                 {QStringLiteral("data_out_of_date"), !staleNotice.isEmpty()},
                                 {QStringLiteral("non_working_days"), array}})
                             .toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    context.out() << "Weekdays that are not working days in " << year
                  << " (FOIA s10(6), EIR reg 2(1))"
                  << (projected ? QStringLiteral(" - projected by rule, not yet published")
                                : QString())
                  << ":\n";
    for (const core::NonWorkingDay &day : days)
        context.out() << "  " << core::DeadlineCalculator::describe({day.date, day.reason}) << '\n';
    context.out() << "Data: " << age.describe() << '\n';
    if (!staleNotice.isEmpty())
        context.out() << "Warning: " << staleNotice << '\n';
    return ExitCode::Success;
}

ExitCode runCalendar(const QString &summary, CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("'show', or 'import FILE'."),
                                 QStringLiteral("show|import FILE"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  QStringLiteral("The year to show (default: this year)."),
                                  QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(year);
    parser.addOption(json);
    parser.addOption(StoreAccess::officerOption());
    bool helpShown = false;
    if (!context.parse(parser, commandName, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("show"));
    if (action == u"import")
        return importCalendar(context, parser, positional);
    if (action == u"show" && positional.size() <= 1)
        return showCalendar(context, parser, year, json);
    return context.usageError(
        commandName,
        QStringLiteral("expected 'show' or 'import FILE', not '%1'.").arg(positional.join(u' ')));
}

} // namespace

CliCommand calendarCommand()
{
    const QString summary = QStringLiteral(
        "Show the UK non-working days, or import an updated GOV.UK bank holiday file.");
    return {commandName, summary, std::bind_front(&runCalendar, summary)};
}

} // namespace foi::app
