#include "app/cli/DeadlineCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/UserCalendar.h"
#include "core/law/DeadlineCalculator.h"
#include "core/law/RegulatorDeadlineCalculator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace foi::app {

namespace {

const QString commandName = QStringLiteral("deadline");

struct Options
{
    QCommandLineOption regime{QStringLiteral("regime"), QStringLiteral("FOIA (default) or EIR."),
                              QStringLiteral("FOIA|EIR")};
    QCommandLineOption received{
        QStringLiteral("received"),
        QStringLiteral("Date the request (or review request) was received."),
        QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption clarified{
        QStringLiteral("clarified"),
        QStringLiteral("Date a clarification arrived (s1(3)): the count restarts."),
        QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption feeNotice{QStringLiteral("fee-notice"),
                                 QStringLiteral("Date a fees notice was given (s9)."),
                                 QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption feePaid{QStringLiteral("fee-paid"),
                               QStringLiteral("Date the fee arrived (s10(2))."),
                               QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption extension{
        QStringLiteral("extension"),
        QStringLiteral("Further working days: FOIA s10(3) or EIR reg 7 (at most 20)."),
        QStringLiteral("N")};
    QCommandLineOption review{QStringLiteral("review"),
                              QStringLiteral("The same as --kind internal-review.")};
    QCommandLineOption kind{
        QStringLiteral("kind"),
        QStringLiteral("request (default): the reply to a request, from --received; "
                       "internal-review: the review's target and limit, from --received; "
                       "decision-notice: the steps an ICO decision notice orders and the "
                       "appeal to the tribunal, from --dated."),
        QStringLiteral("request|internal-review|decision-notice")};
    QCommandLineOption dated{QStringLiteral("dated"),
                             QStringLiteral("Date of the ICO decision notice (--kind "
                                            "decision-notice)."),
                             QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print a JSON object.")};
};

// Reads an option holding a date; sets *error when it is present but not a real YYYY-MM-DD date.
std::optional<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                QString *error)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const QString text = parser.value(option);
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !date.isValid()) {
        if (error->isEmpty())
            *error = QStringLiteral("--%1 must be a real date written YYYY-MM-DD, not '%2'.")
                         .arg(option.names().constFirst(), text);
        return std::nullopt;
    }
    return date;
}

QJsonValue isoOrNull(const std::optional<QDate> &date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString longDate(const QDate &date)
{
    return QLocale::c().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

void printDeadline(CliContext &context, const core::Deadline &deadline,
                   const QList<core::SkippedDay> &skipped, bool json)
{
    if (json) {
        QJsonArray skippedArray, explanation, events;
        for (const core::SkippedDay &day : skipped) {
            skippedArray.append(
                QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                            {QStringLiteral("reason"), day.reason}});
            explanation.append(core::DeadlineCalculator::describe(day));
        }
        for (const core::ClockEvent &event : deadline.events)
            events.append(QJsonObject{{QStringLiteral("date"), event.date.toString(Qt::ISODate)},
                                      {QStringLiteral("event"), event.description}});
        const QJsonObject object{
            {QStringLiteral("regime"), core::regimeCode(deadline.regime)},
            {QStringLiteral("received"), deadline.received.toString(Qt::ISODate)},
            {QStringLiteral("day_zero"), deadline.dayZero.toString(Qt::ISODate)},
            {QStringLiteral("due"), deadline.due.toString(Qt::ISODate)},
            {QStringLiteral("refusal_notice_due"), deadline.refusalNoticeDue.toString(Qt::ISODate)},
            {QStringLiteral("extension_notice_due"), isoOrNull(deadline.extensionNoticeDue)},
            {QStringLiteral("working_days"), deadline.workingDays},
            {QStringLiteral("fee_notice_given"), isoOrNull(deadline.feeNoticeGiven)},
            {QStringLiteral("fee_received"), isoOrNull(deadline.feeReceived)},
            {QStringLiteral("paused_working_days"), deadline.pausedWorkingDays},
            {QStringLiteral("skipped"), skippedArray},
            {QStringLiteral("explanation"), explanation},
            {QStringLiteral("events"), events},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(deadline.warnings)},
            {QStringLiteral("projected_holidays_used"), deadline.projectedHolidaysUsed},
        };
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return;
    }
    QTextStream &out = context.out();
    out << "Regime:             " << core::regimeCode(deadline.regime) << '\n'
        << "Day 0:              " << longDate(deadline.dayZero) << '\n'
        << "Response due:       " << longDate(deadline.due) << " (working day "
        << deadline.workingDays << ")\n"
        << "Refusal notice due: " << longDate(deadline.refusalNoticeDue) << '\n';
    if (deadline.extensionNoticeDue)
        out << "Tell of extension:  " << longDate(*deadline.extensionNoticeDue) << " (reg 7(2))\n";
    for (const core::ClockEvent &event : deadline.events)
        out << "  " << core::DeadlineCalculator::formatDate(event.date) << ": " << event.description
            << '\n';
    out << "Days not counted:\n";
    for (const core::SkippedDay &day : skipped)
        out << "  " << core::DeadlineCalculator::describe(day) << '\n';
    for (const QString &warning : deadline.warnings)
        out << "Warning: " << warning << '\n';
}

QJsonArray skippedJson(const QList<core::SkippedDay> &days)
{
    QJsonArray array;
    for (const core::SkippedDay &day : days)
        array.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                 {QStringLiteral("reason"), day.reason}});
    return array;
}

// The days from the day after `from` to `until` that a working-day count passed over.
QList<core::SkippedDay> skippedBetween(const core::WorkingDayCalendar &calendar, const QDate &from,
                                       const QDate &until)
{
    QList<core::SkippedDay> skipped;
    for (QDate day = from.addDays(1); day <= until; day = day.addDays(1)) {
        if (!calendar.isWorkingDay(day))
            skipped.append({day, calendar.reasonNotWorking(day)});
    }
    return skipped;
}

ExitCode printReview(CliContext &context, const core::WorkingDayCalendar &calendar,
                     core::Regime regime, const QDate &requested, bool json)
{
    const core::DeadlineCalculator calculator(calendar);
    const core::Result<core::ReviewDeadline> review = calculator.internalReview(regime, requested);
    if (!review)
        return context.usageError(commandName, review.error().message);
    const QList<core::SkippedDay> skipped = skippedBetween(calendar, requested, review->latest);
    const bool foia = regime == core::Regime::Foia;
    if (json) {
        QJsonObject object{
            {QStringLiteral("kind"), QStringLiteral("internal-review")},
            {QStringLiteral("regime"), core::regimeCode(regime)},
            {QStringLiteral("received"), requested.toString(Qt::ISODate)},
            {QStringLiteral("requested"), requested.toString(Qt::ISODate)},
            {QStringLiteral("due"), review->target.toString(Qt::ISODate)},
            {QStringLiteral("target"), review->target.toString(Qt::ISODate)},
            {QStringLiteral("latest"), review->latest.toString(Qt::ISODate)},
            {QStringLiteral("working_days"), foia ? 20 : 40},
            {QStringLiteral("skipped"), skippedJson(skipped)},
            {QStringLiteral("projected_holidays_used"), review->projectedHolidaysUsed}};
        if (foia)
            object.insert(QStringLiteral("maximum"), review->latest.toString(Qt::ISODate));
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    QTextStream &out = context.out();
    out << "Internal review target: " << longDate(review->target)
        << (foia ? " (working day 20; s45 Code of Practice)\n" : " (working day 40)\n")
        << "Internal review limit:  " << longDate(review->latest)
        << (foia ? " (working day 40: exceptional cases only, with a recorded reason)\n"
                 : " (EIR reg 11(4): no extension)\n")
        << "Days not counted:\n";
    for (const core::SkippedDay &day : skipped)
        out << "  " << core::DeadlineCalculator::describe(day) << '\n';
    return ExitCode::Success;
}

QJsonObject regulatorDateJson(const core::RegulatorDate &date)
{
    return {{QStringLiteral("count_ends"), date.countEnds.toString(Qt::ISODate)},
            {QStringLiteral("due"), date.due.toString(Qt::ISODate)},
            {QStringLiteral("moved_over"), skippedJson(date.movedOver)},
            {QStringLiteral("warning"),
             date.warning.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(date.warning)}};
}

void printRegulatorDate(QTextStream &out, const QString &label, const core::RegulatorDate &date,
                        const core::RegulatorClock &clock)
{
    out << label << longDate(date.due) << " (" << clock.calendarDays << " calendar days";
    if (date.movedOver.isEmpty())
        out << ")\n";
    else
        out << " end on " << longDate(date.countEnds) << "; in time on the next working day)\n";
    for (const core::SkippedDay &day : date.movedOver)
        out << "  moved over " << core::DeadlineCalculator::describe(day) << '\n';
    if (!date.warning.isEmpty())
        out << "Warning: " << date.warning << '\n';
}

ExitCode printDecisionNotice(CliContext &context, const core::BankHolidayCalendar &holidays,
                             const QDate &dated, bool json)
{
    const core::Result<core::RegulatorClocks> clocks = core::RegulatorClocks::builtIn();
    if (!clocks) {
        context.err() << "foi-workbench-cli: " << clocks.error().message << '\n';
        return ExitCode::Negative;
    }
    const core::RegulatorDeadlineCalculator calculator(*clocks, holidays);
    const core::Result<core::DecisionNoticeDeadlines> deadlines = calculator.decisionNotice(dated);
    if (!deadlines)
        return context.usageError(commandName, deadlines.error().message);
    if (json) {
        const QJsonObject steps = regulatorDateJson(deadlines->steps);
        const QJsonObject appeal = regulatorDateJson(deadlines->appeal);
        context.out()
            << QJsonDocument(
                   QJsonObject{{QStringLiteral("kind"), QStringLiteral("decision-notice")},
                               {QStringLiteral("dated"), dated.toString(Qt::ISODate)},
                               {QStringLiteral("steps_due"), steps.value(QStringLiteral("due"))},
                               {QStringLiteral("appeal_due"), appeal.value(QStringLiteral("due"))},
                               {QStringLiteral("steps"), steps},
                               {QStringLiteral("appeal"), appeal}})
                   .toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    QTextStream &out = context.out();
    out << "Decision notice dated: " << longDate(dated) << '\n';
    printRegulatorDate(out, QStringLiteral("Steps due:             "), deadlines->steps,
                       clocks->decisionNoticeStepsClock());
    printRegulatorDate(out, QStringLiteral("Appeal received by:    "), deadlines->appeal,
                       clocks->tribunalAppealClock());
    out << "An appeal suspends the steps it concerns until it is decided or withdrawn (s50(6)).\n";
    return ExitCode::Success;
}

// Which clock --kind (or --review) asks for; empty after a usage error has been written.
QString kindAsked(CliContext &context, const QCommandLineParser &parser, const Options &o)
{
    QString kind = parser.isSet(o.kind) ? parser.value(o.kind) : QStringLiteral("request");
    if (parser.isSet(o.review)) {
        if (parser.isSet(o.kind) && kind != QLatin1String("internal-review")) {
            context.usageError(commandName, QStringLiteral("--review is --kind internal-review; "
                                                           "it cannot go with --kind %1.")
                                                .arg(kind));
            return {};
        }
        kind = QStringLiteral("internal-review");
    }
    static const QStringList kinds{QStringLiteral("request"), QStringLiteral("internal-review"),
                                   QStringLiteral("decision-notice")};
    if (!kinds.contains(kind)) {
        context.usageError(commandName, QStringLiteral("--kind must be request, internal-review "
                                                       "or decision-notice, not '%1'.")
                                            .arg(kind));
        return {};
    }
    return kind;
}

ExitCode runDecisionNotice(CliContext &context, const QCommandLineParser &parser, const Options &o)
{
    QString error;
    const std::optional<QDate> dated = dateOption(parser, o.dated, &error);
    if (!error.isEmpty())
        return context.usageError(commandName, error);
    if (!dated)
        return context.usageError(
            commandName, QStringLiteral("--kind decision-notice needs --dated YYYY-MM-DD, the "
                                        "date of the decision notice."));
    for (const QCommandLineOption *other :
         {&o.received, &o.clarified, &o.feeNotice, &o.feePaid, &o.extension, &o.regime}) {
        if (parser.isSet(*other))
            return context.usageError(commandName,
                                      QStringLiteral("--kind decision-notice takes only --dated."));
    }
    return printDecisionNotice(context, context.calendar().holidays(), *dated,
                               parser.isSet(o.json));
}

// The request's dates and extension from the options; an error message when one is wrong.
core::Result<core::DeadlineRequest> requestFrom(const QCommandLineParser &parser, const Options &o)
{
    const auto usage = [](const QString &message) {
        return core::Error::make(QStringLiteral("cli.usage"), message);
    };
    core::DeadlineRequest request;
    if (parser.isSet(o.regime)) {
        const std::optional<core::Regime> regime = core::regimeFromCode(parser.value(o.regime));
        if (!regime)
            return usage(QStringLiteral("--regime must be FOIA or EIR, not '%1'.")
                             .arg(parser.value(o.regime)));
        request.regime = *regime;
    }
    QString error;
    const std::optional<QDate> received = dateOption(parser, o.received, &error);
    request.clarified = dateOption(parser, o.clarified, &error);
    request.feeNoticeGiven = dateOption(parser, o.feeNotice, &error);
    request.feeReceived = dateOption(parser, o.feePaid, &error);
    if (!error.isEmpty())
        return usage(error);
    if (!received)
        return usage(QStringLiteral("--received YYYY-MM-DD is required."));
    request.received = *received;
    if (parser.isSet(o.extension)) {
        bool ok = false;
        request.extensionDays = parser.value(o.extension).toInt(&ok);
        if (!ok)
            return usage(QStringLiteral("--extension must be a whole number of working days, "
                                        "not '%1'.")
                             .arg(parser.value(o.extension)));
    }
    return request;
}

ExitCode runDeadline(CliContext &context, const QStringList &args, const QString &summary)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    const Options o;
    parser.addOptions({o.regime, o.received, o.clarified, o.feeNotice, o.feePaid, o.extension,
                       o.review, o.kind, o.dated, o.json});
    bool helpShown = false;
    if (!context.parse(parser, commandName, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(commandName,
                                  QStringLiteral("takes no arguments, but was given '%1'.")
                                      .arg(parser.positionalArguments().join(u' ')));
    const QString kind = kindAsked(context, parser, o);
    if (kind.isEmpty())
        return ExitCode::Usage;
    if (kind == QLatin1String("decision-notice"))
        return runDecisionNotice(context, parser, o);
    const core::Result<core::DeadlineRequest> request = requestFrom(parser, o);
    if (!request)
        return context.usageError(commandName, request.error().message);
    if (parser.isSet(o.dated))
        return context.usageError(commandName,
                                  QStringLiteral("--dated goes with --kind decision-notice."));
    const core::WorkingDayCalendar &calendar = context.calendar().workingDays();
    if (kind == QLatin1String("internal-review")) {
        if (request->clarified || request->feeNoticeGiven || request->feeReceived ||
            parser.isSet(o.extension))
            return context.usageError(commandName, QStringLiteral("--kind internal-review takes "
                                                                  "only --regime and --received."));
        return printReview(context, calendar, request->regime, request->received,
                           parser.isSet(o.json));
    }
    const core::DeadlineCalculator calculator(calendar);
    const core::Result<core::Deadline> deadline = calculator.calculate(*request);
    if (!deadline)
        return context.usageError(commandName, deadline.error().message);
    printDeadline(context, *deadline, calculator.skippedDays(*deadline), parser.isSet(o.json));
    return ExitCode::Success;
}

} // namespace

CliCommand deadlineCommand()
{
    const QString summary = QStringLiteral(
        "Work out when a response, an internal review or an ICO decision notice's steps and "
        "appeal are due, and explain the count.");
    return {commandName, summary, [summary](CliContext &context, const QStringList &args) {
                return runDeadline(context, args, summary);
            }};
}

} // namespace foi::app
