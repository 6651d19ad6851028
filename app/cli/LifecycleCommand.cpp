#include "app/cli/LifecycleCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"
#include "core/services/CaseLifecycle.h"
#include "core/services/CaseLifecycleService.h"
#include "core/support/TypedDate.h"

#include <QCommandLineParser>

namespace foi::app {

namespace {

enum class Change { Withdraw, Lapse, Reopen };

QCommandLineOption reasonOption(const QString &what)
{
    return {QStringLiteral("reason"), what, QStringLiteral("TEXT")};
}

QCommandLineOption onOption()
{
    return {QStringLiteral("on"),
            QStringLiteral("The day it happened (\"7 December 2026\", \"7/12/2026\" or "
                           "2026-12-07; default: today)."),
            QStringLiteral("DATE")};
}

ExitCode runChange(Change change, const QString &name, const QString &summary, CliContext &context,
                   const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    const QCommandLineOption reason = reasonOption(QStringLiteral("Why (required); kept in the "
                                                                  "case's history."));
    const QCommandLineOption on = onOption();
    parser.addOptions({reason, on, StoreAccess::officerOption()});
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case's reference."));
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(name, QStringLiteral("name one case by its reference."));
    if (parser.value(reason).trimmed().isEmpty())
        return context.usageError(name, QStringLiteral("--reason is required: say why (for "
                                                       "example how the requester said so)."));
    const QString reference = parser.positionalArguments().constFirst();
    const QDate today = context.today();
    QDate day = today;
    if (parser.isSet(on)) {
        const core::Result<QDate> typed = core::TypedDate::parse(parser.value(on));
        if (!typed)
            return context.usageError(name, QStringLiteral("--on: ") + typed.error().message);
        day = *typed;
    }
    const core::Result<core::LapsePolicy> policy = core::LapsePolicy::builtIn();
    if (!policy)
        return StoreAccess::failure(context, name, policy.error());
    auto store = StoreAccess::openEither(context, name, core::CaseStore::OpenMode::ReadWrite);
    if (!store)
        return ExitCode::Usage;
    core::CaseLifecycleService service(store->repositories(), *policy,
                                       context.calendar().workingDays());
    const QString officer = StoreAccess::officer(parser);
    const QString why = parser.value(reason);
    const core::Result<core::Case> changed =
        change == Change::Withdraw ? service.withdraw(reference, day, why, officer, today)
        : change == Change::Lapse  ? service.lapse(reference, day, why, officer, today)
                                   : service.reopen(reference, day, why, officer, today);
    if (!changed)
        return StoreAccess::failure(context, name, changed.error());
    context.out() << "Case " << reference << ": "
                  << core::CaseLifecycle::describe(changed->lifecycle.constLast())
                  << (change == Change::Reopen ? QStringLiteral("; its clock runs again.\n")
                                               : QStringLiteral("; its clock is stopped.\n"));
    return ExitCode::Success;
}

CliCommand changeCommand(Change change, const QString &name, const QString &summary)
{
    return {name, summary, [change, name, summary](CliContext &context, const QStringList &args) {
                return runChange(change, name, summary, context, args);
            }};
}

} // namespace

CliCommand withdrawCommand()
{
    return changeCommand(Change::Withdraw, QStringLiteral("withdraw"),
                         QStringLiteral("Record that the requester withdrew a request: it is "
                                        "closed, counted as withdrawn, and no reply is sent."));
}

CliCommand lapseCommand()
{
    return changeCommand(
        Change::Lapse, QStringLiteral("lapse"),
        QStringLiteral("Close a request as lapsed: the clarification sought "
                       "under s1(3) never came, once the law data's wait is over."));
}

CliCommand reopenCommand()
{
    return changeCommand(Change::Reopen, QStringLiteral("reopen"),
                         QStringLiteral("Reopen a withdrawn or lapsed request."));
}

namespace {

ExitCode runDelete(const QString &name, const QString &summary, CliContext &context,
                   const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    const QCommandLineOption reason =
        reasonOption(QStringLiteral("Why it was created in error (required); kept in the audit "
                                    "trail, so do not name the requester."));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Confirm the deletion."));
    parser.addOptions({reason, yes, StoreAccess::officerOption()});
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case's reference."));
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(name, QStringLiteral("name one case by its reference."));
    if (parser.value(reason).trimmed().isEmpty())
        return context.usageError(name, QStringLiteral("--reason is required: say why the case was "
                                                       "created in error."));
    if (!parser.isSet(yes))
        return context.usageError(name,
                                  QStringLiteral("deleting a case cannot be undone: add --yes to "
                                                 "confirm."));
    const QString reference = parser.positionalArguments().constFirst();
    auto store = StoreAccess::openEither(context, name, core::CaseStore::OpenMode::ReadWrite);
    if (!store)
        return ExitCode::Usage;
    const core::Result<core::LapsePolicy> policy = core::LapsePolicy::builtIn();
    if (!policy)
        return StoreAccess::failure(context, name, policy.error());
    if (core::Status deleted = core::CaseLifecycleService(store->repositories(), *policy,
                                                          context.calendar().workingDays())
                                   .deleteCreatedInError(reference, parser.value(reason),
                                                         StoreAccess::officer(parser));
        !deleted)
        return StoreAccess::failure(context, name, deleted.error());
    context.out() << "Case " << reference << " is deleted; the audit trail keeps its record.\n";
    return ExitCode::Success;
}

} // namespace

CliCommand deleteCommand()
{
    const QString name = QStringLiteral("delete");
    const QString summary =
        QStringLiteral("Delete a case created in error today with nothing sent (the audit trail "
                       "keeps its record).");
    return {name, summary, std::bind_front(&runDelete, name, summary)};
}

} // namespace foi::app
