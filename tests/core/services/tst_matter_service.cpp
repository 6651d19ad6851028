#include "tests/support/ReferenceCase.h"

#include "core/intake/ReferenceAllocator.h"
#include "core/law/BankHolidayCalendar.h"
#include "core/model/ReviewOutcome.h"
#include "core/reply/CorrectionLetter.h"
#include "core/reply/LetterTemplates.h"
#include "core/services/CaseEditingService.h"
#include "core/services/MatterService.h"
#include "core/store/AuditTrail.h"
#include "core/store/CaseRepository.h"
#include "core/store/CaseStore.h"
#include "core/store/ReplyArchive.h"
#include "tests/support/StoreOptions.h"
#include "tests/support/TestStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

InternalReviewRequest reviewAsked(const QDate &received, const QString &reviewer,
                                  const QString &independenceOverride = {})
{
    InternalReviewRequest request;
    request.received = received;
    request.reviewer = reviewer;
    request.independenceOverride = independenceOverride;
    return request;
}

CommissionerComplaint complaint(const QDate &received, const QString &icoReference = {})
{
    CommissionerComplaint letter;
    letter.received = received;
    letter.icoReference = icoReference;
    return letter;
}

} // namespace

// The reference case's life after its reply, through the service the CLI and the GUI use:
// internal review (s45 Code of Practice; ICO guidance), complaint to the Commissioner (s50), its
// decision notice (s50(4), s50(6)) and an appeal to the tribunal (s57), with the case on hold for
// retention while any of them is open.
class TestMatterService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDate m_today = d("2018-07-02");
    std::unique_ptr<testsupport::TestStore> m_store;
    std::unique_ptr<CaseEditingService> m_cases;
    RegulatorClocks m_regulatorClocks = *RegulatorClocks::builtIn();
    std::unique_ptr<RegulatorDeadlineCalculator> m_regulator;
    std::unique_ptr<MatterService> m_matters;

    Case stored()
    {
        Result<Case> loaded = m_cases->open(QStringLiteral("13457_18"));
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().message));
        return *loaded;
    }
    CaseHold hold() { return m_store->cases().load(QStringLiteral("13457_18"))->hold; }

private slots:
    void init()
    {
        m_store = testsupport::TestStore::create(m_dir.path(), foi::core::Clock::system());
        QVERIFY(m_store);
        m_cases = std::make_unique<CaseEditingService>(
            *m_store, *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
            WorkingDayCalendar::builtIn());
        m_regulator = std::make_unique<RegulatorDeadlineCalculator>(m_regulatorClocks,
                                                                    BankHolidayCalendar::builtIn());
        m_matters =
            std::make_unique<MatterService>(*m_store, *m_cases, WorkingDayCalendar::builtIn(),
                                            *m_regulator, [this] { return m_today; });
        // The original reply, decided and sent by the case officer.
        Case original = testsupport::referenceCase();
        original.reply.sentOn = d("2018-06-11");
        m_cases->setOfficer(QStringLiteral("Case Officer"));
        QVERIFY(m_cases->save(original));
        QVERIFY(m_store->replies().record(
            QStringLiteral("13457_18"), "%PDF-1.4 reply", QStringLiteral("reply.pdf"),
            QStringLiteral("application/pdf"), QStringLiteral("Case Officer")));
        m_cases->setOfficer(QStringLiteral("A. Senior"));
    }

    void reviewNeedsItsCase()
    {
        const Result<InternalReview> review = m_matters->openInternalReview(
            QStringLiteral("999_18"), reviewAsked(d("2018-07-02"), QStringLiteral("A. Senior")));
        QVERIFY(!review);
        QCOMPARE(review.error().code, QStringLiteral("matter.no_case"));
        QVERIFY(review.error().message.contains(QStringLiteral("999_18")));
    }

    void reviewFreezesTheOriginalAndRecordsItsHash()
    {
        const Result<InternalReview> review = m_matters->openInternalReview(
            QStringLiteral("13457_18"), reviewAsked(d("2018-06-29"), QStringLiteral("A. Senior")));
        QVERIFY2(review, qPrintable(review ? QString() : review.error().message));
        QCOMPARE(review->id, QStringLiteral("IR1"));
        QCOMPARE(review->logged, m_today);
        QCOMPARE(review->basisDate, d("2018-05-14"));
        // Later edits of the case leave the review's snapshot as it was.
        Case edited = stored();
        edited.questions[0].determination.answer = QStringLiteral("Changed later.");
        QVERIFY(m_cases->save(edited));
        QCOMPARE(stored().internalReviews.constFirst().original.sha256(),
                 review->original.sha256());
        // The snapshot's SHA-256 is in the audit trail, in the document the save recorded.
        const auto rows =
            m_store->audit().rowsFor(QStringLiteral("13457_18"), {QStringLiteral("case")});
        QVERIFY(rows);
        bool found = false;
        for (const AuditTrail::Row &row : *rows) {
            if (!row.afterSha256)
                continue;
            found = found || m_store->audit()
                                 .snapshot(*row.afterSha256)
                                 ->contains(review->original.sha256().toLatin1());
        }
        QVERIFY(found);
        QCOMPARE(hold(), CaseHold::InternalReview);
    }

    void theOriginalDecisionMakerCannotReview()
    {
        const Result<QStringList> participants =
            m_matters->originalParticipants(QStringLiteral("13457_18"));
        QVERIFY(participants);
        QCOMPARE(*participants, QStringList{QStringLiteral("Case Officer")});
        const Result<InternalReview> refused = m_matters->openInternalReview(
            QStringLiteral("13457_18"),
            reviewAsked(d("2018-06-29"), QStringLiteral("case officer")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("matter.not_independent"));
        QVERIFY(stored().internalReviews.isEmpty()); // nothing half-saved
        const InternalReviewRequest overridden =
            reviewAsked(d("2018-06-29"), QStringLiteral("Case Officer"),
                        QStringLiteral("The unit has one officer this month."));
        QVERIFY(m_matters->openInternalReview(QStringLiteral("13457_18"), overridden));
    }

    void wholeLifeOfTheReferenceCase()
    {
        // Internal review: maintained.
        QVERIFY(m_matters->openInternalReview(
            QStringLiteral("13457_18"), reviewAsked(d("2018-06-29"), QStringLiteral("A. Senior"))));
        const Result<ReviewDecision> early =
            m_matters->closeReview(QStringLiteral("13457_18"), QStringLiteral("IR1"), m_today);
        QVERIFY(!early); // items undecided
        QVERIFY(early.error().message.contains(QStringLiteral("no decision")));
        const Status decided = m_matters->decideReview(
            QStringLiteral("13457_18"), QStringLiteral("IR1"), ReviewDecision::OriginalMaintained,
            QStringLiteral("The NCND stands."));
        QVERIFY2(decided, qPrintable(decided ? QString() : decided.error().message));
        m_today = d("2018-07-20");
        const Result<ReviewDecision> outcome =
            m_matters->closeReview(QStringLiteral("13457_18"), QStringLiteral("IR1"), m_today);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(*outcome, ReviewDecision::OriginalMaintained);
        QCOMPARE(hold(), CaseHold::None);

        // A complaint to the ICO, and its decision notice ordering a fresh response.
        m_today = d("2018-09-03");
        const Result<CommissionerMatter> matter = m_matters->openCommissionerMatter(
            QStringLiteral("13457_18"), complaint(m_today, QStringLiteral("FS50712345")));
        QVERIFY(matter);
        QCOMPARE(matter->id, QStringLiteral("ICO1"));
        QCOMPARE(hold(), CaseHold::CommissionerInvestigation);
        DecisionNotice notice{QStringLiteral("FS50712345"),
                              d("2019-03-11"),
                              ReviewDecision::OriginalOverturned,
                              {{DecisionNoticeStepKind::IssueFreshResponse,
                                QStringLiteral("Issue a fresh response to question 1."),
                                std::nullopt, std::nullopt}}};
        QVERIFY(m_matters->recordDecisionNotice(QStringLiteral("13457_18"), QStringLiteral("ICO1"),
                                                notice));
        m_today = d("2019-03-12");
        auto clocks = m_matters->openClocks(QStringLiteral("13457_18"));
        QVERIFY(clocks);
        QCOMPARE(clocks->size(), 2); // the step (15 Apr 2019) and the time to appeal (8 Apr)
        QCOMPARE(clocks->at(1).due, d("2019-04-15"));

        // An appeal suspends the step; the case is on hold for the tribunal.
        QVERIFY(m_matters->lodgeAppeal(QStringLiteral("13457_18"), QStringLiteral("ICO1"),
                                       {Appellant::Authority,
                                        d("2019-04-05"),
                                        QStringLiteral("EA/2019/0042"),
                                        {},
                                        AppealDetermination::Pending,
                                        std::nullopt}));
        QCOMPARE(hold(), CaseHold::TribunalAppeal);
        m_today = d("2019-05-01");
        clocks = m_matters->openClocks(QStringLiteral("13457_18"));
        QCOMPARE(clocks->size(), 1);
        QCOMPARE(clocks->constFirst().status, ClockStatus::Suspended);

        // Withdrawn: the step resumes on its new date.
        const Status missingDate =
            m_matters->endAppeal(QStringLiteral("13457_18"), QStringLiteral("ICO1"),
                                 AppealDetermination::Withdrawn, d("2019-05-10"), QDate());
        QVERIFY(!missingDate);
        QCOMPARE(missingDate.error().code, QStringLiteral("matter.resumed_due_missing"));
        QVERIFY(m_matters->endAppeal(QStringLiteral("13457_18"), QStringLiteral("ICO1"),
                                     AppealDetermination::Withdrawn, d("2019-05-10"),
                                     d("2019-06-14")));
        QCOMPARE(hold(), CaseHold::CommissionerInvestigation);
        clocks = m_matters->openClocks(QStringLiteral("13457_18"));
        QCOMPARE(clocks->constFirst().due, d("2019-06-14"));
        QCOMPARE(clocks->constFirst().status, ClockStatus::Open);

        // Done, and the matter closes: the case comes off hold.
        QVERIFY(m_matters->completeStep(QStringLiteral("13457_18"), QStringLiteral("ICO1"), 0,
                                        d("2019-06-10")));
        QVERIFY(m_matters->closeCommissionerMatter(QStringLiteral("13457_18"),
                                                   QStringLiteral("ICO1"), d("2019-06-12")));
        QCOMPARE(hold(), CaseHold::None);
        QVERIFY(m_matters->openClocks(QStringLiteral("13457_18"))->isEmpty());
        QVERIFY(m_store->verify());
    }

    void badInputIsRefusedAndNothingIsSaved()
    {
        QVERIFY(m_matters->openCommissionerMatter(QStringLiteral("13457_18"),
                                                  complaint(d("2018-07-01"))));
        const Case before = stored();
        // A decision notice dated before the request.
        Status refused = m_matters->recordDecisionNotice(
            QStringLiteral("13457_18"), QStringLiteral("ICO1"),
            {{}, d("2018-01-02"), ReviewDecision::OriginalMaintained, {}});
        QCOMPARE(refused.error().code, QStringLiteral("matter.notice_before_request"));
        // An appeal on a matter with no decision notice.
        refused = m_matters->lodgeAppeal(QStringLiteral("13457_18"), QStringLiteral("ICO1"),
                                         {Appellant::Requester,
                                          d("2018-08-01"),
                                          {},
                                          {},
                                          AppealDetermination::Pending,
                                          std::nullopt});
        QCOMPARE(refused.error().code, QStringLiteral("matter.no_decision_notice"));
        QVERIFY(refused.error().message.contains(QStringLiteral("s57")));
        // A review with no date of receipt, and a matter that does not exist.
        const Result<InternalReview> noDate = m_matters->openInternalReview(
            QStringLiteral("13457_18"), reviewAsked(QDate(), QStringLiteral("A. Senior")));
        QCOMPARE(noDate.error().code, QStringLiteral("matter.received_missing"));
        refused = m_matters->closeCommissionerMatter(QStringLiteral("13457_18"),
                                                     QStringLiteral("ICO9"), m_today);
        QCOMPARE(refused.error().code, QStringLiteral("matter.no_matter"));
        QVERIFY(stored() == before);
    }

    // A review that did not maintain the decision, or a decision notice ordering a fresh
    // response, reopens the sent decision as an amendment linked to the matter and citing it;
    // the correction letter is the response. Nothing else does.
    void aRemedialResponseFollowsAnOverturningMatter()
    {
        const QString reference = QStringLiteral("13457_18");
        Case sent = *m_cases->open(reference);
        sent.reply.sent = {{1, d("2018-06-11"), QString(64, u'a'), false, {}}};
        QVERIFY(m_cases->save(sent));
        QVERIFY(m_matters->openInternalReview(
            reference, reviewAsked(d("2018-06-29"), QStringLiteral("A. Senior"))));
        QVERIFY(m_matters->decideReview(reference, QStringLiteral("IR1"),
                                        ReviewDecision::OriginalMaintained,
                                        QStringLiteral("Sound.")));
        QVERIFY(m_matters->closeReview(reference, QStringLiteral("IR1"), d("2018-07-02")));
        Result<Amendment> refused =
            m_matters->openRemedialResponse(reference, QStringLiteral("IR1"));
        QCOMPARE(refused.error().code, QStringLiteral("matter.no_remedy"));

        QVERIFY(m_matters->openInternalReview(
            reference, reviewAsked(d("2018-07-02"), QStringLiteral("A. Senior"))));
        QVERIFY(m_matters->decideReview(reference, QStringLiteral("IR2"),
                                        ReviewDecision::OriginalOverturned,
                                        QStringLiteral("The harm is not shown.")));
        QVERIFY(m_matters->closeReview(reference, QStringLiteral("IR2"), d("2018-07-02")));
        const Result<Amendment> opened =
            m_matters->openRemedialResponse(reference, QStringLiteral("IR2"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(opened->matter, QStringLiteral("IR2"));
        QCOMPARE(opened->amendsVersion, 1);
        QVERIFY(opened->reason.contains(QStringLiteral("internal review of your request (IR2)")));
        const Case reopened = *m_cases->open(reference);
        QVERIFY(reopened.reply.amendments.constLast().isOpen());
        QCOMPARE(reopened.reply.amendments.constLast().matter, QStringLiteral("IR2"));
        // One open at a time: the decision is already open.
        QCOMPARE(m_matters->openRemedialResponse(reference, QStringLiteral("IR2")).error().code,
                 QStringLiteral("amend.already-open"));

        // A decision notice ordering a fresh response, on a case whose amendment is closed.
        Case corrected = reopened;
        corrected.reply.amendments.last().correctionVersion = 2;
        corrected.reply.sent.append({2, d("2018-07-03"), QString(64, u'b'), true, {}});
        QVERIFY(m_cases->save(corrected));
        QVERIFY(m_matters->openCommissionerMatter(reference, complaint(d("2018-07-02"))));
        QCOMPARE(m_matters->openRemedialResponse(reference, QStringLiteral("ICO1")).error().code,
                 QStringLiteral("matter.no_remedy"));
        DecisionNotice notice;
        notice.reference = QStringLiteral("IC-123456-A1B2");
        notice.dated = d("2018-07-02");
        notice.outcome = ReviewDecision::OriginalOverturned;
        notice.steps = {
            {DecisionNoticeStepKind::IssueFreshResponse, {}, std::nullopt, std::nullopt}};
        QVERIFY(m_matters->recordDecisionNotice(reference, QStringLiteral("ICO1"), notice));
        const Result<Amendment> remedy =
            m_matters->openRemedialResponse(reference, QStringLiteral("ICO1"));
        QVERIFY(remedy);
        QCOMPARE(remedy->matter, QStringLiteral("ICO1"));
        QCOMPARE(remedy->amendsVersion, 2);
        QVERIFY(remedy->reason.contains(QStringLiteral("decision notice IC-123456-A1B2")));
        // The response's letter (the correction sent from the Reply step) gives that reason, so
        // it cites the notice by its reference.
        CorrectionLetter::Facts facts;
        facts.corrected = corrected.reply.sent.constLast();
        facts.amendment = *remedy;
        facts.letterDate = d("2018-07-20");
        facts.version = 3;
        const LetterTemplates english = LetterTemplates::load(LetterLanguage::English, {}).value();
        const QString letter =
            CorrectionLetter::compose(ReplyDocument{}, facts, english)->plainText();
        QVERIFY2(letter.contains(QStringLiteral("decision notice IC-123456-A1B2")),
                 qPrintable(letter));
    }
};

QTEST_GUILESS_MAIN(TestMatterService)
#include "tst_matter_service.moc"
