#include "core/services/StatisticsViewService.h"

#include "core/rules/StatisticsReports.h"
#include "core/services/StatisticsService.h"
#include "core/store/BackgroundStoreReader.h"
#include "core/store/OpenedStore.h"
#include "core/store/StatisticsFigures.h"
#include "core/support/StoreErrorCode.h"

namespace foi::core {

namespace {

const QList<RequestOutcome> allOutcomes{
    RequestOutcome::NotYetProcessed,
    RequestOutcome::GrantedInFull,
    RequestOutcome::PartlyDisclosedPartlyRefused,
    RequestOutcome::PartlyDisclosedPartlyNotHeld,
    RequestOutcome::RefusedNotHeld,
    RequestOutcome::RefusedInFull,
    RequestOutcome::LapsedOrWithdrawn,
};

QString quarterOf(const QString &month)
{
    const int number = month.mid(5, 2).toInt();
    return QStringLiteral("%1-Q%2").arg(month.left(4)).arg((number + 2) / 3);
}

// Working days from the day after receipt to the "as at" day; calendar days outside the years
// the calendar covers (which it cannot count).
int ageOf(const QDate &received, const QDate &asAt, const WorkingDayCalendar &calendar)
{
    if (calendar.covers(received) && calendar.covers(asAt))
        return calendar.workingDaysBetween(received.addDays(1), asAt);
    return int(received.daysTo(asAt));
}

Status checked(const StatisticsPeriod &period)
{
    StatisticsQuery query;
    query.from = period.from;
    query.to = period.to;
    query.asAt = period.asAt;
    return StatisticsReports::check(query);
}

} // namespace

QList<AgeBucket> StatisticsViewService::ageBuckets()
{
    return {{0, 10, 0}, {11, 20, 0}, {21, 40, 0}, {41, 60, 0}, {61, -1, 0}};
}

StatisticsViewService::StatisticsViewService(StatisticsService &statistics, StoreAddress store,
                                             const WorkingDayCalendar &calendar, Clock clock)
    : m_statistics(statistics)
    , m_calendar(calendar)
    , m_store(store)
    , m_clock(std::move(clock))
    , m_reader(std::make_unique<BackgroundStoreReader>(std::move(store)))
{}

StatisticsViewService::~StatisticsViewService() = default;

Result<StatisticsSeries> StatisticsViewService::series(StatisticsFigures &figures,
                                                       const StatisticsPeriod &period,
                                                       const WorkingDayCalendar &calendar)
{
    if (Status valid = checked(period); !valid)
        return valid.error();
    const auto received = figures.receivedByMonth(period);
    const auto answered = figures.answeredByMonth(period);
    const auto timely = figures.timelinessByMonth(period);
    const auto outcomes = figures.outcomes(period);
    const auto exemptions = figures.topExemptions(period, topExemptionCount);
    const auto open = figures.openByDayReceived(period);
    for (const Error *error :
         {received ? nullptr : &received.error(), answered ? nullptr : &answered.error(),
          timely ? nullptr : &timely.error(), outcomes ? nullptr : &outcomes.error(),
          exemptions ? nullptr : &exemptions.error(), open ? nullptr : &open.error()}) {
        if (error)
            return *error;
    }
    StatisticsSeries result;
    result.period = period;
    for (QDate month(period.from.year(), period.from.month(), 1); month <= period.to;
         month = month.addMonths(1)) {
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        result.monthly.append({key, received->value(key), answered->value(key)});
        const TimelinessPoint point = timely->value(key, {key, 0, 0});
        result.timelinessByMonth.append(point);
        const QString quarter = quarterOf(key);
        if (result.timelinessByQuarter.isEmpty() ||
            result.timelinessByQuarter.constLast().period != quarter)
            result.timelinessByQuarter.append({quarter, 0, 0});
        result.timelinessByQuarter.last().counted += point.counted;
        result.timelinessByQuarter.last().inTime += point.inTime;
    }
    for (const RequestOutcome outcome : allOutcomes)
        result.outcomes.append({outcome, outcomes->value(requestOutcomeCode(outcome))});
    result.topExemptions = *exemptions;
    result.openByAge = ageBuckets();
    for (auto day = open->cbegin(); day != open->cend(); ++day) {
        const int age = ageOf(day.key(), period.asAt, calendar);
        for (AgeBucket &bucket : result.openByAge) {
            if (age >= bucket.first && (bucket.last < 0 || age <= bucket.last)) {
                bucket.requests += day.value();
                break;
            }
        }
    }
    return result;
}

namespace {

// Brings the summaries up to date through a store opened here, on the worker, for writing
// (SQLite lets it write beside the GUI's connection, as a server does; each batch is one short
// transaction).
Status summariseInOwnStore(const StoreAddress &address, const WorkingDayCalendar &calendar,
                           const ExemptionCatalogue &catalogue, const Clock &clock)
{
    Result<std::unique_ptr<OpenedStore>> store = OpenedStore::open(
        address, CaseStore::OpenMode::ReadWrite, CaseStore::Options{.clock = clock});
    if (!store)
        return store.error();
    StatisticsService statistics((*store)->repositories(), calendar, catalogue);
    return statistics.summarise();
}

} // namespace

void StatisticsViewService::request(const StatisticsPeriod &period,
                                    std::function<void(const Result<StatisticsSeries> &)> done)
{
    if (Status valid = checked(period); !valid) {
        done(valid.error());
        return;
    }
    const Result<bool> current = m_statistics.summariesCurrent();
    if (!current) {
        done(current.error());
        return;
    }
    if (!*current && !m_statistics.maySummarise()) {
        done(StatisticsService::summariesOutOfDate());
        return;
    }
    m_reader->submit([period, calendar = m_calendar, summariseFirst = !*current,
                      catalogue = &m_statistics.catalogue(), address = m_store, clock = m_clock,
                      done = std::move(done)](BackgroundStoreReader::Context &context) {
        if (!context.connection) {
            const Error error = Error::make(context.failureCode, context.failure);
            context.post([done, error] { done(error); });
            return;
        }
        if (summariseFirst) {
            if (Status summarised = summariseInOwnStore(address, calendar, *catalogue, clock);
                !summarised) {
                context.post([done, error = summarised.error()] { done(error); });
                return;
            }
        }
        StatisticsFigures figures(*context.connection);
        Result<StatisticsSeries> counted = series(figures, period, calendar);
        if (!counted && (counted.error().code == StoreErrorCode::Interrupted || context.stale()))
            return;
        context.post([done, counted = std::move(counted)] { done(counted); });
    });
}

} // namespace foi::core
