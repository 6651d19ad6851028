#include "CliApplication.h"
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
    return cli.run(QCoreApplication::arguments());
}
