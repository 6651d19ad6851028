#include "core/intake/ReferenceAllocator.h"
#include "core/law/BankHolidayCalendar.h"
#include "core/rules/AuthorityClocks.h"
#include "core/services/AuthorityMatterService.h"
#include "core/services/CaseEditingService.h"
#include "core/services/MatterService.h"
#include "core/store/AuditTrail.h"
#include "core/store/AuthorityMatterRegister.h"
#include "core/store/CaseStore.h"
#include "core/support/StoreErrorCode.h"
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

RequirementTerms within(const char *what, int workingDays)
{
    return {QString::fromUtf8(what), {}, workingDays};
}

RequirementTerms by(const char *what, const QDate &due)
{
    return {QString::fromUtf8(what), due, 0};
}

AuthorityMatterNotice notice(const QDate &dated)
{
    AuthorityMatterNotice details;
    details.icoReference = QStringLiteral("ENF0123456");
    details.dated = dated;
    details.summary = QStringLiteral("Requests answered late");
    return details;
}

} // namespace

// Enforcement notices (FOIA s52) and practice recommendations (FOIA s48): matters of the
// authority as a whole, needing no request, whose dated requirements sit on the same deadline
// list as every case's clocks (issue: after the reply, point 4).
class TestAuthorityMatters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDate m_today = d("2025-03-12");
    std::unique_ptr<testsupport::TestStore> m_store;
    std::unique_ptr<CaseEditingService> m_cases;
    RegulatorClocks m_regulatorClocks = *RegulatorClocks::builtIn();
    std::unique_ptr<RegulatorDeadlineCalculator> m_regulator;
    std::unique_ptr<AuthorityMatterService> m_authority;
    std::unique_ptr<MatterService> m_matters;

private slots:
    void init()
    {
        m_today = d("2025-03-12");
        m_store = testsupport::TestStore::create(m_dir.path(), foi::core::Clock::system());
        QVERIFY(m_store);
        m_cases = std::make_unique<CaseEditingService>(
            *m_store, *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
            WorkingDayCalendar::builtIn());
        m_cases->setOfficer(QStringLiteral("FOI Manager"));
        m_authority = std::make_unique<AuthorityMatterService>(
            *m_store, *m_cases, WorkingDayCalendar::builtIn(), [this] { return m_today; });
        m_regulator = std::make_unique<RegulatorDeadlineCalculator>(m_regulatorClocks,
                                                                    BankHolidayCalendar::builtIn());
        m_matters =
            std::make_unique<MatterService>(*m_store, *m_cases, WorkingDayCalendar::builtIn(),
                                            *m_regulator, [this] { return m_today; });
    }

    // s52: the notice dated Mon 10 Mar 2025 asks for an action plan within 30 working days:
    // Thu 24 Apr 2025 on the union calendar (St Patrick's Day 17 Mar, Good Friday 18 Apr and
    // Easter Monday 21 Apr are not working days); a second requirement has the notice's own date.
    void anEnforcementNoticeNeedsNoRequestAndCountsItsActionPlanInWorkingDays()
    {
        const Result<AuthorityMatter> matter = m_authority->open(
            AuthorityMatterKind::EnforcementNotice, notice(d("2025-03-10")),
            {within("Action plan", 30), by("Backlog of late requests cleared", d("2025-06-30"))});
        QVERIFY2(matter, qPrintable(matter ? QString() : matter.error().message));
        QCOMPARE(matter->id, QStringLiteral("EN1"));
        QCOMPARE(matter->officer, QStringLiteral("FOI Manager"));
        QCOMPARE(matter->received, d("2025-03-10"));
        QCOMPARE(matter->requirements.at(0).due, d("2025-04-24"));
        QCOMPARE(matter->requirements.at(1).due, d("2025-06-30"));
        // Stored, audited under its own id, and the chain still verifies.
        QCOMPARE(*m_store->authorityMatters().load(QStringLiteral("EN1")), *matter);
        const auto rows =
            m_store->audit().rowsFor(QStringLiteral("EN1"), {QStringLiteral("authority-matter")});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).action, QStringLiteral("open-authority-matter"));
        QVERIFY(m_store->verify());

        const Result<QList<OpenClock>> clocks = m_authority->openClocks();
        QVERIFY(clocks);
        QCOMPARE(clocks->size(), 2);
        QCOMPARE(clocks->at(0).kind, ClockKind::AuthorityRequirement);
        QCOMPARE(clocks->at(0).matterId, QStringLiteral("EN1"));
        QCOMPARE(clocks->at(0).what, QStringLiteral("Action plan"));
        QCOMPARE(clocks->at(0).officer, QStringLiteral("FOI Manager"));
        QCOMPARE(clocks->at(0).note, QStringLiteral("Enforcement notice (s52) ENF0123456: 30 "
                                                    "working days from 2025-03-10"));
    }

    // The same deadline list as the cases' clocks: `matter list` and the Deadlines view read
    // MatterService::openClocksInStore, where an authority-wide row has no case reference.
    void requirementsJoinTheStoreWideDeadlineList()
    {
        QVERIFY(m_authority->open(AuthorityMatterKind::PracticeRecommendation,
                                  notice(d("2025-03-03")), {within("Action plan", 30)}));
        const auto clocks = m_matters->openClocksInStore();
        QVERIFY(clocks);
        QCOMPARE(clocks->size(), 1);
        QCOMPARE(clocks->at(0).reference, QString());
        QCOMPARE(clocks->at(0).clock.matterId, QStringLiteral("PR1"));
        QCOMPARE(clocks->at(0).clock.status, ClockStatus::Open);
        m_today = d("2025-05-01"); // past the plan's date: overdue, in red on the view
        QCOMPARE(m_matters->openClocksInStore()->at(0).clock.status, ClockStatus::Overdue);
    }

    void eachRequirementIsMetThenTheMatterCloses()
    {
        QVERIFY(m_authority->open(AuthorityMatterKind::EnforcementNotice, notice(d("2025-03-10")),
                                  {within("Action plan", 30), by("Backlog", d("2025-06-30"))}));
        m_today = d("2025-07-01");
        const Status early = m_authority->close(QStringLiteral("EN1"), m_today);
        QVERIFY(!early);
        QCOMPARE(early.error().code, QStringLiteral("matter.requirement_outstanding"));
        QVERIFY(m_authority->meetRequirement(QStringLiteral("en1"), 0, d("2025-04-22")));
        QCOMPARE(m_authority->openClocks()->size(), 1);
        QVERIFY(m_authority->meetRequirement(QStringLiteral("EN1"), 1, d("2025-06-27")));
        QVERIFY(m_authority->close(QStringLiteral("EN1"), m_today));
        QVERIFY(m_authority->openClocks()->isEmpty());
        QCOMPARE(m_store->authorityMatters().load(QStringLiteral("EN1"))->closed,
                 std::optional(m_today));
        QCOMPARE(m_store->authorityMatters().all(true)->size(), 0);
        QCOMPARE(m_store->authorityMatters().all(false)->size(), 1);
        // A second notice gets the next number.
        QCOMPARE(
            m_authority->open(AuthorityMatterKind::EnforcementNotice, notice(d("2025-06-02")), {})
                ->id,
            QStringLiteral("EN2"));
    }

    // Bad input gets a message naming the field, and nothing is saved.
    void badInputIsRefusedAndNothingIsSaved_data()
    {
        QTest::addColumn<QDate>("dated");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("code");
        QTest::newRow("no date") << QDate() << u"ENF1"_qs << u"Plan"_qs << QDate() << 30
                                 << u"matter.notice_date_missing"_qs;
        QTest::newRow("dated after today") << d("2025-03-20") << u"ENF1"_qs << u"Plan"_qs << QDate()
                                           << 30 << u"matter.notice_in_future"_qs;
        QTest::newRow("no ICO reference") << d("2025-03-10") << QString() << u"Plan"_qs << QDate()
                                          << 30 << u"matter.ico_reference_missing"_qs;
        QTest::newRow("requirement due before the notice")
            << d("2025-03-10") << u"ENF1"_qs << u"Plan"_qs << d("2025-03-07") << 0
            << u"matter.requirement_before_notice"_qs;
        QTest::newRow("requirement with no date")
            << d("2025-03-10") << u"ENF1"_qs << u"Plan"_qs << QDate() << 0
            << u"matter.requirement_due_missing"_qs;
        QTest::newRow("requirement with no words")
            << d("2025-03-10") << u"ENF1"_qs << QString() << QDate() << 30
            << u"matter.requirement_what_missing"_qs;
    }
    void badInputIsRefusedAndNothingIsSaved()
    {
        QFETCH(QDate, dated);
        QFETCH(QString, reference);
        QFETCH(QString, what);
        QFETCH(QDate, due);
        QFETCH(int, days);
        QFETCH(QString, code);
        AuthorityMatterNotice details = notice(dated);
        details.icoReference = reference;
        const Result<AuthorityMatter> matter = m_authority->open(
            AuthorityMatterKind::EnforcementNotice, details, {RequirementTerms{what, due, days}});
        QVERIFY(!matter);
        QCOMPARE(matter.error().code, code);
        QVERIFY(!matter.error().message.isEmpty());
        QCOMPARE(m_store->authorityMatters().all(false)->size(), 0);
    }

    void anUnknownMatterOrRequirementIsNamed()
    {
        const Status missing = m_authority->meetRequirement(QStringLiteral("EN9"), 0, m_today);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QString(StoreErrorCode::NotFound));
        QVERIFY(missing.error().message.contains(QStringLiteral("EN9")));
        QVERIFY(m_authority->open(AuthorityMatterKind::EnforcementNotice, notice(d("2025-03-10")),
                                  {within("Action plan", 30)}));
        const Status noSuch = m_authority->meetRequirement(QStringLiteral("EN1"), 3, m_today);
        QVERIFY(!noSuch);
        QCOMPARE(noSuch.error().code, QStringLiteral("matter.no_requirement"));
        QVERIFY(AuthorityMatterService::isAuthorityMatterId(QStringLiteral("pr12")));
        QVERIFY(!AuthorityMatterService::isAuthorityMatterId(QStringLiteral("ICO1")));
    }
};

QTEST_GUILESS_MAIN(TestAuthorityMatters)
#include "tst_authority_matters.moc"
