#include "app/cli/StoreCommand.h"

#include "app/cli/CliContext.h"
#include "core/store/CaseStore.h"
#include "core/store/PostgresMigrations.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreAddress.h"
#include "core/store/StoreCopy.h"
#include "core/support/StoreErrorCode.h"

#include <QFileInfo>

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

// One end of a copy, open: a store file or a team store, and its repositories.
struct OpenedEnd
{
    std::unique_ptr<core::CaseStore> file;
    std::unique_ptr<core::ServerStore> server;
    core::StoreRepositories &repositories()
    {
        return file ? file->repositories() : server->repositories();
    }
};

core::Result<OpenedEnd> openSource(const core::StoreAddress &address, const core::Clock &clock)
{
    OpenedEnd end;
    if (address.isTeamServer()) {
        auto server =
            core::ServerStore::open(address, core::StoreConnection::Access::ReadOnly, clock);
        if (!server)
            return server.error();
        end.server = std::move(server).value();
        return end;
    }
    auto file = core::CaseStore::open(address.filePath(), core::CaseStore::OpenMode::ReadOnly,
                                      core::CaseStore::Options{.clock = clock});
    if (!file)
        return file.error();
    end.file = std::move(file).value();
    return end;
}

core::Result<OpenedEnd> openTarget(const core::StoreAddress &address, const core::Clock &clock)
{
    OpenedEnd end;
    if (address.isTeamServer()) {
        if (core::Status made = core::ServerStore::initialise(address); !made)
            return made.error();
        auto server =
            core::ServerStore::open(address, core::StoreConnection::Access::ReadWrite, clock);
        if (!server)
            return server.error();
        end.server = std::move(server).value();
        return end;
    }
    // A new file only: copying into an officer's working store would mix two caseloads.
    if (QFileInfo::exists(address.filePath())) {
        return core::Error::make(core::StoreErrorCode::NotEmpty,
                                 QStringLiteral("%1 already exists, and a copy goes only into a "
                                                "new store file. Name a file that does not exist.")
                                     .arg(address.filePath()));
    }
    auto file =
        core::CaseStore::open(address.filePath(), core::CaseStore::OpenMode::CreateIfMissing,
                              core::CaseStore::Options{.clock = clock});
    if (!file)
        return file.error();
    end.file = std::move(file).value();
    return end;
}

ExitCode copy(CliContext &context, const QString &fromText, const QString &toText)
{
    const QString command = QStringLiteral("store copy");
    if (fromText.isEmpty() || toText.isEmpty())
        return context.usageError(command, QStringLiteral("needs --from STORE and --to STORE: a "
                                                          "store file and a team store "
                                                          "(postgresql://user@host/database), "
                                                          "either way round."));
    core::Result<core::StoreAddress> from = core::StoreAddress::parse(fromText);
    if (!from)
        return context.usageError(command, from.error().message);
    core::Result<core::StoreAddress> to = core::StoreAddress::parse(toText);
    if (!to)
        return context.usageError(command, to.error().message);
    if (from->isTeamServer() == to->isTeamServer())
        return context.usageError(command,
                                  QStringLiteral("copies between a store file and a team "
                                                 "store: name one of each (to copy a "
                                                 "store file, back it up with 'backup')."));
    core::Result<OpenedEnd> source = openSource(*from, context.clock());
    if (!source) {
        context.err() << "foi-workbench-cli: " << command << ": " << source.error().message << '\n';
        return ExitCode::Usage;
    }
    core::Result<OpenedEnd> target = openTarget(*to, context.clock());
    if (!target) {
        context.err() << "foi-workbench-cli: " << command << ": " << target.error().message << '\n';
        return ExitCode::Usage;
    }
    core::Result<core::StoreCopy::Report> copied =
        core::StoreCopy::copy(source->repositories(), target->repositories());
    if (!copied) {
        context.err() << "foi-workbench-cli: " << command << ": " << copied.error().message << '\n';
        if (!copied.error().detail.isEmpty())
            context.err() << "  (" << copied.error().detail << ")\n";
        return ExitCode::Negative;
    }
    context.out() << "Copied " << from->display() << " into " << to->display() << ":\n";
    for (const auto &[table, rows] : std::as_const(copied->rowsPerTable))
        context.out() << "  " << table << ": " << rows << " rows\n";
    context.out() << "The audit trail verifies on both sides: " << copied->target.rowsChecked
                  << " rows, head " << copied->target.head.toString() << ".\n";
    if (!from->isTeamServer())
        context.out() << "Not copied: the attachments' files in the folder beside "
                      << from->filePath() << " (a team store keeps their records only).\n";
    return ExitCode::Success;
}

} // namespace

// `store grant ROLE LOGIN`: gives a login role one of the team's group roles.
ExitCode grant(CliContext &context, const QStringList &words)
{
    const QString command = QStringLiteral("store grant");
    if (words.size() != 3)
        return context.usageError(
            command, QStringLiteral("needs a role (%1) and a login name, "
                                    "as in: store grant officer jsmith.")
                         .arg(core::ServerStore::roleWords().join(QStringLiteral(", "))));
    core::Result<core::StoreAddress> address = core::StoreAddress::parse(context.storePath());
    if (!address)
        return context.usageError(command, address.error().message);
    if (!address->isTeamServer())
        return context.usageError(command,
                                  QStringLiteral("is for a team store on a PostgreSQL server: "
                                                 "name its database with --store "
                                                 "postgresql://user@host/database."));
    if (core::Status granted = core::ServerStore::grantRole(*address, words.at(1), words.at(2));
        !granted) {
        context.err() << "foi-workbench-cli: store grant: " << granted.error().message << '\n';
        return granted.error().code == core::StoreErrorCode::Invalid ? ExitCode::Usage
                                                                     : ExitCode::Negative;
    }
    context.out() << words.at(2) << " now has the " << words.at(1) << " role on the team store "
                  << address->display() << ".\n";
    return ExitCode::Success;
}

namespace {

ExitCode runStore(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "store init: make the case store's tables in the empty PostgreSQL database "
        "named by --store postgresql://[user@]host[:port]/database, or bring them up "
        "to date. The password, if the server asks for one, comes from ~/.pgpass or "
        "the file PGPASSFILE names, never from the command line.\n"
        "store copy --from STORE --to STORE: copy every case, record and the audit "
        "trail (its chain unchanged) from a store file into a new team store, or "
        "from a team store into a new store file; both sides are verified.\n"
        "store grant ROLE LOGIN: give the login role LOGIN (made with createuser) "
        "the team store's role ROLE: officer, reviewer, manager or administrator."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("init, copy or grant"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The store to copy from."),
                                  QStringLiteral("STORE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The new store to copy into."),
                                QStringLiteral("STORE"));
    parser.addOptions({from, to});
    bool helpShown = false;
    if (!context.parse(parser, QStringLiteral("store"), args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    const QStringList words = parser.positionalArguments();
    if (words == QStringList{QStringLiteral("copy")})
        return copy(context, parser.value(from), parser.value(to));
    if (words.value(0) == QLatin1String("grant"))
        return grant(context, words);
    if (words != QStringList{QStringLiteral("init")})
        return context.usageError(
            QStringLiteral("store"),
            QStringLiteral("needs one action, init, copy or grant (was given '%1').")
                .arg(words.join(u' ')));
    return initialise(context);
}

} // namespace

CliCommand storeCommand()
{
    return {QStringLiteral("store"),
            QStringLiteral("Prepare a team store on a PostgreSQL server (store init), give a "
                           "login one of its roles (store grant), or copy a store between a "
                           "file and a server (store copy)."),
            &runStore};
}

} // namespace foi::app
