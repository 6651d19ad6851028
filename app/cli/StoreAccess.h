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

    // Opens the store, or writes why not (with the ways out) and returns null. A writable open
    // also makes the day's rotating backup (keeping $FOI_BACKUP_KEEP days, 14 by default).
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
    // ExitCode::Usage for a problem with the file or the input, Negative otherwise.
    static ExitCode failure(CliContext &context, const QString &command, const core::Error &error);
};

} // namespace foi::app
