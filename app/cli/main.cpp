#include "AuditCommand.h"
#include "BackupCommand.h"
#include "CalendarCommand.h"
#include "CheckCommand.h"
#include "CliApplication.h"
#include "DeadlineCommand.h"
#include "DisclosureLogCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "IntakeCommand.h"
#include "KeysCommand.h"
#include "LawCommand.h"
#include "LifecycleCommand.h"
#include "ListCommand.h"
#include "MatterCommand.h"
#include "PathsCommand.h"
#include "RenderCommand.h"
#include "RestoreCommand.h"
#include "RetentionCommand.h"
#include "ReviewCommand.h"
#include "ScanCommand.h"
#include "SearchCommand.h"
#include "SimilarCommand.h"
#include "StatsCommand.h"
#include "StoreCommand.h"
#include "support/Clock.h"
#include "support/StoreLocation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Laying out a letter needs fonts, and fonts need a QGuiApplication; every other command runs on
// a bare QCoreApplication so it starts fast and needs no display. The CLI never shows a window,
// so the GUI application uses the offscreen platform unless told otherwise.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    bool needsFonts = false;
    for (int i = 1; i < argc; ++i)
        needsFonts = needsFonts || std::strcmp(argv[i], "render") == 0 ||
                     std::strcmp(argv[i], "review") == 0 || // export renders the draft
                     std::strcmp(argv[i], "letter") == 0 || // matter letter: a review's outcome
                     std::strcmp(argv[i], "intake") == 0;   // HTML mail is read as a document
    if (!needsFonts)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    foi::core::applyApplicationIdentity();

    QTextStream out(stdout);
    QTextStream err(stderr);
    // The command line's one clock: every command asks its context for "today" or the time.
    foi::app::CliApplication cli(out, err, foi::core::Clock::system());
    cli.addCommand(foi::app::pathsCommand());
    cli.addCommand(foi::app::lawCommand());
    cli.addCommand(foi::app::importCommand());
    cli.addCommand(foi::app::exportCommand());
    cli.addCommand(foi::app::listCommand());
    cli.addCommand(foi::app::searchCommand());
    cli.addCommand(foi::app::similarCommand());
    cli.addCommand(foi::app::backupCommand());
    cli.addCommand(foi::app::restoreCommand());
    cli.addCommand(foi::app::auditCommand());
    cli.addCommand(foi::app::holdCommand());
    cli.addCommand(foi::app::retentionCommand());
    cli.addCommand(foi::app::withdrawCommand());
    cli.addCommand(foi::app::lapseCommand());
    cli.addCommand(foi::app::reopenCommand());
    cli.addCommand(foi::app::deleteCommand());
    cli.addCommand(foi::app::deadlineCommand());
    cli.addCommand(foi::app::calendarCommand());
    cli.addCommand(foi::app::renderCommand());
    cli.addCommand(foi::app::checkCommand());
    cli.addCommand(foi::app::reviewCommand());
    cli.addCommand(foi::app::keysCommand());
    cli.addCommand(foi::app::matterCommand());
    cli.addCommand(foi::app::scanCommand());
    cli.addCommand(foi::app::intakeCommand());
    cli.addCommand(foi::app::statsCommand());
    cli.addCommand(foi::app::disclosureLogCommand());
    cli.addCommand(foi::app::storeCommand());
    return cli.run(QCoreApplication::arguments());
}
