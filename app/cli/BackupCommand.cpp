#include "BackupCommand.h"

#include "CliContext.h"
#include "StoreAccess.h"

namespace foi::app {

CliCommand backupCommand()
{
    const QString name = QStringLiteral("backup");
    const QString summary = QStringLiteral("Copy the store, while in use, to a new file with its "
                                           "audit anchor beside it.");
    return {
        name, summary, [name, summary](CliContext &context, const QStringList &args) {
            QCommandLineParser parser;
            parser.setApplicationDescription(summary);
            parser.addOption(StoreAccess::readOnlyOption());
            parser.addPositionalArgument(
                QStringLiteral("OUT"),
                QStringLiteral("The backup file to create (must not exist)."));
            bool helpShown = false;
            if (!context.parse(parser, name, args, &helpShown))
                return ExitCode::Usage;
            if (helpShown)
                return ExitCode::Success;
            if (parser.positionalArguments().size() != 1)
                return context.usageError(name, QStringLiteral("name the backup file to create."));
            auto store = StoreAccess::open(context, name, StoreAccess::readMode(parser));
            if (!store)
                return ExitCode::Usage;
            auto backup = store->backups().backupTo(parser.positionalArguments().constFirst());
            if (!backup)
                return StoreAccess::failure(context, name, backup.error());
            context.out() << "Backed up to " << backup->backupPath << " (" << backup->size
                          << " bytes, SHA-256 " << backup->sha256 << ").\n"
                          << "Audit anchor: " << backup->auditHead.toString() << '\n'
                          << "Record: " << core::BackupMetadata::metadataPathFor(backup->backupPath)
                          << '\n';
            return ExitCode::Success;
        }};
}

} // namespace foi::app
