#include "app/cli/RetentionCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"
#include "core/services/RetentionService.h"

namespace foi::app {

namespace {

ExitCode runHold(const QString &name, const QString &summary, CliContext &context,
                 const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    parser.addOption(StoreAccess::officerOption());
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case's reference."));
    parser.addPositionalArgument(
        QStringLiteral("KIND"), QStringLiteral("internal-review, commissioner, tribunal or none."));
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2)
        return context.usageError(name, QStringLiteral("name the case and the kind of hold."));
    const QString kind = words.at(1) == QLatin1String("none") ? QString() : words.at(1);
    const std::optional<core::CaseHold> hold = core::caseHoldFromCode(kind);
    if (!hold)
        return context.usageError(name, QStringLiteral("'%1' is not a kind of hold: use "
                                                       "internal-review, commissioner, "
                                                       "tribunal or none.")
                                            .arg(words.at(1)));
    auto store = StoreAccess::openEither(context, name, core::CaseStore::OpenMode::ReadWrite);
    if (!store)
        return ExitCode::Usage;
    if (core::Status set =
            store->repositories().cases().setHold(words.at(0), *hold, StoreAccess::officer(parser));
        !set)
        return StoreAccess::failure(context, name, set.error());
    context.out() << "Case " << words.at(0)
                  << (hold == core::CaseHold::None
                          ? QStringLiteral(" is no longer on hold.\n")
                          : QStringLiteral(" is on hold: %1.\n").arg(kind));
    return ExitCode::Success;
}

} // namespace

CliCommand holdCommand()
{
    const QString name = QStringLiteral("hold");
    const QString summary = QStringLiteral("Put a case on hold (internal-review, commissioner, "
                                           "tribunal) or release it (none).");
    return {name, summary, std::bind_front(&runHold, name, summary)};
}

namespace {

ExitCode runRetention(const QString &name, const QString &summary, CliContext &context,
                      const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    const QCommandLineOption years(QStringLiteral("years"),
                                   QStringLiteral("Keep requesters for N years after "
                                                  "closing (default: "
                                                  "$FOI_RETENTION_YEARS, else 6)."),
                                   QStringLiteral("N"));
    parser.addOptions({years, StoreAccess::officerOption()});
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    QString text = parser.isSet(years)
                       ? parser.value(years)
                       : qEnvironmentVariable("FOI_RETENTION_YEARS", QStringLiteral("6"));
    bool numeric = false;
    const int keep = text.toInt(&numeric);
    if (!numeric || keep < 1)
        return context.usageError(
            name, QStringLiteral("--years needs a whole number of years, 1 or more."));
    auto store = StoreAccess::openEither(context, name, core::CaseStore::OpenMode::ReadWrite);
    if (!store)
        return ExitCode::Usage;
    auto outcome = core::RetentionService(store->repositories(),
                                          StoreAccess::attachmentFolder(context, *store),
                                          context.calendar().workingDays())
                       .eraseExpired(context.today(), keep, StoreAccess::officer(parser));
    if (!outcome)
        return StoreAccess::failure(context, name, outcome.error());
    context.out() << "Erased the requester's details from " << outcome->erased.size()
                  << " case(s) closed more than " << keep << " years ago.\n";
    for (const QString &reference : outcome->erased)
        context.out() << "  erased: " << reference << '\n';
    for (const QString &held : outcome->onHold)
        context.out() << "  kept (on hold): " << held << '\n';
    // The store is done; a copy of a letter left beside it still holds their data.
    for (const QString &path : outcome->copiesLeft)
        context.err() << "foi-workbench-cli retention: could not delete " << path
                      << ", a copy of an erased requester's letter: delete it by "
                         "hand.\n";
    return outcome->copiesLeft.isEmpty() ? ExitCode::Success : ExitCode::Negative;
}

} // namespace

CliCommand retentionCommand()
{
    const QString name = QStringLiteral("retention");
    const QString summary =
        QStringLiteral("Erase the requester's details and their letters (the request as "
                       "received, correspondence) from cases closed more than N years ago (cases "
                       "on hold are kept).");
    return {name, summary, std::bind_front(&runRetention, name, summary)};
}

} // namespace foi::app
