#pragma once

#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace foi::app {

// Reads the global options (--store, --help, --version), finds the subcommand and runs it.
// Unknown subcommands and bad options end with a message and exit code 2.
class CliApplication
{
public:
    CliApplication(QTextStream &out, QTextStream &err, core::Clock clock);

    void addCommand(CliCommand command);
    int run(const QStringList &arguments);

private:
    void printHelp();
    const CliCommand *find(const QString &name) const;

    QTextStream &m_out;
    QTextStream &m_err;
    core::Clock m_clock;
    QList<CliCommand> m_commands;
};

} // namespace foi::app
