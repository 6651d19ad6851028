// The Request step used as an officer would: a new request replaces the previous case at once
// (its findings too), and files are attached beside the request, opened and removed.

#include "tests/ui/WorkbenchFixture.h"

#include "core/model/CaseFile.h"
#include "core/rules/CaseChecker.h"
#include "core/rules/Finding.h"
#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseHistory.h"
#include "core/store/CaseStore.h"
#include "core/support/Profiles.h"
#include "ui/caselist/CaseListView.h"
#include "ui/findings/FindingsPanel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Workbench.h"
#include "ui/models/CaseListModel.h"
#include "ui/models/FindingListModel.h"
#include "ui/notify/NotificationBar.h"
#include "ui/settings/CalendarImportPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/workspace/AggregationPanel.h"
#include "ui/workspace/AttachmentsPanel.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/ExemptionsStep.h"
#include "ui/workspace/HeldStep.h"
#include "ui/workspace/PublicInterestStep.h"
#include "ui/workspace/SearchRecordEditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace foi;

class TestRequestStep : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void newRequestReplacesThePreviousCasesFindingsAtOnce()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::Workbench &workbench = *fixture.workbench;
        workbench.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&workbench.window()));
        const auto codes = [&workbench] {
            QStringList shown;
            for (const core::Finding &finding : workbench.findings().model()->findings())
                shown.append(finding.code);
            return shown;
        };
        workbench.newRequest();
        const QStringList blank = codes();
        workbench.document().edit(QStringLiteral("requester"), [](core::Case &c) {
            c.requester.name = QStringLiteral("Jo Bloggs");
            c.requester.email = QStringLiteral("jo@example.org");
            c.requestText = QStringLiteral("Please send the drone policy.");
        });
        QTRY_VERIFY(codes() != blank);
        // Ctrl+N: the new, blank case's findings, with no wait for the checker's debounce.
        workbench.newRequest();
        QCOMPARE(codes(), blank);
    }

    void requestStepAttachesOpensAndRemovesFiles()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fixture.workbench->newRequest();
        ui::AttachmentsPanel &panel = fixture.workbench->attachments();
        QVERIFY(panel.isVisible());
        QFile letter(dir.filePath(QStringLiteral("request.eml")));
        QVERIFY(letter.open(QIODevice::WriteOnly));
        letter.write("From: requester\n\nPlease send the policy.\n");
        letter.close();
        panel.addFiles({letter.fileName(), dir.filePath(QStringLiteral("missing.pdf"))},
                       core::AttachmentKind::RequestAsReceived);
        QCOMPARE(fixture.notifier.errors.size(), 1); // the missing file, named
        QVERIFY(fixture.notifier.errors.at(0).contains(QStringLiteral("missing.pdf")));
        QListWidget *list = panel.listWidget();
        // Grouped under its kind: a heading that cannot be chosen, then the file.
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Request as received"));
        QCOMPARE(list->item(0)->flags(), Qt::ItemIsEnabled);
        QVERIFY2(list->item(1)->text().startsWith(QStringLiteral("request.eml (")),
                 qPrintable(list->item(1)->text()));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("by Test Officer")));

        QList<QUrl> opened;
        panel.setOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QFile copy(opened.at(0).toLocalFile());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(copy.readAll().contains("Please send the policy."));

        // Marked as search evidence: regrouped, shown on the Held? step, and in the history.
        QComboBox *kind = panel.kindCombo();
        QVERIFY(kind->isEnabled());
        QCOMPARE(kind->currentText(), QStringLiteral("Request as received"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Search evidence")));
        emit kind->activated(kind->currentIndex());
        QCOMPARE(list->item(0)->text(), QStringLiteral("Search evidence"));
        QCOMPARE(list->currentRow(), 1);
        QListWidget *evidence = fixture.workbench->searchEvidence().listWidget();
        QCOMPARE(evidence->count(), 1);
        QVERIFY(evidence->item(0)->text().startsWith(QStringLiteral("request.eml (")));
        const auto history = core::CaseHistory(fixture.store->audit())
                                 .of(fixture.workbench->document().current().reference);
        QVERIFY(history);
        QCOMPARE(history->at(0).change,
                 QStringLiteral("Marked the attachment \u201crequest.eml\u201d as search evidence "
                                "(it was the request as received)"));

        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("removeAttachmentButton")),
                          Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QCOMPARE(evidence->count(), 1);
        QCOMPARE(evidence->item(0)->text(), QStringLiteral("None attached yet."));
        QCOMPARE(fixture.store->attachments()
                     .attachmentsOf(fixture.workbench->document().current().reference)
                     ->size(),
                 0);
    }
};

QTEST_MAIN(TestRequestStep)
#include "tst_request_step.moc"
