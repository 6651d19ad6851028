#pragma once

#include "core/law/Regime.h"
#include "core/model/StatisticsRecord.h"
#include "core/support/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

enum class StatisticsReportKind {
    CodeOfPractice, // s45 Code of Practice (2018) paras 8.5-8.6: the quarterly figures
    CabinetOffice,  // the Cabinet Office's categories for central government
    Timeliness,     // share answered in time per month and quarter, with the ICO's band
};

// What a report is asked for: the period whose received requests form the cohort, the day
// their status is taken "as at", and one regime or both.
struct StatisticsQuery
{
    StatisticsReportKind kind = StatisticsReportKind::CodeOfPractice;
    QDate from;
    QDate to;
    QDate asAt;
    std::optional<Regime> regime; // none: FOIA and EIR together
};

// A report's table: a header, rows of cells, and what the officer should know about the input
// (a case with no date of receipt, a due date changed by hand).
struct StatisticsTable
{
    QStringList columns;
    QList<QStringList> rows;
    QStringList warnings;

    friend bool operator==(const StatisticsTable &, const StatisticsTable &) = default;
};

// The published statistics as pure functions over statistics records (docs/statistics.md).
// The cohort is the requests received from `from` to `to` (both inclusive) and not after the
// "as at" day, of the regime asked for; each counts as it stood at the end of the "as at" day.
// A request with no date of receipt joins every cohort as "not yet processed", with a warning
// naming it. Reviews are measured against their own clock, in the period they were asked for.
// Row labels are exactly those of the reports' definitions; never fails on a checked query.
class StatisticsReports
{
public:
    static QString nameOf(StatisticsReportKind kind); // "code-of-practice"
    static std::optional<StatisticsReportKind> kindNamed(const QString &name);

    // A period that ends before it starts, or an "as at" day before the period begins, is
    // refused (code "statistics.bad-period") with a message saying how to fix it.
    [[nodiscard]] static Status check(const StatisticsQuery &query);

    static StatisticsTable run(const StatisticsQuery &query,
                               const QList<StatisticsRecord> &records);

    // The ICO's self-assessment bands for timeliness: 95 % or more "good", 90 % to under 95 %
    // "adequate", under 90 % "unsatisfactory". Empty when nothing was counted.
    static QString icoBand(int inTime, int counted);
    // The share as a percentage with one decimal, rounded half up ("95.0"); empty for none.
    static QString share(int inTime, int counted);

private:
    static StatisticsTable codeOfPractice(const StatisticsQuery &query,
                                          const QList<StatisticsRecord> &cohort);
    static StatisticsTable cabinetOffice(const StatisticsQuery &query,
                                         const QList<StatisticsRecord> &cohort);
    static StatisticsTable timeliness(const StatisticsQuery &query,
                                      const QList<StatisticsRecord> &cohort,
                                      const QList<StatisticsRecord> &all);
};

} // namespace foi::core
