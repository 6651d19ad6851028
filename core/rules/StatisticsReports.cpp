#include "core/rules/StatisticsReports.h"

#include "core/rules/RequestOutcomeRule.h"

#include <QMap>

#include <algorithm>

namespace foi::core {

namespace {

// How one request stood at the end of the "as at" day.
struct Standing
{
    bool processed = false;
    bool suspended = false;
    bool inTime = false; // answered on or before the lawful due date
    bool late = false;   // answered after it, or unanswered and past it while not waiting
};

Standing standingOf(const StatisticsRecord &record, const QDate &asAt)
{
    Standing standing;
    if (record.outcome == RequestOutcome::LapsedOrWithdrawn) {
        standing.processed = true;
    } else {
        standing.processed = record.outcome != RequestOutcome::NotYetProcessed &&
                             record.sent.isValid() && record.sent <= asAt;
    }
    standing.suspended = !standing.processed && record.suspendedOn.isValid() &&
                         record.suspendedOn <= asAt &&
                         (!record.resumedOn.isValid() || record.resumedOn > asAt);
    const bool answered = standing.processed && record.sent.isValid() && record.sent <= asAt;
    if (record.lawfulDue.isValid()) {
        standing.inTime = answered && record.sent <= record.lawfulDue;
        standing.late = answered
                            ? record.sent > record.lawfulDue
                            : !standing.processed && !standing.suspended && record.lawfulDue < asAt;
    }
    return standing;
}

bool ofRegime(const StatisticsRecord &record, const StatisticsQuery &query)
{
    return !query.regime || record.regime == *query.regime;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QStringList warningsFor(const QList<StatisticsRecord> &cohort, const QDate &asAt)
{
    QStringList warnings;
    for (const StatisticsRecord &record : cohort) {
        if (!record.received.isValid())
            warnings.append(QStringLiteral("Case %1 has no date of receipt: it is counted as "
                                           "received and not yet processed. Record its date of "
                                           "receipt on the Request step.")
                                .arg(record.reference));
        if (record.storedDue.isValid() && record.storedDue != record.lawfulDue)
            warnings.append(QStringLiteral("Case %1: the due date kept in the store (%2) is not "
                                           "the lawful one (%3); the reply is measured against "
                                           "the lawful date.")
                                .arg(record.reference, isoDate(record.storedDue),
                                     record.lawfulDue.isValid() ? isoDate(record.lawfulDue)
                                                                : QStringLiteral("none yet")));
        if (record.outcome == RequestOutcome::NotYetProcessed && record.sent.isValid() &&
            record.sent <= asAt)
            warnings.append(QStringLiteral("Case %1: a reply was sent but a question is still "
                                           "undecided; it is counted as not yet processed. "
                                           "Record the decision on every question.")
                                .arg(record.reference));
    }
    return warnings;
}

QStringList row(const QString &label, qsizetype count)
{
    return {label, QString::number(count)};
}

template<typename Predicate>
qsizetype countIf(const QList<StatisticsRecord> &cohort, const QDate &asAt, Predicate predicate)
{
    return std::count_if(cohort.cbegin(), cohort.cend(), [&](const StatisticsRecord &record) {
        return predicate(record, standingOf(record, asAt));
    });
}

bool processedAs(const StatisticsRecord &record, const Standing &standing, RequestOutcome outcome)
{
    return standing.processed && record.outcome == outcome;
}

} // namespace

QString StatisticsReports::nameOf(StatisticsReportKind kind)
{
    switch (kind) {
    case StatisticsReportKind::CodeOfPractice:
        return QStringLiteral("code-of-practice");
    case StatisticsReportKind::CabinetOffice:
        return QStringLiteral("cabinet-office");
    case StatisticsReportKind::Timeliness:
        return QStringLiteral("timeliness");
    }
    return {};
}

std::optional<StatisticsReportKind> StatisticsReports::kindNamed(const QString &name)
{
    for (StatisticsReportKind kind :
         {StatisticsReportKind::CodeOfPractice, StatisticsReportKind::CabinetOffice,
          StatisticsReportKind::Timeliness}) {
        if (nameOf(kind) == name)
            return kind;
    }
    return std::nullopt;
}

Status StatisticsReports::check(const StatisticsQuery &query)
{
    const QString code = QStringLiteral("statistics.bad-period");
    if (!query.from.isValid() || !query.to.isValid() || !query.asAt.isValid())
        return Error::make(code, QStringLiteral("A report needs the first and last day of its "
                                                "period and an \"as at\" day, as YYYY-MM-DD."));
    if (query.to < query.from)
        return Error::make(code, QStringLiteral("The period ends (%1) before it starts (%2). Give "
                                                "the first day with --from and the last with --to.")
                                     .arg(isoDate(query.to), isoDate(query.from)));
    if (query.asAt < query.from)
        return Error::make(code,
                           QStringLiteral("The \"as at\" day (%1) is before the period starts "
                                          "(%2): no request of the period had arrived. Give an "
                                          "--as-at on or after %2.")
                               .arg(isoDate(query.asAt), isoDate(query.from)));
    return success();
}

StatisticsTable StatisticsReports::run(const StatisticsQuery &query,
                                       const QList<StatisticsRecord> &records)
{
    QList<StatisticsRecord> all;
    QList<StatisticsRecord> cohort;
    for (const StatisticsRecord &record : records) {
        if (!ofRegime(record, query))
            continue;
        all.append(record);
        const bool inPeriod = record.received >= query.from && record.received <= query.to &&
                              record.received <= query.asAt;
        if (!record.received.isValid() || inPeriod)
            cohort.append(record);
    }
    const auto byReference = [](const StatisticsRecord &a, const StatisticsRecord &b) {
        return a.reference < b.reference;
    };
    std::sort(cohort.begin(), cohort.end(), byReference);
    std::sort(all.begin(), all.end(), byReference);
    StatisticsTable table;
    switch (query.kind) {
    case StatisticsReportKind::CodeOfPractice:
        table = codeOfPractice(query, cohort);
        break;
    case StatisticsReportKind::CabinetOffice:
        table = cabinetOffice(query, cohort);
        break;
    case StatisticsReportKind::Timeliness:
        table = timeliness(query, cohort, all);
        break;
    }
    table.warnings = warningsFor(cohort, query.asAt);
    return table;
}

StatisticsTable StatisticsReports::codeOfPractice(const StatisticsQuery &query,
                                                  const QList<StatisticsRecord> &cohort)
{
    const QDate &asAt = query.asAt;
    const auto outcome = [&](RequestOutcome wanted) {
        return countIf(cohort, asAt, [wanted](const StatisticsRecord &r, const Standing &s) {
            return processedAs(r, s, wanted);
        });
    };
    StatisticsTable table;
    table.columns = {QStringLiteral("Row"), QStringLiteral("Count")};
    table.rows = {
        row(QStringLiteral("Requests received"), cohort.size()),
        row(QStringLiteral("Not yet processed"),
            countIf(cohort, asAt,
                    [](const StatisticsRecord &, const Standing &s) {
                        return !s.processed && !s.suspended;
                    })),
        row(QStringLiteral("Processed in full"),
            countIf(cohort, asAt,
                    [](const StatisticsRecord &, const Standing &s) { return s.processed; })),
        row(QStringLiteral("Suspended (clarification or fee awaited)"),
            countIf(cohort, asAt,
                    [](const StatisticsRecord &, const Standing &s) { return s.suspended; })),
        row(QStringLiteral("Granted in full"), outcome(RequestOutcome::GrantedInFull)),
        row(QStringLiteral("Partly disclosed and partly refused"),
            outcome(RequestOutcome::PartlyDisclosedPartlyRefused)),
        row(QStringLiteral("Partly disclosed and partly not held"),
            outcome(RequestOutcome::PartlyDisclosedPartlyNotHeld)),
        row(QStringLiteral("Refused in full: not held"), outcome(RequestOutcome::RefusedNotHeld)),
        row(QStringLiteral("Refused in full"), outcome(RequestOutcome::RefusedInFull)),
        row(QStringLiteral("Not answered within 20 working days"),
            countIf(cohort, asAt,
                    [](const StatisticsRecord &, const Standing &s) { return s.late; })),
        row(QStringLiteral("Given an extended deadline"),
            countIf(cohort, asAt,
                    [asAt](const StatisticsRecord &r, const Standing &) {
                        return r.extendedOn.isValid() && r.extendedOn <= asAt;
                    })),
        row(QStringLiteral("Referred for internal review"),
            countIf(cohort, asAt, [asAt](const StatisticsRecord &r, const Standing &) {
                return std::any_of(r.reviews.cbegin(), r.reviews.cend(),
                                   [asAt](const ReviewStatistics &review) {
                                       return review.received.isValid() && review.received <= asAt;
                                   });
            }))};
    return table;
}

StatisticsTable StatisticsReports::cabinetOffice(const StatisticsQuery &query,
                                                 const QList<StatisticsRecord> &cohort)
{
    const QDate &asAt = query.asAt;
    const auto withheld = [](const StatisticsRecord &r, const Standing &s) {
        return processedAs(r, s, RequestOutcome::RefusedInFull) ||
               processedAs(r, s, RequestOutcome::PartlyDisclosedPartlyRefused);
    };
    const auto withheldFor = [&](RefusalReason reason) {
        return countIf(cohort, asAt, [&](const StatisticsRecord &r, const Standing &s) {
            return withheld(r, s) && r.refusalReason == reason;
        });
    };
    // Not resolvable: answered by advice and assistance only (lapsed, withdrawn) or not held.
    const qsizetype notResolvable =
        countIf(cohort, asAt, [](const StatisticsRecord &r, const Standing &s) {
            return processedAs(r, s, RequestOutcome::RefusedNotHeld) ||
                   processedAs(r, s, RequestOutcome::LapsedOrWithdrawn);
        });
    StatisticsTable table;
    table.columns = {QStringLiteral("Row"), QStringLiteral("Count")};
    table.rows = {
        row(QStringLiteral("Received"), cohort.size()),
        row(QStringLiteral("Resolvable"), cohort.size() - notResolvable),
        row(QStringLiteral("Granted in full"),
            countIf(cohort, asAt,
                    [](const StatisticsRecord &r, const Standing &s) {
                        return processedAs(r, s, RequestOutcome::GrantedInFull) ||
                               processedAs(r, s, RequestOutcome::PartlyDisclosedPartlyNotHeld);
                    })),
        row(QStringLiteral("Withheld in full"),
            countIf(cohort, asAt,
                    [](const StatisticsRecord &r, const Standing &s) {
                        return processedAs(r, s, RequestOutcome::RefusedInFull);
                    })),
        row(QStringLiteral("Partially withheld"),
            countIf(cohort, asAt,
                    [](const StatisticsRecord &r, const Standing &s) {
                        return processedAs(r, s, RequestOutcome::PartlyDisclosedPartlyRefused);
                    })),
        row(QStringLiteral("Not yet processed"),
            countIf(cohort, asAt,
                    [](const StatisticsRecord &, const Standing &s) { return !s.processed; })),
        row(QStringLiteral("Answered in time"),
            countIf(cohort, asAt,
                    [](const StatisticsRecord &, const Standing &s) { return s.inTime; })),
        row(QStringLiteral("Withheld because of cost (s12)"), withheldFor(RefusalReason::Cost)),
        row(QStringLiteral("Withheld as vexatious or repeated (s14)"),
            withheldFor(RefusalReason::VexatiousOrRepeated)),
        row(QStringLiteral("Withheld under other exemptions"),
            withheldFor(RefusalReason::OtherExemptions))};
    QMap<QString, qsizetype> uses;
    for (const StatisticsRecord &record : cohort) {
        if (!withheld(record, standingOf(record, asAt)))
            continue;
        for (const QString &provision : record.exemptions)
            ++uses[provision];
    }
    QStringList provisions = uses.keys();
    std::sort(provisions.begin(), provisions.end(), RequestOutcomeRule::provisionLess);
    for (const QString &provision : provisions)
        table.rows.append(
            row(QStringLiteral("Exemption %1").arg(provision), uses.value(provision)));
    return table;
}

QString StatisticsReports::share(int inTime, int counted)
{
    if (counted <= 0)
        return {};
    const qint64 tenths = (qint64(inTime) * 2000 + counted) / (qint64(2) * counted);
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

QString StatisticsReports::icoBand(int inTime, int counted)
{
    if (counted <= 0)
        return {};
    if (qint64(inTime) * 100 >= qint64(95) * counted)
        return QStringLiteral("good");
    if (qint64(inTime) * 100 >= qint64(90) * counted)
        return QStringLiteral("adequate");
    return QStringLiteral("unsatisfactory");
}

namespace {

struct Span
{
    QString label; // "2026-01", "2026-Q1"
    QDate first;
    QDate last;
};

QList<Span> spansOf(const QDate &from, const QDate &to)
{
    QList<Span> months;
    QList<Span> quarters;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        const QDate end = month.addMonths(1).addDays(-1);
        months.append(
            {month.toString(QStringLiteral("yyyy-MM")), std::max(month, from), std::min(end, to)});
    }
    const int firstQuarterMonth = (from.month() - 1) / 3 * 3 + 1;
    for (QDate quarter(from.year(), firstQuarterMonth, 1); quarter <= to;
         quarter = quarter.addMonths(3)) {
        const QDate end = quarter.addMonths(3).addDays(-1);
        quarters.append(
            {QStringLiteral("%1-Q%2").arg(quarter.year()).arg((quarter.month() + 2) / 3),
             std::max(quarter, from), std::min(end, to)});
    }
    return months + quarters;
}

QStringList timelinessRow(const Span &span, const QString &measure, int counted, int inTime)
{
    return {span.label,
            measure,
            QString::number(counted),
            QString::number(inTime),
            StatisticsReports::share(inTime, counted),
            StatisticsReports::icoBand(inTime, counted)};
}

} // namespace

StatisticsTable StatisticsReports::timeliness(const StatisticsQuery &query,
                                              const QList<StatisticsRecord> &cohort,
                                              const QList<StatisticsRecord> &all)
{
    const QDate &asAt = query.asAt;
    StatisticsTable table;
    table.columns = {QStringLiteral("Period"),        QStringLiteral("Measure"),
                     QStringLiteral("Counted"),       QStringLiteral("In time"),
                     QStringLiteral("Share in time"), QStringLiteral("ICO band")};
    for (const Span &span : spansOf(query.from, query.to)) {
        int counted = 0;
        int inTime = 0;
        for (const StatisticsRecord &record : cohort) {
            if (!record.received.isValid() || record.received < span.first ||
                record.received > span.last)
                continue;
            const Standing standing = standingOf(record, asAt);
            counted += standing.inTime || standing.late ? 1 : 0;
            inTime += standing.inTime ? 1 : 0;
        }
        table.rows.append(timelinessRow(span, QStringLiteral("Requests"), counted, inTime));
        counted = 0;
        inTime = 0;
        for (const StatisticsRecord &record : all) {
            for (const ReviewStatistics &review : record.reviews) {
                if (!review.received.isValid() || review.received < span.first ||
                    review.received > span.last || review.received > asAt || !review.due.isValid())
                    continue;
                const bool decided = review.decided.isValid() && review.decided <= asAt;
                const bool reviewInTime = decided && review.decided <= review.due;
                const bool reviewLate = decided ? review.decided > review.due : review.due < asAt;
                counted += reviewInTime || reviewLate ? 1 : 0;
                inTime += reviewInTime ? 1 : 0;
            }
        }
        table.rows.append(timelinessRow(span, QStringLiteral("Internal reviews"), counted, inTime));
    }
    return table;
}

} // namespace foi::core
