// Measures opening the Statistics view on a large store (issue 18 point 4: under 1 s on the
// 1,000,000-case store): first the summaries brought up to date (StatisticsService::summarise;
// a check of two counts when they already are, a pass over every document after migration 17
// or a change of calendar), then, `--runs` times, the view's series for the year up to the
// newest day of receipt in the store (StatisticsViewService, from request to delivery), the same
// for the store's whole span, and the window itself from show() until its charts and tables are
// filled (offscreen; its default period: the twelve whole months before the month of that
// newest day, as at that day). Median and p95 of wall-clock time.
// A benchmark, not a test: it fails only when it cannot run.
// Usage: foi-statistics-bench --store FILE [--runs N]
#include "core/law/ExemptionCatalogue.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/services/StatisticsService.h"
#include "core/services/StatisticsViewService.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"
#include "tests/ui/ScriptedFileChooser.h"
#include "ui/statistics/StatisticsDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>

using namespace foi;

namespace {

QTextStream out(stdout);

double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(q * double(values.size() - 1) + 0.5)));
}

// The newest and oldest days of receipt, read with the C API (the store's classes have no
// such question, and a benchmark may ask the file directly).
std::pair<QDate, QDate> span(const QString &path)
{
    sqlite3 *db = nullptr;
    std::pair<QDate, QDate> result;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT min(date_received), max(date_received) FROM cases", -1,
                               &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            const auto text = [statement](int column) {
                const auto *value =
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
                return QDate::fromString(QString::fromUtf8(value ? value : ""), Qt::ISODate);
            };
            result = {text(0), text(1)};
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return result;
}

QJsonObject figure(const QString &id, const QList<double> &ms)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("median_ms"), quantile(ms, 0.5)},
            {QStringLiteral("p95_ms"), quantile(ms, 0.95)},
            {QStringLiteral("runs"), int(ms.size())}};
}

// Wall-clock times of `runs` requests of the series of `period`, request to delivery.
QList<double> timeSeries(core::StatisticsViewService &view, const core::StatisticsPeriod &period,
                         int runs, int &requests)
{
    QList<double> ms;
    for (int run = 0; run < runs; ++run) {
        bool delivered = false;
        QElapsedTimer timer;
        timer.start();
        view.request(period, [&](const core::Result<core::StatisticsSeries> &series) {
            delivered = true;
            if (series && run == 0) {
                requests = 0;
                for (const core::MonthlyCount &month : series->monthly)
                    requests += month.received;
            } else if (!series) {
                out << "  failed: " << series.error().message << '\n';
            }
        });
        if (!QTest::qWaitFor([&delivered] { return delivered; }, 600000))
            return {};
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("store"), QStringLiteral("The store."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each."), QStringLiteral("N"),
                      QStringLiteral("11")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("store"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const auto [oldest, newest] = span(path);
    if (!newest.isValid()) {
        out << "No cases in " << path << '\n';
        return 1;
    }
    auto store = core::CaseStore::open(path, core::CaseStore::OpenMode::ReadWrite,
                                       testsupport::storeOptions());
    if (!store) {
        out << store.error().message << '\n';
        return 1;
    }
    const core::WorkingDayCalendar &calendar = core::WorkingDayCalendar::builtIn();
    core::StatisticsService statistics(**store, calendar, core::ExemptionCatalogue::builtIn());
    QElapsedTimer timer;
    timer.start();
    if (core::Status summarised = statistics.summarise(); !summarised) {
        out << summarised.error().message << '\n';
        return 1;
    }
    const double summariseMs = double(timer.nsecsElapsed()) / 1e6;
    out << QStringLiteral("Summaries brought up to date in %1 ms\n").arg(summariseMs, 0, 'f', 1);

    core::StatisticsViewService view(statistics, core::StoreAddress::file((*store)->path()),
                                     calendar, core::Clock::system());
    const core::StatisticsPeriod year{newest.addYears(-1).addDays(1), newest, newest, std::nullopt};
    const core::StatisticsPeriod whole{oldest, newest, newest, std::nullopt};
    int yearRequests = 0;
    int allRequests = 0;
    const QList<double> yearMs = timeSeries(view, year, runs, yearRequests);
    const QList<double> wholeMs = timeSeries(view, whole, runs, allRequests);

    QList<double> windowMs;
    for (int run = 0; run < runs; ++run) {
        ScriptedFileChooser files; // nothing is exported
        ui::StatisticsDialog dialog(
            view, [newest] { return newest; }, files);
        QSignalSpy counted(&dialog, &ui::StatisticsDialog::counted);
        timer.restart();
        dialog.show();
        if (!counted.wait(600000))
            return 1;
        windowMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out << QStringLiteral("Series of the last year (%1 requests): median %2 ms, p95 %3 ms\n")
               .arg(yearRequests)
               .arg(quantile(yearMs, 0.5), 0, 'f', 1)
               .arg(quantile(yearMs, 0.95), 0, 'f', 1);
    out << QStringLiteral("Series of the whole store (%1 requests): median %2 ms, p95 %3 ms\n")
               .arg(allRequests)
               .arg(quantile(wholeMs, 0.5), 0, 'f', 1)
               .arg(quantile(wholeMs, 0.95), 0, 'f', 1);
    out << QStringLiteral("Statistics window, show() to charts filled: median %1 ms, p95 %2 ms\n")
               .arg(quantile(windowMs, 0.5), 0, 'f', 1)
               .arg(quantile(windowMs, 0.95), 0, 'f', 1);
    const auto result = [](const QJsonObject &json) {
        out << "RESULT " << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    };
    QJsonObject summarise{{QStringLiteral("id"), QStringLiteral("statistics_summarise")},
                          {QStringLiteral("median_ms"), summariseMs},
                          {QStringLiteral("p95_ms"), summariseMs},
                          {QStringLiteral("runs"), 1}};
    result(summarise);
    QJsonObject yearFigure = figure(QStringLiteral("statistics_year"), yearMs);
    yearFigure.insert(QStringLiteral("requests"), yearRequests);
    result(yearFigure);
    QJsonObject wholeFigure = figure(QStringLiteral("statistics_whole"), wholeMs);
    wholeFigure.insert(QStringLiteral("requests"), allRequests);
    result(wholeFigure);
    result(figure(QStringLiteral("statistics_window"), windowMs));
    return 0;
}
