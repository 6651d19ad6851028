#include "DeadlineCommand.h"

#include "CliContext.h"
#include "law/DeadlineCalculator.h"
#include "UserCalendar.h"

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
                              QStringLiteral("Internal review deadlines from --received instead.")};
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

ExitCode printReview(CliContext &context, const core::DeadlineCalculator &calculator,
                     core::Regime regime, const QDate &requested, bool json)
{
    const core::Result<core::ReviewDeadline> review = calculator.internalReview(regime, requested);
    if (!review)
        return context.usageError(commandName, review.error().message);
    if (json) {
        context.out() << QJsonDocument(
                             QJsonObject{
                                 {QStringLiteral("regime"), core::regimeCode(regime)},
                                 {QStringLiteral("requested"), requested.toString(Qt::ISODate)},
                                 {QStringLiteral("target"), review->target.toString(Qt::ISODate)},
                                 {QStringLiteral("latest"), review->latest.toString(Qt::ISODate)},
                                 {QStringLiteral("projected_holidays_used"),
                                  review->projectedHolidaysUsed}})
                             .toJson(QJsonDocument::Indented);
    } else {
        context.out() << "Internal review target: " << longDate(review->target) << '\n'
                      << "Internal review limit:  " << longDate(review->latest)
                      << (regime == core::Regime::Eir ? " (EIR reg 11(4))\n"
                                                      : " (s45 Code: exceptional cases)\n");
    }
    return ExitCode::Success;
}

} // namespace

CliCommand deadlineCommand()
{
    const QString summary =
        QStringLiteral("Work out when a response is due, and explain the count.");
    return {commandName, summary, [summary](CliContext &context, const QStringList &args) {
                QCommandLineParser parser;
                parser.setApplicationDescription(summary);
                const Options o;
                parser.addOptions({o.regime, o.received, o.clarified, o.feeNotice, o.feePaid,
                                   o.extension, o.review, o.json});
                bool helpShown = false;
                if (!context.parse(parser, commandName, args, &helpShown))
                    return ExitCode::Usage;
                if (helpShown)
                    return ExitCode::Success;
                if (!parser.positionalArguments().isEmpty())
                    return context.usageError(
                        commandName, QStringLiteral("takes no arguments, but was given '%1'.")
                                         .arg(parser.positionalArguments().join(u' ')));
                core::DeadlineRequest request;
                if (parser.isSet(o.regime)) {
                    const std::optional<core::Regime> regime =
                        core::regimeFromCode(parser.value(o.regime));
                    if (!regime)
                        return context.usageError(
                            commandName, QStringLiteral("--regime must be FOIA or EIR, not '%1'.")
                                             .arg(parser.value(o.regime)));
                    request.regime = *regime;
                }
                QString error;
                const std::optional<QDate> received = dateOption(parser, o.received, &error);
                request.clarified = dateOption(parser, o.clarified, &error);
                request.feeNoticeGiven = dateOption(parser, o.feeNotice, &error);
                request.feeReceived = dateOption(parser, o.feePaid, &error);
                if (!error.isEmpty())
                    return context.usageError(commandName, error);
                if (!received)
                    return context.usageError(commandName,
                                              QStringLiteral("--received YYYY-MM-DD is required."));
                request.received = *received;
                if (parser.isSet(o.extension)) {
                    bool ok = false;
                    request.extensionDays = parser.value(o.extension).toInt(&ok);
                    if (!ok)
                        return context.usageError(
                            commandName,
                            QStringLiteral(
                                "--extension must be a whole number of working days, not '%1'.")
                                .arg(parser.value(o.extension)));
                }
                const core::WorkingDayCalendar calendar(effectiveCalendar(context.err()));
                const core::DeadlineCalculator calculator(calendar);
                if (parser.isSet(o.review)) {
                    if (request.clarified || request.feeNoticeGiven || request.feeReceived ||
                        parser.isSet(o.extension))
                        return context.usageError(
                            commandName,
                            QStringLiteral("--review takes only --regime and --received."));
                    return printReview(context, calculator, request.regime, request.received,
                                       parser.isSet(o.json));
                }
                const core::Result<core::Deadline> deadline = calculator.calculate(request);
                if (!deadline)
                    return context.usageError(commandName, deadline.error().message);
                printDeadline(context, *deadline, calculator.skippedDays(*deadline),
                              parser.isSet(o.json));
                return ExitCode::Success;
            }};
}

} // namespace foi::app
