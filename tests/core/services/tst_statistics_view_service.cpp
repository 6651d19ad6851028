#include "core/law/ExemptionCatalogue.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/services/StatisticsService.h"
#include "core/services/StatisticsViewService.h"
#include "tests/core/store/StoreTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct Summary
{
    const char *reference;
    Regime regime;
    const char *received;
    const char *sent;
    const char *lawfulDue;
    RequestOutcome outcome;
    QStringList exemptions;
    const char *suspendedOn = "";
};

// Nine requests whose figures are counted by hand below (dates of 2026 unless said).
const QList<Summary> summaries{
    // A: answered in time in January.
    {"ST-A",
     Regime::Foia,
     "2026-01-05",
     "2026-01-20",
     "2026-02-02",
     RequestOutcome::GrantedInFull,
     {}},
    // B: received in January, answered late in February.
    {"ST-B",
     Regime::Foia,
     "2026-01-12",
     "2026-02-20",
     "2026-02-09",
     RequestOutcome::RefusedInFull,
     {u"s31(1)(a)"_s, u"s40(2)"_s}},
    // C: in time in February.
    {"ST-C",
     Regime::Foia,
     "2026-02-02",
     "2026-02-27",
     "2026-03-02",
     RequestOutcome::PartlyDisclosedPartlyRefused,
     {u"s31(1)(a)"_s}},
    // D: unanswered and past its due date: late, open.
    {"ST-D", Regime::Foia, "2026-02-16", "", "2026-03-16", RequestOutcome::NotYetProcessed, {}},
    // E (EIR): waiting for clarification since 12 March: neither in time nor late, open.
    {"ST-E",
     Regime::Eir,
     "2026-03-10",
     "",
     "2026-04-08",
     RequestOutcome::NotYetProcessed,
     {},
     "2026-03-12"},
    // F: lapsed: processed, not counted for timeliness, not open.
    {"ST-F", Regime::Foia, "2026-03-25", "", "2026-04-23", RequestOutcome::LapsedOrWithdrawn, {}},
    // G: received after the period: open only.
    {"ST-G", Regime::Foia, "2026-04-27", "", "2026-05-26", RequestOutcome::NotYetProcessed, {}},
    // H: received in December 2025, answered in January.
    {"ST-H",
     Regime::Foia,
     "2025-12-15",
     "2026-01-08",
     "2026-01-14",
     RequestOutcome::GrantedInFull,
     {}},
    // I: its reply went after the "as at" day: not yet processed then, late, open.
    {"ST-I",
     Regime::Foia,
     "2026-03-30",
     "2026-05-05",
     "2026-04-28",
     RequestOutcome::RefusedNotHeld,
     {u"s43(2)"_s}},
};

StatisticsPeriod quarterOne(std::optional<Regime> regime = std::nullopt)
{
    return {d("2026-01-01"), d("2026-03-31"), d("2026-04-30"), regime};
}

} // namespace

// Issue 18 point 4: the Statistics view's series, counted by aggregate SQL over the summary
// table, against counts made by hand of the nine requests above.
class StatisticsViewServiceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<StatisticsService> m_statistics;
    std::unique_ptr<StatisticsViewService> m_view;

    Result<StatisticsSeries> seriesOf(const StatisticsPeriod &period)
    {
        std::optional<Result<StatisticsSeries>> answer;
        m_view->request(period,
                        [&answer](const Result<StatisticsSeries> &series) { answer = series; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
            qFatal("no series delivered");
        return *answer;
    }

private slots:
    void initTestCase()
    {
        m_store = storetest::create(m_dir.filePath(u"view.foistore"_s));
        QVERIFY(m_store);
        QList<CaseRecord> records;
        for (const Summary &s : summaries) {
            CaseRecord record =
                storetest::record(QString::fromLatin1(s.reference), u"Roads"_s, d(s.received));
            StatisticsRecord statistics;
            statistics.reference = record.reference;
            statistics.regime = s.regime;
            statistics.received = d(s.received);
            statistics.sent = d(s.sent);
            statistics.lawfulDue = d(s.lawfulDue);
            statistics.outcome = s.outcome;
            statistics.exemptions = s.exemptions;
            statistics.suspendedOn = d(s.suspendedOn);
            record.statistics = statistics;
            record.statisticsCalendar = WorkingDayCalendar::builtIn().fingerprint();
            records.append(record);
        }
        QVERIFY(m_store->cases().saveAll(records, u"officer"_s));
        m_statistics = std::make_unique<StatisticsService>(*m_store, WorkingDayCalendar::builtIn(),
                                                           ExemptionCatalogue::builtIn());
        m_view = std::make_unique<StatisticsViewService>(
            *m_statistics, StoreAddress::file(m_store->path()), WorkingDayCalendar::builtIn(),
            Clock::system());
    }

    void receivedAndAnsweredPerMonth()
    {
        const auto series = seriesOf(quarterOne());
        QVERIFY2(series, qPrintable(series ? QString() : series.error().detail));
        // Received: A, B | C, D | E, F, I. Answered: H (8 Jan), A | B, C | none (I after as at).
        QCOMPARE(series->monthly,
                 (QList<MonthlyCount>{
                     {u"2026-01"_s, 2, 2}, {u"2026-02"_s, 2, 2}, {u"2026-03"_s, 3, 0}}));
    }

    void shareInTimePerMonthAndQuarter()
    {
        const auto series = seriesOf(quarterOne());
        QVERIFY(series);
        // January: A in time, B late. February: C in time, D late (unanswered past 16 March).
        // March: I late (unanswered past 28 April as at the 30th); E waits for the requester
        // (s1(3)) and F lapsed, so neither is counted.
        QCOMPARE(series->timelinessByMonth,
                 (QList<TimelinessPoint>{
                     {u"2026-01"_s, 2, 1}, {u"2026-02"_s, 2, 1}, {u"2026-03"_s, 1, 0}}));
        QCOMPARE(series->timelinessByQuarter, (QList<TimelinessPoint>{{u"2026-Q1"_s, 5, 2}}));
    }

    void outcomesAsAtTheDay()
    {
        const auto series = seriesOf(quarterOne());
        QVERIFY(series);
        // I's reply went on 5 May: as at 30 April it is not yet processed, like D and E.
        QCOMPARE(series->outcomes,
                 (QList<OutcomeCount>{{RequestOutcome::NotYetProcessed, 3},
                                      {RequestOutcome::GrantedInFull, 1},
                                      {RequestOutcome::PartlyDisclosedPartlyRefused, 1},
                                      {RequestOutcome::PartlyDisclosedPartlyNotHeld, 0},
                                      {RequestOutcome::RefusedNotHeld, 0},
                                      {RequestOutcome::RefusedInFull, 1},
                                      {RequestOutcome::LapsedOrWithdrawn, 1}}));
    }

    void mostUsedExemptionsOfTheProcessedRequests()
    {
        const auto series = seriesOf(quarterOne());
        QVERIFY(series);
        // B and C relied on s31(1)(a), B on s40(2); I's s43(2) went out after the day.
        QCOMPARE(series->topExemptions,
                 (QList<ExemptionCount>{{u"s31(1)(a)"_s, 2}, {u"s40(2)"_s, 1}}));
    }

    // Working days (FOIA s10(6): no weekends, and no bank holiday anywhere in the UK: 17 March
    // (St Patrick's Day), 3 and 6 April 2026) from the day after receipt to 30 April.
    void openRequestsByAgeInWorkingDays()
    {
        const auto series = seriesOf(quarterOne());
        QVERIFY(series);
        // G: 28-30 April = 3. I: 31 March + 20 April days = 21. E: 14 March days + 20 = 34.
        // D: 9 in February + 21 in March + 20 in April = 50.
        QCOMPARE(
            series->openByAge,
            (QList<AgeBucket>{{0, 10, 1}, {11, 20, 0}, {21, 40, 2}, {41, 60, 1}, {61, -1, 0}}));
    }

    void oneRegimeAlone()
    {
        const auto series = seriesOf(quarterOne(Regime::Eir));
        QVERIFY(series);
        QCOMPARE(series->monthly,
                 (QList<MonthlyCount>{
                     {u"2026-01"_s, 0, 0}, {u"2026-02"_s, 0, 0}, {u"2026-03"_s, 1, 0}}));
        QCOMPARE(series->outcomes.constFirst(), (OutcomeCount{RequestOutcome::NotYetProcessed, 1}));
        QCOMPARE(series->openByAge.at(2).requests, 1);
        QCOMPARE(series->openByAge.at(0).requests + series->openByAge.at(3).requests, 0);
    }

    void badPeriodIsRefused()
    {
        StatisticsPeriod backwards = quarterOne();
        backwards.from = d("2026-04-01");
        const auto series = seriesOf(backwards);
        QVERIFY(!series);
        QCOMPARE(series.error().code, u"statistics.bad-period"_s);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_statistics.reset();
        m_store.reset();
    }
};

QTEST_GUILESS_MAIN(StatisticsViewServiceTest)
#include "tst_statistics_view_service.moc"
