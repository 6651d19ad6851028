// A request that ends without a reply (issue 24 point 8): withdrawn by the requester, lapsed
// because the clarification sought under FOIA s1(3) never came, reopened; and a case created in
// error deleted the same day with nothing sent. Each is audited, closes or reopens the case for
// the list and the statistics, stops or restarts its clock, and blocks or allows the reply.

#include "tests/support/ReferenceCase.h"

#include "core/law/EnvironmentalTerms.h"
#include "core/model/CaseFile.h"
#include "core/model/CaseOutcome.h"
#include "core/rules/CaseChecker.h"
#include "core/services/CaseChangeDescriber.h"
#include "core/services/CaseHistory.h"
#include "core/services/CaseImportService.h"
#include "core/services/CaseLifecycle.h"
#include "core/services/CaseLifecycleService.h"
#include "core/services/CaseRecordMapper.h"
#include "core/services/SendReadiness.h"
#include "core/store/AuditTrail.h"
#include "core/store/CaseStore.h"
#include "core/store/ReviewRegister.h"
#include "core/support/StoreErrorCode.h"
#include "tests/support/StoreOptions.h"
#include "tests/support/TestStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace foi::core;

Q_DECLARE_METATYPE(Case)

namespace {

const QString officer = QStringLiteral("Jo Officer");

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The reference case before its reply: received 14 May 2018, nothing sent.
Case openCase()
{
    Case theCase = testsupport::referenceCase();
    theCase.reply.sentOn = {};
    theCase.reply.sent.clear();
    return theCase;
}

Case awaitingClarification(const QDate &sought)
{
    Case theCase = openCase();
    theCase.clockChanges = {ClockChange{ClockChangeKind::ClarificationSought, sought, {}, {}}};
    return theCase;
}

LapsePolicy policy()
{
    auto built = LapsePolicy::builtIn();
    if (!built)
        qFatal("%s", qPrintable(built.error().message));
    return *built;
}

} // namespace

class TestCaseLifecycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::TestStore> m_store;
    std::shared_ptr<QDateTime> m_now;

    void import(const Case &theCase)
    {
        const QString path = testsupport::writeCaseFile(
            m_dir.filePath(theCase.reference + QStringLiteral(".json")), theCase);
        auto report =
            CaseImportService(*m_store, WorkingDayCalendar::builtIn()).importFiles({path}, officer);
        QVERIFY(report && report->ok());
    }

private slots:
    void init()
    {
        m_now = std::make_shared<QDateTime>(QDateTime(d("2026-12-07"), QTime(10, 0)));
        m_store =
            testsupport::TestStore::create(m_dir.path(), [now = m_now] { return now->toUTC(); });
        QVERIFY(m_store);
    }

    void theBuiltInWaitForClarificationIsThreeMonthsWithItsSource()
    {
        // s1(3) sets no period: the three months are our reading (resources/law/README.md).
        QCOMPARE(policy().clarificationWaitMonths(), 3);
        QVERIFY(policy().source().contains(QStringLiteral("s1(3)")));
        QCOMPARE(policy().earliestLapse(d("2026-08-31")), d("2026-11-30"));
        QVERIFY(!LapsePolicy::fromJson(R"({"clarification_wait_months": 0, "source": "x"})"));
        const auto noSource = LapsePolicy::fromJson(R"({"clarification_wait_months": 3})");
        QVERIFY(!noSource);
        QCOMPARE(noSource.error().code, QStringLiteral("law.lapse.invalid"));
    }

    void aWithdrawnRequestIsClosedCountedAndItsClockStopped()
    {
        const Case theCase = openCase();
        QCOMPARE(CaseRecordMapper::toRecord(theCase, WorkingDayCalendar::builtIn()).status,
                 QStringLiteral("open"));
        const auto withdrawn = CaseLifecycle::withdraw(
            theCase, d("2018-05-20"), QStringLiteral("The requester emailed to withdraw it."),
            officer, d("2026-12-07"));
        QVERIFY2(withdrawn, qPrintable(withdrawn ? QString() : withdrawn.error().message));
        QCOMPARE(withdrawn->closure()->kind, LifecycleKind::Withdrawn);
        QCOMPARE(withdrawn->closure()->officer, officer);
        QCOMPARE(CaseOutcome::ofCase(*withdrawn), Outcome::Withdrawn);
        const CaseRecord record =
            CaseRecordMapper::toRecord(*withdrawn, WorkingDayCalendar::builtIn());
        QCOMPARE(record.status, QStringLiteral("closed"));
        QCOMPARE(record.outcome, QStringLiteral("withdrawn"));
        QCOMPARE(record.closedOn, d("2018-05-20"));
        // Not overdue: s10(1)'s reply is no longer owed, so no lateness finding years later.
        CheckContext context{d("2026-12-07"), d("2018-06-12")};
        const CaseChecker checker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                  EnvironmentalTerms::builtIn());
        for (const Finding &finding : checker.check(*withdrawn, context))
            QVERIFY(finding.code != QStringLiteral("S10-LATE-WITHOUT-APOLOGY"));
        bool lateWhenOpen = false;
        for (const Finding &finding : checker.check(theCase, context))
            lateWhenOpen =
                lateWhenOpen || finding.code == QStringLiteral("S10-LATE-WITHOUT-APOLOGY");
        QVERIFY(lateWhenOpen);
    }

    void aClosedRequestCannotBeSentUntilReopened()
    {
        const Case withdrawn = *CaseLifecycle::withdraw(openCase(), d("2018-05-20"),
                                                        QStringLiteral("Withdrawn by phone."),
                                                        officer, d("2026-12-07"));
        const SendReadiness closed = SendReadiness::assess(withdrawn, SendFacts{});
        QVERIFY(!closed.ready());
        QVERIFY(closed.has(QStringLiteral("send.closed")));
        QVERIFY(!closed.overridable());
        const auto reopened = CaseLifecycle::reopen(
            withdrawn, d("2018-05-22"), QStringLiteral("The requester asked us to carry on."),
            officer, d("2026-12-07"));
        QVERIFY(reopened);
        QVERIFY(!reopened->closure());
        QCOMPARE(CaseRecordMapper::toRecord(*reopened, WorkingDayCalendar::builtIn()).status,
                 QStringLiteral("open"));
        QVERIFY(!SendReadiness::assess(*reopened, SendFacts{}).has(QStringLiteral("send.closed")));
        QCOMPARE(reopened->lifecycle.size(), 2);
    }

    void refusalsSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<Case>("theCase");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("code");
        const Case open = openCase();
        const QString why = QStringLiteral("Asked to.");
        QTest::newRow("no reason") << "withdraw" << open << d("2018-05-20") << "  "
                                   << "lifecycle.no-reason";
        QTest::newRow("no day") << "withdraw" << open << QDate() << why << "lifecycle.no-date";
        QTest::newRow("future") << "withdraw" << open << d("2026-12-08") << why
                                << "lifecycle.future-date";
        QTest::newRow("before receipt")
            << "withdraw" << open << d("2018-05-13") << why << "lifecycle.before-receipt";
        QTest::newRow("replied") << "withdraw" << testsupport::referenceCase() << d("2018-06-20")
                                 << why << "lifecycle.replied";
        const Case withdrawn =
            *CaseLifecycle::withdraw(open, d("2018-05-20"), why, officer, d("2026-12-07"));
        QTest::newRow("twice") << "withdraw" << withdrawn << d("2018-05-21") << why
                               << "lifecycle.already-closed";
        QTest::newRow("reopen open")
            << "reopen" << open << d("2018-05-21") << why << "lifecycle.not-closed";
        QTest::newRow("reopen before closing")
            << "reopen" << withdrawn << d("2018-05-19") << why << "lifecycle.before-closure";
        // s1(3): only a request waiting for the clarification asked for can lapse ...
        QTest::newRow("lapse, nothing sought")
            << "lapse" << open << d("2018-09-20") << why << "lapse.no-clarification";
        Case answered = awaitingClarification(d("2018-05-15"));
        answered.clockChanges.append(
            ClockChange{ClockChangeKind::ClarificationReceived, d("2018-05-30"), {}, {}});
        QTest::newRow("lapse, clarified")
            << "lapse" << answered << d("2018-09-20") << why << "lapse.no-clarification";
        // ... and only once the three months of the reading are over.
        QTest::newRow("lapse, too early") << "lapse" << awaitingClarification(d("2018-05-15"))
                                          << d("2018-08-14") << why << "lapse.too-early";
    }

    void refusalsSayWhatIsWrong()
    {
        QFETCH(QString, verb);
        QFETCH(Case, theCase);
        QFETCH(QDate, on);
        QFETCH(QString, reason);
        QFETCH(QString, code);
        const QDate today = d("2026-12-07");
        const Result<Case> result =
            verb == QLatin1String("withdraw")
                ? CaseLifecycle::withdraw(theCase, on, reason, officer, today)
            : verb == QLatin1String("reopen")
                ? CaseLifecycle::reopen(theCase, on, reason, officer, today)
                : CaseLifecycle::lapse(theCase, on, reason, officer, today, policy());
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
    }

    void aRequestLapsesThreeMonthsAfterClarificationWasSought()
    {
        // s1(3) and s10(6)(b): clarification sought on 15 May 2018 and never received.
        const Case waiting = awaitingClarification(d("2018-05-15"));
        const auto lapsed = CaseLifecycle::lapse(waiting, d("2018-08-15"),
                                                 QStringLiteral("No reply to our letter."), officer,
                                                 d("2026-12-07"), policy());
        QVERIFY2(lapsed, qPrintable(lapsed ? QString() : lapsed.error().message));
        QCOMPARE(CaseOutcome::ofCase(*lapsed), Outcome::Lapsed);
        QCOMPARE(CaseRecordMapper::toRecord(*lapsed, WorkingDayCalendar::builtIn()).outcome,
                 QStringLiteral("lapsed"));
        const QString early = CaseLifecycle::lapse(waiting, d("2018-08-14"), QStringLiteral("x"),
                                                   officer, d("2026-12-07"), policy())
                                  .error()
                                  .message;
        QVERIFY2(early.contains(QStringLiteral("15 August 2018")), qPrintable(early));
    }

    void theLifecycleTravelsInTheCaseFileAndTheHistory()
    {
        Case theCase = *CaseLifecycle::withdraw(openCase(), d("2018-05-20"),
                                                QStringLiteral("Withdrawn by email."), officer,
                                                d("2026-12-07"));
        const QByteArray file = CaseFile::write(theCase);
        QCOMPARE(QJsonDocument::fromJson(file).object().value(u"formatVersion").toInt(), 3);
        const auto read = CaseFile::read(file);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->lifecycle, theCase.lifecycle);
        const QString line = CaseChangeDescriber::sentence(
            QJsonDocument::fromJson(CaseFile::write(openCase())).object(),
            QJsonDocument::fromJson(file).object());
        QVERIFY2(line.contains(QStringLiteral("withdrawn on 2018-05-20")) &&
                     line.contains(QStringLiteral("Withdrawn by email.")),
                 qPrintable(line));
    }

    void theServiceSavesEachChangeAuditedInTheOfficersName()
    {
        Case theCase = openCase();
        theCase.reference = QStringLiteral("W-1");
        import(theCase);
        CaseLifecycleService service(*m_store, policy(), WorkingDayCalendar::builtIn());
        const auto withdrawn =
            service.withdraw(QStringLiteral("W-1"), d("2018-05-20"), QStringLiteral("By email."),
                             officer, d("2026-12-07"));
        QVERIFY(withdrawn);
        const auto stored = m_store->cases().load(QStringLiteral("W-1"));
        QVERIFY(stored);
        QCOMPARE(stored->record.status, QStringLiteral("closed"));
        QCOMPARE(stored->record.outcome, QStringLiteral("withdrawn"));
        QCOMPARE(stored->record.closedOn, d("2018-05-20"));
        const auto refused = service.withdraw(QStringLiteral("W-1"), d("2018-05-21"),
                                              QStringLiteral("Again."), officer, d("2026-12-07"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("lifecycle.already-closed"));
        QVERIFY(service.reopen(QStringLiteral("W-1"), d("2018-05-22"), QStringLiteral("Back."),
                               officer, d("2026-12-07")));
        QCOMPARE(m_store->cases().load(QStringLiteral("W-1"))->record.status,
                 QStringLiteral("open"));
        const auto history = CaseHistory(m_store->audit()).of(QStringLiteral("W-1"));
        QVERIFY(history);
        QString lines;
        for (const auto &entry : *history)
            lines += entry.change + u'\n';
        QVERIFY2(lines.contains(QStringLiteral("withdrawn on 2018-05-20")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("eopened the request on 2018-05-22")),
                 qPrintable(lines));
        const auto report = m_store->audit().verify({});
        QVERIFY(report && report->intact);
    }

    void aCaseCreatedInErrorIsDeletedTheSameDayAndTheChainStillVerifies()
    {
        Case theCase = openCase();
        theCase.reference = QStringLiteral("E-1");
        import(theCase);
        QVERIFY(m_store->cases().mayDeleteCreatedInError(QStringLiteral("E-1")));
        const auto noReason = m_store->cases().deleteCreatedInError(QStringLiteral("E-1"),
                                                                    QStringLiteral(" "), officer);
        QCOMPARE(noReason.error().code, QStringLiteral("delete.no-reason"));
        QVERIFY(m_store->cases().load(QStringLiteral("E-1")));
        QVERIFY(CaseLifecycleService(*m_store, policy(), WorkingDayCalendar::builtIn())
                    .deleteCreatedInError(QStringLiteral("E-1"), QStringLiteral("Logged twice."),
                                          officer));
        const auto gone = m_store->cases().load(QStringLiteral("E-1"));
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, QString(StoreErrorCode::NotFound));
        // The audit rows stay, one more records the deletion, and the chain verifies.
        const auto rows = m_store->audit().rowsFor(QStringLiteral("E-1"), {QStringLiteral("case")});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->constFirst().action, QStringLiteral("create-case"));
        QCOMPARE(rows->constLast().action, QStringLiteral("delete-case"));
        QVERIFY(rows->constLast().summary.contains(QStringLiteral("Logged twice.")));
        const auto report = m_store->audit().verify({});
        QVERIFY(report && report->intact);
        const auto history = CaseHistory(m_store->audit()).of(QStringLiteral("E-1"));
        QVERIFY(history);
        QVERIFY2(history->constFirst().change.contains(QStringLiteral("Deleted the case")),
                 qPrintable(history->constFirst().change));
        QCOMPARE(m_store->cases().firstCaseDifferingFromAudit().value(), QString());
    }

    void deletionIsRefusedOnAnotherDayOrOnceSomethingWentOut()
    {
        Case theCase = openCase();
        for (const char *reference : {"D-1", "D-2", "D-3"}) {
            theCase.reference = QString::fromLatin1(reference);
            import(theCase);
        }
        QVERIFY(m_store->replies().record(QStringLiteral("D-2"), "%PDF-1.7 sent",
                                          QStringLiteral("r.pdf"),
                                          QStringLiteral("application/pdf"), officer));
        const QByteArray exportedDocument =
            m_store->cases().load(QStringLiteral("D-3"))->record.document;
        ReviewExportRecord exported{QStringLiteral("D-3"),
                                    QStringLiteral("ab"),
                                    AuditTrail::sha256Hex(exportedDocument),
                                    QStringLiteral("2026-12-07T10:00:00Z"),
                                    officer,
                                    QStringLiteral("ff"),
                                    {},
                                    false};
        QVERIFY(m_store->reviews().recordExport(exported));
        QCOMPARE(m_store->cases().mayDeleteCreatedInError(QStringLiteral("D-2")).error().code,
                 QStringLiteral("delete.sent"));
        QCOMPARE(m_store->cases().mayDeleteCreatedInError(QStringLiteral("D-3")).error().code,
                 QStringLiteral("delete.exported"));
        *m_now = m_now->addDays(1);
        const auto late = m_store->cases().deleteCreatedInError(QStringLiteral("D-1"),
                                                                QStringLiteral("Oops."), officer);
        QVERIFY(!late);
        QCOMPARE(late.error().code, QStringLiteral("delete.not-today"));
        QVERIFY(m_store->cases().load(QStringLiteral("D-1")));
    }
};

QTEST_GUILESS_MAIN(TestCaseLifecycle)
#include "tst_case_lifecycle.moc"
