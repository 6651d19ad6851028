#include "app/cli/AllocateCommand.h"
#include "app/cli/AuditCommand.h"
#include "app/cli/BackupCommand.h"
#include "app/cli/CalendarCommand.h"
#include "app/cli/CheckCommand.h"
#include "app/cli/CliApplication.h"
#include "app/cli/DeadlineCommand.h"
#include "app/cli/DisclosureLogCommand.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/IntakeCommand.h"
#include "app/cli/KeysCommand.h"
#include "app/cli/LawCommand.h"
#include "app/cli/LifecycleCommand.h"
#include "app/cli/ListCommand.h"
#include "app/cli/MatterCommand.h"
#include "app/cli/PathsCommand.h"
#include "app/cli/RenderCommand.h"
#include "app/cli/RestoreCommand.h"
#include "app/cli/RetentionCommand.h"
#include "app/cli/ReviewCommand.h"
#include "app/cli/ScanCommand.h"
#include "app/cli/SearchCommand.h"
#include "app/cli/SimilarCommand.h"
#include "app/cli/StatsCommand.h"
#include "app/cli/StoreCommand.h"
#include "core/support/Clock.h"
#include "core/support/StoreLocation.h"

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
    cli.addCommand(foi::app::allocateCommand());
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
