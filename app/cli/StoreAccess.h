#pragma once

#include "app/cli/CliCommand.h"
#include "core/store/CaseStore.h"
#include "core/store/OpenedStore.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreAddress.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>
#include <variant>

namespace foi::app {

class CliContext;

// The store a command that works on either back end has open (a file or a team store).
using core::OpenedStore;

// What the store commands share: opening the store named by --store with the problem and the
// ways out spelt out when it cannot be opened, the daily backup after a writable open, and who
// the officer is (--officer, else $FOI_OFFICER, else the name in the workbench's Settings, else
// the login name).
class StoreAccess
{
public:
    static QCommandLineOption officerOption();
    static QCommandLineOption readOnlyOption();
    static QString officer(const QCommandLineParser &parser);
    // The team store --store names (postgresql://...), or nothing for a store file.
    static std::optional<core::StoreAddress> teamStore(const CliContext &context);
    // ReadOnly when --read-only was given (see readOnlyOption), else ReadWrite.
    static core::CaseStore::OpenMode readMode(const QCommandLineParser &parser);

    // Opens the store file, or writes why not (with the ways out) and returns null; a team
    // store is refused, naming the command. A writable open also makes the day's rotating
    // backup (keeping $FOI_BACKUP_KEEP days, 14 by default).
    static std::unique_ptr<core::CaseStore> open(CliContext &context, const QString &command,
                                                 core::CaseStore::OpenMode mode);
    // Opens the team store --store names (postgresql://...) or, for a store file, as open()
    // does; null after writing why it cannot. For the commands whose services work on either.
    static std::unique_ptr<OpenedStore> openEither(CliContext &context, const QString &command,
                                                   core::CaseStore::OpenMode mode);
    // openEither() for a command that only reads: a team store read-only whatever the officer's
    // role, a file as --read-only says (see readMode).
    static std::unique_ptr<OpenedStore> openToRead(CliContext &context, const QString &command,
                                                   const QCommandLineParser &parser);
    // How the officer named the store: the file's path, or the team store's address (never a
    // password), for messages.
    static QString storeName(const CliContext &context);
    // Where the kept copies of `store`'s attachments are: beside a store file (see
    // core::AttachmentService::contentFolderFor), or for a team store a folder in this officer's
    // data folder named after the server and database (AttachmentService::contentFolderFor).
    static QString attachmentFolder(const CliContext &context, OpenedStore &store);
    // What a command on one file (export REF, backup OUT, restore FILE) gets once its command
    // line is read: that one argument and the store, open.
    struct Opened
    {
        QString argument;
        std::unique_ptr<core::CaseStore> store;
    };
    // Parses `args` with `parser` (filled with the command's options and its one positional
    // argument), then opens the store in `mode`, or read-only when --read-only was given.
    // Returns the exit code to end with instead when help was asked for, the command line is
    // wrong (`missing` says what to name when the argument is absent) or the store will not open.
    static std::variant<Opened, ExitCode>
    parseAndOpen(CliContext &context, const QString &command, QCommandLineParser &parser,
                 const QStringList &args, const QString &missing, core::CaseStore::OpenMode mode);
    // parseAndOpen() for a command whose services work on either back end (openEither).
    struct OpenedEither
    {
        QString argument;
        std::unique_ptr<OpenedStore> store;
    };
    static std::variant<OpenedEither, ExitCode>
    parseAndOpenEither(CliContext &context, const QString &command, QCommandLineParser &parser,
                       const QStringList &args, const QString &missing,
                       core::CaseStore::OpenMode mode);
    // ExitCode::Usage for a problem with the file or the input, Negative otherwise.
    static ExitCode failure(CliContext &context, const QString &command, const core::Error &error);

private:
    // Parses `args` for a command on one argument; the argument and the mode to open in, or the
    // exit code to end with (see parseAndOpen).
    static std::variant<std::pair<QString, core::CaseStore::OpenMode>, ExitCode>
    parseOne(CliContext &context, const QString &command, QCommandLineParser &parser,
             const QStringList &args, const QString &missing, core::CaseStore::OpenMode mode);
};

} // namespace foi::app
