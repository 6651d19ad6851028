// Issue 20 point 2: the Statistics view's figures (StatisticsFigures, aggregate SQL over the
// summary tables of migration 17) give the same answers on a team store as on a store file. The
// same five requests, with the same summaries, are written to both back ends and every figure is
// compared, with its expected value. The timeliness figures counted with sum() over a truth value,
// which SQLite allows and PostgreSQL refuses (it has no sum(boolean)); they now use count(*)
// FILTER (WHERE ...), which both read (SQLite since 3.30).

#include "core/store/AuditTrail.h"
#include "core/store/CaseRepository.h"
#include "core/store/PostgresMigrations.h"
#include "core/store/StatisticsFigures.h"
#include "core/store/StatisticsSummaries.h"
#include "core/store/StoreConnection.h"
#include "tests/core/store/StoreTestSupport.h"
#include "tests/postgres/ThrowawayPostgres.h"

#include <QTemporaryDir>
#include <QTest>

using foi::core::AuditTrail;
using foi::core::CaseRepository;
using foi::core::RefusalReason;
using foi::core::RequestOutcome;
using foi::core::StatisticsFigures;
using foi::core::StatisticsPeriod;
using foi::core::StatisticsRecord;
using foi::core::StatisticsSummaries;
using foi::core::StoreConnection;

namespace {

struct Request
{
    const char *reference;
    QDate received;
    QDate sent;
    QDate lawfulDue;
    RequestOutcome outcome;
    RefusalReason refusal = RefusalReason::None;
    const char *exemptions = ""; // separated by spaces
};

// Five FOIA requests of January and February 2026: two answered in time, one late, one still
// open and past its due day as at 31 March (late too), one open and not yet due.
const QList<Request> requests{
    {"FOI-1", {2026, 1, 5}, {2026, 1, 20}, {2026, 2, 2}, RequestOutcome::GrantedInFull},
    {"FOI-2",
     {2026, 1, 12},
     {2026, 2, 20},
     {2026, 2, 9},
     RequestOutcome::RefusedInFull,
     RefusalReason::OtherExemptions,
     "s31(1) s40(2)"},
    {"FOI-3",
     {2026, 2, 2},
     {2026, 2, 27},
     {2026, 3, 2},
     RequestOutcome::PartlyDisclosedPartlyRefused,
     RefusalReason::OtherExemptions,
     "s40(2)"},
    {"FOI-4", {2026, 2, 9}, {}, {2026, 3, 9}, RequestOutcome::NotYetProcessed},
    {"FOI-5", {2026, 3, 20}, {}, {2026, 4, 20}, RequestOutcome::NotYetProcessed},
};

// Saves the requests and their summaries through `connection`; false with a warning on failure.
bool fill(StoreConnection &connection)
{
    const foi::core::Clock clock = storetest::fakeClock();
    AuditTrail audit(connection, clock);
    CaseRepository cases(connection, audit, clock);
    StatisticsSummaries summaries(connection);
    for (const Request &request : requests) {
        const QString reference = QString::fromLatin1(request.reference);
        auto record = storetest::record(reference, QStringLiteral("road safety"), request.received);
        if (auto saved = cases.save(record, QStringLiteral("officer")); !saved) {
            qWarning("%s", qPrintable(saved.error().message + u' ' + saved.error().detail));
            return false;
        }
        StatisticsRecord summary;
        summary.reference = reference;
        summary.received = request.received;
        summary.sent = request.sent;
        summary.lawfulDue = request.lawfulDue;
        summary.storedDue = request.lawfulDue;
        summary.outcome = request.outcome;
        summary.refusalReason = request.refusal;
        summary.exemptions =
            QString::fromLatin1(request.exemptions).split(u' ', Qt::SkipEmptyParts);
        if (auto written = summaries.replace(reference, summary, QStringLiteral("cal-1"),
                                             QStringLiteral("writing a summary"));
            !written) {
            qWarning("%s", qPrintable(written.error().message + u' ' + written.error().detail));
            return false;
        }
    }
    return true;
}

// Every figure of the first quarter of 2026, as at 31 March, written out for comparison.
QStringList figuresOf(StoreConnection &connection)
{
    StatisticsFigures figures(connection);
    const StatisticsPeriod quarter{{2026, 1, 1}, {2026, 3, 31}, {2026, 3, 31}, std::nullopt};
    QStringList lines;
    const auto failed = [&lines](const foi::core::Error &error) {
        lines.append(QStringLiteral("error: ") + error.message + u' ' + error.detail);
    };
    if (auto received = figures.receivedByMonth(quarter); received) {
        for (auto it = received->cbegin(); it != received->cend(); ++it)
            lines.append(QStringLiteral("received %1: %2").arg(it.key()).arg(it.value()));
    } else {
        failed(received.error());
    }
    if (auto answered = figures.answeredByMonth(quarter); answered) {
        for (auto it = answered->cbegin(); it != answered->cend(); ++it)
            lines.append(QStringLiteral("answered %1: %2").arg(it.key()).arg(it.value()));
    } else {
        failed(answered.error());
    }
    if (auto timeliness = figures.timelinessByMonth(quarter); timeliness) {
        for (const auto &point : *timeliness)
            lines.append(QStringLiteral("timeliness %1: %2 of %3")
                             .arg(point.period)
                             .arg(point.inTime)
                             .arg(point.counted));
    } else {
        failed(timeliness.error());
    }
    if (auto outcomes = figures.outcomes(quarter); outcomes) {
        QStringList counted;
        for (auto it = outcomes->cbegin(); it != outcomes->cend(); ++it)
            counted.append(QStringLiteral("outcome %1: %2").arg(it.key()).arg(it.value()));
        counted.sort();
        lines += counted;
    } else {
        failed(outcomes.error());
    }
    if (auto top = figures.topExemptions(quarter, 5); top) {
        for (const auto &count : *top)
            lines.append(
                QStringLiteral("exemption %1: %2").arg(count.provision).arg(count.requests));
    } else {
        failed(top.error());
    }
    if (auto open = figures.openByDayReceived(quarter); open) {
        for (auto it = open->cbegin(); it != open->cend(); ++it)
            lines.append(
                QStringLiteral("open %1: %2").arg(it.key().toString(Qt::ISODate)).arg(it.value()));
    } else {
        failed(open.error());
    }
    return lines;
}

} // namespace

class TestPostgresStatistics : public QObject
{
    Q_OBJECT
private:
    foi::test::ThrowawayPostgres m_server;
    QString m_database;

private slots:
    void initTestCase()
    {
        QString problem;
        m_server = foi::test::ThrowawayPostgres::find(&problem);
        QVERIFY2(m_server.isRunning(), qPrintable(problem));
        m_database = m_server.createDatabase(&problem);
        QVERIFY2(!m_database.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { m_server.dropDatabase(m_database); }

    void everyFigureIsTheSameOnBothBackEnds()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString file = folder.filePath(QStringLiteral("cases.foistore"));
        QVERIFY(storetest::create(file));
        auto sqlite = StoreConnection::open(file, StoreConnection::Access::ReadWrite, 2000);
        QVERIFY(sqlite.ok());
        QVERIFY(fill(**sqlite));

        auto server = StoreConnection::openServer(m_server.address(m_database),
                                                  StoreConnection::Access::ReadWrite);
        QVERIFY(server.ok());
        QVERIFY(foi::core::PostgresMigrations::upgrade(**server).ok());
        QVERIFY(fill(**server));

        const QList<const char *> expectedLines{
            "received 2026-01: 2",
            "received 2026-02: 2",
            "received 2026-03: 1",
            "answered 2026-01: 1",
            "answered 2026-02: 2",
            // FOI-1 in time, FOI-2 late; FOI-3 in time, FOI-4 open past its due day.
            "timeliness 2026-01: 1 of 2",
            "timeliness 2026-02: 1 of 2",
            // March's one request is neither answered nor yet due: a month with none counted.
            "timeliness 2026-03: 0 of 0",
            "outcome granted-in-full: 1",
            "outcome not-yet-processed: 2",
            "outcome partly-disclosed-partly-refused: 1",
            "outcome refused-in-full: 1",
            "exemption s40(2): 2",
            "exemption s31(1): 1",
            "open 2026-02-09: 1",
            "open 2026-03-20: 1",
        };
        QStringList expected;
        for (const char *line : expectedLines)
            expected.append(QString::fromLatin1(line));
        const QStringList onFile = figuresOf(**sqlite);
        const QStringList onServer = figuresOf(**server);
        QVERIFY2(onFile == expected, qPrintable(onFile.join(u'\n')));
        QVERIFY2(onServer == expected, qPrintable(onServer.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestPostgresStatistics)
#include "tst_postgres_statistics.moc"
