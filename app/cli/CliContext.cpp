#include "app/cli/CliContext.h"

#include <QCoreApplication>

namespace foi::app {

CliContext::CliContext(QTextStream &out, QTextStream &err, QString storePath, QString calendarPath,
                       core::Clock clock)
    : m_out(out)
    , m_err(err)
    , m_storePath(std::move(storePath))
    , m_calendarPath(std::move(calendarPath))
    , m_clock(std::move(clock))
{}

core::ReplyService::Law CliContext::replyLaw()
{
    return {core::ExemptionCatalogue::builtIn(), calendar().workingDays(),
            core::EnvironmentalTerms::builtIn()};
}

core::EffectiveCalendar &CliContext::calendar()
{
    if (!m_calendar) {
        m_calendar = std::make_unique<core::EffectiveCalendar>(m_calendarPath);
        if (const auto &problem = m_calendar->problem()) {
            m_err << "foi-workbench-cli: warning: " << problem->message
                  << " Using the built-in bank holidays; import a good file with 'calendar "
                     "import'.\n";
            m_err.flush();
        }
    }
    return *m_calendar;
}

bool CliContext::parse(QCommandLineParser &parser, const QString &command, const QStringList &args,
                       bool *helpShown)
{
    *helpShown = false;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this command's options."));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("Use the case store in FILE."),
                                   QStringLiteral("FILE"));
    parser.addOption(help);
    parser.addOption(store);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("foi-workbench-cli %1").arg(command));
    if (!parser.parse(withProgram)) {
        usageError(command, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the program as it was started; name the subcommand too.
        QString text = parser.helpText();
        const QString started = QCoreApplication::arguments().value(0);
        text.replace(QStringLiteral("Usage: %1").arg(started),
                     QStringLiteral("Usage: foi-workbench-cli %1").arg(command));
        m_out << text;
        m_out.flush();
        *helpShown = true;
        return true;
    }
    if (parser.isSet(store))
        m_storePath = parser.value(store);
    return true;
}

ExitCode CliContext::usageError(const QString &command, const QString &message)
{
    m_err << "foi-workbench-cli " << command << ": " << message << '\n'
          << "Run 'foi-workbench-cli " << command << " --help' for its options.\n";
    m_err.flush();
    return ExitCode::Usage;
}

} // namespace foi::app
