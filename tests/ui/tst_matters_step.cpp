#include "core/intake/ReferenceAllocator.h"
#include "core/law/BankHolidayCalendar.h"
#include "core/law/ExemptionCatalogue.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/CaseFile.h"
#include "core/model/ReviewOutcome.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseEditingService.h"
#include "core/services/MatterService.h"
#include "core/services/ReviewLetterService.h"
#include "core/store/CaseRepository.h"
#include "core/store/CaseStore.h"
#include "tests/support/ReferenceCase.h"
#include "tests/support/StoreOptions.h"
#include "tests/ui/ScriptedFileChooser.h"
#include "ui/workspace/CommissionerDialogs.h"
#include "ui/workspace/MattersStep.h"
#include "ui/workspace/OpenReviewDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace foi::core;
using foi::ui::AppealDialog;
using foi::ui::AppealEndDialog;
using foi::ui::DecisionNoticeDialog;
using foi::ui::IcoComplaintDialog;
using foi::ui::MatterDateDialog;
using foi::ui::MattersStep;
using foi::ui::OpenReviewDialog;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

using testsupport::referenceCase;

AuthorityProfile police()
{
    AuthorityProfile profile;
    profile.name = u"West Midlands Police"_s;
    profile.kind = AuthorityKind::Police;
    profile.internalReviewContact = u"foi@example.police.uk"_s;
    return profile;
}

QStringList timelineTexts(const QTreeWidget &timeline)
{
    QStringList rows;
    for (int i = 0; i < timeline.topLevelItemCount(); ++i)
        rows << timeline.topLevelItem(i)->text(2);
    return rows;
}

template<typename Dialog> Dialog *openDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<Dialog *>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

void pressOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QStringList timelineClocks(const QTreeWidget &timeline)
{
    QStringList rows;
    for (int i = 0; i < timeline.topLevelItemCount(); ++i)
        rows << timeline.topLevelItem(i)->text(3);
    return rows;
}

void chooseData(QComboBox *combo, const QString &code)
{
    combo->setCurrentIndex(combo->findData(code));
}

QStringList listTexts(const QListWidget &list)
{
    QStringList rows;
    for (int i = 0; i < list.count(); ++i)
        rows << list.item(i)->text();
    return rows;
}

} // namespace

// The After the reply step (issue: after the reply, points 1, 5, 6, 7): the case's timeline with
// its clocks, an internal review opened, decided item by item and its outcome letter exported,
// a complaint to the ICO recorded; each an undoable edit of the open case, and the hold for
// retention following the matters on save. Worked with the keyboard where an officer would.
class TestMattersStep : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDate m_today = d("2018-07-02");
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<CaseEditingService> m_cases;
    RegulatorClocks m_clocks = *RegulatorClocks::builtIn();
    std::unique_ptr<RegulatorDeadlineCalculator> m_regulator;
    std::unique_ptr<MatterService> m_matters;
    std::unique_ptr<ReviewLetterService> m_letters;
    std::unique_ptr<CaseDocument> m_document;
    ScriptedFileChooser m_files; // answered with m_exportPath where a letter is exported
    std::unique_ptr<MattersStep> m_step;
    QString m_exportPath;

    template<typename T> T *find(const char *name) const
    {
        T *widget = m_step->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    void save() { QVERIFY(m_cases->save(m_document->current())); }
    CaseHold storedHold() const { return m_store->cases().load(u"13457_18"_s)->hold; }

private slots:
    void init()
    {
        static int n = 0;
        m_store = std::move(CaseStore::open(m_dir.filePath(u"m%1.foistore"_s.arg(++n)),
                                            CaseStore::OpenMode::CreateIfMissing,
                                            testsupport::storeOptions()))
                      .value();
        m_cases = std::make_unique<CaseEditingService>(
            *m_store, *ReferenceAllocator::create(u"{seq}_{yy}"_s), WorkingDayCalendar::builtIn());
        m_cases->setOfficer(u"Case Officer"_s);
        QVERIFY(m_cases->save(referenceCase()));
        m_cases->setOfficer(u"A. Senior"_s);
        m_regulator =
            std::make_unique<RegulatorDeadlineCalculator>(m_clocks, BankHolidayCalendar::builtIn());
        m_matters =
            std::make_unique<MatterService>(*m_store, *m_cases, WorkingDayCalendar::builtIn(),
                                            *m_regulator, [this] { return m_today; });
        m_letters = std::make_unique<ReviewLetterService>(*m_cases, *m_matters,
                                                          ExemptionCatalogue::builtIn());
        m_document = std::make_unique<CaseDocument>();
        m_document->reset(*m_cases->open(u"13457_18"_s));
        m_step = std::make_unique<MattersStep>(
            *m_document,
            MattersStep::Dependencies{*m_matters, *m_letters, [] { return police(); },
                                      [this] { return m_today; }, [this] { save(); }, m_files});
        m_exportPath = m_dir.filePath(u"IR1-%1.pdf"_s.arg(n));
        m_step->resize(1000, 760);
        m_step->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_step.get()));
    }
    void cleanup()
    {
        m_step.reset();
        m_document.reset();
    }

    void theTimelineStartsWithTheRequestAndItsReply()
    {
        const QStringList rows = timelineTexts(*find<QTreeWidget>("mattersTimeline"));
        QCOMPARE(rows.value(0), u"Request received"_s);
        QVERIFY2(rows.value(1).startsWith(u"Reply sent"_s), qPrintable(rows.join(u'|')));
        QVERIFY(!find<QGroupBox>("reviewBox")->isVisible());
    }

    // s45 Code: the reviewer took no part in the original decision; a review opened is an
    // undoable edit, and its clock (20 working days from receipt) joins the timeline.
    void anInternalReviewIsOpenedDecidedAndItsLetterExported()
    {
        QTest::mouseClick(find<QPushButton>("openReviewButton"), Qt::LeftButton);
        OpenReviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<OpenReviewDialog>()) != nullptr);
        auto *reviewer = dialog->findChild<QLineEdit *>(u"reviewReviewer"_s);
        reviewer->setFocus();
        QTest::keyClicks(reviewer, u"case officer"_s);
        dialog->findChild<QDateEdit *>(u"reviewReceived"_s)->setDate(d("2018-06-29"));
        QTest::keyClick(reviewer, Qt::Key_Return);
        auto *problem = dialog->findChild<QLabel *>(u"matterProblem"_s);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"took no part"_s), qPrintable(problem->text()));
        QVERIFY(m_document->current().internalReviews.isEmpty());
        reviewer->clear();
        QTest::keyClicks(reviewer, u"A. Senior"_s);
        QTest::keyClick(reviewer, Qt::Key_Return);
        QTRY_VERIFY(openDialog<OpenReviewDialog>() == nullptr);
        QCOMPARE(m_document->current().internalReviews.size(), 1);
        QCOMPARE(m_document->undoText(), u"Open internal review IR1"_s);
        const QStringList rows = timelineTexts(*find<QTreeWidget>("mattersTimeline"));
        QVERIFY2(rows.contains(u"Internal review IR1 asked for; reviewer A. Senior"_s),
                 qPrintable(rows.join(u'|')));
        QVERIFY2(rows.constLast().startsWith(u"IR1"_s), qPrintable(rows.join(u'|')));
        QCOMPARE(find<QTreeWidget>("mattersTimeline")->topLevelItem(int(rows.size()) - 1)->text(0),
                 u"30 Jul 2018"_s);
        save();
        QCOMPARE(storedHold(), CaseHold::InternalReview);

        // Each item decided with the keyboard: down to "maintained" in the decision box.
        auto *items = find<QListWidget>("reviewItems");
        auto *decision = find<QComboBox>("reviewDecision");
        auto *reasons = find<QPlainTextEdit>("reviewReasons");
        QVERIFY(items->count() >= 3);
        for (int i = 0; i < items->count(); ++i) {
            items->setCurrentRow(i);
            decision->setFocus();
            QTest::keyClick(decision, Qt::Key_Down);
            QCOMPARE(m_document->current().internalReviews[0].items[i].decision,
                     ReviewDecision::OriginalMaintained);
            reasons->setFocus();
            QTest::keyClicks(reasons, u"Still right."_s);
            QCOMPARE(m_document->current().internalReviews[0].items[i].reasons, u"Still right."_s);
        }
        QVERIFY2(
            find<QLabel>("reviewOutcome")->text().startsWith(u"Original decision maintained"_s),
            qPrintable(find<QLabel>("reviewOutcome")->text()));
        QCOMPARE(find<QLabel>("reviewFindings")->text(),
                 u"The review and its letter check clean."_s);

        // A rights paragraph without the Commissioner is an error (s50), shown at once.
        auto *rights = find<QPlainTextEdit>("reviewComplaintRights");
        rights->setFocus();
        QTest::keyClicks(rights, u"Write to us."_s);
        QVERIFY(find<QLabel>("reviewFindings")->text().contains(u"IR-LETTER-NO-COMPLAINT-RIGHT"_s));
        m_files.answer(m_exportPath);
        QTest::mouseClick(find<QPushButton>("exportReviewLetterButton"), Qt::LeftButton);
        QVERIFY(find<QLabel>("reviewSummary")->text().contains(u"DRAFT"_s));
        rights->clear();
        m_files.answer(m_exportPath);
        QTest::mouseClick(find<QPushButton>("exportReviewLetterButton"), Qt::LeftButton);
        QVERIFY2(find<QLabel>("reviewSummary")->text().startsWith(u"Wrote the outcome letter"_s),
                 qPrintable(find<QLabel>("reviewSummary")->text()));
        QCOMPARE(m_files.asked.size(), 2);
        QCOMPARE(QFileInfo(m_files.asked.at(1).start).fileName(), u"13457_18-IR1-outcome.pdf"_s);
        QFile pdf(m_exportPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));

        m_today = d("2018-07-20"); // the decision goes out later: no date after today
        m_step->refresh();
        find<QDateEdit>("reviewDecidedOn")->setDate(d("2018-07-20"));
        QTest::mouseClick(find<QPushButton>("reviewDecidedButton"), Qt::LeftButton);
        QCOMPARE(m_document->current().internalReviews[0].decided, std::optional(d("2018-07-20")));
        QVERIFY(!decision->isEnabled());
        QVERIFY(timelineTexts(*find<QTreeWidget>("mattersTimeline"))
                    .contains(u"Internal review IR1 decided: Original decision maintained"_s));
        save();
        QCOMPARE(storedHold(), CaseHold::None);
    }

    void aReviewCannotBeRecordedDecidedWithAnItemUndecided()
    {
        InternalReviewRequest request;
        request.received = d("2018-06-29");
        request.reviewer = u"A. Senior"_s;
        QVERIFY(m_matters->openInternalReview(u"13457_18"_s, request));
        m_document->reset(*m_cases->open(u"13457_18"_s));
        m_step->refresh();
        find<QDateEdit>("reviewDecidedOn")->setDate(d("2018-07-02"));
        QTest::mouseClick(find<QPushButton>("reviewDecidedButton"), Qt::LeftButton);
        QVERIFY(!m_document->current().internalReviews[0].decided);
        QVERIFY2(find<QLabel>("reviewFindings")->text().startsWith(u"Not recorded as decided"_s),
                 qPrintable(find<QLabel>("reviewFindings")->text()));
    }

    // A review that overturned the decision offers the remedial response: the sent decision
    // reopens as an amendment citing the review, one undoable step.
    void anOverturningReviewOpensTheRemedialResponse()
    {
        Case sent = *m_cases->open(u"13457_18"_s);
        sent.reply.sent = {{1, d("2018-06-08"), QString(64, u'a'), false, {}}};
        m_cases->setOfficer(u"Case Officer"_s); // the original decision's officer sent it
        QVERIFY(m_cases->save(sent));
        m_cases->setOfficer(u"A. Senior"_s);
        InternalReviewRequest request;
        request.received = d("2018-06-29");
        request.reviewer = u"A. Senior"_s;
        QVERIFY(m_matters->openInternalReview(u"13457_18"_s, request));
        QVERIFY(m_matters->decideReview(u"13457_18"_s, u"IR1"_s, ReviewDecision::OriginalOverturned,
                                        u"The harm is not shown."_s));
        m_document->reset(*m_cases->open(u"13457_18"_s));
        m_step->refresh();
        auto *remedy = find<QPushButton>("reviewRemedyButton");
        QVERIFY(!remedy->isVisible()); // not before the review is decided
        QTest::mouseClick(find<QPushButton>("reviewDecidedButton"), Qt::LeftButton);
        QVERIFY(m_document->current().internalReviews[0].decided);
        QTRY_VERIFY(remedy->isVisible());
        QTest::mouseClick(remedy, Qt::LeftButton);
        const Amendment amendment = m_document->current().reply.amendments.constLast();
        QCOMPARE(amendment.matter, u"IR1"_s);
        QVERIFY(amendment.isOpen());
        QCOMPARE(m_document->undoText(), u"Open remedial response to IR1"_s);
        QVERIFY(!remedy->isEnabled());
    }

    // The whole life after the reply, through the widgets only (issue: after the reply, Done
    // when): an internal review maintains the decision (s45 Code); the requester complains to
    // the Commissioner (s50); the decision notice orders a fresh response within 35 days
    // (s50(4)); the authority appeals (s57), which suspends the step (s50(6)); the appeal is
    // withdrawn and the step runs again from its new date; the notice's remedial response cites
    // it; the step is taken and the matter closed. The case is on hold while a matter is open
    // and comes off hold when the last one closes.
    void theReferenceCaseLivesItsWholeLifeThroughTheWidgets()
    {
        Case sent = *m_cases->open(u"13457_18"_s);
        sent.reply.sent = {{1, d("2018-06-08"), QString(64, u'a'), false, {}}};
        m_cases->setOfficer(u"Case Officer"_s);
        QVERIFY(m_cases->save(sent));
        m_cases->setOfficer(u"A. Senior"_s);
        m_document->reset(*m_cases->open(u"13457_18"_s));
        auto *timeline = find<QTreeWidget>("mattersTimeline");

        // The review: opened, every item maintained, recorded as decided.
        QTest::mouseClick(find<QPushButton>("openReviewButton"), Qt::LeftButton);
        OpenReviewDialog *review = nullptr;
        QTRY_VERIFY((review = openDialog<OpenReviewDialog>()) != nullptr);
        child<QDateEdit>(review, "reviewReceived")->setDate(d("2018-06-29"));
        QTest::keyClicks(child<QLineEdit>(review, "reviewReviewer"), u"A. Senior"_s);
        pressOk(review);
        QTRY_VERIFY(openDialog<OpenReviewDialog>() == nullptr);
        save();
        QCOMPARE(storedHold(), CaseHold::InternalReview);
        auto *items = find<QListWidget>("reviewItems");
        for (int i = 0; i < items->count(); ++i) {
            items->setCurrentRow(i);
            find<QComboBox>("reviewDecision")->setFocus();
            QTest::keyClick(find<QComboBox>("reviewDecision"), Qt::Key_Down);
        }
        m_today = d("2018-07-20");
        m_step->refresh();
        find<QDateEdit>("reviewDecidedOn")->setDate(d("2018-07-20"));
        QTest::mouseClick(find<QPushButton>("reviewDecidedButton"), Qt::LeftButton);
        QCOMPARE(ReviewOutcome::of(m_document->current().internalReviews[0]),
                 ReviewDecision::OriginalMaintained);
        QVERIFY(!find<QGroupBox>("icoBox")->isVisible()); // no complaint yet

        // The ICO's letter.
        m_today = d("2018-09-03");
        m_step->refresh();
        QTest::mouseClick(find<QPushButton>("icoComplaintButton"), Qt::LeftButton);
        IcoComplaintDialog *complaint = nullptr;
        QTRY_VERIFY((complaint = openDialog<IcoComplaintDialog>()) != nullptr);
        child<QDateEdit>(complaint, "icoReceived")->setDate(d("2018-09-03"));
        QTest::keyClicks(child<QLineEdit>(complaint, "icoReference"), u"FS50712345"_s);
        pressOk(complaint);
        QTRY_VERIFY(openDialog<IcoComplaintDialog>() == nullptr);
        QTRY_VERIFY(find<QGroupBox>("icoBox")->isVisible());
        QVERIFY(!find<QPushButton>("appealButton")->isEnabled()); // no notice to appeal yet
        save();
        QCOMPARE(storedHold(), CaseHold::CommissionerInvestigation);

        // The decision notice of Mon 11 Mar 2019 orders a fresh response: due Mon 15 Apr 2019
        // (35 calendar days), appeal by Mon 8 Apr 2019 (28 days, GRC Rules r22(1)(b)).
        m_today = d("2019-03-12");
        m_step->refresh();
        QTest::mouseClick(find<QPushButton>("decisionNoticeButton"), Qt::LeftButton);
        DecisionNoticeDialog *notice = nullptr;
        QTRY_VERIFY((notice = openDialog<DecisionNoticeDialog>()) != nullptr);
        QCOMPARE(child<QLineEdit>(notice, "noticeReference")->text(), u"FS50712345"_s);
        child<QDateEdit>(notice, "noticeDated")->setDate(d("2019-03-11"));
        chooseData(child<QComboBox>(notice, "noticeOutcome"), u"original-overturned"_s);
        chooseData(child<QComboBox>(notice, "noticeStepKind"), u"issue-fresh-response"_s);
        QTest::keyClicks(child<QLineEdit>(notice, "noticeStepText"), u"Question 1 afresh"_s);
        QTest::mouseClick(child<QPushButton>(notice, "addNoticeStepButton"), Qt::LeftButton);
        QCOMPARE(child<QListWidget>(notice, "noticeSteps")->count(), 1);
        pressOk(notice);
        QTRY_VERIFY(openDialog<DecisionNoticeDialog>() == nullptr);
        auto *steps = find<QListWidget>("icoSteps");
        QCOMPARE(listTexts(*steps),
                 QStringList{u"Step 1: issue a fresh response — Question 1 afresh — due 15 Apr "
                             u"2019"_s});
        QVERIFY2(timelineTexts(*timeline).contains(u"ICO1: Last day for the authority to appeal "
                                                   u"the decision notice"_s),
                 qPrintable(timelineTexts(*timeline).join(u'|')));
        save();
        QVERIFY(storedHold() != CaseHold::None);

        // The authority appeals: the step is suspended, visibly, and off the overdue list.
        m_today = d("2019-04-05");
        m_step->refresh();
        QTest::mouseClick(find<QPushButton>("appealButton"), Qt::LeftButton);
        AppealDialog *appeal = nullptr;
        QTRY_VERIFY((appeal = openDialog<AppealDialog>()) != nullptr);
        chooseData(child<QComboBox>(appeal, "appealBy"), u"authority"_s);
        child<QDateEdit>(appeal, "appealLodged")->setDate(d("2019-04-05"));
        QTest::keyClicks(child<QLineEdit>(appeal, "appealReference"), u"EA/2019/0042"_s);
        pressOk(appeal);
        QTRY_VERIFY(openDialog<AppealDialog>() == nullptr);
        QCOMPARE(m_document->current().commissionerMatters[0].appeals.size(), 1);
        QCOMPARE(listTexts(*steps),
                 QStringList{u"Step 1: issue a fresh response — Question 1 afresh — suspended, "
                             u"appeal EA/2019/0042 pending"_s});
        QVERIFY(timelineClocks(*timeline).contains(u"suspended, appeal EA/2019/0042 pending"_s));
        m_today = d("2019-05-01"); // after the step's first date: suspended, not overdue
        const QList<OpenClock> whileAppealed = m_matters->openClocks(m_document->current());
        QVERIFY(std::none_of(whileAppealed.cbegin(), whileAppealed.cend(),
                             [](const OpenClock &c) { return c.status == ClockStatus::Overdue; }));
        QVERIFY(!find<QPushButton>("closeMatterButton")->isEnabled()); // an appeal is pending
        save();
        QCOMPARE(storedHold(), CaseHold::TribunalAppeal);

        // Withdrawn on 10 May: the step runs again, due on the date the withdrawal gave.
        m_today = d("2019-05-10");
        m_step->refresh();
        QTest::mouseClick(find<QPushButton>("appealEndButton"), Qt::LeftButton);
        AppealEndDialog *ended = nullptr;
        QTRY_VERIFY((ended = openDialog<AppealEndDialog>()) != nullptr);
        child<QComboBox>(ended, "appealDetermination")
            ->setCurrentIndex(child<QComboBox>(ended, "appealDetermination")
                                  ->findData(int(AppealDetermination::Withdrawn)));
        child<QDateEdit>(ended, "appealEndedOn")->setDate(d("2019-05-10"));
        child<QDateEdit>(ended, "appealStepsDue")->setDate(d("2019-06-14"));
        pressOk(ended);
        QTRY_VERIFY(openDialog<AppealEndDialog>() == nullptr);
        QCOMPARE(listTexts(*steps),
                 QStringList{u"Step 1: issue a fresh response — Question 1 afresh — due 14 Jun "
                             u"2019"_s});
        save();
        QVERIFY(storedHold() != CaseHold::None);

        // The fresh response: the decision reopens as an amendment citing the notice.
        QTest::mouseClick(find<QPushButton>("icoRemedyButton"), Qt::LeftButton);
        const Amendment remedy = m_document->current().reply.amendments.constLast();
        QCOMPARE(remedy.matter, u"ICO1"_s);
        QVERIFY2(remedy.reason.contains(u"FS50712345"_s), qPrintable(remedy.reason));

        // The step taken on 10 June, the matter closed on 12 June: off hold.
        m_today = d("2019-06-12");
        m_step->refresh();
        steps->setCurrentRow(0);
        QTest::mouseClick(find<QPushButton>("stepDoneButton"), Qt::LeftButton);
        MatterDateDialog *done = nullptr;
        QTRY_VERIFY((done = openDialog<MatterDateDialog>()) != nullptr);
        child<QDateEdit>(done, "matterDate")->setDate(d("2019-06-10"));
        pressOk(done);
        QTRY_VERIFY(openDialog<MatterDateDialog>() == nullptr);
        QCOMPARE(listTexts(*steps),
                 QStringList{u"Step 1: issue a fresh response — Question 1 afresh — done 10 Jun "
                             u"2019"_s});
        QTest::mouseClick(find<QPushButton>("closeMatterButton"), Qt::LeftButton);
        MatterDateDialog *close = nullptr;
        QTRY_VERIFY((close = openDialog<MatterDateDialog>()) != nullptr);
        child<QDateEdit>(close, "matterDate")->setDate(d("2019-06-12"));
        pressOk(close);
        QTRY_VERIFY(openDialog<MatterDateDialog>() == nullptr);
        QVERIFY(timelineTexts(*timeline).contains(u"Matter ICO1 closed"_s));
        QVERIFY(m_matters->openClocks(m_document->current()).isEmpty());
        save();
        QCOMPARE(storedHold(), CaseHold::None);
    }

    // Bad input (point 10) shows in the dialog that asked, which stays open, and nothing
    // changes: a decision notice dated before the ICO's first letter.
    void aDecisionNoticeBeforeTheComplaintIsRefusedInItsDialog()
    {
        CommissionerComplaint letter;
        letter.received = d("2018-06-29");
        QVERIFY(m_matters->openCommissionerMatter(u"13457_18"_s, letter));
        m_document->reset(*m_cases->open(u"13457_18"_s));
        QTest::mouseClick(find<QPushButton>("decisionNoticeButton"), Qt::LeftButton);
        DecisionNoticeDialog *notice = nullptr;
        QTRY_VERIFY((notice = openDialog<DecisionNoticeDialog>()) != nullptr);
        child<QDateEdit>(notice, "noticeDated")->setDate(d("2018-06-20"));
        pressOk(notice);
        auto *problem = child<QLabel>(notice, "matterProblem");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"before the ICO's first letter"_s),
                 qPrintable(problem->text()));
        QVERIFY(!m_document->current().commissionerMatters[0].decisionNotice);
        QVERIFY(openDialog<DecisionNoticeDialog>() != nullptr);
        notice->reject();
    }

    void aComplaintToTheCommissionerIsRecordedAndUndone()
    {
        QTest::mouseClick(find<QPushButton>("icoComplaintButton"), Qt::LeftButton);
        IcoComplaintDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<IcoComplaintDialog>()) != nullptr);
        dialog->findChild<QDateEdit *>(u"icoReceived"_s)->setDate(d("2018-07-02"));
        auto *reference = dialog->findChild<QLineEdit *>(u"icoReference"_s);
        reference->setFocus();
        QTest::keyClicks(reference, u"FS50712345"_s);
        QTest::keyClick(reference, Qt::Key_Return);
        QTRY_VERIFY(openDialog<IcoComplaintDialog>() == nullptr);
        QCOMPARE(m_document->current().commissionerMatters.size(), 1);
        QVERIFY(timelineTexts(*find<QTreeWidget>("mattersTimeline"))
                    .contains(u"Complaint to the Information Commissioner ICO1 (FS50712345)"_s));
        save();
        QCOMPARE(storedHold(), CaseHold::CommissionerInvestigation);
        m_document->undo();
        QVERIFY(m_document->current().commissionerMatters.isEmpty());
    }
};

QTEST_MAIN(TestMattersStep)
#include "tst_matters_step.moc"
