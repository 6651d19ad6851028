#include "app/cli/RestoreCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"
#include "app/cli/TeamStoreBackup.h"

namespace foi::app {

namespace {

ExitCode runRestore(const QString &name, const QString &summary, CliContext &context,
                    const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    parser.addOption(StoreAccess::officerOption());
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QStringLiteral("The backup to restore. A team store's backup is restored "
                       "only into an empty database (--store postgresql://...), "
                       "after checking the file against its record."));
    if (const auto team = StoreAccess::teamStore(context))
        return TeamStoreBackup::restore(context, *team, parser, args);
    auto opened = StoreAccess::parseAndOpen(context, name, parser, args,
                                            QStringLiteral("name the backup file to restore."),
                                            core::CaseStore::OpenMode::CreateIfMissing);
    if (const ExitCode *code = std::get_if<ExitCode>(&opened))
        return *code;
    const auto &[source, store] = std::get<StoreAccess::Opened>(opened);
    auto kept = store->restoreFrom(source, StoreAccess::officer(parser));
    if (!kept)
        return StoreAccess::failure(context, name, kept.error());
    context.out() << "Restored " << source << " into " << store->path() << ".\n"
                  << "The store as it was before is kept as " << *kept << ".\n";
    return ExitCode::Success;
}

} // namespace

CliCommand restoreCommand()
{
    const QString name = QStringLiteral("restore");
    const QString summary = QStringLiteral("Replace the store's content with a backup, after "
                                           "checking it; the content before is kept.");
    return {name, summary, std::bind_front(&runRestore, name, summary)};
}

} // namespace foi::app
