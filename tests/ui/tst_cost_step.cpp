// The Cost step used as an officer would: aggregating the same requester's other request
// (s12(4), the 2004 Regulations' regulation 5), looked up off the GUI thread.

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

class TestCostStep : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void costStepAggregatesTheSameRequestersOtherRequest()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        auto earlier = fixture.cases->logNewRequest(QDate(2026, 11, 2), {});
        QVERIFY(earlier);
        earlier->requester.name = QStringLiteral("Jo Bloggs");
        earlier->requestText = QStringLiteral("Drone training costs");
        QVERIFY(fixture.cases->save(*earlier));
        ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fixture.workbench->newRequest();
        core::CaseDocument &document = fixture.workbench->document();
        document.edit(QStringLiteral("requester"), [](core::Case &c) {
            c.dateOfReceipt = QDate(2026, 11, 20);
            c.requester.name = QStringLiteral("Jo Bloggs");
        });
        ui::CaseWorkspace &workspace = fixture.workbench->workspace();
        QVERIFY(workspace.reveal(QStringLiteral("costEstimate.aggregatedRequests[0]")));
        auto *list = fixture.find<QListWidget>(QStringLiteral("aggregationCandidatesList"));
        QTRY_COMPARE(list->count(), 1);
        QVERIFY2(
            list->item(0)->text().startsWith(
                earlier->reference + QStringLiteral(" from Jo Bloggs, received 2 November 2026")),
            qPrintable(list->item(0)->text()));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Drone training costs")));
        // Each candidate says why it is listed.
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("Why: the same requester's name")),
                 qPrintable(list->item(0)->text()));
        list->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(document.current().costEstimate->aggregatedRequests,
                 (QList<core::AggregatedRequest>{{earlier->reference, QDate(2026, 11, 2)}}));
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        list->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(!document.current().costEstimate.has_value());
    }

    void aggregationLookupKeepsOnlyTheNewestAnswer()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        // Two requesters, each with an earlier request: the lookup for one case is overtaken by
        // the lookup for the other before it can be shown.
        QStringList earlier;
        for (const QString &name : {QStringLiteral("Ann Able"), QStringLiteral("Ben Baker")}) {
            auto logged = fixture.cases->logNewRequest(QDate(2026, 11, 2), {});
            QVERIFY(logged);
            logged->requester.name = name;
            logged->requestText = QStringLiteral("Costs of the %1 request").arg(name);
            QVERIFY(fixture.cases->save(*logged));
            earlier.append(logged->reference);
        }
        ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fixture.workbench->newRequest();
        core::CaseDocument &document = fixture.workbench->document();
        auto *panel = fixture.find<ui::AggregationPanel>(QStringLiteral("aggregationPanel"));
        auto *list = fixture.find<QListWidget>(QStringLiteral("aggregationCandidatesList"));
        auto *note = fixture.find<QLabel>(QStringLiteral("aggregationNoteLabel"));
        ui::CaseWorkspace &workspace = fixture.workbench->workspace();
        QVERIFY(workspace.reveal(QStringLiteral("costEstimate.aggregatedRequests[0]")));
        QTRY_VERIFY(!panel->isLooking());
        const auto setRequester = [&document](const QString &name) {
            document.edit(QStringLiteral("requester"), [name](core::Case &c) {
                c.dateOfReceipt = QDate(2026, 11, 20);
                c.requester.name = name;
            });
        };
        setRequester(QStringLiteral("Ann Able"));
        // Asked on a worker: the panel says so at once instead of blocking.
        QVERIFY(panel->isLooking());
        QCOMPARE(note->text(), QStringLiteral("Looking for related requests\u2026"));
        setRequester(QStringLiteral("Ben Baker"));
        QSignalSpy arrivals(panel, &ui::AggregationPanel::candidatesArrived);
        QTRY_COMPARE(arrivals.size(), 1);
        QTest::qWait(100); // an answer for Ann Able, had it been let through, would land by now
        QCOMPARE(arrivals.size(), 1);
        QCOMPARE(list->count(), 1);
        QVERIFY2(
            list->item(0)->text().startsWith(earlier.at(1) + QStringLiteral(" from Ben Baker")),
            qPrintable(list->item(0)->text()));
        // The officer's tick is in the case, and survives a lookup started by another edit.
        list->item(0)->setCheckState(Qt::Checked);
        document.edit(QStringLiteral("email"),
                      [](core::Case &c) { c.requester.email = QStringLiteral("ben@example.org"); });
        QTRY_VERIFY(!panel->isLooking());
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        QCOMPARE(document.current().costEstimate->aggregatedRequests.size(), 1);
        // Closing mid-lookup waits for the worker and delivers nothing to the gone panel.
        setRequester(QStringLiteral("Ann Able"));
        QVERIFY(panel->isLooking());
        fixture.closeWorkbench();
        QTest::qWait(50);
    }
};

QTEST_MAIN(TestCostStep)
#include "tst_cost_step.moc"
