#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace foi::app {

class CliContext;

// Exit codes shared by every subcommand.
enum class ExitCode : int {
    Success = 0,
    Negative = 1, // the command ran and the answer is "no": findings with errors, a broken chain
    Usage = 2,    // bad options or unreadable input: nothing was done
};

// One subcommand of foi-workbench-cli: its name, a one-line summary for --help,
// and the function that runs it with the arguments that follow its name.
struct CliCommand
{
    QString name;
    QString summary;
    std::function<ExitCode(CliContext &, const QStringList &)> run;
};

} // namespace foi::app
