#include "intake/ReferenceAllocator.h"
#include "law/BankHolidayCalendar.h"
#include "law/ExemptionCatalogue.h"
#include "law/WorkingDayCalendar.h"
#include "model/CaseFile.h"
#include "services/CaseDocument.h"
#include "services/CaseEditingService.h"
#include "services/MatterService.h"
#include "services/ReviewLetterService.h"
#include "store/CaseRepository.h"
#include "store/CaseStore.h"
#include "workspace/MattersStep.h"
#include "workspace/OpenReviewDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
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
using foi::ui::IcoComplaintDialog;
using foi::ui::MattersStep;
using foi::ui::OpenReviewDialog;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Case referenceCase()
{
    QFile file(QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18/case.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("reference case missing");
    return *CaseFile::read(file.readAll());
}

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
                                            CaseStore::OpenMode::CreateIfMissing))
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
            *m_document, MattersStep::Dependencies{*m_matters, *m_letters, [] { return police(); },
                                                   [this] { return m_today; },
                                                   [this] {
                                                       save();
                                                   }});
        m_exportPath = m_dir.filePath(u"IR1-%1.pdf"_s.arg(n));
        m_step->setSavePathChooser([this](const QString &) { return m_exportPath; });
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
        QTest::mouseClick(find<QPushButton>("exportReviewLetterButton"), Qt::LeftButton);
        QVERIFY(find<QLabel>("reviewSummary")->text().contains(u"DRAFT"_s));
        rights->clear();
        QTest::mouseClick(find<QPushButton>("exportReviewLetterButton"), Qt::LeftButton);
        QVERIFY2(find<QLabel>("reviewSummary")->text().startsWith(u"Wrote the outcome letter"_s),
                 qPrintable(find<QLabel>("reviewSummary")->text()));
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
