#include "app/cli/AllocateCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"
#include "core/services/AllocationService.h"
#include "core/store/ServerStore.h"

namespace foi::app {

namespace {

const QString commandName = QStringLiteral("allocate");
const QString commandSummary =
    QStringLiteral("Allocate a case to an officer (--to), or to nobody (--nobody).");

// Allocates with the repositories of the store --store names: a team store's or a file's.
core::Result<core::CaseRepository::Allocation> allocateIn(core::StoreRepositories &repositories,
                                                          const QString &reference,
                                                          const QString &to, const QString &officer)
{
    core::AllocationService allocation(repositories);
    return to.isEmpty() ? allocation.unallocate(reference, officer)
                        : allocation.allocate(reference, to, officer);
}

void printAllocation(CliContext &context, const QString &reference,
                     const core::CaseRepository::Allocation &allocation)
{
    const auto who = [](const QString &officer) {
        return officer.isEmpty() ? QStringLiteral("nobody") : officer;
    };
    if (!allocation.changed)
        context.out() << "Case " << reference << " is already allocated to " << who(allocation.to)
                      << ": nothing changed.\n";
    else
        context.out() << "Case " << reference << " is now allocated to " << who(allocation.to)
                      << " (was " << who(allocation.from) << ").\n";
}

ExitCode runAllocate(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(commandSummary);
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("The officer to allocate the case to (on a team "
                                               "store, their login name)."),
                                QStringLiteral("OFFICER"));
    const QCommandLineOption nobody(QStringLiteral("nobody"),
                                    QStringLiteral("Take the case back: allocated to nobody."));
    parser.addOptions({to, nobody, StoreAccess::officerOption()});
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case's reference."));
    bool helpShown = false;
    if (!context.parse(parser, commandName, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(commandName, QStringLiteral("name the case to allocate."));
    if (parser.isSet(to) == parser.isSet(nobody))
        return context.usageError(commandName,
                                  QStringLiteral("say who gets the case: --to OFFICER, or "
                                                 "--nobody to take it back."));
    const QString target = parser.isSet(to) ? parser.value(to) : QString();
    if (parser.isSet(to)) {
        if (core::Status named = core::AllocationService::checkOfficer(target); !named)
            return context.usageError(commandName, named.error().message);
    }
    const QString reference = parser.positionalArguments().constFirst();
    const QString officer = StoreAccess::officer(parser);
    std::unique_ptr<OpenedStore> store =
        StoreAccess::openEither(context, commandName, core::CaseStore::OpenMode::ReadWrite);
    if (!store)
        return ExitCode::Usage;
    const core::Result<core::CaseRepository::Allocation> allocation =
        allocateIn(store->repositories(), reference, target, officer);
    if (!allocation)
        return StoreAccess::failure(context, commandName, allocation.error());
    printAllocation(context, reference, *allocation);
    return ExitCode::Success;
}

} // namespace

CliCommand allocateCommand()
{
    return {commandName, commandSummary, runAllocate};
}

} // namespace foi::app
