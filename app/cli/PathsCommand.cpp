#include "app/cli/PathsCommand.h"

#include "app/cli/CliContext.h"
#include "core/support/StoreLocation.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace foi::app {

namespace {

ExitCode runPaths(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show where the case store and the workbench's data are kept."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON object."));
    parser.addOption(json);
    bool helpShown = false;
    if (!context.parse(parser, QStringLiteral("paths"), args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("paths"),
                                  QStringLiteral("takes no arguments, but was given '%1'.")
                                      .arg(parser.positionalArguments().join(u' ')));
    const QString dataFolder = core::StoreLocation::defaultDataFolder();
    // The workbench's Settings (your name, which the review keys follow).
    const QString settingsFile = QSettings().fileName();
    if (parser.isSet(json)) {
        const QJsonObject object{{QStringLiteral("store"), context.storePath()},
                                 {QStringLiteral("data_folder"), dataFolder},
                                 {QStringLiteral("settings"), settingsFile}};
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        context.out() << "Case store:  " << context.storePath() << '\n'
                      << "Data folder: " << dataFolder << '\n'
                      << "Settings:    " << settingsFile << '\n';
    }
    return ExitCode::Success;
}

} // namespace

CliCommand pathsCommand()
{
    return {QStringLiteral("paths"),
            QStringLiteral("Show where the case store and the workbench's data are kept."),
            &runPaths};
}

} // namespace foi::app
