#include "tests/core/review/ReviewTestSupport.h"

#include "core/review/PublicKeyFile.h"
#include "core/review/ReviewErrorCode.h"
#include "core/review/ReviewResponseFormat.h"
#include "core/review/SignedContainer.h"
#include "core/services/CaseHistory.h"
#include "core/services/CaseImportService.h"
#include "core/services/CaseRecordMapper.h"
#include "core/services/ReviewNotes.h"
#include "core/services/ReviewService.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"

#include <QFile>
#include <QTemporaryDir>

using namespace foi::core;

// Offline review end to end: export from one store, review on another machine (its own key
// ring, no store), import the signed response back; and every way an import is refused leaves
// the store exactly as it was.
class TestReviewService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    std::optional<KeyRing> m_officerKeys;
    std::optional<KeyRing> m_reviewerKeys;
    int m_n = 0;
    const QString officer = QStringLiteral("Jo Officer");
    const QString reviewer = QStringLiteral("Sam Senior");

    QString path(const QString &name)
    {
        return m_dir.filePath(QStringLiteral("%1-%2").arg(m_n).arg(name));
    }

    void saveCase(const Case &theCase)
    {
        auto saved = m_store->cases().save(
            CaseRecordMapper::toRecord(theCase, WorkingDayCalendar::builtIn()), officer);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    }

    ReviewService::ExportRequest request(const QString &reference = QStringLiteral("RV-1"))
    {
        ReviewService::ExportRequest request;
        request.reference = reference;
        request.officer = officer;
        request.authority.name = QStringLiteral("Test Constabulary");
        request.letterDate = QDate(2026, 3, 2);
        return request;
    }

    QByteArray exported(const ReviewService::ExportRequest &request)
    {
        ReviewService service(*m_officerKeys, reviewtest::fixedClock());
        const QString file = path(request.reference + QStringLiteral(".foireview"));
        auto result =
            service.exportCase(*m_store,
                               {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                EnvironmentalTerms::builtIn()},
                               request, file);
        if (!result)
            qFatal("export failed: %s", qPrintable(result.error().message));
        return *ReviewService::readFile(file);
    }

    QByteArray respondTo(const QByteArray &bundleBytes, ReviewResponse::Decision decision)
    {
        ReviewService service(*m_reviewerKeys, reviewtest::fixedClock());
        auto bundle = service.openBundle(bundleBytes);
        if (!bundle)
            qFatal("open failed: %s", qPrintable(bundle.error().message));
        ReviewResponse answer;
        answer.decision = decision;
        answer.comment = QStringLiteral("Checked the s31 reasoning.");
        answer.questionComments.append({QStringLiteral("Q1"), QStringLiteral("Answer is clear.")});
        auto response = service.respond(*bundle, reviewer, answer);
        if (!response)
            qFatal("respond failed: %s", qPrintable(response.error().message));
        return *response;
    }

    Result<ReviewStatus> importInto(const QByteArray &response)
    {
        return ReviewService(*m_officerKeys, reviewtest::fixedClock())
            .importResponse(*m_store, response, officer);
    }

    qint64 auditHead() { return m_store->audit().head()->seq; }

    void expectRefused(const QByteArray &response, QLatin1String code)
    {
        const qint64 before = auditHead();
        auto imported = importInto(response);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, QString(code));
        QCOMPARE(auditHead(), before);
    }

private slots:
    void init()
    {
        ++m_n;
        auto store =
            CaseStore::open(path(QStringLiteral("cases.foistore")),
                            CaseStore::OpenMode::CreateIfMissing, testsupport::storeOptions());
        QVERIFY(store);
        m_store = std::move(store).value();
        m_officerKeys.emplace(reviewtest::keyRing(path(QStringLiteral("officer-keys"))));
        m_reviewerKeys.emplace(reviewtest::keyRing(path(QStringLiteral("reviewer-keys"))));
        // The two officers exchange public key files and trust each other.
        auto officerKey = m_officerKeys->ownKey(officer);
        auto reviewerKey = m_reviewerKeys->ownKey(reviewer);
        QVERIFY(officerKey && reviewerKey);
        QVERIFY(m_reviewerKeys->trust(
            *PublicKeyFile::read(PublicKeyFile::write(officerKey->publicKey()))));
        QVERIFY(m_officerKeys->trust(
            *PublicKeyFile::read(PublicKeyFile::write(reviewerKey->publicKey()))));
        saveCase(reviewtest::tinyCase());
    }

    void approvedRoundTripMakesTheCaseReadyToSendAndKeepsTheChain()
    {
        QCOMPARE(m_store->reviews().status(QStringLiteral("RV-1"))->state,
                 ReviewStatus::State::NotReviewed);
        ReviewService::ExportRequest exportRequest = request();
        exportRequest.reviewer = m_officerKeys->trustedKey(reviewer).value();
        const QByteArray bundle = exported(exportRequest);
        QVERIFY(bundle.startsWith("FOIRVSEA")); // encrypted for the named reviewer
        QVERIFY(!bundle.contains("drones"));
        QCOMPARE(m_store->reviews().status(QStringLiteral("RV-1"))->state,
                 ReviewStatus::State::AwaitingReview);

        ReviewService reviewerSide(*m_reviewerKeys, reviewtest::fixedClock());
        auto opened = reviewerSide.openBundle(bundle);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(opened->theCase.requester.name, QStringLiteral("[Requester]"));
        QVERIFY(opened->theCase.requester.email.isEmpty());
        QVERIFY(!opened->manifest.requesterIncluded);
        QVERIFY(opened->draftPdf.startsWith("%PDF"));
        QVERIFY(!opened->auditExcerpt.isEmpty());
        QCOMPARE(opened->auditExcerpt.first().action, QStringLiteral("create-case"));

        auto status = importInto(respondTo(bundle, ReviewResponse::Decision::Approve));
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        QCOMPARE(status->state, ReviewStatus::State::ReadyToSend);
        QCOMPARE(status->reviewer, reviewer);
        auto decisions = m_store->reviews().decisions(QStringLiteral("RV-1"));
        QCOMPARE(decisions->size(), 1);
        QCOMPARE(decisions->first().decision, QStringLiteral("approve"));
        QVERIFY(decisions->first().commentsJson.contains(QStringLiteral("Answer is clear.")));
        auto report = m_store->verify();
        QVERIFY2(report && report->intact, qPrintable(report ? report->problem : QString()));

        // An approval covers the version approved: a later change needs review again.
        Case changed = reviewtest::tinyCase();
        changed.requestText = QStringLiteral("How many drones, and where?");
        saveCase(changed);
        QCOMPARE(m_store->reviews().status(QStringLiteral("RV-1"))->state,
                 ReviewStatus::State::ApprovalOutdated);
    }

    void requesterDetailsTravelOnlyByChoiceAndTheChoiceIsAudited()
    {
        ReviewService::ExportRequest withRequester = request();
        withRequester.includeRequester = true;
        auto opened =
            ReviewService(*m_reviewerKeys, Clock::system()).openBundle(exported(withRequester));
        QVERIFY(opened);
        QCOMPARE(opened->theCase.requester.email, QStringLiteral("ada@example.org"));
        QVERIFY(opened->manifest.requesterIncluded);
        auto rows = m_store->audit().rowsFor(QStringLiteral("RV-1"), {QStringLiteral("review")});
        QCOMPARE(rows->size(), 1);
        QVERIFY(rows->first().summary.contains(QStringLiteral("included")));
    }

    void returnedCaseGoesBackInProgress()
    {
        auto status = importInto(respondTo(exported(request()), ReviewResponse::Decision::Return));
        QVERIFY(status);
        QCOMPARE(status->state, ReviewStatus::State::Returned);
        auto rows = m_store->audit().rowsFor(QStringLiteral("RV-1"), {QStringLiteral("review")});
        QCOMPARE(rows->last().action, QStringLiteral("review-returned"));
    }

    void returnWithoutACommentIsRefused()
    {
        ReviewService service(*m_reviewerKeys, Clock::system());
        auto bundle = service.openBundle(exported(request()));
        ReviewResponse answer;
        answer.decision = ReviewResponse::Decision::Return;
        QCOMPARE(service.respond(*bundle, reviewer, answer).error().code,
                 QString(ReviewErrorCode::InvalidContent));
        answer.comment = QStringLiteral("see Q9");
        answer.questionComments.append({QStringLiteral("Q9"), QStringLiteral("?")});
        QVERIFY(!service.respond(*bundle, reviewer, answer));
    }

    void staleResponseIsRefusedAndTheDifferencesShown()
    {
        const QByteArray response =
            respondTo(exported(request()), ReviewResponse::Decision::Approve);
        Case changed = reviewtest::tinyCase();
        changed.questions[0].text = QStringLiteral("How many drones in 2025?");
        saveCase(changed);
        const QByteArray documentBefore =
            m_store->cases().load(QStringLiteral("RV-1"))->record.document;
        expectRefused(response, ReviewErrorCode::Stale);
        QCOMPARE(m_store->cases().load(QStringLiteral("RV-1"))->record.document, documentBefore);
        auto differences = ReviewService(*m_officerKeys, Clock::system())
                               .differences(*m_store, *ReviewResponseFormat::decode(response));
        QVERIFY(differences);
        QCOMPARE(differences->size(), 1);
        QCOMPARE(differences->first().path, QStringLiteral("questions[0].text"));
        QCOMPARE(differences->first().current, QStringLiteral("How many drones in 2025?"));
    }

    void untrustedAndRevokedSignersAreRefused()
    {
        const QByteArray bundle = exported(request());
        KeyRing stranger = reviewtest::keyRing(path(QStringLiteral("stranger-keys")));
        auto openedByStranger = ReviewService(stranger, Clock::system()).openBundle(bundle);
        QCOMPARE(openedByStranger.error().code, QString(ReviewErrorCode::UntrustedSigner));
        QVERIFY(openedByStranger.error().message.contains(QStringLiteral("keys trust")));

        const QByteArray response = respondTo(bundle, ReviewResponse::Decision::Approve);
        QVERIFY(m_officerKeys->revoke(m_officerKeys->trustedKey(reviewer)->fingerprint()));
        expectRefused(response, ReviewErrorCode::RevokedSigner);

        QVERIFY(m_reviewerKeys->revoke(m_officerKeys->ownKey(officer)->publicKey().fingerprint()));
        QCOMPARE(ReviewService(*m_reviewerKeys, Clock::system()).openBundle(bundle).error().code,
                 QString(ReviewErrorCode::RevokedSigner));
    }

    void bundleForAnotherReviewerCannotBeOpened()
    {
        KeyRing other = reviewtest::keyRing(path(QStringLiteral("other-keys")));
        QVERIFY(other.trust(m_officerKeys->ownKey(officer)->publicKey()));
        ReviewService::ExportRequest sealed = request();
        sealed.reviewer = m_officerKeys->trustedKey(reviewer).value();
        QCOMPARE(ReviewService(other, Clock::system()).openBundle(exported(sealed)).error().code,
                 QString(ReviewErrorCode::NotForYou));
    }

    void responseForAnotherCaseOrStoreIsRefused()
    {
        saveCase(reviewtest::tinyCase(QStringLiteral("RV-2")));
        const QByteArray response =
            respondTo(exported(request()), ReviewResponse::Decision::Approve);
        // The reviewer (a trusted key) signs a response naming RV-2 for RV-1's bundle.
        ReviewResponse altered = *ReviewResponseFormat::decode(response);
        altered.caseReference = QStringLiteral("RV-2");
        expectRefused(ReviewResponseFormat::encode(altered, *m_reviewerKeys->ownKey(reviewer)),
                      ReviewErrorCode::WrongCase);
        altered.caseReference = QStringLiteral("NOT-HERE");
        expectRefused(ReviewResponseFormat::encode(altered, *m_reviewerKeys->ownKey(reviewer)),
                      ReviewErrorCode::NoCase);
        altered.caseReference = QStringLiteral("RV-1");
        altered.bundleSha256 = QString(64, QLatin1Char('e'));
        expectRefused(ReviewResponseFormat::encode(altered, *m_reviewerKeys->ownKey(reviewer)),
                      ReviewErrorCode::UnknownBundle);
    }

    void responseIsImportedOnce()
    {
        const QByteArray response =
            respondTo(exported(request()), ReviewResponse::Decision::Approve);
        QVERIFY(importInto(response));
        expectRefused(response, ReviewErrorCode::AlreadyImported);
    }

    void unsignedTamperedAndTruncatedResponsesAreRefused()
    {
        const QByteArray response =
            respondTo(exported(request()), ReviewResponse::Decision::Approve);
        QByteArray tampered = response;
        tampered.replace("approve", "return!");
        expectRefused(tampered, ReviewErrorCode::Tampered);
        expectRefused(response.left(response.size() / 2), ReviewErrorCode::Truncated);
        auto decoded = SignedContainer::decode(response, ReviewResponseFormat::magic,
                                               {{QStringLiteral("response.json"), 1 << 20}});
        expectRefused(
            SignedContainer::encode(ReviewResponseFormat::magic, decoded->sections, nullptr),
            ReviewErrorCode::Unsigned);
    }

    // Every one-byte change and every truncation of a response: never imported, store unchanged.
    void noFlippedByteOrTruncationOfAResponseIsEverImported()
    {
        const QByteArray good = respondTo(exported(request()), ReviewResponse::Decision::Approve);
        const qint64 before = auditHead();
        for (qsizetype i = 0; i < good.size(); ++i) {
            QByteArray bad = good;
            bad[i] = char(bad.at(i) ^ 0x20);
            QVERIFY2(!importInto(bad),
                     qPrintable(QStringLiteral("byte %1 flipped was imported").arg(i)));
            QVERIFY(!importInto(good.left(i)));
        }
        QCOMPARE(auditHead(), before);
        QCOMPARE(m_store->reviews().decisions(QStringLiteral("RV-1"))->size(), 0);
        QVERIFY(importInto(good));
    }

    // Issue 25, point 5: a bundle that travelled encrypted gets its response back encrypted.
    void theResponseToAnEncryptedBundleIsEncryptedBack()
    {
        ReviewService::ExportRequest sealed = request();
        sealed.reviewer = m_officerKeys->trustedKey(reviewer).value();
        const QByteArray response = respondTo(exported(sealed), ReviewResponse::Decision::Return);
        QVERIFY(response.startsWith("FOIRVSEA"));
        QVERIFY(!response.contains("Checked the s31 reasoning."));
        KeyRing stranger = reviewtest::keyRing(path(QStringLiteral("stranger-keys")));
        QVERIFY(stranger.trust(m_reviewerKeys->ownKey(reviewer)->publicKey()));
        QCOMPARE(ReviewService(stranger, Clock::system()).openResponse(response).error().code,
                 QString(ReviewErrorCode::NotForYou));
        auto status = importInto(response);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        QCOMPARE(status->state, ReviewStatus::State::Returned);
        // Not encrypted for anyone: the response is not encrypted either.
        QVERIFY(respondTo(exported(request()), ReviewResponse::Decision::Return)
                    .startsWith("FOIRVRSP"));
    }

    // Issue 25, point 3: an officer can never approve a bundle signed with their own key.
    void anOfficerCannotApproveTheirOwnBundle()
    {
        ReviewService service(*m_officerKeys, reviewtest::fixedClock());
        auto bundle = service.openBundle(exported(request()));
        QVERIFY(bundle);
        ReviewResponse answer;
        answer.decision = ReviewResponse::Decision::Approve;
        answer.comment = QStringLiteral("Looks fine to me.");
        auto approved = service.respond(*bundle, officer, answer);
        QVERIFY(!approved);
        QCOMPARE(approved.error().code, QString(ReviewErrorCode::SelfApproval));
        QVERIFY(approved.error().message.contains(QStringLiteral("second officer")));
        // Under another officer's name in the same key folder: still the exporter's machine.
        QCOMPARE(service.respond(*bundle, QStringLiteral("Someone Else"), answer).error().code,
                 QString(ReviewErrorCode::SelfApproval));
        answer.decision = ReviewResponse::Decision::Return;
        QVERIFY(service.respond(*bundle, officer, answer)); // returning one's own is allowed
    }

    void anApprovalSignedWithTheExportersKeyIsNeverImported()
    {
        auto bundle =
            ReviewService(*m_reviewerKeys, Clock::system()).openBundle(exported(request()));
        QVERIFY(bundle);
        ReviewResponse answer;
        answer.decision = ReviewResponse::Decision::Approve;
        answer.caseReference = bundle->manifest.caseReference;
        answer.bundleSha256 = bundle->bundleSha256;
        answer.caseDocumentSha256 = bundle->manifest.caseDocumentSha256;
        answer.respondedAt = QStringLiteral("2026-03-02T09:30:00Z");
        answer.reviewerName = officer;
        // Made by hand, past respond()'s own check, as an older workbench could have.
        expectRefused(ReviewResponseFormat::encode(answer, *m_officerKeys->ownKey(officer)),
                      ReviewErrorCode::SelfApproval);
        QCOMPARE(m_store->reviews().status(QStringLiteral("RV-1"))->state,
                 ReviewStatus::State::AwaitingReview);
    }

    void exportingAnApprovedCaseAgainWithdrawsTheApproval()
    {
        QVERIFY(importInto(respondTo(exported(request()), ReviewResponse::Decision::Approve)));
        QCOMPARE(m_store->reviews().status(QStringLiteral("RV-1"))->state,
                 ReviewStatus::State::ReadyToSend);
        ReviewService service(*m_officerKeys, reviewtest::fixedClock());
        auto again =
            service.exportCase(*m_store,
                               {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                EnvironmentalTerms::builtIn()},
                               request(), path(QStringLiteral("again.foireview")));
        QVERIFY(again);
        QVERIFY(again->withdrawnApproval.has_value());
        QCOMPARE(again->withdrawnApproval->reviewer, reviewer);
        QCOMPARE(m_store->reviews().status(QStringLiteral("RV-1"))->state,
                 ReviewStatus::State::AwaitingReview);
        auto rows = m_store->audit().rowsFor(QStringLiteral("RV-1"), {QStringLiteral("review")});
        QVERIFY(rows->last().summary.contains(QStringLiteral("withdraws the approval")));
        auto history = CaseHistory(m_store->audit()).of(QStringLiteral("RV-1"));
        QVERIFY(history);
        QVERIFY(history->first().change.contains(
            QStringLiteral("withdrew the approval given by Sam Senior")));
        // A third export while only awaiting review withdraws nothing.
        auto third =
            service.exportCase(*m_store,
                               {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                EnvironmentalTerms::builtIn()},
                               request(), path(QStringLiteral("3.foireview")));
        QVERIFY(third && !third->withdrawnApproval);
    }

    // Issue 25, point 2: the reviewer's comments reach the officer as notes, open until answered.
    void reviewCommentsAreNotesUntilTheOfficerAnswersThem()
    {
        QVERIFY(importInto(respondTo(exported(request()), ReviewResponse::Decision::Return)));
        ReviewNotes notes(*m_store);
        auto open = notes.open(QStringLiteral("RV-1"));
        QVERIFY(open);
        QCOMPARE(open->size(), 2);
        QCOMPARE(open->at(0).about, ReviewNote::About::Case);
        QCOMPARE(open->at(0).comment, QStringLiteral("Checked the s31 reasoning."));
        QCOMPARE(open->at(0).reviewer, reviewer);
        QCOMPARE(open->at(1).about, ReviewNote::About::Question);
        QCOMPARE(open->at(1).questionId, QStringLiteral("Q1"));
        QCOMPARE(open->at(1).subject(), QStringLiteral("question Q1"));

        const qint64 before = auditHead();
        QVERIFY(notes.answer(QStringLiteral("RV-1"), open->at(1).key,
                             QStringLiteral("Reworded the answer."), officer));
        QCOMPARE(auditHead(), before + 1);
        QCOMPARE(notes.open(QStringLiteral("RV-1"))->size(), 1);
        auto all = notes.of(QStringLiteral("RV-1"));
        QCOMPARE(all->size(), 2);
        QVERIFY(all->at(1).answered);
        QCOMPARE(all->at(1).answer, QStringLiteral("Reworded the answer."));
        QCOMPARE(all->at(1).answeredBy, officer);
        QCOMPARE(notes.answer(QStringLiteral("RV-1"), QStringLiteral("nope/case"), {}, officer)
                     .error()
                     .code,
                 QString(ReviewErrorCode::NoSuchNote));

        // Case history tells the return, with the comments, and the answer, in plain words.
        auto history = CaseHistory(m_store->audit()).of(QStringLiteral("RV-1"));
        QVERIFY(history);
        QVERIFY2(history->at(0).change.startsWith(
                     QStringLiteral("Answered the reviewer's note on question Q1")),
                 qPrintable(history->at(0).change));
        QVERIFY2(history->at(1).change.startsWith(
                     QStringLiteral("Sam Senior returned the case for changes")),
                 qPrintable(history->at(1).change));
        QVERIFY(history->at(1).change.contains(QStringLiteral("Answer is clear.")));
        QVERIFY(history->at(2).change.startsWith(QStringLiteral("Exported the case for review")));
        auto report = m_store->verify();
        QVERIFY(report && report->intact);
    }
};

QTEST_MAIN(TestReviewService)
#include "tst_review_service.moc"
