// The Released files panel on the Reply step (issue 19 points 3 and 4), over the real services:
// a spreadsheet with a hidden sheet (the 2023 breach; made in code as the tst_release_* tests
// make theirs) is added, scanned off the GUI thread, and stops the export, the button saying
// why; keeping the finding with a reason lets the reply go, and the case's history shows it.
// With FOI_SCREENSHOT_DIR set, keeps pictures of the panel with the export stopped.

#include "tests/core/release/ReleaseTestFiles.h"
#include "tests/ui/WorkbenchFixture.h"

#include "core/services/CaseDocument.h"
#include "ui/history/CaseHistoryDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/ReleasedFilesPanel.h"
#include "ui/workspace/ReplyStep.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

using namespace foi;
using namespace releasetest;

class TestReleasedFilesGui : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkbenchFixture> m_fixture;
    QString m_reference;

    ui::ReplyStep &step() { return m_fixture->workbench->replyStep(); }
    ui::ReleasedFilesPanel &panel() { return m_fixture->workbench->releasedFiles(); }
    template<typename T> T *find(const QString &name)
    {
        T *found = m_fixture->workbench->window().findChild<T *>(name);
        if (!found)
            qFatal("no widget %s", qPrintable(name));
        return found;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void screenshot(const QString &name)
    {
        if (!qEnvironmentVariableIsSet("FOI_SCREENSHOT_DIR"))
            return;
        QSignalSpy ready(&step(), &ui::ReplyStep::previewReady);
        step().updatePreview();
        QVERIFY(ready.wait(20000) || ready.size() > 0);
        m_fixture->workbench->window().grab().save(qEnvironmentVariable("FOI_SCREENSHOT_DIR") +
                                                   u'/' + name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = std::make_unique<WorkbenchFixture>(m_dir.path());
        const core::Case reference = unansweredReferenceCase();
        QVERIFY(m_fixture->cases->save(reference).ok());
        m_reference = reference.reference;
        auto &workbench = *m_fixture->workbench;
        workbench.window().resize(1366, 768);
        workbench.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&workbench.window()));
        workbench.openCase(m_reference);
        workbench.workspace().showStep(workbench.workspace().steps().indexOf(&step()));
        QVERIFY(step().isVisible());
        QVERIFY(panel().isVisible());
    }

    void aHiddenSheetStopsTheExportUntilKeptWithAReason()
    {
        auto *exportFinal = find<QPushButton>(QStringLiteral("exportFinalButton"));
        auto *status = find<QLabel>(QStringLiteral("replyStatusLabel"));
        auto *tree = find<QTreeWidget>(QStringLiteral("releasedFilesTree"));
        QTRY_VERIFY2(exportFinal->isEnabled(), qPrintable(status->text()));

        Workbook book;
        book.sheets.append({QStringLiteral("Staff"),
                            QStringLiteral("hidden"),
                            sheetData({row(1, {QStringLiteral("Surname"), QStringLiteral("Rank")}),
                                       row(2, {QStringLiteral("Smith"), QStringLiteral("PC")}),
                                       row(3, {QStringLiteral("Jones"), QStringLiteral("PS")})}),
                            {}});
        const QString staff = write(QStringLiteral("staff-by-grade.xlsx"), xlsxOf(book));
        m_fixture->files.answerFiles({staff});
        find<QPushButton>(QStringLiteral("addReleasedFilesButton"))->click();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTRY_VERIFY(!exportFinal->isEnabled());
        QVERIFY2(exportFinal->toolTip().contains(QStringLiteral("has not been scanned")),
                 qPrintable(exportFinal->toolTip()));

        QSignalSpy scanned(&panel(), &ui::ReleasedFilesPanel::scanFinished);
        find<QPushButton>(QStringLiteral("scanReleasedFilesButton"))->click();
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
        QTreeWidgetItem *finding = tree->topLevelItem(0)->child(0);
        QVERIFY2(finding->text(0).startsWith(QStringLiteral("XLSX-HIDDEN-SHEET")),
                 qPrintable(finding->text(0)));
        QVERIFY2(finding->text(0).contains(QStringLiteral("Staff")), qPrintable(finding->text(0)));
        QVERIFY(!exportFinal->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("XLSX-HIDDEN-SHEET")),
                 qPrintable(status->text()));
        QVERIFY2(exportFinal->toolTip().contains(QStringLiteral("staff-by-grade.xlsx")),
                 qPrintable(exportFinal->toolTip()));

        // The finding is reached from the keyboard, and says where it is and what to do.
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(0));
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(tree->currentItem(), finding);
        auto *detail = find<QLabel>(QStringLiteral("releaseFindingDetailLabel"));
        QVERIFY2(detail->text().contains(QStringLiteral("Where:")) &&
                     detail->text().contains(QStringLiteral("What to do:")),
                 qPrintable(detail->text()));
        auto *keep = find<QPushButton>(QStringLiteral("keepFindingButton"));
        QVERIFY(keep->isEnabled());
        QVERIFY(keep->focusPolicy() & Qt::TabFocus);
        screenshot(QStringLiteral("released-files-export-stopped.png"));

        // A final export asked for anyway writes nothing, and says why.
        const QString out = m_dir.filePath(QStringLiteral("final.pdf"));
        m_fixture->files.answerAlways(out);
        step().exportFinal();
        QVERIFY(!QFile::exists(out));
        QVERIFY2(
            !m_fixture->notifier.errors.isEmpty() &&
                m_fixture->notifier.errors.last().contains(QStringLiteral("XLSX-HIDDEN-SHEET")),
            qPrintable(m_fixture->notifier.errors.join(u'\n')));

        // Cancelled (no reason): nothing changes.
        m_fixture->workbench->setReasonAsker(
            [](const QString &, const QString &) { return QString(); });
        keep->click();
        QVERIFY(!exportFinal->isEnabled());
        m_fixture->workbench->setReasonAsker([](const QString &, const QString &) {
            return QStringLiteral("The hidden sheet lists only chief officers, named on our "
                                  "website");
        });
        keep->click();
        QTRY_VERIFY2(exportFinal->isEnabled(), qPrintable(status->text()));
        QVERIFY2(tree->topLevelItem(0)->child(0)->text(0).contains(QStringLiteral("kept:")),
                 qPrintable(tree->topLevelItem(0)->child(0)->text(0)));
        screenshot(QStringLiteral("released-files-kept-with-reason.png"));
        step().exportFinal();
        QVERIFY2(QFile::exists(out), qPrintable(m_fixture->notifier.errors.join(u'\n')));

        // The case's history shows the scan and the reason.
        m_fixture->workbench->showCaseHistory();
        auto *dialog = m_fixture->workbench->window().findChild<ui::CaseHistoryDialog *>();
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("historyTableView"));
        QVERIFY(table);
        QStringList shown;
        QTRY_VERIFY([&] {
            shown.clear();
            const QAbstractItemModel *model = table->model();
            for (int r = 0; r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c)
                    shown << model->index(r, c).data().toString();
            return shown.join(u'\n').contains(
                QStringLiteral("Kept \u201Cstaff-by-grade.xlsx\u201D in the "
                               "release despite XLSX-HIDDEN-SHEET"));
        }());
        QVERIFY2(shown.join(u'\n').contains(
                     QStringLiteral("Scanned \u201Cstaff-by-grade.xlsx\u201D for release: found "
                                    "XLSX-HIDDEN-SHEET")),
                 qPrintable(shown.join(u'\n')));
        QVERIFY(shown.join(u'\n').contains(QStringLiteral("named on our website")));
        dialog->close();
    }

    void cleanupTestCase() { m_fixture.reset(); }
};

QTEST_MAIN(TestReleasedFilesGui)
#include "tst_released_files_gui.moc"
