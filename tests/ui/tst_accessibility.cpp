// Every control an officer can reach with Tab has an accessible name, on every screen; the
// steps are reached from the keyboard; dates read the en-GB way.

#include "tests/ui/WorkbenchFixture.h"

#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "ui/history/CaseHistoryDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/WorkspaceStep.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QRegularExpression>
#include <QTableView>

using namespace foi;

class TestAccessibility : public QObject
{
    Q_OBJECT
private:
    static QStringList unnamedControls(QWidget *root)
    {
        QStringList unnamed;
        const QList<QWidget *> children = root->findChildren<QWidget *>();
        for (QWidget *child : children) {
            if (!child->isVisibleTo(root) || !(child->focusPolicy() & Qt::TabFocus) ||
                child->objectName().startsWith(QStringLiteral("qt_")))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(child);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QStringLiteral("%1 (%2)").arg(
                    child->objectName(), QString::fromLatin1(child->metaObject()->className())));
        }
        return unnamed;
    }

private slots:
    void everyControlOfEveryStepHasAnAccessibleName()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(unnamedControls(&window).isEmpty(),
                 qPrintable(unnamedControls(&window).join(QStringLiteral(", "))));
        fixture.workbench->newRequest();
        ui::CaseWorkspace &workspace = fixture.workbench->workspace();
        for (int i = 0; i < workspace.steps().size(); ++i) {
            workspace.showStep(i);
            QVERIFY2(unnamedControls(&window).isEmpty(),
                     qPrintable(workspace.steps().at(i)->title() + QStringLiteral(": ") +
                                unnamedControls(&window).join(QStringLiteral(", "))));
        }
    }

    void ctrlEnterWalksThroughEveryStep()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        ui::CaseWorkspace &workspace = fixture.workbench->workspace();
        QTRY_COMPARE(workspace.currentStep(), 0);
        for (int i = 1; i < workspace.steps().size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE(workspace.currentStep(), i);
            QVERIFY(workspace.steps().at(i)->isVisible());
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(workspace.currentStep(), static_cast<int>(workspace.steps().size()) - 2);
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("caseListView"))->isVisible());
    }

    void datesReadTheEnGbWay()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        fixture.workbench->newRequest();
        fixture.workbench->document().edit(
            QStringLiteral("date"), [](core::Case &c) { c.dateOfReceipt = QDate(2026, 11, 26); });
        auto *received =
            fixture.workbench->window().findChild<QDateEdit *>(QStringLiteral("receivedDateEdit"));
        QCOMPARE(received->text(), QStringLiteral("26 November 2026"));
        auto *deadline =
            fixture.workbench->window().findChild<QLabel *>(QStringLiteral("deadlineLabel"));
        QVERIFY2(deadline->text().startsWith(QStringLiteral("Received 26 November 2026 · due ")),
                 qPrintable(deadline->text()));
    }

    void undoAndRedoWorkFromTheEditMenu()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        fixture.workbench->newRequest();
        core::CaseDocument &document = fixture.workbench->document();
        document.edit(QStringLiteral("Edit requester's name"),
                      [](core::Case &c) { c.requester.name = QStringLiteral("A. Requester"); });
        ui::MainWindow &window = fixture.workbench->window();
        QVERIFY(window.undoAction()->isEnabled());
        QCOMPARE(window.undoAction()->text(), QStringLiteral("&Undo Edit requester's name"));
        window.undoAction()->trigger();
        QVERIFY(document.current().requester.name.isEmpty());
        window.redoAction()->trigger();
        QCOMPARE(document.current().requester.name, QStringLiteral("A. Requester"));
    }

    void ctrlHShowsTheCaseHistoryInPlainWords()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.caseHistoryAction()->isEnabled()); // no case open
        fixture.workbench->newRequest();
        fixture.workbench->document().edit(QStringLiteral("Edit the request"), [](core::Case &c) {
            c.requestText = QStringLiteral("How many drones?");
        });
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
        auto *dialog = window.findChild<ui::CaseHistoryDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QAbstractItemModel *model = dialog->tableView()->model();
        QCOMPARE(model->rowCount(), 2); // the unsaved typing was saved first
        QCOMPARE(model->index(0, 2).data().toString(),
                 QStringLiteral("Changed the request text\nThe request text: was blank, now "
                                "\u201CHow many drones?\u201D"));
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Test Officer"));
        QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("Logged the request"));
        static const QRegularExpression enGb(
            QStringLiteral("^\\d{1,2} (January|February|March|April|May|June|July|August|"
                           "September|October|November|December) \\d{4}, \\d\\d:\\d\\d$"));
        QVERIFY2(enGb.match(model->index(0, 0).data().toString()).hasMatch(),
                 qPrintable(model->index(0, 0).data().toString()));
        QVERIFY2(unnamedControls(dialog).isEmpty(),
                 qPrintable(unnamedControls(dialog).join(QStringLiteral(", "))));

        // A later save shows up while the history is open.
        fixture.workbench->document().edit(QStringLiteral("Edit the requester"), [](core::Case &c) {
            c.requester.name = QStringLiteral("A. Requester");
        });
        fixture.workbench->autosaver().flush();
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, 2).data().toString(),
                 QStringLiteral("Changed the requester's details\nThe requester's name: was "
                                "blank, now \u201CA. Requester\u201D"));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
