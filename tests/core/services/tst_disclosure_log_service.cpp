#include "core/law/WorkingDayCalendar.h"
#include "core/rules/DisclosureLogDraft.h"
#include "core/services/CaseRecordMapper.h"
#include "core/services/DisclosureLogService.h"
#include "tests/core/services/DisclosureLogTestCases.h"
#include "tests/core/store/StoreTestSupport.h"
#include "tests/support/TestStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;
using namespace Qt::StringLiterals;

// The disclosure log's flow over a real store (issue 18 point 5): prepare from a closed case,
// resolve each hit, submit, a second officer approves (audited) or returns, publish; a
// correction is a new version that keeps the first publication date. FOIA s40(2) and UK GDPR
// Art 5(1)(c): nothing is published while a personal-data hit is undecided.
class TestDisclosureLogService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::TestStore> m_store;
    int m_n = 0;

    const QDate april1{2026, 4, 1};
    const QDate april2{2026, 4, 2};

    void save(const Case &c)
    {
        auto saved = m_store->cases().save(
            CaseRecordMapper::toRecord(c, WorkingDayCalendar::builtIn()), u"Jo Officer"_s);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    }

    // Prepares, decides the third party's phone number, submits as Jo, approves as Sam.
    void approved(DisclosureLogService &log, const QString &reference)
    {
        auto prepared = log.prepare(reference, u"Jo Officer"_s, april1);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        QVERIFY(log.resolve(reference, u"reply-2"_s, HitDecision::Keep,
                            u"the highways team's published number"_s, u"Jo Officer"_s));
        QVERIFY(log.submit(reference, u"Jo Officer"_s));
        QVERIFY(log.approve(reference, u"Sam Second"_s, april1));
    }

private slots:
    void init()
    {
        m_store = testsupport::TestStore::create(m_dir.path(), storetest::fakeClock());
        QVERIFY(m_store);
        save(disclosurelogtest::closedCase(u"DL-1"_s));
    }

    void caseWithoutSentReplyIsRefused()
    {
        Case open = disclosurelogtest::closedCase(u"DL-2"_s);
        open.reply.sent.clear();
        open.reply.sentOn = {};
        save(open);
        DisclosureLogService log(*m_store);
        const auto prepared = log.prepare(u"DL-2"_s, u"Jo Officer"_s, april1);
        QCOMPARE(prepared.error().code, u"disclosure-log.not-closed"_s);
        QVERIFY(prepared.error().message.contains(u"DL-2"_s));
        QCOMPARE(log.versions(u"DL-2"_s)->size(), 0);
    }

    // s40(2): the requester's details are redacted at once and never stored in the entry.
    void preparedDraftHoldsNoRequesterDetail()
    {
        DisclosureLogService log(*m_store);
        const auto prepared = log.prepare(u"DL-1"_s, u"Jo Officer"_s, april1);
        QVERIFY(prepared);
        QCOMPARE(prepared->status, DisclosureLogStatus::Draft);
        QCOMPARE(prepared->version, 1);
        const QString stored = QString::fromUtf8(DisclosureLogRegister::toJson(*prepared));
        for (const QString &detail : {u"priya"_s, u"raman"_s, u"beech close"_s, u"wf1 2pq"_s})
            QVERIFY2(!stored.contains(detail, Qt::CaseInsensitive), qPrintable(detail));
        QCOMPARE(*log.versions(u"DL-1"_s), QList<DisclosureLogEntry>{*prepared});
    }

    // Art 5(1)(c): an undecided hit stops submission and publication.
    void unresolvedHitRefusesSubmitAndPublish()
    {
        DisclosureLogService log(*m_store);
        QVERIFY(log.prepare(u"DL-1"_s, u"Jo Officer"_s, april1));
        const auto submitted = log.submit(u"DL-1"_s, u"Jo Officer"_s);
        QCOMPARE(submitted.error().code, u"disclosure-log.unresolved-hit"_s);
        QVERIFY(submitted.error().message.contains(u"DL-1"_s));
        QVERIFY(submitted.error().message.contains(u"reply-2"_s));
        const auto published = log.publish(u"DL-1"_s, u"Sam Second"_s, april1);
        QCOMPARE(published.error().code, u"disclosure-log.unresolved-hit"_s);
    }

    void preparerCannotApprove()
    {
        DisclosureLogService log(*m_store);
        QVERIFY(log.prepare(u"DL-1"_s, u"Jo Officer"_s, april1));
        QVERIFY(log.resolve(u"DL-1"_s, u"reply-2"_s, HitDecision::Redact, {}, u"Jo Officer"_s));
        QVERIFY(log.submit(u"DL-1"_s, u"Jo Officer"_s));
        const auto approved = log.approve(u"DL-1"_s, u"jo officer "_s, april1);
        QCOMPARE(approved.error().code, u"disclosure-log.same-officer"_s);
        QCOMPARE(log.versions(u"DL-1"_s)->constLast().status, DisclosureLogStatus::Submitted);
        const auto early = log.publish(u"DL-1"_s, u"Jo Officer"_s, april1);
        QCOMPARE(early.error().code, u"disclosure-log.wrong-stage"_s);
    }

    // The second officer is second to whoever prepared it and to whoever submitted it.
    void submitterCannotApproveEither()
    {
        DisclosureLogService log(*m_store);
        QVERIFY(log.prepare(u"DL-1"_s, u"Jo Officer"_s, april1));
        QVERIFY(log.resolve(u"DL-1"_s, u"reply-2"_s, HitDecision::Redact, {}, u"Kim Third"_s));
        QVERIFY(log.submit(u"DL-1"_s, u"Kim Third"_s));
        const auto byJo = log.approve(u"DL-1"_s, u"Jo Officer"_s, april1);
        QCOMPARE(byJo.error().code, u"disclosure-log.same-officer"_s);
        const auto byKim = log.approve(u"DL-1"_s, u"Kim Third"_s, april1);
        QCOMPARE(byKim.error().code, u"disclosure-log.same-officer"_s);
        QVERIFY(byKim.error().message.contains(u"submitted"_s));
        QVERIFY(log.approve(u"DL-1"_s, u"Sam Second"_s, april1));
    }

    void approvalIsAuditedAndPublishes()
    {
        DisclosureLogService log(*m_store);
        approved(log, u"DL-1"_s);
        const auto published = log.publish(u"DL-1"_s, u"Jo Officer"_s, april1);
        QVERIFY(published);
        QCOMPARE(published->status, DisclosureLogStatus::Published);
        QCOMPARE(published->firstPublishedOn, april1);
        QCOMPARE(published->approvedBy, u"Sam Second"_s);
        QVERIFY(!published->amended());
        const auto rows = m_store->audit().rowsAbout({u"disclosure-log"_s}, u"DL-1"_s, 20);
        QVERIFY(rows);
        QStringList actions;
        for (const AuditTrail::Row &row : *rows)
            actions.prepend(row.officer + u": "_s + row.action);
        QCOMPARE(actions, (QStringList{u"Jo Officer: prepare-disclosure-log"_s,
                                       u"Jo Officer: resolve-disclosure-log-hit"_s,
                                       u"Jo Officer: submit-disclosure-log"_s,
                                       u"Sam Second: approve-disclosure-log"_s,
                                       u"Jo Officer: publish-disclosure-log"_s}));
        const auto report = m_store->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
        QCOMPARE(log.publishedLog({}, {})->size(), 1);
    }

    void returnedVersionGoesBackToItsPreparer()
    {
        DisclosureLogService log(*m_store);
        QVERIFY(log.prepare(u"DL-1"_s, u"Jo Officer"_s, april1));
        QVERIFY(log.resolve(u"DL-1"_s, u"reply-2"_s, HitDecision::Keep, u"public number"_s,
                            u"Jo Officer"_s));
        QVERIFY(log.submit(u"DL-1"_s, u"Jo Officer"_s));
        QCOMPARE(log.returnToPreparer(u"DL-1"_s, u" "_s, u"Sam Second"_s).error().code,
                 u"disclosure-log.reason-missing"_s);
        const auto returned =
            log.returnToPreparer(u"DL-1"_s, u"Redact the phone number too"_s, u"Sam Second"_s);
        QVERIFY(returned);
        QCOMPARE(returned->status, DisclosureLogStatus::Returned);
        QCOMPARE(log.approve(u"DL-1"_s, u"Sam Second"_s, april1).error().code,
                 u"disclosure-log.wrong-stage"_s);
        QVERIFY(log.resolve(u"DL-1"_s, u"reply-2"_s, HitDecision::Redact, {}, u"Jo Officer"_s));
        QVERIFY(log.submit(u"DL-1"_s, u"Jo Officer"_s));
        QVERIFY(log.approve(u"DL-1"_s, u"Sam Second"_s, april1));
        const auto published = log.publish(u"DL-1"_s, u"Sam Second"_s, april1);
        QVERIFY(published);
        QVERIFY(!DisclosureLogDraft::publishedText(*published, u"reply"_s).contains(u"01924"_s));
    }

    void correctionKeepsTheFirstPublicationDateAndIsAmended()
    {
        DisclosureLogService log(*m_store);
        approved(log, u"DL-1"_s);
        QVERIFY(log.publish(u"DL-1"_s, u"Jo Officer"_s, april1));
        const auto correction = log.prepare(u"DL-1"_s, u"Jo Officer"_s, april2);
        QVERIFY(correction);
        QCOMPARE(correction->version, 2);
        QCOMPARE(log.prepare(u"DL-1"_s, u"Jo Officer"_s, april2).error().code,
                 u"disclosure-log.draft-open"_s);
        QVERIFY(log.resolve(u"DL-1"_s, u"reply-2"_s, HitDecision::Redact, {}, u"Jo Officer"_s));
        QVERIFY(log.submit(u"DL-1"_s, u"Jo Officer"_s));
        QVERIFY(log.approve(u"DL-1"_s, u"Sam Second"_s, april2));
        // Until the correction is published the log shows version 1.
        QCOMPARE(log.publishedLog({}, {})->constFirst().version, 1);
        const auto amended = log.publish(u"DL-1"_s, u"Jo Officer"_s, april2);
        QVERIFY(amended);
        QCOMPARE(amended->firstPublishedOn, april1);
        QCOMPARE(amended->publishedOn, april2);
        QVERIFY(amended->amended());
        const auto shown = log.publishedLog({}, {});
        QCOMPARE(shown->size(), 1);
        QCOMPARE(shown->constFirst().version, 2);
        QCOMPARE(log.versions(u"DL-1"_s)->size(), 2);
        // The period: first published or amended within it.
        QCOMPARE(log.publishedLog(april2, april2)->size(), 1);
        QCOMPARE(log.publishedLog(QDate(2026, 4, 3), QDate(2026, 4, 30))->size(), 0);
    }

    void unknownCaseIsNamed()
    {
        DisclosureLogService log(*m_store);
        const auto prepared = log.prepare(u"NOPE-1"_s, u"Jo Officer"_s, april1);
        QVERIFY(!prepared);
        QVERIFY(prepared.error().message.contains(u"NOPE-1"_s));
    }
};

QTEST_GUILESS_MAIN(TestDisclosureLogService)
#include "tst_disclosure_log_service.moc"
