#include "app/cli/StatsCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"

#include "core/law/ExemptionCatalogue.h"
#include "core/services/StatisticsService.h"
#include "core/support/TypedDate.h"

#include <variant>

namespace foi::app {

namespace {

struct StatsOptions
{
    QCommandLineOption report{QStringLiteral("report"),
                              QStringLiteral("code-of-practice, cabinet-office or timeliness."),
                              QStringLiteral("NAME")};
    QCommandLineOption from{QStringLiteral("from"),
                            QStringLiteral("The first day of the period (requests received "
                                           "from this day)."),
                            QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"), QStringLiteral("The last day of the period."),
                          QStringLiteral("DATE")};
    QCommandLineOption asAt{QStringLiteral("as-at"),
                            QStringLiteral("Count each request as it stood at the end of this "
                                           "day (default: today)."),
                            QStringLiteral("DATE")};
    QCommandLineOption regime{QStringLiteral("regime"),
                              QStringLiteral("FOIA or EIR only (default: both)."),
                              QStringLiteral("REGIME")};
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("csv (default) or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("csv")};
};

// The date an option gives, or the usage error naming it.
std::variant<QDate, ExitCode> dateOption(CliContext &context, const QString &command,
                                         const QCommandLineParser &parser,
                                         const QCommandLineOption &option)
{
    const QString name = option.names().constFirst();
    if (!parser.isSet(option))
        return context.usageError(
            command, QStringLiteral("--%1 is missing: give a date such as 2026-01-01.").arg(name));
    const core::Result<QDate> date = core::TypedDate::parse(parser.value(option));
    if (!date)
        return context.usageError(command,
                                  QStringLiteral("--%1: %2").arg(name, date.error().message));
    return *date;
}

// The query the command line asks for, or the exit code of its usage error.
std::variant<core::StatisticsQuery, ExitCode> queryFrom(CliContext &context, const QString &command,
                                                        const QCommandLineParser &parser,
                                                        const StatsOptions &options)
{
    core::StatisticsQuery query;
    const auto kind = core::StatisticsReports::kindNamed(parser.value(options.report));
    if (!kind)
        return context.usageError(command, QStringLiteral("--report must be code-of-practice, "
                                                          "cabinet-office or timeliness."));
    query.kind = *kind;
    const auto from = dateOption(context, command, parser, options.from);
    if (const auto *code = std::get_if<ExitCode>(&from))
        return *code;
    const auto to = dateOption(context, command, parser, options.to);
    if (const auto *code = std::get_if<ExitCode>(&to))
        return *code;
    query.from = std::get<QDate>(from);
    query.to = std::get<QDate>(to);
    query.asAt = context.today(); // the CLI's own "today"; core never takes it
    if (parser.isSet(options.asAt)) {
        const auto asAt = dateOption(context, command, parser, options.asAt);
        if (const auto *code = std::get_if<ExitCode>(&asAt))
            return *code;
        query.asAt = std::get<QDate>(asAt);
    }
    if (parser.isSet(options.regime)) {
        query.regime = core::regimeFromCode(parser.value(options.regime).toUpper());
        if (!query.regime)
            return context.usageError(command, QStringLiteral("--regime must be FOIA or EIR."));
    }
    if (core::Status checked = core::StatisticsReports::check(query); !checked)
        return context.usageError(command, checked.error().message);
    return query;
}

ExitCode runStats(const QString &name, const QString &summary, CliContext &context,
                  const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    const StatsOptions options;
    parser.addOptions(
        {options.report, options.from, options.to, options.asAt, options.regime, options.format});
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(name, QStringLiteral("takes no arguments."));
    const QString format = parser.value(options.format);
    if (format != u"csv" && format != u"json")
        return context.usageError(name, QStringLiteral("--format must be csv or json."));
    const auto query = queryFrom(context, name, parser, options);
    if (const auto *code = std::get_if<ExitCode>(&query))
        return *code;
    // Read-only on either back end: the figures come from the summaries the workbench keeps.
    auto store = StoreAccess::openEither(context, name, core::CaseStore::OpenMode::ReadOnly);
    if (!store)
        return ExitCode::Usage;
    core::StatisticsService statistics(store->repositories(), context.calendar().workingDays(),
                                       core::ExemptionCatalogue::builtIn());
    const auto report = statistics.run(std::get<core::StatisticsQuery>(query));
    if (!report)
        return StoreAccess::failure(context, name, report.error());
    for (const QString &warning : report->table.warnings)
        context.err() << "foi-workbench-cli " << name << ": warning: " << warning << "\n";
    context.err().flush();
    const QByteArray bytes = format == u"json" ? core::StatisticsReportWriter::json(*report)
                                               : core::StatisticsReportWriter::csv(report->table);
    context.out() << QString::fromUtf8(bytes);
    return ExitCode::Success;
}

} // namespace

CliCommand statsCommand()
{
    const QString name = QStringLiteral("stats");
    const QString summary = QStringLiteral("Publishable statistics over the cases: the Code of "
                                           "Practice figures, the Cabinet Office's, timeliness.");
    return {name, summary, std::bind_front(&runStats, name, summary)};
}

} // namespace foi::app
