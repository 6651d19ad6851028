// Issue 24 point 13: the workspace worked with the keyboard, at a laptop's 1366x768 and at
// 800x600. No step binds one Alt+letter to two things (menus included); the step keys work
// wherever the focus is in the window, even when a sent case has every field locked; Ctrl+Z in
// a text box with nothing of its own to undo undoes the case's last edit; boxes that take
// paragraphs show several lines; a finding is wrapped, never cut off with "…"; and the Findings
// panel grows with the window after it was small. Run again in Welsh (issue 23,
// tst_keyboard_layout_cy): the Welsh words take other letters, and are longer.

#include "tests/ui/WorkbenchFixture.h"

#include "core/services/CaseDocument.h"
#include "core/services/SentReplyLock.h"
#include "core/support/InterfaceLanguage.h"
#include "ui/findings/FindingsPanel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/FindingListModel.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/WorkspaceStep.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMap>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTranslator>

using namespace foi;

namespace {

QString describe(const QWidget *widget, const QString &text)
{
    return QStringLiteral("\"%1\" (%2)").arg(text, widget->objectName());
}

// Every Alt+letter the visible widgets and the menu bar of `window` answer to, with what
// answers to it. Qt itself binds a button's, a group box's, a tab's and a buddied label's
// mnemonic, and a menu title's.
QMap<QString, QStringList> mnemonicsIn(QMainWindow &window)
{
    QMap<QString, QStringList> bound;
    const auto add = [&bound](const QString &text, const QString &what) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            bound[key.toString()].append(what);
    };
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->isVisible())
            add(menu->text(), QStringLiteral("menu \"%1\"").arg(menu->text()));
    }
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        // A step locked as a whole (a sent case) answers no Alt+letter at all.
        bool locked = false;
        for (QWidget *up = widget; up && !locked; up = up->parentWidget())
            locked = qobject_cast<ui::WorkspaceStep *>(up) && !up->isEnabled();
        if (locked)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text(), describe(widget, button->text()));
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(box->title(), describe(widget, box->title()));
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text(), describe(widget, label->text()));
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), describe(widget, tabs->tabText(i)));
        }
    }
    return bound;
}

// The height a box needs to show `lines` lines of its text.
int heightForLines(const QPlainTextEdit *edit, int lines)
{
    return edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() +
           2 * static_cast<int>(edit->document()->documentMargin());
}

} // namespace

class TestKeyboardLayout : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTranslator m_welsh;
    std::unique_ptr<WorkbenchFixture> m_fixture;

    ui::MainWindow &window() { return m_fixture->workbench->window(); }
    ui::CaseWorkspace &workspace() { return m_fixture->workbench->workspace(); }

    template<typename T> T *find(const QString &name)
    {
        T *widget = window().findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    // A fresh store with `theCase` open in a window of `size`.
    void openInWindow(const core::Case &theCase, const QSize &size)
    {
        m_fixture.reset();
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QString::number(++m_run));
        QVERIFY(QDir().mkpath(folder));
        m_fixture = std::make_unique<WorkbenchFixture>(folder);
        QVERIFY(m_fixture->cases->save(theCase).ok());
        window().resize(size);
        window().show();
        QVERIFY(QTest::qWaitForWindowActive(&window()));
        m_fixture->workbench->openCase(theCase.reference);
        QTRY_VERIFY(workspace().isVisible());
    }

    int m_run = 0;

    static void sizes()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("800x600") << QSize(800, 600);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        if (qEnvironmentVariable("FOI_TEST_LANGUAGE") == QLatin1String("cy"))
            QVERIFY(core::installInterfaceTranslation(
                QLocale(QLocale::Welsh, QLocale::UnitedKingdom), m_welsh));
    }
    void cleanup() { m_fixture.reset(); }

    void noStepBindsAnAltLetterTwice_data() { sizes(); }
    void noStepBindsAnAltLetterTwice()
    {
        QFETCH(QSize, size);
        core::Case fresh;
        fresh.reference = QStringLiteral("1_26");
        fresh.dateOfReceipt = QDate(2026, 11, 2);
        fresh.authority = {QStringLiteral("West Midlands Police"), core::AuthorityKind::Police};
        QStringList duplicates;
        const core::Case sent = core::SentReplyLock::recordSent(
            unansweredReferenceCase(),
            {1, QDate(2018, 6, 8), QStringLiteral("ab12"), false, {QStringLiteral("Q1")}});
        for (const core::Case &theCase : {unansweredReferenceCase(), fresh, sent}) {
            openInWindow(theCase, size);
            for (int i = 0; i < workspace().steps().size(); ++i) {
                workspace().showStep(i);
                QTRY_VERIFY(workspace().steps().at(i)->isVisible());
                const QMap<QString, QStringList> bound = mnemonicsIn(window());
                for (auto it = bound.cbegin(); it != bound.cend(); ++it) {
                    if (it.value().size() > 1)
                        duplicates.append(QStringLiteral("%1 step %2: %3 on %4")
                                              .arg(theCase.reference,
                                                   workspace().steps().at(i)->title(), it.key(),
                                                   it.value().join(QStringLiteral(", "))));
                }
            }
        }
        duplicates.removeDuplicates();
        for (const QString &duplicate : std::as_const(duplicates))
            qInfo().noquote() << duplicate;
        QVERIFY2(duplicates.isEmpty(),
                 qPrintable(QStringLiteral("%1 Alt+letters bound twice (listed above)")
                                .arg(duplicates.size())));
    }

    // A sent case locks every field of the steps before the reply: the focus must not fall out
    // of the workspace, and the step keys work from the Findings list too.
    void stepKeysWorkWithEveryFieldLocked_data() { sizes(); }
    void stepKeysWorkWithEveryFieldLocked()
    {
        QFETCH(QSize, size);
        const core::Case sent = core::SentReplyLock::recordSent(
            unansweredReferenceCase(),
            {1, QDate(2018, 6, 8), QStringLiteral("ab12"), false, {QStringLiteral("Q1")}});
        QVERIFY(core::SentReplyLock::isLocked(sent));
        openInWindow(sent, size);
        workspace().showStep(0);
        QTRY_VERIFY(!workspace().steps().at(0)->isEnabled());
        QWidget *focused = QApplication::focusWidget();
        QVERIFY2(focused && workspace().isAncestorOf(focused),
                 qPrintable(focused ? focused->objectName() : QStringLiteral("no focus")));
        QTest::keyClick(focused, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(workspace().currentStep(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(workspace().currentStep(), 2);

        auto *findings = find<QListView>(QStringLiteral("findingsListView"));
        findings->setFocus();
        QTRY_VERIFY(findings->hasFocus());
        QTest::keyClick(findings, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(workspace().currentStep(), 3);
        findings->setFocus();
        QTest::keyClick(findings, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(workspace().currentStep(), 2);
        findings->setFocus();
        QTest::keyClick(findings, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(workspace().currentStep(), 3);
    }

    void ctrlZInAnEmptyBoxUndoesTheCaseEdit_data() { sizes(); }
    void ctrlZInAnEmptyBoxUndoesTheCaseEdit()
    {
        QFETCH(QSize, size);
        core::Case fresh;
        fresh.reference = QStringLiteral("2_26");
        fresh.dateOfReceipt = QDate(2026, 11, 2);
        fresh.authority = {QStringLiteral("West Midlands Police"), core::AuthorityKind::Police};
        openInWindow(fresh, size);
        workspace().showStep(0);
        auto *name = find<QLineEdit>(QStringLiteral("requesterNameEdit"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Ann Example"));
        QCOMPARE(m_fixture->workbench->document().current().requester.name,
                 QStringLiteral("Ann Example"));

        // A one-line box and a paragraph box, both empty and never typed in.
        auto *email = find<QLineEdit>(QStringLiteral("requesterEmailEdit"));
        email->setFocus();
        QTRY_VERIFY(email->hasFocus());
        QTest::keyClick(email, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_fixture->workbench->document().current().requester.name, QString());
        QCOMPARE(name->text(), QString());

        auto *address = find<QPlainTextEdit>(QStringLiteral("requesterAddressEdit"));
        address->setFocus();
        QTRY_VERIFY(address->hasFocus());
        QTest::keyClick(address, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_fixture->workbench->document().current().requester.name,
                 QStringLiteral("Ann Example"));

        // A box with typing of its own still undoes that typing first.
        QTest::keyClicks(address, QStringLiteral("1 High Street"));
        QTest::keyClick(address, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(address->toPlainText() != QStringLiteral("1 High Street"));
        QCOMPARE(m_fixture->workbench->document().current().requester.name,
                 QStringLiteral("Ann Example"));
    }

    // Paragraph boxes show a few lines at once, the search records too, at both sizes (the step
    // scrolls instead of squeezing them).
    void paragraphBoxesShowSeveralLines_data() { sizes(); }
    void paragraphBoxesShowSeveralLines()
    {
        QFETCH(QSize, size);
        openInWindow(unansweredReferenceCase(), size);
        QStringList tooLow;
        for (int i = 0; i < workspace().steps().size(); ++i) {
            workspace().showStep(i);
            ui::WorkspaceStep *step = workspace().steps().at(i);
            QTRY_VERIFY(step->isVisible());
            for (QPlainTextEdit *edit : step->findChildren<QPlainTextEdit *>()) {
                if (!edit->isVisible())
                    continue;
                const int wanted = std::min(heightForLines(edit, 3), edit->maximumHeight());
                if (edit->height() < wanted)
                    tooLow.append(QStringLiteral("%1: %2 px, needs %3")
                                      .arg(edit->objectName())
                                      .arg(edit->height())
                                      .arg(wanted));
            }
        }
        QVERIFY2(tooLow.isEmpty(), qPrintable(tooLow.join(u'\n')));

        for (const QString &rights :
             {QStringLiteral("internalReviewEdit"), QStringLiteral("complaintRightsEdit")}) {
            auto *edit = find<QPlainTextEdit>(rights);
            QVERIFY2(edit->minimumHeight() >= heightForLines(edit, 4), qPrintable(rights));
        }
        auto *searches = find<QListWidget>(QStringLiteral("searchesListWidget"));
        QVERIFY(searches->minimumHeight() >= searches->fontMetrics().lineSpacing() * 4);
    }

    // Each finding shows its whole message, wrapped to the panel's width.
    void findingsAreWrappedNotCutOff_data() { sizes(); }
    void findingsAreWrappedNotCutOff()
    {
        QFETCH(QSize, size);
        core::Case fresh;
        fresh.reference = QStringLiteral("3_26");
        fresh.dateOfReceipt = QDate(2026, 11, 2);
        fresh.authority = {QStringLiteral("West Midlands Police"), core::AuthorityKind::Police};
        openInWindow(fresh, size);
        auto *panel = window().findChild<ui::FindingsPanel *>();
        panel->checkNow();
        auto *view = find<QListView>(QStringLiteral("findingsListView"));
        QVERIFY(view->model()->rowCount() > 0);
        QCOMPARE(view->textElideMode(), Qt::ElideNone);
        bool someWrapped = false;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            const QRect shown = view->visualRect(index);
            QVERIFY2(shown.right() <= view->viewport()->width(), qPrintable(QString::number(row)));
            const QString message = index.data(Qt::DisplayRole).toString();
            const int textWidth = shown.width() - view->iconSize().width();
            const QRect needed = view->fontMetrics().boundingRect(QRect(0, 0, textWidth, 100000),
                                                                  Qt::TextWordWrap, message);
            QVERIFY2(shown.height() >= needed.height(),
                     qPrintable(QStringLiteral("%1: %2 px shown, %3 needed")
                                    .arg(message)
                                    .arg(shown.height())
                                    .arg(needed.height())));
            someWrapped |= needed.height() > view->fontMetrics().lineSpacing() * 3 / 2;
        }
        QVERIFY(someWrapped); // otherwise this test shows nothing
        const QString folder = qEnvironmentVariable("FOI_SCREENSHOT_DIR");
        if (!folder.isEmpty() && size.width() == 800)
            QVERIFY(window().grab().save(
                QDir(folder).filePath(QStringLiteral("findings-wrapped-800x600.png"))));
    }

    // After a small window, the Findings panel takes a fair share of a large one.
    void findingsPanelGrowsWithTheWindow()
    {
        core::Case fresh;
        fresh.reference = QStringLiteral("4_26");
        fresh.dateOfReceipt = QDate(2026, 11, 2);
        fresh.authority = {QStringLiteral("West Midlands Police"), core::AuthorityKind::Police};
        openInWindow(fresh, QSize(800, 600));
        auto *dock = find<QDockWidget>(QStringLiteral("findingsDock"));
        QTRY_VERIFY(dock->isVisible());
        QTRY_COMPARE(window().width(), 800);
        const int small = dock->width();
        QVERIFY2(small >= 160, qPrintable(QString::number(small)));
        window().resize(1366, 768);
        QTRY_COMPARE(window().width(), 1366);
        QTRY_VERIFY2(dock->width() >= 1366 / 5,
                     qPrintable(QStringLiteral("%1 px wide").arg(dock->width())));
        QVERIFY(dock->width() > small);
        window().resize(800, 600);
        QTRY_COMPARE(window().width(), 800);
        QTRY_VERIFY(dock->width() >= 160);
        QVERIFY(workspace().width() >= 800 / 2);
    }
};

QTEST_MAIN(TestKeyboardLayout)
#include "tst_keyboard_layout.moc"
