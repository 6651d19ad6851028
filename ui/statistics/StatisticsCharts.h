#pragma once

#include "core/model/StatisticsSeries.h"

#include <QList>
#include <QString>
#include <QStringList>

class QChart;

namespace foi::ui {

// One chart of the Statistics view and the table of the same figures beside it.
struct StatisticsFigure
{
    QString title;       // "Received and answered per month"
    QString name;        // "received-answered": the objectName stem and the export file name
    QStringList columns; // the table's header
    QList<QStringList> rows;
};

// Turns the series of a period into the view's five figures (tables) and draws each as a Qt
// Charts chart. Pure: no I/O, nothing read from a widget.
class StatisticsCharts
{
public:
    static QList<StatisticsFigure> figuresOf(const core::StatisticsSeries &series);
    // A new chart of `figure` (the caller owns it).
    static QChart *chartOf(const StatisticsFigure &figure);
    // The figure's table as CSV (RFC 4180: comma, CRLF, quotes doubled where needed).
    static QByteArray csvOf(const StatisticsFigure &figure);
    static QString outcomeLabel(core::RequestOutcome outcome);
};

} // namespace foi::ui
