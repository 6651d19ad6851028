#include "mainwindow/MainWindow.h"

#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using foi::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsMenusToolbarAndStatusBar()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.menuBar()->actions().size(), 4); // File, Edit, View, Help
        QVERIFY(window.findChild<QToolBar *>(QStringLiteral("mainToolBar")));
        QVERIFY(window.statusBar()->isVisible());
    }

    void newRequestHasCtrlNAndIsOfferedByTheEmptyState()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.newRequestAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+N")));

        auto *explanation =
            window.findChild<QLabel *>(QStringLiteral("emptyStateExplanationLabel"));
        QVERIFY(explanation && explanation->isVisible());
        QVERIFY(explanation->text().contains(QStringLiteral("Ctrl+N")));

        QSignalSpy requested(&window, &MainWindow::newRequestRequested);
        QTest::mouseClick(
            window.findChild<QPushButton *>(QStringLiteral("emptyStateNewRequestButton")),
            Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(requested.count(), 2);
    }

    void showsTheStorePathInTheStatusBar()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.setStorePath(QStringLiteral("/data/cases.foistore"));
        auto *label = window.findChild<QLabel *>(QStringLiteral("storePathLabel"));
        QVERIFY(label->text().contains(QStringLiteral("/data/cases.foistore")));
    }

    // File ▸ Back up now…: reached by its mnemonic (unique in the File menu), named for
    // assistive technology, and off, saying why, until a store is open.
    void backUpNowIsInTheFileMenuAndOffUntilAStoreIsOpen()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *backUp = window.backUpAction();
        auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(fileMenu->actions().contains(backUp));
        QCOMPARE(backUp->text(), QStringLiteral("&Back up now\u2026"));
        QSet<QString> mnemonics;
        for (const QAction *action : fileMenu->actions()) {
            if (action->isSeparator())
                continue;
            const QString mnemonic = QKeySequence::mnemonic(action->text()).toString();
            QVERIFY2(!mnemonic.isEmpty(), qPrintable(action->text()));
            QVERIFY2(!mnemonics.contains(mnemonic), qPrintable(action->text()));
            mnemonics.insert(mnemonic);
        }

        QAccessibleInterface *menu = QAccessible::queryAccessibleInterface(fileMenu);
        QVERIFY(menu);
        QAccessibleInterface *item = nullptr;
        for (int i = 0; i < menu->childCount() && !item; ++i) {
            if (menu->child(i)->text(QAccessible::Name) == QStringLiteral("Back up now\u2026"))
                item = menu->child(i);
        }
        QVERIFY(item);
        QCOMPARE(item->text(QAccessible::Accelerator), QStringLiteral("Alt+B"));

        QVERIFY(!backUp->isEnabled());
        QVERIFY(item->state().disabled);
        const QString why =
            QStringLiteral("No case store is open, so there is nothing to back up.");
        QVERIFY2(backUp->statusTip().startsWith(why), qPrintable(backUp->statusTip()));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(why),
                 qPrintable(window.statusBar()->currentMessage()));

        window.setStorePath(QStringLiteral("/data/cases.foistore"));
        QVERIFY(backUp->isEnabled());
        QVERIFY(!item->state().disabled);
        QVERIFY(!backUp->statusTip().startsWith(why));
        QVERIFY(!window.statusBar()->currentMessage().startsWith(why));
    }

    void geometryPersistsBetweenRuns()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        {
            MainWindow window(settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            QTRY_COMPARE(window.size(), QSize(900, 640));
            window.close();
        }
        MainWindow again(settings);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void noVisibleTextIsAPlaceholder()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto labels = window.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            QVERIFY2(!label->text().contains(QStringLiteral("TODO"), Qt::CaseInsensitive),
                     qPrintable(label->text()));
            QVERIFY2(!label->text().contains(QStringLiteral("placeholder"), Qt::CaseInsensitive),
                     qPrintable(label->text()));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
