// Measures the GUI case list on a large store (issue #5: open and scroll a million cases
// without a stall): the time to show the first rows, then Ctrl+End pressed again and again, as
// an officer holding it would, until the current row reaches the target (each press reaches
// the last row fetched so far, and the view fetches the next page). Prints the total, the
// median, p95 and longest single press (a stall shows as a long press) and the peak RSS.
// A benchmark, not a test. Usage: foi-case-list-bench --store FILE [--row N]
#include "caselist/CaseListView.h"
#include "law/WorkingDayCalendar.h"
#include "models/CaseListModel.h"
#include "store/CaseStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QTableView>
#include <QTest>
#include <QTextStream>

#include <sys/resource.h>

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

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("The store."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption rowOption(QStringLiteral("row"), QStringLiteral("Row to reach."),
                                       QStringLiteral("N"), QStringLiteral("500000"));
    parser.addOptions({storeOption, rowOption});
    parser.process(application);

    QElapsedTimer total;
    total.start();
    auto store =
        core::CaseStore::open(parser.value(storeOption), core::CaseStore::OpenMode::ReadWrite);
    if (!store) {
        out << "cannot open the store: " << store.error().message << '\n';
        return 2;
    }
    ui::CaseListModel model((*store)->cases(), (*store)->search(),
                            core::WorkingDayCalendar::builtIn());
    ui::CaseListView view(model);
    // Every case, not only the open ones the view starts with: the long list to scroll.
    model.setStatusFilter(QString());
    view.resize(1200, 700);
    view.show();
    QTableView *table = view.tableView();
    if (!QTest::qWaitForWindowExposed(&view))
        return 2;
    QCoreApplication::processEvents();
    const double firstRowsMs = double(total.nsecsElapsed()) / 1e6;
    if (model.rowCount() == 0) {
        out << "the case list shows no rows\n";
        return 2;
    }
    table->setFocus();
    table->setCurrentIndex(model.index(0, 0));

    const int target = parser.value(rowOption).toInt();
    QList<double> presses;
    QElapsedTimer scrolling;
    scrolling.start();
    int stuck = 0;
    while (table->currentIndex().row() < target && stuck < 3) {
        const int before = table->currentIndex().row();
        QElapsedTimer press;
        press.start();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCoreApplication::processEvents(); // the repaint after the move, as the officer sees it
        presses.append(double(press.nsecsElapsed()) / 1e6);
        stuck = table->currentIndex().row() == before ? stuck + 1 : 0;
    }
    const double scrollMs = double(scrolling.nsecsElapsed()) / 1e6;
    const int reached = table->currentIndex().row();
    out << QStringLiteral("Case list: first rows shown after %1 ms; Ctrl+End to row %2 in %3 ms "
                          "(%4 presses: median %5 ms, p95 %6 ms, longest %7 ms); peak RSS %8 MiB\n")
               .arg(firstRowsMs, 0, 'f', 1)
               .arg(reached)
               .arg(scrollMs, 0, 'f', 0)
               .arg(presses.size())
               .arg(quantile(presses, 0.5), 0, 'f', 2)
               .arg(quantile(presses, 0.95), 0, 'f', 2)
               .arg(quantile(presses, 1.0), 0, 'f', 2)
               .arg(peakRssMiB(), 0, 'f', 0);
    out << "RESULT "
        << QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("case_list_scroll")},
                                     {QStringLiteral("first_rows_ms"), firstRowsMs},
                                     {QStringLiteral("target_row"), target},
                                     {QStringLiteral("reached_row"), reached},
                                     {QStringLiteral("total_ms"), scrollMs},
                                     {QStringLiteral("median_ms"), quantile(presses, 0.5)},
                                     {QStringLiteral("p95_ms"), quantile(presses, 0.95)},
                                     {QStringLiteral("max_ms"), quantile(presses, 1.0)},
                                     {QStringLiteral("runs"), int(presses.size())},
                                     {QStringLiteral("peak_rss_mib"), peakRssMiB()}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    return reached >= qMin(target, 1) ? 0 : 1;
}
