#include "FirstPaintProbe.h"
#include "GuiCompositionRoot.h"
#include "mainwindow/MainWindow.h"
#include "support/StoreLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication application(argc, argv);
    foi::core::applyApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("FOI Workbench"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.foiworkbench.FoiWorkbench"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("FOI Workbench: decide and answer requests under FOIA and the EIR."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("Open the case store in FILE (default: %1).")
                                       .arg(foi::core::StoreLocation::defaultStorePath()),
                                   QStringLiteral("FILE"));
    parser.addOption(store);
    parser.process(application);

    const QString storePath =
        parser.isSet(store) ? parser.value(store) : foi::core::StoreLocation::defaultStorePath();
    foi::app::GuiCompositionRoot root;
    if (const foi::core::Status opened = root.open(storePath); !opened) {
        QMessageBox::critical(nullptr, QStringLiteral("FOI Workbench"), opened.error().message);
        return 1;
    }
    const foi::app::FirstPaintProbe probe(root.mainWindow(), sinceStart);
    QObject::connect(&probe, &foi::app::FirstPaintProbe::firstPainted, &application,
                     [&root] { root.startBackgroundChecks(); });
    root.mainWindow().show();
    return application.exec();
}
