#include "app/gui/FirstPaintProbe.h"
#include "app/gui/GuiCompositionRoot.h"
#include "core/support/Clock.h"
#include "core/support/StoreLocation.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QSet>

namespace {

// The command line: the same parser answers --help and --version without a display and then
// configures the GUI.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption store{
        QStringLiteral("store"),
        QStringLiteral("Open the case store STORE: a file (default: %1), or a team store "
                       "at postgresql://[user@]host[:port]/database (its password, if any, "
                       "from ~/.pgpass).")
            .arg(foi::core::StoreLocation::defaultStorePath()),
        QStringLiteral("STORE")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QStringLiteral("FOI Workbench: decide and answer requests under FOIA and the EIR."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(store);
    }
};

void applyIdentity()
{
    foi::core::applyApplicationIdentity();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

// Help and the version are answered on the terminal before a display is needed, so that
// `foi-workbench --help` works over ssh or in a script. Anything else, Qt's own options such
// as -platform included, is left to the GUI's parser.
void answerOnTheTerminalIfAsked(int argc, char *argv[])
{
    static const QSet<QByteArray> terminalOnly{"-h", "--help", "-help",    "--help-all",
                                               "-?", "-v",     "--version"};
    bool asked = false;
    for (int i = 1; i < argc; ++i)
        asked = asked || terminalOnly.contains(QByteArray(argv[i]));
    if (!asked)
        return;
    QCoreApplication terminal(argc, argv);
    CommandLine commandLine;
    commandLine.parser.process(terminal); // prints the help or the version and exits
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    applyIdentity(); // before the command line, whose help names the default store
    answerOnTheTerminalIfAsked(argc, argv);
    QApplication application(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("FOI Workbench"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.foiworkbench.FoiWorkbench"));

    CommandLine commandLine;
    commandLine.parser.process(application);
    const QString storePath = commandLine.parser.isSet(commandLine.store)
                                  ? commandLine.parser.value(commandLine.store)
                                  : foi::core::StoreLocation::defaultStorePath();
    // The program's one clock, and the officer's files under their configuration folder.
    foi::app::GuiCompositionRoot root(
        foi::app::GuiCompositionRoot::Setup::forProgram(foi::core::Clock::system()));
    root.installInterfaceTranslation(QLocale::system());
    const auto showWorkbench = [&] {
        // Owned by the window it watches (File ▸ Open case store closes that window).
        auto *probe = new foi::app::FirstPaintProbe(root.mainWindow(), sinceStart);
        QObject::connect(probe, &foi::app::FirstPaintProbe::firstPainted, &application,
                         [&root] { root.startBackgroundChecks(); });
        root.mainWindow().show();
    };
    if (const foi::core::Status opened = root.open(storePath); opened)
        showWorkbench();
    else
        root.recover(storePath, opened.error(), showWorkbench, [] { QCoreApplication::quit(); });
    return application.exec();
}
