#include "app/cli/BackupCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"
#include "app/cli/TeamStoreBackup.h"

namespace foi::app {

namespace {

ExitCode runBackup(const QString &name, const QString &summary, CliContext &context,
                   const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    parser.addOption(StoreAccess::readOnlyOption());
    parser.addPositionalArgument(
        QStringLiteral("OUT"),
        QStringLiteral("The backup file to create (must not exist). For a team "
                       "store (--store postgresql://...), a pg_dump archive in the "
                       "custom format."));
    if (const auto team = StoreAccess::teamStore(context))
        return TeamStoreBackup::backup(context, *team, parser, args);
    auto opened = StoreAccess::parseAndOpen(context, name, parser, args,
                                            QStringLiteral("name the backup file to create."),
                                            core::CaseStore::OpenMode::ReadWrite);
    if (const ExitCode *code = std::get_if<ExitCode>(&opened))
        return *code;
    const auto &[out, store] = std::get<StoreAccess::Opened>(opened);
    auto backup = store->backups().backupTo(out);
    if (!backup)
        return StoreAccess::failure(context, name, backup.error());
    context.out() << "Backed up to " << backup->backupPath << " (" << backup->size
                  << " bytes, SHA-256 " << backup->sha256 << ").\n"
                  << "Audit anchor: " << backup->auditHead.toString() << '\n'
                  << "Record: " << core::BackupMetadata::metadataPathFor(backup->backupPath)
                  << '\n';
    return ExitCode::Success;
}

} // namespace

CliCommand backupCommand()
{
    const QString name = QStringLiteral("backup");
    const QString summary = QStringLiteral("Copy the store, while in use, to a new file with its "
                                           "audit anchor beside it.");
    return {name, summary, std::bind_front(&runBackup, name, summary)};
}

} // namespace foi::app
