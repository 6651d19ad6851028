// Run by tst_kill_mid_edit: opens the workbench on the store named on the command line, logs a
// new request and types into its request text as an officer would, then says "typed" on
// standard output and keeps the window open until it is killed.

#include "tests/ui/WorkbenchFixture.h"

#include "core/services/CaseDocument.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    if (application.arguments().size() < 3)
        return 2;
    WorkbenchFixture fixture(application.arguments().at(1));
    foi::ui::MainWindow &window = fixture.workbench->window();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 3;
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("requestTextEdit"));
    if (!text)
        return 4;
    text->setFocus();
    QTest::keyClicks(text, application.arguments().at(2));
    std::printf("typed %s\n", qPrintable(fixture.workbench->document().current().reference));
    std::fflush(stdout);
    return application.exec();
}
