#pragma once

#include "app/cli/CliCommand.h"
#include "core/store/StoreAddress.h"

#include <QCommandLineParser>

namespace foi::app {

class CliContext;

// `backup` and `restore` when --store names a team store on a PostgreSQL server (issue 20
// point 2): pg_dump's custom format with the audit anchor recorded beside it, and a restore into
// an empty database after checking the file. The store-file forms are in BackupCommand and
// RestoreCommand.
namespace TeamStoreBackup {

// Each parses `args` with `parser` (the command's options and its one file argument).
ExitCode backup(CliContext &context, const core::StoreAddress &address, QCommandLineParser &parser,
                const QStringList &args);
ExitCode restore(CliContext &context, const core::StoreAddress &address, QCommandLineParser &parser,
                 const QStringList &args);

} // namespace TeamStoreBackup

} // namespace foi::app
