#include "core/intake/ReferenceAllocator.h"
#include "core/law/BankHolidayCalendar.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/CaseFile.h"
#include "core/services/AuthorityMatterService.h"
#include "core/services/CaseEditingService.h"
#include "core/services/MatterService.h"
#include "core/store/CaseStore.h"
#include "tests/support/ReferenceCase.h"
#include "tests/support/StoreOptions.h"
#include "ui/deadlines/DeadlinesDialog.h"
#include "ui/models/DeadlineListModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;
using foi::ui::DeadlineListModel;
using foi::ui::DeadlinesDialog;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Case referenceCase(const QString &reference)
{
    Case theCase = testsupport::referenceCase();
    theCase.reference = reference;
    theCase.reply.sentOn = d("2025-01-31");
    return theCase;
}

InternalReviewRequest reviewAsked(const QDate &received)
{
    InternalReviewRequest request;
    request.received = received;
    request.reviewer = QStringLiteral("A. Senior");
    return request;
}

CommissionerComplaint complaint(const QDate &received)
{
    CommissionerComplaint letter;
    letter.received = received;
    letter.icoReference = QStringLiteral("IC-123456-A1B2");
    return letter;
}

} // namespace

// View ▸ Deadlines: every open clock after the reply across the store, soonest first, overdue
// marked, filterable, worked by keyboard (issue: after the reply, point 7).
class TestDeadlinesView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDate m_today = d("2025-04-01");
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<CaseEditingService> m_cases;
    RegulatorClocks m_clocks = *RegulatorClocks::builtIn();
    std::unique_ptr<RegulatorDeadlineCalculator> m_regulator;
    std::unique_ptr<MatterService> m_matters;

private slots:
    void init()
    {
        static int n = 0;
        m_store = std::move(CaseStore::open(m_dir.filePath(QStringLiteral("d%1.foistore").arg(++n)),
                                            CaseStore::OpenMode::CreateIfMissing,
                                            testsupport::storeOptions()))
                      .value();
        m_cases = std::make_unique<CaseEditingService>(
            *m_store, *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
            WorkingDayCalendar::builtIn());
        m_cases->setOfficer(QStringLiteral("Case Officer"));
        m_regulator =
            std::make_unique<RegulatorDeadlineCalculator>(m_clocks, BankHolidayCalendar::builtIn());
        m_matters =
            std::make_unique<MatterService>(*m_store, *m_cases, WorkingDayCalendar::builtIn(),
                                            *m_regulator, [this] { return m_today; });
        // 101_25: an internal review received 3 Feb 2025, due 3 Mar: overdue on 1 Apr.
        // 102_25: an ICO complaint with a decision notice of 10 Mar 2025 (steps 14 Apr, appeal
        // 7 Apr), and an appeal against it that suspends the step.
        // 103_25: an internal review received 24 Mar 2025, due 22 Apr.
        for (const char *reference : {"101_25", "102_25", "103_25"})
            QVERIFY(m_cases->save(referenceCase(QString::fromLatin1(reference))));
        m_cases->setOfficer(QStringLiteral("A. Senior"));
        QVERIFY(
            m_matters->openInternalReview(QStringLiteral("101_25"), reviewAsked(d("2025-02-03"))));
        QVERIFY(
            m_matters->openInternalReview(QStringLiteral("103_25"), reviewAsked(d("2025-03-24"))));
        m_cases->setOfficer(QStringLiteral("C. Handler")); // records, so handles, the complaint
        QVERIFY(m_matters->openCommissionerMatter(QStringLiteral("102_25"),
                                                  complaint(d("2025-02-10"))));
        m_cases->setOfficer(QStringLiteral("A. Senior"));
        DecisionNotice notice;
        notice.dated = d("2025-03-10");
        notice.outcome = ReviewDecision::OriginalOverturned;
        notice.steps = {
            {DecisionNoticeStepKind::IssueFreshResponse, {}, std::nullopt, std::nullopt},
            {DecisionNoticeStepKind::DiscloseListedItems, QStringLiteral("Totals"), std::nullopt,
             std::nullopt}};
        QVERIFY(m_matters->recordDecisionNotice(QStringLiteral("102_25"), QStringLiteral("ICO1"),
                                                notice));
        TribunalAppeal appeal;
        appeal.appellant = Appellant::Requester;
        appeal.lodged = d("2025-03-28");
        appeal.tribunalReference = QStringLiteral("EA/2025/0123");
        appeal.affectsSteps = {1};
        QVERIFY(m_matters->lodgeAppeal(QStringLiteral("102_25"), QStringLiteral("ICO1"), appeal));
    }

    void modelPassesTheTesterAndMarksOverdue()
    {
        DeadlineListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClocks(*m_matters->openClocksInStore());
        QCOMPARE(model.rowCount(), 5);
        // Soonest first: 101_25's review (3 Mar), the time to appeal (7 Apr), the steps (14 Apr),
        // 103_25's review (22 Apr).
        QCOMPARE(model.index(0, DeadlineListModel::CaseColumn).data().toString(),
                 QStringLiteral("101_25"));
        QCOMPARE(model.index(0, DeadlineListModel::StatusColumn).data().toString(),
                 QStringLiteral("Overdue"));
        QVERIFY(model.index(0, DeadlineListModel::DueColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, DeadlineListModel::DueColumn).data().toString(),
                 QStringLiteral("Mon 3 Mar 2025"));
        QCOMPARE(model.index(4, DeadlineListModel::CaseColumn).data().toString(),
                 QStringLiteral("103_25"));
        int suspended = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, DeadlineListModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Suspended"))) {
                ++suspended;
                QCOMPARE(model.index(row, 0).data(Qt::ToolTipRole).toString(),
                         QStringLiteral("suspended, appeal EA/2025/0123 pending"));
            }
        }
        QCOMPARE(suspended, 1);
    }

    void keyboardFiltersAndOpensACase()
    {
        DeadlinesDialog dialog(*m_matters);
        QSignalSpy opened(&dialog, &DeadlinesDialog::openCaseRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE(dialog.tableView()->model()->rowCount(), 5);
        QCOMPARE(dialog.summaryLabel()->text(),
                 QStringLiteral("5 open clocks: 1 overdue, 1 suspended"));
        QVERIFY(dialog.tableView()->hasFocus());
        // Down to the second row, Enter: its case opens.
        QTest::keyClick(dialog.tableView(), Qt::Key_Down);
        QTest::keyClick(dialog.tableView(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("102_25"));
        // Only the internal reviews, then only the overdue ones.
        dialog.kindFilter()->setCurrentIndex(
            dialog.kindFilter()->findData(static_cast<int>(ClockKind::InternalReview)));
        QCOMPARE(dialog.visibleRows().rowCount(), 2);
        dialog.overdueOnly()->setChecked(true);
        QCOMPARE(dialog.visibleRows().rowCount(), 1);
        QCOMPARE(dialog.visibleRows().index(0, DeadlineListModel::CaseColumn).data().toString(),
                 QStringLiteral("101_25"));
        // A review decided elsewhere leaves the list on F5.
        QVERIFY(m_matters->decideReview(QStringLiteral("101_25"), QStringLiteral("IR1"),
                                        ReviewDecision::OriginalMaintained,
                                        QStringLiteral("Sound.")));
        QVERIFY(m_matters->closeReview(QStringLiteral("101_25"), QStringLiteral("IR1"), m_today));
        QTest::keyClick(dialog.tableView(), Qt::Key_F5);
        QCOMPARE(dialog.visibleRows().rowCount(), 0);
        QCOMPARE(dialog.summaryLabel()->text(),
                 QStringLiteral("4 open clocks: 0 overdue, 1 suspended"));
        // Esc closes.
        QTest::keyClick(dialog.tableView(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
    }

    // Filter by officer (issue: after the reply, point 7): the reviewer answers for a review,
    // the officer handling a complaint for the Commissioner's clocks; chosen by keyboard.
    void filtersByOfficerByKeyboard()
    {
        DeadlinesDialog dialog(*m_matters);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE(dialog.visibleRows().rowCount(), 5);
        QComboBox *officers = dialog.officerFilter();
        QCOMPARE(officers->count(), 3);
        QCOMPARE(officers->itemText(0), QStringLiteral("Every officer"));
        QCOMPARE(officers->itemText(1), QStringLiteral("A. Senior"));
        QCOMPARE(officers->itemText(2), QStringLiteral("C. Handler"));
        // Alt+F reaches the officer box from the table; Down chooses the first officer.
        QTest::keyClick(dialog.tableView(), Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(officers->hasFocus());
        QTest::keyClick(officers, Qt::Key_Down);
        QCOMPARE(dialog.visibleRows().rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(dialog.visibleRows().index(row, DeadlineListModel::OfficerColumn).data(),
                     QVariant(QStringLiteral("A. Senior")));
        QTest::keyClick(officers, Qt::Key_Down);
        QCOMPARE(dialog.visibleRows().rowCount(), 3);
        QCOMPARE(dialog.visibleRows().index(0, DeadlineListModel::CaseColumn).data().toString(),
                 QStringLiteral("102_25"));
        // With the kind filter too: C. Handler's decision-notice steps only.
        dialog.kindFilter()->setCurrentIndex(
            dialog.kindFilter()->findData(static_cast<int>(ClockKind::DecisionNoticeStep)));
        QCOMPARE(dialog.visibleRows().rowCount(), 2);
        // The choice survives a refresh (F5).
        QTest::keyClick(dialog.tableView(), Qt::Key_F5);
        QCOMPARE(officers->currentText(), QStringLiteral("C. Handler"));
        QCOMPARE(dialog.visibleRows().rowCount(), 2);
    }

    // FOIA s52 / s48: an enforcement notice's action plan is on the same list, authority-wide,
    // and has no case to open.
    void anEnforcementNoticeRequirementIsListedAuthorityWide()
    {
        AuthorityMatterService authority(*m_store, *m_cases, WorkingDayCalendar::builtIn(),
                                         [this] { return m_today; });
        AuthorityMatterNotice notice;
        notice.icoReference = QStringLiteral("ENF0123456");
        notice.dated = d("2025-03-10");
        QVERIFY(authority.open(AuthorityMatterKind::EnforcementNotice, notice,
                               {RequirementTerms{QStringLiteral("Action plan"), {}, 30}}));
        DeadlinesDialog dialog(*m_matters);
        QSignalSpy opened(&dialog, &DeadlinesDialog::openCaseRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE(dialog.visibleRows().rowCount(), 6);
        dialog.kindFilter()->setCurrentIndex(
            dialog.kindFilter()->findData(static_cast<int>(ClockKind::AuthorityRequirement)));
        QCOMPARE(dialog.visibleRows().rowCount(), 1);
        QCOMPARE(dialog.visibleRows().index(0, DeadlineListModel::CaseColumn).data().toString(),
                 QStringLiteral("Authority-wide"));
        QCOMPARE(dialog.visibleRows().index(0, DeadlineListModel::DueColumn).data().toString(),
                 QStringLiteral("Thu 24 Apr 2025"));
        dialog.tableView()->setFocus();
        dialog.tableView()->selectRow(0);
        QTest::keyClick(dialog.tableView(), Qt::Key_Return);
        QCOMPARE(opened.size(), 0);
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("authority as a whole")),
                 qPrintable(dialog.summaryLabel()->text()));
    }

    void anEmptyStoreSaysSo()
    {
        auto empty = std::move(CaseStore::open(m_dir.filePath(QStringLiteral("empty.foistore")),
                                               CaseStore::OpenMode::CreateIfMissing,
                                               testsupport::storeOptions()))
                         .value();
        CaseEditingService cases(*empty, *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
                                 WorkingDayCalendar::builtIn());
        MatterService matters(*empty, cases, WorkingDayCalendar::builtIn(), *m_regulator,
                              [this] { return m_today; });
        DeadlinesDialog dialog(matters);
        dialog.refresh();
        QCOMPARE(dialog.summaryLabel()->text(), QStringLiteral("No open clock."));
        QCOMPARE(dialog.visibleRows().rowCount(), 0);
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("openCaseButton"))->isEnabled());
    }
};

QTEST_MAIN(TestDeadlinesView)
#include "tst_deadlines_view.moc"
