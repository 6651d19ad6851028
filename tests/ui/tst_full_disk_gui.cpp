// The disk fills up while the officer types: the autosave fails (ENOSPC on every write to the
// store's folder), the officer is told, the typed text stays in the editor and nothing partial
// reaches the store; once space returns, the next keystroke saves everything typed.
#include "tests/reliability/FaultInjection.h"
#include "tests/ui/WorkbenchFixture.h"

#include "core/services/CaseDocument.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

class TestFullDiskGui : public QObject
{
    Q_OBJECT

    static QString stored(WorkbenchFixture &fixture, const QString &reference)
    {
        auto loaded = fixture.store->cases().load(reference);
        return loaded ? QString::fromUtf8(loaded->record.document) : QString();
    }

private slots:
    void fullDiskKeepsTheTextAndTellsTheOfficer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        WorkbenchFixture fixture(dir.path());
        foi::ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("requestTextEdit"));
        QVERIFY(text);
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("Saved before the disk filled."));
        const QString reference = fixture.workbench->document().current().reference;
        QTRY_VERIFY_WITH_TIMEOUT(stored(fixture, reference).contains(QLatin1String("filled")),
                                 5000);

        faultinjection::arm(dir.path(), 1, faultinjection::Mode::Forever, ENOSPC);
        const QString typed = QStringLiteral(" Typed while the disk is full.");
        QTest::keyClicks(text, typed);
        QTRY_VERIFY_WITH_TIMEOUT(!fixture.notifier.errors.isEmpty(), 5000);
        const int failed = faultinjection::failures();
        faultinjection::disarm();
        QVERIFY(failed > 0);
        QVERIFY2(fixture.notifier.errors.constFirst().contains(QLatin1String("could not")) ||
                     fixture.notifier.errors.constFirst().contains(QLatin1String("failed")),
                 qPrintable(fixture.notifier.errors.constFirst()));
        QVERIFY(text->toPlainText().endsWith(typed)); // nothing the officer typed is lost
        QVERIFY(!stored(fixture, reference).contains(QLatin1String("disk is full")));
        QVERIFY((*fixture.store->verify()).intact);

        // Space again: the next change saves all that was typed.
        QTest::keyClicks(text, QStringLiteral(" Space again."));
        QTRY_VERIFY_WITH_TIMEOUT(stored(fixture, reference).contains(QLatin1String("Space again")),
                                 5000);
        QVERIFY(stored(fixture, reference).contains(QLatin1String("disk is full")));
        QVERIFY(fixture.store->checkIntegrity(true).ok());
    }
};

QTEST_MAIN(TestFullDiskGui)
#include "tst_full_disk_gui.moc"
