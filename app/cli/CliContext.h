#pragma once

#include "app/cli/CliCommand.h"

#include "core/law/EffectiveCalendar.h"
#include "core/services/ReplyService.h"
#include "core/support/Clock.h"

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>

namespace foi::app {

// What a subcommand gets: where to write, which store to use, the one working-day calendar, and
// a helper that parses its own options with the same conventions as every other subcommand.
class CliContext
{
public:
    // The day it is, from the clock the command line's composition root (main) made: the one
    // place a command asks, so no command reads the system clock itself.
    using Today = std::function<QDate()>;

    // `calendarPath` is where the officer's imported bank holidays are kept.
    CliContext(QTextStream &out, QTextStream &err, QString storePath, QString calendarPath,
               core::Clock clock);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    const QString &storePath() const { return m_storePath; }
    QDate today() const { return m_clock.today(); }
    Today todayFunction() const
    {
        return [clock = m_clock] {
            return clock.today();
        };
    }
    // The moment it is (key records, review bundles), from the same clock.
    const core::Clock &clock() const { return m_clock; }

    // The calendar every command counts working days with: the built-in bank holidays with the
    // officer's imported file over them, read on first use. A damaged imported file is reported
    // on err() once, and the built-in data is used.
    core::EffectiveCalendar &calendar();
    // The law a letter is checked and worded with: the built-in catalogue and word list, and
    // calendar() (the command line is a composition root: it chooses the law data).
    core::ReplyService::Law replyLaw();

    // Parses `args` (the words after the subcommand's name) with `parser`, which the command has
    // filled with its options. Adds --help and --store. On a bad option writes a message naming
    // it and returns false; the command then returns ExitCode::Usage. Sets *helpShown when the
    // officer asked for help, which has then been printed.
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args,
               bool *helpShown);

    // "foi-workbench-cli: <message>" on stderr, with a hint to the command's help.
    ExitCode usageError(const QString &command, const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_storePath;
    QString m_calendarPath;
    core::Clock m_clock;
    std::unique_ptr<core::EffectiveCalendar> m_calendar;
};

} // namespace foi::app
