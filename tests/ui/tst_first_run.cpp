// Issue 24 point 12, the first run: the officer's name is asked before the first case is logged
// (the audit trail never records a generic "officer"); the authority profile is offered, with
// Later, before the Reply step needs it; Help ▸ Guide (F1) opens the README's user part,
// offline and searchable from the keyboard; each step says in one line what the Act needs there,
// with its section.

#include "tests/ui/WorkbenchFixture.h"

#include "core/model/CaseFile.h"
#include "core/services/CaseDocument.h"
#include "ui/help/GuideDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/AuthorityPage.h"
#include "ui/settings/OfficerNameDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/WorkspaceStep.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTimer>

using namespace foi;

namespace {

QStringList officersOf(core::CaseStore &store, const QString &reference)
{
    QStringList officers;
    const auto rows = store.audit().rowsFor(reference, {QStringLiteral("case")});
    if (rows) {
        for (const auto &row : *rows)
            officers << row.officer;
    }
    return officers;
}

// With FOI_SCREENSHOT_DIR set, keeps a picture of `widget` (docs/screenshots/first-run-*.png).
void shoot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("FOI_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(0);
    QVERIFY(widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

// The first paragraph of the README's "What it is for", as a reader sees it.
QString readmeParagraph()
{
    QFile readme(QStringLiteral(FOI_SOURCE_DIR "/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        qFatal("cannot read README.md");
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype heading = text.indexOf(QStringLiteral("## What it is for"));
    const qsizetype start = text.indexOf(QStringLiteral("\n\n"), heading) + 2;
    return text.mid(start, text.indexOf(QStringLiteral("\n\n"), start) - start).simplified();
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT
private:
    static void show(WorkbenchFixture &fixture)
    {
        ui::MainWindow &window = fixture.workbench->window();
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    static ui::OfficerNameDialog *nameDialog(WorkbenchFixture &fixture)
    {
        auto *dialog = fixture.workbench->window().findChild<ui::OfficerNameDialog *>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void theOfficersNameIsAskedBeforeTheFirstCase()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        fixture.settings.remove(QStringLiteral("officer/name"));
        show(fixture);
        QTest::keyClick(&fixture.workbench->window(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(nameDialog(fixture));
        ui::OfficerNameDialog *dialog = nameDialog(fixture);
        QCOMPARE(*fixture.cases->hasCases(), false); // nothing logged while the name is asked
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("firstRunOfficerNameEdit"));
        auto *continueButton =
            dialog->findChild<QPushButton *>(QStringLiteral("officerNameContinueButton"));
        QTRY_VERIFY(name->hasFocus());
        QVERIFY(!continueButton->isEnabled());
        QTest::keyClicks(name, QStringLiteral("Officer"));
        QVERIFY(!continueButton->isEnabled()); // names nobody
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("officerNameProblemLabel"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("your own name")));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Sam Jones"));
        QVERIFY(continueButton->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstRunOfficerRoleEdit")),
                         QStringLiteral("Disclosure Officer"));
        shoot(*dialog, QStringLiteral("first-run-officer-name"));
        QTest::keyClick(name, Qt::Key_Return);

        QTRY_COMPARE(*fixture.cases->hasCases(), true);
        const QString reference = fixture.workbench->document().current().reference;
        QCOMPARE(officersOf(*fixture.store, reference), QStringList{QStringLiteral("Sam Jones")});
        QCOMPARE(fixture.settings.value(QStringLiteral("officer/name")).toString(),
                 QStringLiteral("Sam Jones"));
        QCOMPARE(fixture.settings.value(QStringLiteral("officer/role")).toString(),
                 QStringLiteral("Disclosure Officer"));
        QCOMPARE(fixture.cases->officer(), QStringLiteral("Sam Jones"));

        // Asked once: the next request is logged at once.
        fixture.workbench->newRequest();
        QVERIFY(!nameDialog(fixture));
        QVERIFY(fixture.workbench->document().current().reference != reference);
    }

    void cancellingTheNameLogsNothing()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        fixture.settings.remove(QStringLiteral("officer/name"));
        show(fixture);
        fixture.workbench->newRequest();
        QTRY_VERIFY(nameDialog(fixture));
        QTest::keyClick(nameDialog(fixture), Qt::Key_Escape);
        QTRY_VERIFY(!nameDialog(fixture));
        QCOMPARE(*fixture.cases->hasCases(), false);
        QVERIFY(fixture.settings.value(QStringLiteral("officer/name")).toString().isEmpty());
    }

    // Offered, never imposed: the case is open and editable beside the offer, Later puts it
    // off, and Fill in opens Settings on the authority's page.
    void theAuthorityProfileIsOfferedWithLater()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        QVERIFY(QFile::remove(fixture.authorityPath));
        show(fixture);
        fixture.workbench->newRequest();
        auto *offer = fixture.workbench->window().findChild<QWidget *>(
            QStringLiteral("authorityProfileOffer"));
        QVERIFY(offer);
        QTRY_VERIFY(offer->isVisible());
        QVERIFY(fixture.workbench->isOfferingAuthorityProfile());
        auto *name =
            fixture.workbench->window().findChild<QLineEdit *>(QStringLiteral("requesterNameEdit"));
        QVERIFY(name->isEnabled());
        shoot(fixture.workbench->window(), QStringLiteral("first-run-authority-offer"));

        bool settingsSeen = false;
        QTimer::singleShot(0, this, [&settingsSeen] {
            auto *settings = qobject_cast<ui::SettingsDialog *>(QApplication::activeModalWidget());
            if (!settings)
                return;
            settingsSeen = settings->findChild<QTabWidget *>()->currentWidget() ==
                           static_cast<QWidget *>(settings->authorityPage());
            settings->reject();
        });
        QTest::mouseClick(fixture.workbench->window().findChild<QPushButton *>(
                              QStringLiteral("fillInAuthorityButton")),
                          Qt::LeftButton);
        QVERIFY(settingsSeen);
        QVERIFY(offer->isVisible()); // still none: still offered

        QTest::mouseClick(fixture.workbench->window().findChild<QPushButton *>(
                              QStringLiteral("authorityLaterButton")),
                          Qt::LeftButton);
        QVERIFY(!offer->isVisible());
        fixture.workbench->newRequest();
        QVERIFY(!offer->isVisible());
    }

    void noOfferWhenTheProfileExists()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        show(fixture);
        fixture.workbench->newRequest();
        QVERIFY(fixture.workbench->workspace().isVisible());
        QVERIFY(!fixture.workbench->isOfferingAuthorityProfile());
    }

    void f1OpensASearchableGuide()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        show(fixture);
        ui::MainWindow &window = fixture.workbench->window();
        QTest::keyClick(&window, Qt::Key_F1);
        auto *guide = window.findChild<ui::GuideDialog *>();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        auto *browser = guide->findChild<QTextBrowser *>(QStringLiteral("guideBrowser"));
        auto *search = guide->findChild<QLineEdit *>(QStringLiteral("guideSearchEdit"));
        QTRY_VERIFY(search->hasFocus());

        // The README's user part, and only that.
        const QString text = browser->toPlainText().simplified();
        QVERIFY2(text.contains(readmeParagraph()), qPrintable(readmeParagraph()));
        QVERIFY(text.contains(QStringLiteral("How to use it")));
        QVERIFY(!text.contains(QStringLiteral("Installing as a Debian package")));

        QTest::keyClicks(search, QStringLiteral("Ctrl+PgDown"));
        QVERIFY(guide->matchCount() >= 1);
        QCOMPARE(browser->extraSelections().size(), guide->matchCount());
        QCOMPARE(browser->textCursor().selectedText(), QStringLiteral("Ctrl+PgDown"));
        QVERIFY(!guide->findChild<QLabel *>(QStringLiteral("guideMatchesLabel"))->text().isEmpty());

        search->clear();
        QTest::keyClicks(search, QStringLiteral("undo"));
        QVERIFY(guide->matchCount() >= 2);
        const int first = browser->textCursor().position();
        QTest::keyClick(search, Qt::Key_Return);
        const int second = browser->textCursor().position();
        QVERIFY(second > first);
        QCOMPARE(browser->textCursor().selectedText().toLower(), QStringLiteral("undo"));
        QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(browser->textCursor().position(), first);
        shoot(*guide, QStringLiteral("first-run-guide"));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("zzqqxx"));
        QCOMPARE(guide->matchCount(), 0);
        QCOMPARE(guide->findChild<QLabel *>(QStringLiteral("guideMatchesLabel"))->text(),
                 QStringLiteral("Not found"));
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_VERIFY(!guide->isVisible());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("guideAction")));
    }

    // One line per step, with the section it rests on (resources/law/step-guidance.json).
    void eachStepSaysWhatTheActNeeds()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        QFile file(QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18/case.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto reference = core::CaseFile::read(file.readAll());
        QVERIFY(reference.ok());
        reference->reply.sentOn = {};
        QVERIFY(fixture.cases->save(*reference).ok());
        show(fixture);
        fixture.workbench->openCase(reference->reference);
        ui::CaseWorkspace &workspace = fixture.workbench->workspace();
        auto *line = workspace.findChild<QLabel *>(QStringLiteral("stepNeedLabel"));
        QVERIFY(line);
        const QMap<QString, QString> expected{
            {QStringLiteral("requestStep"), QStringLiteral("s8(1): a valid request is in writing")},
            {QStringLiteral("heldStep"),
             QStringLiteral("s1(1)(a): say whether the information is held")},
            {QStringLiteral("exemptionsStep"),
             QStringLiteral("s17(1)(b): name each exemption relied on")},
            {QStringLiteral("clockStep"), QStringLiteral("s10(1): reply promptly")},
            {QStringLiteral("replyStep"), QStringLiteral("s17: a refusal names the exemption")}};
        for (int i = 0; i < workspace.steps().size(); ++i) {
            workspace.showStep(i);
            const QString step = workspace.steps().at(i)->objectName();
            QTRY_VERIFY(line->isVisible());
            const QString shown = QTextDocumentFragment::fromHtml(line->text()).toPlainText();
            QVERIFY2(shown.startsWith(QStringLiteral("What the Act needs here.")),
                     qPrintable(shown));
            QVERIFY2(fixture.guidance->forStep(step), qPrintable(step));
            QVERIFY2(
                shown.contains(fixture.guidance->forStep(step)->provision + QStringLiteral(": ")),
                qPrintable(shown));
            if (expected.contains(step))
                QVERIFY2(shown.contains(expected.value(step)), qPrintable(shown));
            if (step == QLatin1String("heldStep"))
                shoot(fixture.workbench->window(), QStringLiteral("first-run-step-line"));
        }
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_first_run.moc"
