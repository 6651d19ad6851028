// Writes a screenshot of every screen of the workbench to the folder named on the command line,
// at 1366x768 with the Fusion style and DejaVu Sans, so that they look the same on every
// machine: the case list, each step of the reference case (13457_18), and the settings.
// Run through scripts/screenshots.

#include "WorkbenchFixture.h"

#include "mainwindow/MainWindow.h"
#include "model/CaseFile.h"
#include "services/CaseDocument.h"
#include "settings/Profiles.h"
#include "settings/SettingsDialog.h"
#include "workspace/CaseWorkspace.h"
#include "workspace/ReplyStep.h"
#include "workspace/WorkspaceStep.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLineEdit>
#include <QListView>
#include <QPdfDocument>
#include <QStyleFactory>
#include <QTabWidget>

#include <cstdio>

namespace {

foi::core::Case exampleCase(int number, const QString &requester, int daysAgo,
                            const QString &request)
{
    foi::core::Case c;
    const QDate received = QDate::currentDate().addDays(-daysAgo);
    c.reference =
        QStringLiteral("%1_%2").arg(number).arg(received.year() % 100, 2, 10, QLatin1Char('0'));
    c.dateOfReceipt = received;
    c.authority = {QStringLiteral("West Midlands Police"), foi::core::AuthorityKind::Police};
    c.requester.name = requester;
    c.requester.email = QStringLiteral("requests@example.org");
    c.requestText = request;
    return c;
}

bool save(QWidget &widget, const QString &folder, const QString &name)
{
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// Shows the exemption picker as an officer uses it: a search typed, a provision chosen.
void showProvision(foi::ui::MainWindow &window, const QString &search)
{
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("exemptionSearchEdit"));
    auto *list = window.findChild<QListView *>(QStringLiteral("provisionListView"));
    edit->setText(search);
    list->setCurrentIndex(list->model()->index(0, 0));
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QTest::qWait(50);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication application(argc, argv);
    QFont font(QStringLiteral("DejaVu Sans"), 9);
    QApplication::setFont(font);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (application.arguments().size() < 2)
        return 2;
    const QString folder = application.arguments().at(1);
    QDir().mkpath(folder);
    QTemporaryDir work;
    WorkbenchFixture fixture(work.path());

    QFile file(QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18/case.json"));
    if (!file.open(QIODevice::ReadOnly))
        return 3;
    auto reference = foi::core::CaseFile::read(file.readAll());
    if (!reference)
        return 4;
    const QList<foi::core::Case> others{
        exampleCase(412, QStringLiteral("Priya Shah"), 40,
                    QStringLiteral("How many drones does the force own?")),
        exampleCase(433, QStringLiteral("Tom Ellis"), 30,
                    QStringLiteral("1. Stop and search figures for 2025\n2. By ward")),
        exampleCase(451, QStringLiteral("Local Gazette newsroom"), 22,
                    QStringLiteral("Spending on overtime in the last three years")),
        exampleCase(467, QStringLiteral("M. Okafor"), 9,
                    QStringLiteral("The force's policy on body-worn video")),
        exampleCase(470, QStringLiteral("J. Byrne"), 2,
                    QStringLiteral("Number of 999 calls answered within 10 seconds"))};
    for (const foi::core::Case &c : others + QList<foi::core::Case>{*reference}) {
        if (!fixture.cases->save(c))
            return 5;
    }

    foi::ui::Workbench &workbench = *fixture.workbench;
    foi::ui::MainWindow &window = workbench.window();
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 6;
    workbench.showCaseList();
    settle();
    bool ok = save(window, folder, QStringLiteral("01-case-list"));

    workbench.openCase(reference->reference);
    const QList<foi::ui::WorkspaceStep *> steps = workbench.workspace().steps();
    for (int i = 0; i < steps.size(); ++i) {
        workbench.workspace().showStep(i);
        if (steps.at(i)->objectName() == QStringLiteral("exemptionsStep"))
            showProvision(window, QStringLiteral("s31(3)"));
        if (auto *reply = qobject_cast<foi::ui::ReplyStep *>(steps.at(i))) {
            reply->updatePreview();
            const bool shown = QTest::qWaitFor(
                [reply] {
                    return reply->previewDocument()->status() == QPdfDocument::Status::Ready;
                },
                20000);
            ok = shown && ok;
        }
        settle();
        const QString name = QStringLiteral("%1-step-%2")
                                 .arg(i + 2, 2, 10, QLatin1Char('0'))
                                 .arg(steps.at(i)->objectName().chopped(4).toLower());
        ok = save(window, folder, name) && ok;
    }

    workbench.openCase(others.last().reference);
    workbench.workspace().showStep(1);
    settle();
    ok = save(window, folder, QStringLiteral("10-findings-on-a-new-case")) && ok;

    fixture.settings.setValue(QStringLiteral("officer/role"), QStringLiteral("FOI Officer"));
    foi::ui::SettingsDialog settings(foi::ui::Profiles::load(fixture.settings),
                                     *workbench.authorityProfile(), fixture.authorityPath, &window);
    settings.findChild<QTabWidget *>(QStringLiteral("settingsTabWidget"))->setCurrentIndex(1);
    settings.show();
    settle();
    ok = save(settings, folder, QStringLiteral("11-settings")) && ok;
    return ok ? 0 : 1;
}
