#include "app/cli/StoreAccess.h"

#include "app/cli/CliContext.h"
#include "core/services/AttachmentService.h"
#include "core/store/BackupCatalogue.h"
#include "core/store/BackupService.h"
#include "core/store/StoreAddress.h"
#include "core/support/StoreErrorCode.h"
#include "core/support/StoreLocation.h"

#include <QFileInfo>
#include <QSettings>

#include <pwd.h>
#include <unistd.h>

namespace foi::app {

QCommandLineOption StoreAccess::officerOption()
{
    return QCommandLineOption(QStringLiteral("officer"),
                              QStringLiteral("Record changes as made by NAME (default: "
                                             "$FOI_OFFICER, else your name as the workbench's "
                                             "Settings keep it, else your login name)."),
                              QStringLiteral("NAME"));
}

QCommandLineOption StoreAccess::readOnlyOption()
{
    return QCommandLineOption(QStringLiteral("read-only"),
                              QStringLiteral("Open the store read-only (nothing is written)."));
}

QString StoreAccess::officer(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("officer")) &&
        !parser.value(QStringLiteral("officer")).isEmpty())
        return parser.value(QStringLiteral("officer"));
    const QString fromEnvironment = qEnvironmentVariable("FOI_OFFICER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // The name the workbench's Settings keep (the same key as core::Profiles), so that the command
    // line signs reviews with the same key as the workbench for the same officer.
    const QString fromSettings =
        QSettings().value(QStringLiteral("officer/name")).toString().trimmed();
    if (!fromSettings.isEmpty())
        return fromSettings;
    if (const passwd *user = ::getpwuid(::getuid()); user && user->pw_name)
        return QString::fromLocal8Bit(user->pw_name);
    return QStringLiteral("unknown officer");
}

core::CaseStore::OpenMode StoreAccess::readMode(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("read-only")) ? core::CaseStore::OpenMode::ReadOnly
                                                     : core::CaseStore::OpenMode::ReadWrite;
}

ExitCode StoreAccess::failure(CliContext &context, const QString &command, const core::Error &error)
{
    context.err() << "foi-workbench-cli " << command << ": " << error.message << '\n';
    if (!error.detail.isEmpty())
        context.err() << "  (" << error.detail << ")\n";
    context.err().flush();
    using namespace core;
    const bool aboutTheFile =
        error.code == StoreErrorCode::Missing || error.code == StoreErrorCode::NotSqlite ||
        error.code == StoreErrorCode::Corrupt || error.code == StoreErrorCode::Locked ||
        error.code == StoreErrorCode::ReadOnly || error.code == StoreErrorCode::NewerSchema ||
        error.code == StoreErrorCode::NetworkShare || error.code == StoreErrorCode::FileSystem ||
        error.code == StoreErrorCode::NotFound || error.code == StoreErrorCode::Invalid;
    return aboutTheFile ? ExitCode::Usage : ExitCode::Negative;
}

std::optional<core::StoreAddress> StoreAccess::teamStore(const CliContext &context)
{
    core::Result<core::StoreAddress> address = core::StoreAddress::parse(context.storePath());
    if (!address || !address->isTeamServer())
        return std::nullopt;
    return *address;
}

std::variant<std::pair<QString, core::CaseStore::OpenMode>, ExitCode>
StoreAccess::parseOne(CliContext &context, const QString &command, QCommandLineParser &parser,
                      const QStringList &args, const QString &missing,
                      core::CaseStore::OpenMode mode)
{
    bool helpShown = false;
    if (!context.parse(parser, command, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(command, missing);
    // optionNames() lists the options given, so a command without --read-only never matches.
    if (parser.optionNames().contains(QStringLiteral("read-only")))
        mode = core::CaseStore::OpenMode::ReadOnly;
    return std::pair{parser.positionalArguments().constFirst(), mode};
}

std::variant<StoreAccess::Opened, ExitCode>
StoreAccess::parseAndOpen(CliContext &context, const QString &command, QCommandLineParser &parser,
                          const QStringList &args, const QString &missing,
                          core::CaseStore::OpenMode mode)
{
    auto parsed = parseOne(context, command, parser, args, missing, mode);
    if (const ExitCode *code = std::get_if<ExitCode>(&parsed))
        return *code;
    const auto &[argument, openMode] = std::get<0>(parsed);
    auto store = open(context, command, openMode);
    if (!store)
        return ExitCode::Usage;
    return Opened{argument, std::move(store)};
}

std::variant<StoreAccess::OpenedEither, ExitCode>
StoreAccess::parseAndOpenEither(CliContext &context, const QString &command,
                                QCommandLineParser &parser, const QStringList &args,
                                const QString &missing, core::CaseStore::OpenMode mode)
{
    auto parsed = parseOne(context, command, parser, args, missing, mode);
    if (const ExitCode *code = std::get_if<ExitCode>(&parsed))
        return *code;
    const auto &[argument, openMode] = std::get<0>(parsed);
    auto store = openEither(context, command, openMode);
    if (!store)
        return ExitCode::Usage;
    return OpenedEither{argument, std::move(store)};
}

QString StoreAccess::storeName(const CliContext &context)
{
    const std::optional<core::StoreAddress> team = teamStore(context);
    return team ? team->display() : context.storePath();
}

QString StoreAccess::attachmentFolder(const CliContext &context, OpenedStore &store)
{
    if (const core::CaseStore *file = store.file())
        return core::AttachmentService::contentFolderFor(file->path());
    return core::AttachmentService::contentFolderFor(*teamStore(context),
                                                     core::StoreLocation::defaultDataFolder());
}

std::unique_ptr<OpenedStore> StoreAccess::openEither(CliContext &context, const QString &command,
                                                     core::CaseStore::OpenMode mode)
{
    if (const std::optional<core::StoreAddress> team = teamStore(context)) {
        auto server =
            OpenedStore::open(*team, mode, core::CaseStore::Options{.clock = context.clock()});
        if (!server) {
            failure(context, command, server.error());
            return nullptr;
        }
        return std::move(server).value();
    }
    std::unique_ptr<core::CaseStore> file = open(context, command, mode);
    if (!file)
        return nullptr;
    return std::make_unique<OpenedStore>(std::move(file));
}

std::unique_ptr<OpenedStore> StoreAccess::openToRead(CliContext &context, const QString &command,
                                                     const QCommandLineParser &parser)
{
    return openEither(context, command,
                      teamStore(context) ? core::CaseStore::OpenMode::ReadOnly : readMode(parser));
}

std::unique_ptr<core::CaseStore> StoreAccess::open(CliContext &context, const QString &command,
                                                   core::CaseStore::OpenMode mode)
{
    using namespace core;
    const QString path = context.storePath();
    // The few commands still on open() need a store file; a team store is never taken for a
    // file of that name.
    if (const std::optional<StoreAddress> address = teamStore(context)) {
        context.err() << "foi-workbench-cli: " << command << ": " << address->display()
                      << " is a team store on a PostgreSQL server, which '" << command
                      << "' does not use yet: it works on a case store file only. Name one with "
                         "--store FILE (or copy the team store into one with 'store copy'); "
                         "the other commands on cases work on a team store.\n";
        context.err().flush();
        return nullptr;
    }
    Result<std::unique_ptr<CaseStore>> store =
        CaseStore::open(path, mode, CaseStore::Options{.clock = context.clock()});
    if (!store) {
        const Error &error = store.error();
        failure(context, command, error);
        QStringList waysOut;
        // The newest by the time its record gives, daily or "Back up now" copy alike.
        const std::optional<BackupEntry> backup =
            BackupCatalogue::newest({BackupService::defaultFolder(path)});
        if (backup && error.code != StoreErrorCode::Missing)
            waysOut.append(QStringLiteral("restore the latest backup (made %1 UTC): "
                                          "foi-workbench-cli --store NEW.foistore restore %2")
                               .arg(backup->createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                    backup->path));
        if (error.code == StoreErrorCode::ReadOnly || error.code == StoreErrorCode::NewerSchema ||
            error.code == StoreErrorCode::Locked)
            waysOut.append(QStringLiteral("open it read-only: add --read-only to the command"));
        waysOut.append(QStringLiteral("choose another file: --store FILE"));
        context.err() << "Ways out:\n";
        for (const QString &way : waysOut)
            context.err() << "  - " << way << '\n';
        context.err().flush();
        return nullptr;
    }
    if (mode != CaseStore::OpenMode::ReadOnly) {
        bool ok = false;
        const int keep = qEnvironmentVariableIntValue("FOI_BACKUP_KEEP", &ok);
        Result<std::optional<BackupMetadata>> daily =
            (*store)->backups().dailyBackup(BackupService::defaultFolder(path), ok ? keep : 14);
        if (!daily) {
            context.err() << "foi-workbench-cli: warning: today's backup could not be made: "
                          << daily.error().message << '\n';
        }
    }
    return std::move(store).value();
}

} // namespace foi::app
