// Writes a screenshot of every screen of the workbench to the folder named on the command line,
// at 1366x768 with the Fusion style and DejaVu Sans, so that they look the same on every
// machine: the case list, each step of the reference case (13457_18), the case's history, and
// the settings. Run through scripts/screenshots. With FOI_SCREENSHOT_DARK=1 the screens are
// drawn with a dark palette (to check that they stay readable; not kept in docs/).

#include "core/intake/ReferenceAllocator.h"
#include "core/law/BankHolidayCalendar.h"
#include "core/law/ExemptionCatalogue.h"
#include "core/law/RegulatorDeadlineCalculator.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/services/AuthorityMatterService.h"
#include "core/services/CaseEditingService.h"
#include "core/services/CaseImportService.h"
#include "core/services/CaseRecordMapper.h"
#include "core/services/MatterService.h"
#include "core/services/ReviewLetterService.h"
#include "core/services/SaveConflict.h"
#include "core/services/StatisticsService.h"
#include "core/services/StatisticsViewService.h"
#include "tests/core/services/DisclosureLogTestCases.h"
#include "tests/ui/WorkbenchFixture.h"
#include "ui/deadlines/DeadlinesDialog.h"
#include "ui/disclosure/DisclosureLogActions.h"
#include "ui/disclosure/DisclosureLogDialog.h"
#include "ui/statistics/StatisticsDialog.h"
#include "ui/workspace/CommissionerDialogs.h"
#include "ui/workspace/MattersStep.h"

#include "core/model/CaseFile.h"
#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "core/services/SearchEvidence.h"
#include "core/store/ReviewRegister.h"
#include "core/support/InterfaceLanguage.h"
#include "core/support/Profiles.h"
#include "tests/support/StoreOptions.h"
#include "ui/caselist/CaseListView.h"
#include "ui/history/CaseHistoryDialog.h"
#include "ui/intake/NewRequestDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/SaveConflictDialog.h"
#include "ui/mainwindow/TeamStoreDialog.h"
#include "ui/models/CaseListModel.h"
#include "ui/settings/CalendarImportPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/tasks/BackgroundTask.h"
#include "ui/workspace/AttachmentsPanel.h"
#include "ui/workspace/CaseLifecycleActions.h"
#include "ui/workspace/CaseLifecycleDialog.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/ReplyStep.h"
#include "ui/workspace/SentReplyBanner.h"
#include "ui/workspace/WorkspaceStep.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPalette>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTabWidget>
#include <QThread>
#include <QTranslator>

#include <tuple>

#include <cstdio>

namespace {

foi::core::Case exampleCase(int number, const QString &requester, int daysAgo,
                            const QString &request)
{
    foi::core::Case c;
    const QDate received = QDate::currentDate().addDays(-daysAgo);
    c.reference =
        QStringLiteral("%1_%2").arg(number).arg(received.year() % 100, 2, 10, QLatin1Char('0'));
    c.dateOfReceipt = received;
    c.authority = {QStringLiteral("West Midlands Police"), foi::core::AuthorityKind::Police};
    c.requester.name = requester;
    c.requester.email = QStringLiteral("requests@example.org");
    c.requestText = request;
    // The list's Title column: the first line of the request, as an officer would title it.
    c.title = request.section(QLatin1Char('\n'), 0, 0).remove(QStringLiteral("1. "));
    return c;
}

// A case sent for review, and the reviewer's decision ("approve", "return" or none), as the
// review register records them, so that the case list shows each stage in its Review column.
bool markReviewed(foi::core::CaseStore &store, const QString &reference, const QString &decision)
{
    const auto stored = store.cases().load(reference);
    if (!stored)
        return false;
    foi::core::ReviewExportRecord exported;
    exported.reference = reference;
    exported.bundleSha256 = foi::core::AuditTrail::sha256Hex(reference.toUtf8());
    exported.documentSha256 = foi::core::AuditTrail::sha256Hex(stored->record.document);
    exported.exportedAt = QStringLiteral("2026-12-01T10:00:00Z");
    exported.exportedBy = QStringLiteral("Test Officer");
    exported.exporterFingerprint = QStringLiteral("OFFICER-KEY");
    if (!store.reviews().recordExport(exported))
        return false;
    if (decision.isEmpty())
        return true;
    foi::core::ReviewDecisionRecord decided;
    decided.reference = reference;
    decided.bundleSha256 = exported.bundleSha256;
    decided.responseSha256 = foi::core::AuditTrail::sha256Hex((reference + decision).toUtf8());
    decided.caseDocumentSha256 = exported.documentSha256;
    decided.decision = decision;
    decided.reviewer = QStringLiteral("Sam Senior");
    decided.reviewerFingerprint = QStringLiteral("REVIEWER-KEY");
    decided.importedBy = QStringLiteral("Test Officer");
    decided.importedAt = QStringLiteral("2026-12-01T11:00:00Z");
    return bool(store.reviews().recordDecision(decided));
}

bool save(QWidget &widget, const QString &folder, const QString &name)
{
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// Shows the exemption picker as an officer uses it: a search typed, a provision chosen.
void showProvision(foi::ui::MainWindow &window, const QString &search)
{
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("exemptionSearchEdit"));
    auto *list = window.findChild<QListView *>(QStringLiteral("provisionListView"));
    edit->setText(search);
    list->setCurrentIndex(list->model()->index(0, 0));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(100, 160, 255));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    return p;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QTest::qWait(50);
}

// A request logged by mistake or ended without a reply (issue 24 point 8): the New request
// dialog with a typed reference refused, the Withdraw dialog, the Case menu, a withdrawn case's
// header, and the list saying how cases closed.
bool lifecycleScreens(WorkbenchFixture &fixture, const QString &openReference,
                      const QString &folder)
{
    foi::ui::Workbench &workbench = *fixture.workbench;
    foi::ui::MainWindow &window = workbench.window();
    const QDate today = QDate::currentDate();
    foi::ui::NewRequestDialog newRequest(
        *fixture.cases->nextReference(today),
        [&fixture, today](const QString &typed) {
            return fixture.cases->checkNewReference(typed, today);
        },
        &window);
    newRequest.findChild<QLineEdit *>(QStringLiteral("newTitleEdit"))
        ->setText(QStringLiteral("Use of drones at protests"));
    newRequest.findChild<QLineEdit *>(QStringLiteral("newReferenceEdit"))
        ->setText(QStringLiteral("FOI/2026/0013"));
    newRequest.show();
    settle();
    bool ok = save(newRequest, folder, QStringLiteral("23-new-request-reference-refused"));
    newRequest.hide();

    workbench.openCase(openReference);
    settle();
    foi::ui::CaseLifecycleDialog withdraw(
        QStringLiteral("Withdraw %1").arg(openReference),
        QStringLiteral("The request is closed as withdrawn on the day you give: its clock stops, "
                       "it is counted as withdrawn, and no reply can be sent unless it is "
                       "reopened. Say how the requester withdrew it."),
        QStringLiteral("&Withdraw"), foi::ui::CaseLifecycleDialog::AskDay::Yes, today, &window);
    withdraw.findChild<QPlainTextEdit *>(QStringLiteral("lifecycleReasonEdit"))
        ->setPlainText(QStringLiteral("The requester emailed on 7 December to withdraw it."));
    withdraw.show();
    settle();
    ok = save(withdraw, folder, QStringLiteral("24-withdraw-dialog")) && ok;
    withdraw.hide();
    workbench.lifecycleActions().withdraw(
        today, QStringLiteral("The requester emailed on 7 December to withdraw it."));
    settle();
    ok = save(window, folder, QStringLiteral("25-withdrawn-case")) && ok;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->menu()->objectName() == QLatin1String("caseMenu")) {
            action->menu()->popup(window.mapToGlobal(QPoint(200, 20)));
            settle();
            ok = save(*action->menu(), folder, QStringLiteral("26-case-menu")) && ok;
            action->menu()->hide();
        }
    }
    workbench.showCaseList();
    if (auto *list = window.findChild<foi::ui::CaseListView *>()) {
        foi::ui::CaseListView::Filters every;
        every.status.clear(); // every case, closed ones too
        list->setFilters(every);
    }
    settle();
    ok = save(window, folder, QStringLiteral("27-case-list-titles-and-withdrawn")) && ok;
    return ok;
}

// A reply sent and then corrected (issue 24): the locked case with its banner, the Amend after
// sending dialog, the case while amending (the letter sent beside the change), and the first
// page of the correction letter.
bool sentReplyScreens(WorkbenchFixture &fixture, const QString &reference, const QString &work,
                      const QString &folder)
{
    foi::ui::Workbench &workbench = *fixture.workbench;
    foi::ui::MainWindow &window = workbench.window();
    workbench.openCase(reference);
    foi::ui::ReplyStep &reply = workbench.replyStep();
    const QList<foi::ui::WorkspaceStep *> steps = workbench.workspace().steps();
    const auto showStep = [&](const QString &name) {
        for (int i = 0; i < steps.size(); ++i) {
            if (steps.at(i)->objectName() == name)
                workbench.workspace().showStep(i);
        }
        settle();
    };
    fixture.files.answer(QDir(work).filePath(QStringLiteral("letter-1.pdf")));
    showStep(QStringLiteral("replyStep"));
    reply.exportFinal();
    showStep(QStringLiteral("heldStep"));
    bool ok = save(window, folder, QStringLiteral("17-sent-reply-locked"));

    workbench.sentReplyBanner().amendAfterSending();
    settle();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("amendAfterSendingDialog"));
    if (!dialog)
        return false;
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("amendmentReasonEdit"))
        ->setPlainText(QStringLiteral("The first search missed the 2015 archive of purchase "
                                      "orders."));
    settle();
    ok = save(*dialog, folder, QStringLiteral("18-amend-after-sending")) && ok;
    dialog->accept();
    workbench.document().edit(QStringLiteral("Edit"), [](foi::core::Case &c) {
        c.questions[0].determination.answer =
            QStringLiteral("We searched the force's records and its 2015 archive: the force does "
                           "not use facial recognition and holds no such information.");
    });
    QTest::qWait(500);
    settle();
    ok = save(window, folder, QStringLiteral("19-amending-after-sending")) && ok;

    const QString correctionPath = QDir(work).filePath(QStringLiteral("letter-2.pdf"));
    fixture.files.answer(correctionPath);
    showStep(QStringLiteral("replyStep"));
    reply.exportFinal();
    settle();
    ok = save(window, folder, QStringLiteral("20-correction-sent")) && ok;
    QPdfDocument correction;
    if (correction.load(correctionPath) != QPdfDocument::Error::None)
        return false;
    QImage page = correction.render(0, QSize(827, 1169));
    QImage paper(page.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter(&paper).drawImage(0, 0, page);
    const QString path = QDir(folder).filePath(QStringLiteral("21-correction-letter.png"));
    std::printf("%s\n", qPrintable(path));
    return paper.save(path) && ok;
}

} // namespace

// View ▸ Deadlines on the reference case's life after its reply: its internal review under way,
// and an earlier case's decision notice whose second step an appeal has suspended.
bool takeDeadlines(WorkbenchFixture &fixture, const foi::core::Case &reference,
                   const QString &folder)
{
    using namespace foi::core;
    const QDate today = reference.dateOfReceipt.addDays(70);
    const RegulatorClocks clocks = *RegulatorClocks::builtIn();
    const RegulatorDeadlineCalculator regulator(clocks, BankHolidayCalendar::builtIn());
    MatterService matters(*fixture.store, *fixture.cases, WorkingDayCalendar::builtIn(), regulator,
                          [today] { return today; });
    InternalReviewRequest review;
    review.received = reference.dateOfReceipt.addDays(45);
    review.reviewer = QStringLiteral("Insp. R. Senior");
    CommissionerComplaint complaint;
    complaint.received = reference.dateOfReceipt.addDays(10);
    complaint.icoReference = QStringLiteral("FS50712345");
    DecisionNotice notice;
    notice.reference = QStringLiteral("FS50712345");
    notice.dated = reference.dateOfReceipt.addDays(40);
    notice.outcome = ReviewDecision::OriginalPartlyMaintained;
    notice.steps = {{DecisionNoticeStepKind::IssueFreshResponse, {}, std::nullopt, std::nullopt},
                    {DecisionNoticeStepKind::DiscloseListedItems, {}, std::nullopt, std::nullopt}};
    TribunalAppeal appeal;
    appeal.appellant = Appellant::Authority;
    appeal.lodged = notice.dated.addDays(20);
    appeal.tribunalReference = QStringLiteral("EA/2018/0042");
    appeal.affectsSteps = {1};
    if (!matters.openInternalReview(reference.reference, review) ||
        !matters.openCommissionerMatter(QStringLiteral("13391_18"), complaint) ||
        !matters.addCommissionerDeadline(QStringLiteral("13391_18"), QStringLiteral("ICO1"),
                                         QStringLiteral("Submission to the ICO"),
                                         complaint.received.addDays(28)) ||
        !matters.recordDecisionNotice(QStringLiteral("13391_18"), QStringLiteral("ICO1"), notice) ||
        !matters.lodgeAppeal(QStringLiteral("13391_18"), QStringLiteral("ICO1"), appeal))
        return false;
    // An enforcement notice (s52) against the force as a whole: its action plan is on the list.
    AuthorityMatterService authority(*fixture.store, *fixture.cases, WorkingDayCalendar::builtIn(),
                                     [today] { return today; });
    AuthorityMatterNotice enforcement;
    enforcement.icoReference = QStringLiteral("ENF0123456");
    enforcement.dated = today.addDays(-10);
    if (!authority.open(AuthorityMatterKind::EnforcementNotice, enforcement,
                        {RequirementTerms{QStringLiteral("Action plan"), {}, 30}}))
        return false;
    foi::ui::DeadlinesDialog deadlines(matters, &fixture.workbench->window());
    deadlines.resize(1200, 360);
    deadlines.show();
    settle();
    return save(deadlines, folder, QStringLiteral("22-deadlines"));
}

// View ▸ Statistics over the 30 hand-made cases of tests/data/statistics, in a store of their
// own: the first quarter of 2026 as at 30 April, its share answered in time and its outcomes.
bool takeStatistics(QWidget &parent, const QString &work, const QString &folder)
{
    using namespace foi::core;
    auto store = CaseStore::open(work + QStringLiteral("/statistics.foistore"),
                                 CaseStore::OpenMode::CreateIfMissing, testsupport::storeOptions());
    if (!store)
        return false;
    QStringList files;
    const QDir cases(QStringLiteral(FOI_TEST_DATA_DIR "/statistics/cases"));
    for (const QString &name : cases.entryList({QStringLiteral("*.json")}, QDir::Files))
        files.append(cases.filePath(name));
    if (!CaseImportService(**store, WorkingDayCalendar::builtIn())
             .importFiles(files, QStringLiteral("Jo Officer")))
        return false;
    StatisticsService statistics(**store, WorkingDayCalendar::builtIn(),
                                 ExemptionCatalogue::builtIn());
    StatisticsViewService view(statistics, StoreAddress::file((*store)->path()),
                               WorkingDayCalendar::builtIn(), Clock::system());
    ScriptedFileChooser chooser; // nothing is exported here
    foi::ui::StatisticsDialog dialog(
        view, [] { return QDate(2026, 4, 30); }, chooser, &parent);
    dialog.resize(1200, 640);
    QSignalSpy counted(&dialog, &foi::ui::StatisticsDialog::counted);
    dialog.show();
    if (!counted.wait(30000))
        return false;
    dialog.findChild<QDateEdit *>(QStringLiteral("fromDateEdit"))->setDate(QDate(2026, 1, 1));
    dialog.refresh();
    if (!counted.wait(30000))
        return false;
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("chartTabs"));
    bool ok = true;
    for (const auto &[index, name] :
         {std::pair{0, "37-statistics-received"}, std::pair{1, "38-statistics-in-time"},
          std::pair{2, "39-statistics-outcomes"}}) {
        tabs->setCurrentIndex(index);
        settle();
        ok = save(dialog, folder, QString::fromLatin1(name)) && ok;
    }
    return ok;
}

// The After the reply step of the reference case (after takeDeadlines opened its review): the
// timeline with the review's clock, and the review being decided item by item.
bool takeMattersStep(WorkbenchFixture &fixture, const foi::core::Case &reference,
                     const QString &folder)
{
    using namespace foi::core;
    const QDate today = reference.dateOfReceipt.addDays(70);
    const RegulatorClocks clocks = *RegulatorClocks::builtIn();
    const RegulatorDeadlineCalculator regulator(clocks, BankHolidayCalendar::builtIn());
    MatterService matters(*fixture.store, *fixture.cases, WorkingDayCalendar::builtIn(), regulator,
                          [today] { return today; });
    if (!matters.decideReview(reference.reference, QStringLiteral("IR1"),
                              ReviewDecision::OriginalMaintained,
                              QStringLiteral("Confirming whether the force holds such software "
                                             "would still reveal its capability."),
                              reference.questions.constFirst().id))
        return false;
    ReviewLetterService letters(*fixture.cases, matters, ExemptionCatalogue::builtIn());
    CaseDocument document;
    document.reset(*fixture.cases->open(reference.reference));
    foi::ui::MattersStep step(document, {matters, letters, [] { return AuthorityProfile{}; },
                                         [today] { return today; }, [] {}, fixture.files});
    step.resize(1100, 700);
    step.show();
    settle();
    return save(step, folder, QStringLiteral("30-after-the-reply"));
}

// The After the reply step of case 13391_18 (after takeDeadlines recorded its complaint, the
// decision notice and the authority's appeal against step 2): the timeline and the
// Commissioner's panel with step 2 "suspended, appeal pending"; then the decision notice dialog
// as an officer fills it in.
bool takeCommissionerMatter(WorkbenchFixture &fixture, const foi::core::Case &reference,
                            const QString &folder)
{
    using namespace foi::core;
    const QDate today = reference.dateOfReceipt.addDays(70);
    const RegulatorClocks clocks = *RegulatorClocks::builtIn();
    const RegulatorDeadlineCalculator regulator(clocks, BankHolidayCalendar::builtIn());
    MatterService matters(*fixture.store, *fixture.cases, WorkingDayCalendar::builtIn(), regulator,
                          [today] { return today; });
    ReviewLetterService letters(*fixture.cases, matters, ExemptionCatalogue::builtIn());
    CaseDocument document;
    const Result<Case> opened = fixture.cases->open(QStringLiteral("13391_18"));
    if (!opened)
        return false;
    document.reset(*opened);
    foi::ui::MattersStep step(document, {matters, letters, [] { return AuthorityProfile{}; },
                                         [today] { return today; }, [] {}, fixture.files});
    step.resize(1100, 640);
    step.show();
    settle();
    bool ok = save(step, folder, QStringLiteral("34-decision-notice-suspended-step"));
    foi::ui::DecisionNoticeDialog dialog(
        today, QStringLiteral("IC-123456-A1B2"), [](const DecisionNotice &) { return QString(); },
        &step);
    dialog.findChild<QLineEdit *>(QStringLiteral("noticeStepText"))
        ->setText(QStringLiteral("Disclose the totals for 2016 and 2017"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addNoticeStepButton")),
                      Qt::LeftButton);
    dialog.show();
    settle();
    ok = save(dialog, folder, QStringLiteral("35-decision-notice-dialog")) && ok;
    return ok;
}

// The disclosure log (issue 18 point 5): a closed case prepared, its hits listed in context
// with the authority's number about to be kept, and the published preview.
bool disclosureLogScreens(WorkbenchFixture &fixture, const QString &folder)
{
    const foi::core::Case closed = disclosurelogtest::closedCase(QStringLiteral("FOI/2026/0042"));
    if (!fixture.store->cases().save(
            foi::core::CaseRecordMapper::toRecord(closed, fixture.calendar.workingDays()),
            QStringLiteral("Test Officer")))
        return false;
    foi::ui::Workbench &workbench = *fixture.workbench;
    workbench.openCase(closed.reference);
    settle();
    foi::ui::DisclosureLogDialog *dialog = workbench.disclosureLogActions().openDialog();
    dialog->resize(1000, 720);
    dialog->findChild<QPushButton *>(QStringLiteral("prepareButton"))->click();
    auto *hits = dialog->findChild<QTableWidget *>(QStringLiteral("hitsTable"));
    for (int row = 0; row < hits->rowCount(); ++row)
        if (hits->item(row, 0)->text() == QLatin1String("reply-2"))
            hits->selectRow(row);
    dialog->findChild<QLineEdit *>(QStringLiteral("keepReasonEdit"))
        ->setText(QStringLiteral("The highways team's published number"));
    settle();
    const bool ok = save(*dialog, folder, QStringLiteral("36-disclosure-log-dialog"));
    dialog->close();
    return ok;
}

// With FOI_SCREENSHOT_LANGUAGE=cy (issue 23): the case list, the Request step and the Findings
// panel of a new case in Welsh, as docs/screenshots/cy-*.png.
bool welshScreens(foi::ui::Workbench &workbench, const QString &folder, const QString &reference,
                  const QString &newCase)
{
    foi::ui::MainWindow &window = workbench.window();
    workbench.showCaseList();
    settle();
    bool ok = save(window, folder, QStringLiteral("cy-case-list"));
    workbench.openCase(reference);
    workbench.workspace().showStep(0);
    settle();
    ok = save(window, folder, QStringLiteral("cy-step-request")) && ok;
    workbench.openCase(newCase);
    workbench.workspace().showStep(1);
    settle();
    return save(window, folder, QStringLiteral("cy-findings")) && ok;
}

// The team store's screens (issue 20): File ▸ Open team store as an officer fills it in, and
// the choice an officer is given when another officer saved the open case first (made here with
// a second connection to the store file, as a colleague's workbench would on a server). With
// FOI_SCREENSHOT_TEAM_STORE=postgresql://... (a server running), also the window on that store.
bool teamStoreScreens(WorkbenchFixture &fixture, const QString &reference, const QString &folder,
                      const QString &prefix = {})
{
    foi::ui::TeamStoreDialog where(&fixture.workbench->window());
    where.setAddress(
        QStringLiteral("postgresql://jsmith@foi-db.force.local/foi_cases?sslmode=require"));
    where.show();
    settle();
    bool ok = save(where, folder, prefix + QStringLiteral("40-open-team-store"));
    where.hide();

    auto colleague = foi::core::CaseStore::open(
        fixture.storePath, foi::core::CaseStore::OpenMode::ReadWrite, testsupport::storeOptions());
    if (!colleague)
        return false;
    foi::core::CaseEditingService theirs(
        **colleague, *foi::core::ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
        foi::core::WorkingDayCalendar::builtIn());
    theirs.setOfficer(QStringLiteral("Sam Patel"));
    auto opened = fixture.cases->open(reference);
    auto theirCase = theirs.open(reference);
    if (!opened || !theirCase)
        return false;
    theirCase->requestText += QStringLiteral(" Please include the trials' evaluation reports.");
    theirCase->requester.email = QStringLiteral("a.requester@example.org");
    if (!theirs.save(*theirCase))
        return false;
    foi::core::Case mine = *opened;
    mine.requestText += QStringLiteral(" Clarified by phone: only 2016 to 2018.");
    const foi::core::Status refused = fixture.cases->save(mine);
    if (refused)
        return false; // the save should have been refused
    auto conflict = foi::core::SaveConflict::read(*fixture.cases, mine, refused.error());
    if (!conflict)
        return false;
    foi::ui::SaveConflictDialog choice(*conflict, &fixture.workbench->window());
    choice.show();
    settle();
    ok = save(choice, folder, prefix + QStringLiteral("41-save-conflict")) && ok;
    choice.hide();
    return ok;
}

bool teamStoreWindow(const QString &address, const QString &folder)
{
    QTemporaryDir work;
    WorkbenchFixture team(work.path(), foi::core::Clock::system(),
                          WorkbenchFixture::Notices::Recorded, address);
    team.workbench->newRequest();
    team.workbench->showCaseList();
    foi::ui::MainWindow &window = team.workbench->window();
    window.resize(1366, 768);
    window.show();
    settle();
    return save(window, folder, QStringLiteral("42-team-store-case-list"));
}

int main(int argc, char *argv[])
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication application(argc, argv);
    if (qEnvironmentVariableIntValue("FOI_SCREENSHOT_DARK") == 1)
        QApplication::setPalette(darkPalette());
    QFont font(QStringLiteral("DejaVu Sans"), 9);
    QApplication::setFont(font);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (application.arguments().size() < 2)
        return 2;
    const QString folder = application.arguments().at(1);
    QDir().mkpath(folder);
    // Before any widget is built: each takes its words when it is made.
    const bool welsh = qEnvironmentVariable("FOI_SCREENSHOT_LANGUAGE") == QLatin1String("cy");
    QTranslator welshCatalogue;
    if (welsh && !foi::core::installInterfaceTranslation(
                     QLocale(QLocale::Welsh, QLocale::UnitedKingdom), welshCatalogue))
        return 7;
    QTemporaryDir work;
    WorkbenchFixture fixture(work.path());

    QFile file(QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18/case.json"));
    if (!file.open(QIODevice::ReadOnly))
        return 3;
    auto reference = foi::core::CaseFile::read(file.readAll());
    if (!reference)
        return 4;
    const QList<foi::core::Case> others{
        exampleCase(412, QStringLiteral("Priya Shah"), 40,
                    QStringLiteral("How many drones does the force own?")),
        exampleCase(433, QStringLiteral("Tom Ellis"), 30,
                    QStringLiteral("1. Stop and search figures for 2025\n2. By ward")),
        exampleCase(451, QStringLiteral("Local Gazette newsroom"), 22,
                    QStringLiteral("Spending on overtime in the last three years")),
        exampleCase(467, QStringLiteral("M. Okafor"), 9,
                    QStringLiteral("The force's policy on body-worn video")),
        exampleCase(470, QStringLiteral("J. Byrne"), 2,
                    QStringLiteral("Number of 999 calls answered within 10 seconds"))};
    // A second request from the same requester a fortnight later: an aggregation candidate.
    foi::core::Case followUp = *reference;
    followUp.reference = QStringLiteral("13702_18");
    followUp.dateOfReceipt = reference->dateOfReceipt.addDays(14);
    followUp.requestText = QStringLiteral("What has the force spent on live facial recognition "
                                          "trials, year by year?");
    followUp.questions.clear();
    followUp.claims.clear();
    followUp.reply = {};
    followUp.reply.sentOn = followUp.dateOfReceipt.addDays(21);
    // Earlier requests that may go with it for other reasons (Fees Regulations reg 5(1)): the
    // same email address under another name, and the same wording from someone else.
    foi::core::Case sameEmail =
        exampleCase(13391, QStringLiteral("Alex Requester"), 0,
                    QStringLiteral("Which suppliers of facial recognition software has the force "
                                   "met since 2016?"));
    sameEmail.reference = QStringLiteral("13391_18");
    sameEmail.dateOfReceipt = reference->dateOfReceipt.addDays(-9);
    sameEmail.requester.email = reference->requester.email;
    foi::core::Case campaign =
        exampleCase(0, QStringLiteral("Biometrics Watch volunteers"), 0, reference->requestText);
    campaign.reference = QStringLiteral("13420_18");
    campaign.dateOfReceipt = reference->dateOfReceipt.addDays(-4);
    for (const foi::core::Case &c :
         others + QList<foi::core::Case>{sameEmail, campaign, followUp, *reference}) {
        if (!fixture.cases->save(c))
            return 5;
    }
    // One attached file of each kind.
    const QList<std::tuple<QString, QByteArray, foi::core::AttachmentKind>> files{
        {QStringLiteral("request-as-received.eml"),
         "From: requester@example.org\nSubject: Facial recognition\n\nThe request.\n",
         foi::core::AttachmentKind::RequestAsReceived},
        {QStringLiteral("acknowledgement.eml"), "To: requester@example.org\n\nReceived.\n",
         foi::core::AttachmentKind::Correspondence},
        {QStringLiteral("finance-system-search.csv"), "system,terms,hits\nFinance,AFR,0\n",
         foi::core::AttachmentKind::SearchEvidence},
        {QStringLiteral("briefing-note.txt"), "Background for the decision maker.\n",
         foi::core::AttachmentKind::Other}};
    for (const auto &[name, bytes, kind] : files) {
        QFile attached(work.filePath(name));
        if (!attached.open(QIODevice::WriteOnly))
            return 3;
        attached.write(bytes);
    }

    // Cases at each stage of the offline review, for the case list's Review column.
    if (!markReviewed(*fixture.store, others.at(0).reference, QStringLiteral("approve")) ||
        !markReviewed(*fixture.store, others.at(2).reference, QStringLiteral("return")) ||
        !markReviewed(*fixture.store, others.at(3).reference, QString()))
        return 5;

    foi::ui::Workbench &workbench = *fixture.workbench;
    foi::ui::MainWindow &window = workbench.window();
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 6;
    if (welsh) {
        const bool shot =
            welshScreens(workbench, folder, reference->reference, others.last().reference);
        return shot && teamStoreScreens(fixture, reference->reference, folder,
                                        QStringLiteral("cy-"))
                   ? 0
                   : 1;
    }
    workbench.showCaseList();
    settle();
    bool ok = save(window, folder, QStringLiteral("01-case-list"));

    workbench.openCase(reference->reference);
    for (const auto &[name, bytes, kind] : files)
        workbench.attachments().addFiles({work.filePath(name)}, kind);
    // Q1's search of the finance system cites the export of its results.
    if (auto attached = fixture.store->attachments().attachmentsOf(reference->reference)) {
        for (const foi::core::Attachment &attachment : *attached) {
            if (attachment.kind == foi::core::AttachmentKind::SearchEvidence)
                foi::core::SearchEvidence::cite(workbench.document(), 0, 0, attachment);
        }
    }
    const QList<foi::ui::WorkspaceStep *> steps = workbench.workspace().steps();
    for (int i = 0; i < steps.size(); ++i) {
        workbench.workspace().showStep(i);
        if (steps.at(i)->objectName() == QStringLiteral("exemptionsStep"))
            showProvision(window, QStringLiteral("s31(3)"));
        if (auto *reply = qobject_cast<foi::ui::ReplyStep *>(steps.at(i))) {
            reply->updatePreview();
            const bool shown = QTest::qWaitFor(
                [reply] {
                    return reply->previewDocument()->status() == QPdfDocument::Status::Ready;
                },
                20000);
            ok = shown && ok;
        }
        settle();
        const QString name = QStringLiteral("%1-step-%2")
                                 .arg(i + 2, 2, 10, QLatin1Char('0'))
                                 .arg(steps.at(i)->objectName().chopped(4).toLower());
        ok = save(window, folder, name) && ok;
    }

    // The history after a few changes made in the workspace.
    workbench.document().edit(QStringLiteral("Edit"), [](foi::core::Case &c) {
        c.requester.addressForCorrespondence = QStringLiteral("1 High Street\nBirmingham");
    });
    workbench.autosaver().flush();
    workbench.document().edit(QStringLiteral("Edit"), [](foi::core::Case &c) {
        c.questions[0].determination.answer += QStringLiteral(" We also checked the fleet.");
        c.claims[1].publicInterest->balance += QStringLiteral(" ");
    });
    workbench.showCaseHistory();
    settle();
    if (auto *history = window.findChild<foi::ui::CaseHistoryDialog *>()) {
        history->resize(900, 420);
        settle();
        ok = save(*history, folder, QStringLiteral("12-case-history")) && ok;
        history->hide();
    }

    workbench.openCase(others.last().reference);
    workbench.workspace().showStep(1);
    settle();
    ok = save(window, folder, QStringLiteral("29-findings-on-a-new-case")) && ok;

    // A FOIA request worded like one for environmental information (EIR reg 2(1), FOIA s39).
    workbench.document().edit(QStringLiteral("Edit"), [](foi::core::Case &c) {
        c.requestText = QStringLiteral("Please send the noise readings taken near the wind farm "
                                       "since January, and any planning application for a "
                                       "second turbine.");
    });
    workbench.workspace().showStep(0);
    settle();
    ok = save(window, folder, QStringLiteral("31-request-environmental")) && ok;

    // Personal data (s40): a question about the staff who scored the bids, marked as other
    // people's personal data, withheld under the first condition (s40(3A)(a)) with the
    // legitimate interests test (UK GDPR Art 6(1)(f)) part answered.
    workbench.document().edit(QStringLiteral("Edit"), [](foi::core::Case &c) {
        foi::core::Question names;
        names.id = QStringLiteral("Q90");
        names.text = QStringLiteral("The names of the officers who scored the tender bids.");
        names.personalData = foi::core::DataSubject::ThirdParties;
        names.determination.holding = foi::core::Holding::Held;
        names.determination.communication = foi::core::Communication::Withheld;
        c.questions.append(names);
        foi::core::ExemptionClaim claim;
        claim.provision = QStringLiteral("s40(2)-first-condition");
        claim.questions = {names.id};
        claim.reason = QStringLiteral("The names identify junior officers and are their personal "
                                      "data.");
        claim.legitimateInterests = foi::core::LegitimateInterestsTest{
            QStringLiteral("Openness about how a contract worth £2m was awarded."),
            QStringLiteral("The scores and the panel's roles, already published, meet that "
                           "interest; the names add nothing to it."),
            {}};
        c.claims.append(claim);
    });
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i)->objectName() == QStringLiteral("questionsStep")) {
            workbench.workspace().showStep(i);
            steps.at(i)->reveal(QStringLiteral("questions[%1].personalData")
                                    .arg(workbench.document().current().questions.size() - 1));
            settle();
            ok = save(window, folder, QStringLiteral("33-questions-personal-data")) && ok;
        }
    }
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i)->objectName() == QStringLiteral("harmStep")) {
            workbench.workspace().showStep(i);
            steps.at(i)->reveal(QStringLiteral("claims[%1].legitimateInterests.balancingTest")
                                    .arg(workbench.document().current().claims.size() - 1));
            settle();
            ok = save(window, folder, QStringLiteral("32-harm-personal-data")) && ok;
        }
    }

    fixture.settings.setValue(QStringLiteral("officer/role"), QStringLiteral("FOI Officer"));
    foi::ui::SettingsDialog settings(foi::core::Profiles::load(fixture.settings),
                                     *workbench.authorityProfile(), fixture.authorityPath,
                                     fixture.clock, fixture.files, &window);
    // As the workbench shows it: the Calendar page over the program's one calendar.
    settings.addPage(new foi::ui::CalendarImportPage(
                         *fixture.calendarImport, fixture.calendar,
                         [] { return QStringLiteral("Test Officer"); }, fixture.files),
                     QStringLiteral("&Calendar"));
    settings.findChild<QTabWidget *>(QStringLiteral("settingsTabWidget"))->setCurrentIndex(1);
    settings.show();
    settle();
    ok = save(settings, folder, QStringLiteral("11-settings")) && ok;
    settings.findChild<QTabWidget *>(QStringLiteral("settingsTabWidget"))->setCurrentIndex(3);
    settle();
    ok = save(settings, folder, QStringLiteral("13-settings-calendar")) && ok;
    settings.setDefaultBackupFolder(work.filePath(QStringLiteral("backups")));
    settings.findChild<QTabWidget *>(QStringLiteral("settingsTabWidget"))->setCurrentIndex(2);
    settle();
    ok = save(settings, folder, QStringLiteral("14-settings-store")) && ok;

    // "Back up now" as it looks part way through a long backup: the same task and dialog the
    // workbench uses, held at 42% so that it can be drawn (a real backup of this small store
    // ends before its dialog would appear).
    foi::ui::BackgroundTask backup(
        QStringLiteral("Backing up the case store to %1…")
            .arg(work.filePath(QStringLiteral("backups/cases-backup-2026-11-26-160509.foistore"))),
        &settings);
    backup.start([](foi::core::JobControl &control) {
        control.total = 2621440;
        control.done = 1101004;
        while (!control.cancelled)
            QThread::msleep(20);
    });
    QTest::qWait(700);
    if (QProgressDialog *progress = backup.progressDialog()) {
        settle();
        ok = save(*progress, folder, QStringLiteral("15-backup-progress")) && ok;
    }
    backup.cancel();

    // What the officer reads when a backup is done: where it went and what it leaves out, above
    // the case list until dismissed. A real backup; its message is the one the workbench gives.
    settings.close();
    QSignalSpy backedUp(&workbench, &foi::ui::Workbench::backupFinished);
    workbench.backUpNow(work.filePath(QStringLiteral("backups")), &window);
    if (!backedUp.wait(30000) || fixture.notifier.information.isEmpty())
        return 7;
    window.showNotification(fixture.notifier.information.constLast());
    workbench.showCaseList();
    settle();
    ok = save(window, folder, QStringLiteral("16-backup-done")) && ok;
    ok = sentReplyScreens(fixture, reference->reference, work.path(), folder) && ok;
    ok = takeDeadlines(fixture, *reference, folder) && ok;
    ok = takeStatistics(window, work.path(), folder) && ok;
    ok = takeMattersStep(fixture, *reference, folder) && ok;
    ok = takeCommissionerMatter(fixture, *reference, folder) && ok;
    ok = lifecycleScreens(fixture, others.constLast().reference, folder) && ok;
    ok = disclosureLogScreens(fixture, folder) && ok;
    ok = teamStoreScreens(fixture, reference->reference, folder) && ok;
    if (const QString team = qEnvironmentVariable("FOI_SCREENSHOT_TEAM_STORE"); !team.isEmpty())
        ok = teamStoreWindow(team, folder) && ok;
    return ok ? 0 : 1;
}
