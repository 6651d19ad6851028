#include "app/cli/TeamStoreBackup.h"

#include "app/cli/CliContext.h"
#include "core/store/ServerBackup.h"

namespace foi::app::TeamStoreBackup {

namespace {

// The one file argument, or the exit code to end with (help shown, or the command line wrong).
std::optional<ExitCode> parseOneFile(CliContext &context, const QString &command,
                                     QCommandLineParser &parser, const QStringList &args,
                                     const QString &missing)
{
    bool helpShown = false;
    if (!context.parse(parser, command, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(command, missing);
    return std::nullopt;
}

ExitCode failed(CliContext &context, const QString &command, const core::Error &error)
{
    context.err() << "foi-workbench-cli: " << command << ": " << error.message << '\n';
    if (!error.detail.isEmpty())
        context.err() << "  (" << error.detail << ")\n";
    return ExitCode::Negative;
}

} // namespace

ExitCode backup(CliContext &context, const core::StoreAddress &address, QCommandLineParser &parser,
                const QStringList &args)
{
    const QString command = QStringLiteral("backup");
    if (std::optional<ExitCode> ended = parseOneFile(
            context, command, parser, args, QStringLiteral("name the backup file to create.")))
        return *ended;
    const core::ServerBackup backups(core::ServerBackup::Tools::onPath(), context.clock());
    core::Result<core::BackupMetadata> made =
        backups.backup(address, parser.positionalArguments().constFirst());
    if (!made)
        return failed(context, command, made.error());
    context.out() << "Backed up the team store " << address.display() << " to " << made->backupPath
                  << " (pg_dump custom format, " << made->size << " bytes, SHA-256 " << made->sha256
                  << ").\n"
                  << "Audit anchor: " << made->auditHead.toString() << '\n'
                  << "Record: " << core::BackupMetadata::metadataPathFor(made->backupPath) << '\n';
    return ExitCode::Success;
}

ExitCode restore(CliContext &context, const core::StoreAddress &address, QCommandLineParser &parser,
                 const QStringList &args)
{
    const QString command = QStringLiteral("restore");
    if (std::optional<ExitCode> ended = parseOneFile(
            context, command, parser, args, QStringLiteral("name the backup file to restore.")))
        return *ended;
    const QString source = parser.positionalArguments().constFirst();
    const core::ServerBackup backups(core::ServerBackup::Tools::onPath(), context.clock());
    core::Result<core::AuditReport> report = backups.restore(address, source);
    if (!report)
        return failed(context, command, report.error());
    if (!report->intact) {
        context.err() << "foi-workbench-cli: restore: " << source << " was restored into "
                      << address.display() << ", but its audit trail does not verify";
        if (report->firstBadSeq > 0)
            context.err() << " from row " << report->firstBadSeq;
        context.err() << ": " << report->problem
                      << "\nDo not use this store: drop the database and restore another backup.\n";
        return ExitCode::Negative;
    }
    context.out() << "Restored " << source << " into the team store " << address.display()
                  << ".\nThe audit trail verifies: " << report->rowsChecked << " rows, head "
                  << report->head.toString()
                  << (report->anchorChecked ? ", through the backup's recorded anchor" : "")
                  << ".\n";
    return ExitCode::Success;
}

} // namespace foi::app::TeamStoreBackup
