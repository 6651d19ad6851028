// Case › Withdraw, Close as lapsed, Reopen and Delete case created in error in the workbench
// (issue 24 point 8): the header says the clock stopped, the reply cannot go until the case is
// reopened, the list says how the case closed, and a case logged in error today can be deleted
// (with confirmation) while one that sent something cannot, and the menu says why.

#include "tests/ui/WorkbenchFixture.h"

#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseEditingService.h"
#include "core/services/CaseHistory.h"
#include "ui/intake/NewRequestDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/CaseListModel.h"
#include "ui/workspace/CaseLifecycleActions.h"
#include "ui/workspace/CaseLifecycleDialog.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/ReplyStep.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

using namespace foi;

class TestCaseLifecycleGui : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkbenchFixture> m_fixture;
    QString m_reference;

    ui::Workbench &workbench() { return *m_fixture->workbench; }
    ui::CaseLifecycleActions &actions() { return workbench().lifecycleActions(); }
    template<typename T> T *find(const QString &name)
    {
        return workbench().window().findChild<T *>(name);
    }
    void showReplyStep()
    {
        ui::CaseWorkspace &workspace = workbench().workspace();
        workspace.showStep(static_cast<int>(workspace.steps().indexOf(&workbench().replyStep())));
        workbench().replyStep().refresh();
    }
    QString storedStatus(const QString &reference)
    {
        auto stored = m_fixture->store->cases().load(reference);
        return stored ? stored->record.status : stored.error().code;
    }

private slots:
    void init()
    {
        static int n = 0;
        const QString folder = m_dir.filePath(QString::number(++n));
        QVERIFY(QDir().mkpath(folder));
        m_fixture = std::make_unique<WorkbenchFixture>(folder);
        const core::Case reference = unansweredReferenceCase();
        QVERIFY(m_fixture->cases->save(reference).ok());
        m_reference = reference.reference;
        workbench().window().resize(1200, 800);
        workbench().window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&workbench().window()));
    }

    void cleanup() { m_fixture.reset(); }

    void nothingIsOfferedWithoutAnOpenCase()
    {
        for (QAction *action : {actions().withdrawAction(), actions().lapseAction(),
                                actions().reopenAction(), actions().deleteAction()})
            QVERIFY(!action->isEnabled());
    }

    void aWithdrawnCaseStopsItsClockAndCannotBeSentUntilReopened()
    {
        workbench().openCase(m_reference);
        QVERIFY(actions().withdrawAction()->isEnabled());
        QVERIFY(!actions().reopenAction()->isEnabled());
        auto *exportFinal = find<QPushButton>(QStringLiteral("exportFinalButton"));
        QVERIFY(exportFinal);
        showReplyStep();
        QTRY_VERIFY_WITH_TIMEOUT(exportFinal->isEnabled(), 20000); // ready before withdrawing
        QVERIFY(actions().withdraw(QDate(2018, 5, 20), QStringLiteral("Withdrawn by email.")));
        const QString header = find<QLabel>(QStringLiteral("deadlineLabel"))->text();
        QVERIFY2(header.contains(QStringLiteral("Withdrawn on 20 May 2018")) &&
                     header.contains(QStringLiteral("clock is stopped")) &&
                     !header.contains(QStringLiteral("overdue")),
                 qPrintable(header));
        QCOMPARE(storedStatus(m_reference), QStringLiteral("closed"));
        const QString clock =
            find<QPlainTextEdit>(QStringLiteral("deadlineExplanationEdit"))->toPlainText();
        QVERIFY2(clock.contains(QStringLiteral("Withdrawn on 20 May 2018 (Test Officer): "
                                               "Withdrawn by email. The clock stopped")),
                 qPrintable(clock));
        // The way back is an audited reopening, not Undo.
        QVERIFY(!workbench().window().undoAction()->isEnabled());
        QVERIFY(!actions().withdrawAction()->isEnabled());
        QVERIFY(actions().reopenAction()->isEnabled());
        showReplyStep();
        QTRY_VERIFY(!exportFinal->isEnabled());
        QTRY_VERIFY2(find<QLabel>(QStringLiteral("replyStatusLabel"))
                         ->text()
                         .contains(QStringLiteral("reopen it")),
                     qPrintable(find<QLabel>(QStringLiteral("replyStatusLabel"))->text()));

        // The list says how it closed.
        workbench().showCaseList();
        workbench().caseListModel().setStatusFilter(QString());
        const int row = workbench().caseListModel().rowOf(m_reference);
        QVERIFY(row >= 0);
        QCOMPARE(
            workbench().caseListModel().index(row, ui::CaseListModel::Status).data().toString(),
            QStringLiteral("Withdrawn"));
        QCOMPARE(
            workbench().caseListModel().index(row, ui::CaseListModel::DaysLeft).data().toString(),
            QString());

        workbench().openCase(m_reference);
        QVERIFY(actions().reopen(QDate(2018, 5, 22), QStringLiteral("The requester came back.")));
        QCOMPARE(storedStatus(m_reference), QStringLiteral("open"));
        showReplyStep();
        QTRY_VERIFY_WITH_TIMEOUT(exportFinal->isEnabled(), 20000);
    }

    void aRefusalIsToldAndChangesNothing()
    {
        workbench().openCase(m_reference);
        QVERIFY(!actions().lapse(QDate(2018, 9, 1), QStringLiteral("No answer.")));
        QVERIFY(!m_fixture->notifier.errors.isEmpty());
        QVERIFY2(m_fixture->notifier.errors.constLast().contains(
                     QStringLiteral("not waiting for clarification")),
                 qPrintable(m_fixture->notifier.errors.constLast()));
        QVERIFY(!workbench().document().current().closure());
        QCOMPARE(storedStatus(m_reference), QStringLiteral("open"));
    }

    void aCaseCreatedInErrorTodayIsDeletedAfterConfirmation()
    {
        workbench().newRequest();
        const QString created = workbench().document().current().reference;
        QVERIFY(!created.isEmpty());
        QVERIFY(actions().deleteAction()->isEnabled());
        bool dialogSeen = false;
        bool offeredBeforeAReason = true;
        QTimer::singleShot(0, [&dialogSeen, &offeredBeforeAReason] {
            auto *dialog =
                qobject_cast<ui::CaseLifecycleDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogSeen = true;
            auto *confirm =
                dialog->findChild<QPushButton *>(QStringLiteral("lifecycleConfirmButton"));
            offeredBeforeAReason = confirm->isEnabled();
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("lifecycleReasonEdit"))
                ->setPlainText(QStringLiteral("Logged twice."));
            confirm->click();
        });
        actions().deleteAction()->trigger();
        QVERIFY(dialogSeen);
        QVERIFY(!offeredBeforeAReason);
        QCOMPARE(storedStatus(created), QStringLiteral("store.not-found"));
        QVERIFY(!workbench().window().isShowingEmptyState()); // the reference case is listed
        QVERIFY(!actions().deleteAction()->isEnabled());
        // The audit trail keeps the rows and verifies.
        const auto report = m_fixture->store->audit().verify({});
        QVERIFY(report && report->intact);
    }

    // References and titles (issue 24 point 8): the authority's own reference typed in the New
    // request dialog is checked as it is typed, the title is kept, edited on the Request step
    // (undoable and audited) and shown in the list.
    void theNewRequestDialogChecksATypedReference()
    {
        const QDate today = QDate::currentDate();
        const QString offered = m_fixture->cases->nextReference(today).value();
        QVERIFY(offered != m_reference);
        ui::NewRequestDialog dialog(
            offered,
            [this, today](const QString &typed) {
                return m_fixture->cases->checkNewReference(typed, today);
            },
            &workbench().window());
        auto *reference = dialog.findChild<QLineEdit *>(QStringLiteral("newReferenceEdit"));
        auto *log = dialog.findChild<QPushButton *>(QStringLiteral("logRequestButton"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("newReferenceProblemLabel"));
        QCOMPARE(reference->text(), offered);
        QVERIFY(log->isEnabled());
        reference->setText(QStringLiteral("FOI/2026/7"));
        QVERIFY(!log->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("\"/\"")), qPrintable(problem->text()));
        reference->setText(m_reference);
        QVERIFY(!log->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("already used")),
                 qPrintable(problem->text()));
        reference->setText(QStringLiteral("WMP-2026-0077"));
        QVERIFY(log->isEnabled());
        QVERIFY(problem->text().isEmpty());
    }

    void theOwnReferenceAndTitleAreKeptEditedAndListed()
    {
        workbench().setNewRequestAsker(
            [](const QString &, const std::function<core::Status(const QString &)> &check)
                -> std::optional<ui::Workbench::NewRequestDetails> {
                if (!check(QStringLiteral("WMP-2026-0077")))
                    return std::nullopt;
                return ui::Workbench::NewRequestDetails{QStringLiteral("WMP-2026-0077"),
                                                        QStringLiteral("Drone flights")};
            });
        workbench().newRequest();
        QCOMPARE(workbench().document().current().reference, QStringLiteral("WMP-2026-0077"));
        QCOMPARE(workbench().document().current().title, QStringLiteral("Drone flights"));
        auto *title = find<QLineEdit>(QStringLiteral("caseTitleEdit"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("Drone flights"));
        title->setFocus();
        title->end(false);
        QTest::keyClicks(title, QStringLiteral(" over protests"));
        QCOMPARE(workbench().document().current().title,
                 QStringLiteral("Drone flights over protests"));
        QVERIFY(workbench().window().undoAction()->isEnabled());
        workbench().window().undoAction()->trigger();
        QCOMPARE(workbench().document().current().title, QStringLiteral("Drone flights"));
        QCOMPARE(title->text(), QStringLiteral("Drone flights"));
        workbench().window().redoAction()->trigger();
        workbench().autosaver().flush();
        const auto history =
            core::CaseHistory(m_fixture->store->audit()).of(QStringLiteral("WMP-2026-0077"));
        QVERIFY(history);
        QVERIFY2(history->constFirst().change.contains(QStringLiteral("the title")),
                 qPrintable(history->constFirst().change));
        QVERIFY2(find<QLabel>(QStringLiteral("caseTitleLabel"))
                     ->text()
                     .contains(QStringLiteral("Drone flights over protests")),
                 qPrintable(find<QLabel>(QStringLiteral("caseTitleLabel"))->text()));
        workbench().showCaseList();
        workbench().caseListModel().setStatusFilter(QString());
        const int row = workbench().caseListModel().rowOf(QStringLiteral("WMP-2026-0077"));
        QVERIFY(row >= 0);
        QCOMPARE(workbench().caseListModel().index(row, ui::CaseListModel::Title).data().toString(),
                 QStringLiteral("Drone flights over protests"));
    }

    void deletionIsNotOfferedOnceAReplyWasSentAndSaysWhy()
    {
        QVERIFY(m_fixture->store->replies().record(
            m_reference, "%PDF-1.7 sent", QStringLiteral("reply.pdf"),
            QStringLiteral("application/pdf"), QStringLiteral("Test Officer")));
        workbench().openCase(m_reference);
        QVERIFY(!actions().deleteAction()->isEnabled());
        QVERIFY2(actions().deleteAction()->toolTip().contains(QStringLiteral("was sent")),
                 qPrintable(actions().deleteAction()->toolTip()));
    }
};

QTEST_MAIN(TestCaseLifecycleGui)
#include "tst_case_lifecycle_gui.moc"
