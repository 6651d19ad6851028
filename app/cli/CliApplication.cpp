#include "app/cli/CliApplication.h"

#include "app/cli/CliContext.h"
#include "app/cli/UserCalendar.h"
#include "core/support/StoreLocation.h"
#include "FoiVersion.h"

namespace foi::app {

CliApplication::CliApplication(QTextStream &out, QTextStream &err, core::Clock clock)
    : m_out(out)
    , m_err(err)
    , m_clock(std::move(clock))
{}

void CliApplication::addCommand(CliCommand command)
{
    m_commands.append(std::move(command));
}

const CliCommand *CliApplication::find(const QString &name) const
{
    for (const CliCommand &command : m_commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

void CliApplication::printHelp()
{
    m_out << "Usage: foi-workbench-cli [--store FILE] <command> [options]\n\n"
          << "FOI Workbench from the command line: the same decision library and case store as "
             "the desktop application.\n\n"
          << "Global options:\n"
          << "  --store FILE   Use the case store in FILE (default: "
          << core::StoreLocation::defaultStorePath() << ")\n"
          << "  --store postgresql://[user@]host[:port]/database\n"
          << "                 A team store on a PostgreSQL server ('store init' prepares it)\n"
          << "  -h, --help     Show this help.\n"
          << "  -v, --version  Show the version.\n\n"
          << "Commands:\n";
    int width = 0;
    for (const CliCommand &command : m_commands)
        width = std::max(width, int(command.name.size()));
    for (const CliCommand &command : m_commands)
        m_out << "  " << command.name.leftJustified(width + 2) << command.summary << '\n';
    m_out << "\nRun 'foi-workbench-cli <command> --help' for a command's options.\n";
    m_out.flush();
}

int CliApplication::run(const QStringList &arguments)
{
    QString storePath = core::StoreLocation::defaultStorePath();
    // Global options come before the subcommand; everything after its name belongs to it.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == QLatin1String("-h") || word == QLatin1String("--help")) {
            printHelp();
            return int(ExitCode::Success);
        }
        if (word == QLatin1String("-v") || word == QLatin1String("--version")) {
            m_out << "foi-workbench-cli " << FOI_VERSION_STRING << '\n';
            m_out.flush();
            return int(ExitCode::Success);
        }
        if (word == QLatin1String("--store") || word.startsWith(QLatin1String("--store="))) {
            if (word.contains(QLatin1Char('='))) {
                storePath = word.section(QLatin1Char('='), 1);
            } else if (i + 1 < arguments.size()) {
                storePath = arguments.at(++i);
            } else {
                m_err << "foi-workbench-cli: --store needs a file name, as in --store "
                         "cases.foistore\n";
                return int(ExitCode::Usage);
            }
            if (storePath.isEmpty()) {
                m_err << "foi-workbench-cli: --store needs a file name, as in --store "
                         "cases.foistore\n";
                return int(ExitCode::Usage);
            }
            continue;
        }
        if (word.startsWith(QLatin1Char('-'))) {
            m_err << "foi-workbench-cli: unknown option '" << word << "'.\n"
                  << "Run 'foi-workbench-cli --help' for the options and commands.\n";
            return int(ExitCode::Usage);
        }
        const CliCommand *command = find(word);
        if (!command) {
            m_err << "foi-workbench-cli: unknown command '" << word << "'.\n"
                  << "Run 'foi-workbench-cli --help' for the list of commands.\n";
            return int(ExitCode::Usage);
        }
        // The CLI's composition root: one store path and one calendar for the command.
        CliContext context(m_out, m_err, storePath, userCalendarPath(), m_clock);
        const ExitCode code = command->run(context, arguments.mid(i + 1));
        m_out.flush();
        m_err.flush();
        return int(code);
    }
    m_err << "foi-workbench-cli: no command given.\n"
          << "Run 'foi-workbench-cli --help' for the list of commands.\n";
    return int(ExitCode::Usage);
}

} // namespace foi::app
