// Measures the GUI case list on a large store (issue #6 item 1: a million cases open and scroll
// without a stall): the first rows, the count and the outline (read on a worker thread), then
// as an officer would: Ctrl+End to the last row, PageDown after PageDown, and a drag of the
// scroll bar to the middle, each timed from the key or the drag until every row in view is read
// and painted, as median and p95 of wall-clock and of CPU time (the whole process, workers
// included). A sweep of the scroll bar from top to bottom then shows that memory stays flat
// (RSS before and after, and the peak). Each sort order, both directions: the first rows, the
// outline, and Ctrl+End from the top (`--runs` times, median and p95; the page cache is
// emptied of the last page between runs by a jump to the middle). Then the same for the open
// cases alone, the view the officer starts in.
// The model keeps at most `--cache` pages, so repeated runs read their pages again.
// The store is opened read-only: a shared benchmark store is never written.
// With --screenshots DIR it also saves what the officer sees at each step (run it under Xvfb
// with QT_QPA_PLATFORM=xcb to look at the real thing; offscreen otherwise).
// A benchmark, not a test.
// Usage: foi-case-list-bench --store FILE [--runs N] [--cache PAGES] [--screenshots DIR]
#include "core/law/WorkingDayCalendar.h"
#include "core/services/CaseQueryService.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"
#include "ui/caselist/CaseListView.h"
#include "ui/models/CaseListModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <ctime>
#include <functional>

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

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double currentRssMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096.0 / (1024.0 * 1024.0) : 0;
}

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Wall-clock and CPU time of repeated runs of one action.
struct Timings
{
    QList<double> wall;
    QList<double> cpu;

    QJsonObject json(const QString &id) const
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("median_ms"), quantile(wall, 0.5)},
                {QStringLiteral("p95_ms"), quantile(wall, 0.95)},
                {QStringLiteral("max_ms"), quantile(wall, 1.0)},
                {QStringLiteral("cpu_median_ms"), quantile(cpu, 0.5)},
                {QStringLiteral("cpu_p95_ms"), quantile(cpu, 0.95)},
                {QStringLiteral("runs"), int(wall.size())}};
    }
};

class Bench
{
public:
    Bench(ui::CaseListModel &model, QTableView &table)
        : m_model(model)
        , m_table(table)
    {
        // Waiting blocks for the next event (so that it costs no CPU time of its own); this
        // makes sure one comes now and then.
        m_wake.start(50);
    }

    // Every row in view read, and the view painted: what the officer waits for.
    bool waitForRowsInView()
    {
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            QCoreApplication::processEvents();
            const int top = qMax(0, m_table.rowAt(0));
            int bottom = m_table.rowAt(m_table.viewport()->height() - 1);
            if (bottom < 0)
                bottom = m_model.rowCount() - 1;
            bool all = true;
            for (int row = top; row <= bottom && all; ++row)
                all = m_model.index(row, 0).data(ui::CaseListModel::LoadedRole).toBool();
            if (all) {
                QCoreApplication::processEvents(); // the paint that shows them
                return true;
            }
            if (waited.elapsed() > 30000)
                return false;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
    }

    template<typename Action> bool time(Timings &timings, Action action)
    {
        QElapsedTimer wall;
        const double cpu = cpuMs();
        wall.start();
        action();
        if (!waitForRowsInView())
            return false;
        timings.wall.append(double(wall.nsecsElapsed()) / 1e6);
        timings.cpu.append(cpuMs() - cpu);
        return true;
    }

    bool waitFor(const std::function<bool()> &condition)
    {
        QElapsedTimer waited;
        waited.start();
        while (!condition()) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            if (waited.elapsed() > 600000)
                return false;
        }
        return true;
    }

private:
    ui::CaseListModel &m_model;
    QTableView &m_table;
    QTimer m_wake;
};

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("The store."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions."),
                                        QStringLiteral("N"), QStringLiteral("21"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
                                         QStringLiteral("Pages the model keeps."),
                                         QStringLiteral("PAGES"), QStringLiteral("4"));
    const QCommandLineOption shotsOption(QStringLiteral("screenshots"),
                                         QStringLiteral("Save PNGs of each step here."),
                                         QStringLiteral("DIR"));
    parser.addOptions({storeOption, runsOption, cacheOption, shotsOption});
    parser.process(application);
    const QString shots = parser.value(shotsOption);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QElapsedTimer sinceStart;
    sinceStart.start();
    auto store =
        core::CaseStore::open(parser.value(storeOption), core::CaseStore::OpenMode::ReadOnly,
                              testsupport::storeOptions());
    if (!store) {
        out << "cannot open the store: " << store.error().message << '\n';
        return 2;
    }
    core::CaseQueryService queries((*store)->caseList(), (*store)->search(),
                                   core::StoreAddress::file((*store)->path()),
                                   (*store)->cases().clock());
    ui::CaseListModel model(queries, core::WorkingDayCalendar::builtIn(), core::Clock::system());
    model.setPageCacheLimit(parser.value(cacheOption).toInt());
    ui::CaseListView view(model);
    // Every case, not only the open ones the view starts with: the long list to scroll.
    model.setStatusFilter(QString());
    view.resize(1366, 768);
    view.show();
    QTableView *table = view.tableView();
    if (!QTest::qWaitForWindowExposed(&view))
        return 2;
    Bench bench(model, *table);
    if (!bench.waitForRowsInView())
        return 2;
    const double firstRowsMs = double(sinceStart.nsecsElapsed()) / 1e6;
    if (!bench.waitFor([&model] { return model.count().has_value(); }))
        return 2;
    const double countMs = double(sinceStart.nsecsElapsed()) / 1e6;
    if (!bench.waitFor([&model] { return model.isOutlined(); }))
        return 2;
    const double outlineMs = double(sinceStart.nsecsElapsed()) / 1e6;
    const int rows = model.rowCount();
    if (rows == 0) {
        out << "the case list shows no rows\n";
        return 2;
    }
    table->setFocus();
    table->setCurrentIndex(model.index(0, 0));
    const double rssBefore = currentRssMiB();
    const auto shoot = [&view, &shots](const QString &name) {
        if (!shots.isEmpty())
            view.grab().save(QDir(shots).filePath(name + QStringLiteral(".png")));
    };
    shoot(QStringLiteral("01-opened"));

    Timings ctrlEnd;
    Timings pageDown;
    Timings jump;
    QScrollBar *bar = table->verticalScrollBar();
    bool reachedEnd = true;
    for (int run = 0; run < runs; ++run) {
        bench.time(ctrlEnd, [&] { QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier); });
        reachedEnd = reachedEnd && table->currentIndex().row() == rows - 1;
        // To the middle by the scroll bar (a little further each run, so no page is at hand).
        bench.time(jump,
                   [&] { bar->setValue(bar->maximum() / 2 + run * 997 % qMax(1, rows / 4)); });
        table->setCurrentIndex(model.index(table->rowAt(0), 0));
        for (int press = 0; press < 10; ++press)
            bench.time(pageDown, [&] { QTest::keyClick(table, Qt::Key_PageDown); });
        bench.time(pageDown, [&] { QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier); });
    }
    if (!shots.isEmpty()) {
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        bench.waitForRowsInView();
        shoot(QStringLiteral("02-ctrl-end"));
        bar->setValue(bar->maximum() / 3);
        view.repaint(); // before the rows in view are read: the placeholders
        shoot(QStringLiteral("03-jump-before-read"));
        bench.waitForRowsInView();
        shoot(QStringLiteral("04-jump-read"));
        bar->setValue(0);
        bench.waitForRowsInView();
    }
    // Top to bottom by the scroll bar in 200 steps: memory must stay flat.
    Timings sweep;
    for (int step = 0; step <= 200; ++step)
        bench.time(sweep, [&] { bar->setValue(int(qint64(bar->maximum()) * step / 200)); });
    const double rssAfter = currentRssMiB();

    // Each sort order: first rows in view (read at once), then the outline (on the worker),
    // then Ctrl+End from the top, repeated. Two pages kept: the jump to the middle between runs
    // pushes the last page out, so each Ctrl+End reads it again.
    model.setPageCacheLimit(2);
    const QStringList names{QStringLiteral("reference"), QStringLiteral("requester"),
                            QStringLiteral("received"),  QStringLiteral("due"),
                            QStringLiteral("days left"), QStringLiteral("status"),
                            QStringLiteral("outcome")};
    const auto measureSorts = [&](const QString &shotPrefix) {
        const int listed = model.rowCount();
        QJsonArray sorts;
        for (int column = 0; column < ui::CaseListModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString direction =
                    order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc");
                Timings first;
                QElapsedTimer outlined;
                outlined.start();
                bench.time(first,
                           [&] { table->horizontalHeader()->setSortIndicator(column, order); });
                bench.waitFor([&model] { return model.isOutlined(); });
                const double outlineSortMs = double(outlined.nsecsElapsed()) / 1e6;
                shoot(
                    QStringLiteral("%1-sort-%2-%3-top").arg(shotPrefix).arg(column).arg(direction));
                Timings end;
                Timings away; // the jumps between runs, not reported
                bool sortReachedEnd = true;
                for (int run = 0; run < runs; ++run) {
                    if (run > 0) {
                        bench.time(away, [&] {
                            bar->setValue(bar->maximum() / 2 + run * 997 % qMax(1, listed / 4));
                        });
                        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
                        bench.waitForRowsInView();
                    }
                    bench.time(end,
                               [&] { QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier); });
                    sortReachedEnd = sortReachedEnd && table->currentIndex().row() == listed - 1;
                }
                reachedEnd = reachedEnd && sortReachedEnd;
                shoot(
                    QStringLiteral("%1-sort-%2-%3-end").arg(shotPrefix).arg(column).arg(direction));
                sorts.append(
                    QJsonObject{{QStringLiteral("column"), names.value(column)},
                                {QStringLiteral("ascending"), order == Qt::AscendingOrder},
                                {QStringLiteral("first_rows_ms"), first.wall.value(0)},
                                {QStringLiteral("first_rows_cpu_ms"), first.cpu.value(0)},
                                {QStringLiteral("outline_ms"), outlineSortMs},
                                {QStringLiteral("ctrl_end_ms"), end.wall.value(0)},
                                {QStringLiteral("ctrl_end_median_ms"), quantile(end.wall, 0.5)},
                                {QStringLiteral("ctrl_end_p95_ms"), quantile(end.wall, 0.95)},
                                {QStringLiteral("ctrl_end_max_ms"), quantile(end.wall, 1.0)},
                                {QStringLiteral("ctrl_end_cpu_median_ms"), quantile(end.cpu, 0.5)},
                                {QStringLiteral("ctrl_end_runs"), int(end.wall.size())}});
            }
        }
        return sorts;
    };
    const QJsonArray sorts = measureSorts(QStringLiteral("05"));

    // The view the officer starts in: the open cases (the newest of the store), each order again.
    // They sit in the partial indexes of the open cases, among many more closed ones.
    Timings openFilter;
    bench.time(openFilter, [&] { model.setStatusFilter(QStringLiteral("open")); });
    bench.waitFor([&model] { return model.isOutlined(); });
    const int openRows = model.rowCount();
    QJsonArray openSorts;
    if (openRows > 0) {
        shoot(QStringLiteral("07-open-cases"));
        openSorts = measureSorts(QStringLiteral("08"));
    }

    out << QStringLiteral("Case list of %1 cases: first rows %2 ms, counted %3 ms, outlined %4 ms "
                          "after opening\n")
               .arg(rows)
               .arg(firstRowsMs, 0, 'f', 1)
               .arg(countMs, 0, 'f', 1)
               .arg(outlineMs, 0, 'f', 1);
    const auto line = [](const QString &what, const Timings &t) {
        out << QStringLiteral("  %1: median %2 ms, p95 %3 ms, longest %4 ms; CPU median %5 ms, "
                              "p95 %6 ms (%7 runs)\n")
                   .arg(what)
                   .arg(quantile(t.wall, 0.5), 0, 'f', 2)
                   .arg(quantile(t.wall, 0.95), 0, 'f', 2)
                   .arg(quantile(t.wall, 1.0), 0, 'f', 2)
                   .arg(quantile(t.cpu, 0.5), 0, 'f', 2)
                   .arg(quantile(t.cpu, 0.95), 0, 'f', 2)
                   .arg(t.wall.size());
    };
    line(QStringLiteral("Ctrl+End to the last row"), ctrlEnd);
    line(QStringLiteral("PageDown"), pageDown);
    line(QStringLiteral("scroll bar to the middle"), jump);
    line(QStringLiteral("scroll bar sweep, per step"), sweep);
    out << QStringLiteral("  RSS %1 MiB before scrolling, %2 MiB after the sweep; peak %3 MiB\n")
               .arg(rssBefore, 0, 'f', 0)
               .arg(rssAfter, 0, 'f', 0)
               .arg(peakRssMiB(), 0, 'f', 0);
    const auto printSorts = [](const QString &which, const QJsonArray &orders) {
        for (const QJsonValue &sort : orders) {
            const QJsonObject s = sort.toObject();
            out << "  " << which
                << QStringLiteral(" by %1 %2: first rows %3 ms (CPU %4 ms), outline %5 ms, "
                                  "Ctrl+End median %6 ms, p95 %7 ms, CPU median %8 ms (%9 runs)\n")
                       .arg(s.value(QStringLiteral("column")).toString(),
                            s.value(QStringLiteral("ascending")).toBool() ? QStringLiteral("asc")
                                                                          : QStringLiteral("desc"))
                       .arg(s.value(QStringLiteral("first_rows_ms")).toDouble(), 0, 'f', 1)
                       .arg(s.value(QStringLiteral("first_rows_cpu_ms")).toDouble(), 0, 'f', 1)
                       .arg(s.value(QStringLiteral("outline_ms")).toDouble(), 0, 'f', 0)
                       .arg(s.value(QStringLiteral("ctrl_end_median_ms")).toDouble(), 0, 'f', 1)
                       .arg(s.value(QStringLiteral("ctrl_end_p95_ms")).toDouble(), 0, 'f', 1)
                       .arg(s.value(QStringLiteral("ctrl_end_cpu_median_ms")).toDouble(), 0, 'f', 1)
                       .arg(s.value(QStringLiteral("ctrl_end_runs")).toInt());
        }
    };
    printSorts(QStringLiteral("all cases, sorted"), sorts);
    out << QStringLiteral("  open cases: %1 of them, listed %2 ms after the filter was chosen\n")
               .arg(openRows)
               .arg(openFilter.wall.value(0), 0, 'f', 1);
    printSorts(QStringLiteral("open cases, sorted"), openSorts);
    const auto result = [](const QJsonObject &figure) {
        out << "RESULT " << QJsonDocument(figure).toJson(QJsonDocument::Compact) << '\n';
    };
    result({{QStringLiteral("id"), QStringLiteral("case_list_open")},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("first_rows_ms"), firstRowsMs},
            {QStringLiteral("count_ms"), countMs},
            {QStringLiteral("outline_ms"), outlineMs}});
    result(ctrlEnd.json(QStringLiteral("case_list_ctrl_end")));
    result(pageDown.json(QStringLiteral("case_list_page_down")));
    result(jump.json(QStringLiteral("case_list_scroll_jump")));
    QJsonObject sweepFigure = sweep.json(QStringLiteral("case_list_sweep"));
    sweepFigure.insert(QStringLiteral("rss_before_mib"), rssBefore);
    sweepFigure.insert(QStringLiteral("rss_after_mib"), rssAfter);
    sweepFigure.insert(QStringLiteral("peak_rss_mib"), peakRssMiB());
    result(sweepFigure);
    result({{QStringLiteral("id"), QStringLiteral("case_list_sorts")},
            {QStringLiteral("orders"), sorts}});
    result({{QStringLiteral("id"), QStringLiteral("case_list_open_sorts")},
            {QStringLiteral("rows"), openRows},
            {QStringLiteral("filter_ms"), openFilter.wall.value(0)},
            {QStringLiteral("orders"), openSorts}});
    return reachedEnd ? 0 : 1;
}
