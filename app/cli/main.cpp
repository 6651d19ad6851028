#include "CalendarCommand.h"
#include "CheckCommand.h"
#include "CliApplication.h"
#include "DeadlineCommand.h"
#include "LawCommand.h"
#include "PathsCommand.h"
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
    cli.addCommand(foi::app::deadlineCommand());
    cli.addCommand(foi::app::calendarCommand());
    cli.addCommand(foi::app::checkCommand());
    return cli.run(QCoreApplication::arguments());
}
