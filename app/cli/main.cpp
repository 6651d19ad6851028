#include "AuditCommand.h"
#include "BackupCommand.h"
#include "CalendarCommand.h"
#include "CheckCommand.h"
#include "CliApplication.h"
#include "DeadlineCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "LawCommand.h"
#include "ListCommand.h"
#include "PathsCommand.h"
#include "RestoreCommand.h"
#include "RetentionCommand.h"
#include "SearchCommand.h"
#include "SimilarCommand.h"
#include "support/StoreLocation.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    foi::core::applyApplicationIdentity();

    QTextStream out(stdout);
    QTextStream err(stderr);
    foi::app::CliApplication cli(out, err);
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
    cli.addCommand(foi::app::deadlineCommand());
    cli.addCommand(foi::app::calendarCommand());
    cli.addCommand(foi::app::checkCommand());
    return cli.run(QCoreApplication::arguments());
}
