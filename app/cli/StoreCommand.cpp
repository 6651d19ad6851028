#include "app/cli/StoreCommand.h"

#include "app/cli/CliContext.h"
#include "core/store/PostgresMigrations.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreAddress.h"

#include <QCommandLineParser>

namespace foi::app {

namespace {

ExitCode initialise(CliContext &context)
{
    const QString command = QStringLiteral("store init");
    core::Result<core::StoreAddress> address = core::StoreAddress::parse(context.storePath());
    if (!address)
        return context.usageError(command, address.error().message);
    if (!address->isTeamServer()) {
        return context.usageError(
            command, QStringLiteral("is for a team store on a PostgreSQL server: name its "
                                    "database with --store postgresql://user@host/database. A "
                                    "case store file (%1) is made the first time it is opened.")
                         .arg(context.storePath()));
    }
    if (core::Status made = core::ServerStore::initialise(*address); !made) {
        context.err() << "foi-workbench-cli: store init: " << made.error().message << '\n';
        return ExitCode::Negative;
    }
    context.out() << "The team store " << address->display() << " is ready (store version "
                  << core::PostgresMigrations::latestVersion() << ").\n";
    return ExitCode::Success;
}

} // namespace

CliCommand storeCommand()
{
    return {QStringLiteral("store"),
            QStringLiteral("Prepare a team store on a PostgreSQL server (store init)."),
            [](CliContext &context, const QStringList &args) {
                QCommandLineParser parser;
                parser.setApplicationDescription(QStringLiteral(
                    "store init: make the case store's tables in the empty PostgreSQL database "
                    "named by --store postgresql://[user@]host[:port]/database, or bring them up "
                    "to date. The password, if the server asks for one, comes from ~/.pgpass or "
                    "the file PGPASSFILE names, never from the command line."));
                parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("init"));
                bool helpShown = false;
                if (!context.parse(parser, QStringLiteral("store"), args, &helpShown))
                    return ExitCode::Usage;
                if (helpShown)
                    return ExitCode::Success;
                const QStringList words = parser.positionalArguments();
                if (words != QStringList{QStringLiteral("init")})
                    return context.usageError(
                        QStringLiteral("store"),
                        QStringLiteral("needs one action, init (was given '%1').")
                            .arg(words.join(u' ')));
                return initialise(context);
            }};
}

} // namespace foi::app
