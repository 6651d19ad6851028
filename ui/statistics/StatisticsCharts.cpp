#include "ui/statistics/StatisticsCharts.h"

#include "core/rules/StatisticsReports.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QColor>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace foi::ui {

using core::RequestOutcome;

namespace {

QString number(int value)
{
    return QString::number(value);
}

QString ageLabel(const core::AgeBucket &bucket)
{
    return bucket.last < 0
               ? QObject::tr("Over %1 working days").arg(bucket.first - 1)
               : QObject::tr("%1 to %2 working days").arg(bucket.first).arg(bucket.last);
}

StatisticsFigure receivedAndAnswered(const core::StatisticsSeries &series)
{
    StatisticsFigure figure{
        QObject::tr("Received and answered per month"),
        QStringLiteral("received-answered"),
        {QObject::tr("Month"), QObject::tr("Received"), QObject::tr("Answered")},
        {}};
    for (const core::MonthlyCount &month : series.monthly)
        figure.rows.append({month.month, number(month.received), number(month.answered)});
    return figure;
}

StatisticsFigure inTime(const core::StatisticsSeries &series)
{
    StatisticsFigure figure{QObject::tr("Answered in time"),
                            QStringLiteral("in-time"),
                            {QObject::tr("Period"), QObject::tr("Counted"), QObject::tr("In time"),
                             QObject::tr("Share in time (%)"), QObject::tr("ICO band")},
                            {}};
    for (const auto *points : {&series.timelinessByMonth, &series.timelinessByQuarter}) {
        for (const core::TimelinessPoint &point : *points)
            figure.rows.append({point.period, number(point.counted), number(point.inTime),
                                core::StatisticsReports::share(point.inTime, point.counted),
                                core::StatisticsReports::icoBand(point.inTime, point.counted)});
    }
    return figure;
}

StatisticsFigure outcomes(const core::StatisticsSeries &series)
{
    StatisticsFigure figure{QObject::tr("Outcomes"),
                            QStringLiteral("outcomes"),
                            {QObject::tr("Outcome"), QObject::tr("Requests")},
                            {}};
    for (const core::OutcomeCount &count : series.outcomes)
        figure.rows.append({StatisticsCharts::outcomeLabel(count.outcome), number(count.requests)});
    return figure;
}

StatisticsFigure exemptions(const core::StatisticsSeries &series)
{
    StatisticsFigure figure{QObject::tr("Most used exemptions"),
                            QStringLiteral("exemptions"),
                            {QObject::tr("Provision"), QObject::tr("Requests")},
                            {}};
    for (const core::ExemptionCount &count : series.topExemptions)
        figure.rows.append({count.provision, number(count.requests)});
    return figure;
}

StatisticsFigure openByAge(const core::StatisticsSeries &series)
{
    StatisticsFigure figure{QObject::tr("Open requests by age"),
                            QStringLiteral("open-by-age"),
                            {QObject::tr("Age"), QObject::tr("Requests")},
                            {}};
    for (const core::AgeBucket &bucket : series.openByAge)
        figure.rows.append({ageLabel(bucket), number(bucket.requests)});
    return figure;
}

// Bars of the columns `first` onwards, one set per column, a category per row.
QChart *barChart(const StatisticsFigure &figure, int first, int last, bool horizontal)
{
    auto *chart = new QChart;
    QAbstractBarSeries *series =
        horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries) : new QBarSeries;
    QStringList categories;
    int highest = 0;
    // A horizontal chart draws its first category at the bottom: the rows go in upside down, so
    // that the chart reads top to bottom like its table.
    QList<QStringList> rows = figure.rows;
    if (horizontal)
        std::reverse(rows.begin(), rows.end());
    for (int column = first; column <= last; ++column) {
        auto *set = new QBarSet(figure.columns.at(column));
        for (const QStringList &row : std::as_const(rows)) {
            const int value = row.at(column).toInt();
            highest = std::max(highest, value);
            *set << value;
        }
        series->append(set);
    }
    for (const QStringList &row : std::as_const(rows))
        categories.append(row.at(0));
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, std::max(1, highest));
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->applyNiceNumbers();
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(last > first);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// The share in time per month as a line, against the ICO's 90 % and 95 % lines.
QChart *shareChart(const StatisticsFigure &figure)
{
    auto *chart = new QChart;
    auto *share = new QLineSeries;
    share->setName(QObject::tr("Share answered in time"));
    auto *good = new QLineSeries;
    good->setName(QObject::tr("95 % (ICO: good)"));
    auto *adequate = new QLineSeries;
    adequate->setName(QObject::tr("90 % (ICO: adequate)"));
    QStringList months;
    for (const QStringList &row : figure.rows) {
        if (row.at(0).contains(QLatin1Char('Q')))
            continue; // the quarters are in the table only
        const int index = int(months.size());
        months.append(row.at(0));
        if (!row.at(3).isEmpty())
            share->append(index, row.at(3).toDouble());
        good->append(index, 95);
        adequate->append(index, 90);
    }
    QPen dashed(Qt::DashLine);
    dashed.setWidth(2);
    dashed.setColor(QColor(0x2e, 0x7d, 0x32));
    good->setPen(dashed);
    dashed.setColor(QColor(0xc6, 0x28, 0x28));
    adequate->setPen(dashed);
    share->setPointsVisible(true);
    for (QLineSeries *line : {share, good, adequate})
        chart->addSeries(line);
    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(months);
    auto *percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(monthAxis, Qt::AlignBottom);
    chart->addAxis(percentAxis, Qt::AlignLeft);
    for (QLineSeries *line : {share, good, adequate}) {
        line->attachAxis(monthAxis);
        line->attachAxis(percentAxis);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

QString StatisticsCharts::outcomeLabel(RequestOutcome outcome)
{
    switch (outcome) {
    case RequestOutcome::NotYetProcessed:
        return QObject::tr("Not yet processed");
    case RequestOutcome::GrantedInFull:
        return QObject::tr("Granted in full");
    case RequestOutcome::PartlyDisclosedPartlyRefused:
        return QObject::tr("Partly disclosed and partly refused");
    case RequestOutcome::PartlyDisclosedPartlyNotHeld:
        return QObject::tr("Partly disclosed and partly not held");
    case RequestOutcome::RefusedNotHeld:
        return QObject::tr("Refused in full: not held");
    case RequestOutcome::RefusedInFull:
        return QObject::tr("Refused in full");
    case RequestOutcome::LapsedOrWithdrawn:
        return QObject::tr("Lapsed or withdrawn");
    }
    return {};
}

QList<StatisticsFigure> StatisticsCharts::figuresOf(const core::StatisticsSeries &series)
{
    return {receivedAndAnswered(series), inTime(series), outcomes(series), exemptions(series),
            openByAge(series)};
}

QChart *StatisticsCharts::chartOf(const StatisticsFigure &figure)
{
    QChart *chart = nullptr;
    if (figure.name == QLatin1String("in-time"))
        chart = shareChart(figure);
    else if (figure.name == QLatin1String("received-answered"))
        chart = barChart(figure, 1, 2, false);
    else if (figure.name == QLatin1String("open-by-age"))
        chart = barChart(figure, 1, 1, false);
    else
        chart = barChart(figure, 1, 1, true);
    chart->setTitle(figure.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QByteArray StatisticsCharts::csvOf(const StatisticsFigure &figure)
{
    const auto cell = [](const QString &text) {
        if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
            !text.contains(QLatin1Char('\n')))
            return text;
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    };
    QByteArray csv;
    for (const QStringList &row : QList<QStringList>{figure.columns} + figure.rows) {
        QStringList cells;
        for (const QString &text : row)
            cells.append(cell(text));
        csv += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return csv;
}

} // namespace foi::ui
