#pragma once

#include "CliCommand.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace foi::app {

// What a subcommand gets: where to write, which store to use, and a helper that parses its own
// options with the same conventions as every other subcommand.
class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err, QString storePath);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    const QString &storePath() const { return m_storePath; }

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
};

} // namespace foi::app
