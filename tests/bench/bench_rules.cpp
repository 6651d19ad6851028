// Measures the rules: case checks (the reference case and generated cases, each timed on its
// own, so per-case median and p95) and deadline computations per second (a million varied
// requests per round: FOIA and EIR, clarifications, fees notices, extensions). A benchmark, not
// a test: it prints figures and never fails on speed.
// Usage: foi-rules-bench [--cases N] [--deadlines N] [--rounds R]
#include "tests/bench/CaseGenerator.h"
#include "tests/support/ReferenceCase.h"

#include "core/law/DeadlineCalculator.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/CaseFile.h"
#include "core/rules/CaseChecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

#include <time.h>

using namespace foi::core;

namespace {

QTextStream out(stdout);

// CPU time of this process, which a busy machine does not stretch.
double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double quantile(QList<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(q * double(values.size() - 1) + 0.5)));
}

void publish(const QJsonObject &figures)
{
    out << "RESULT " << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

QList<Case> casesToCheck(int count)
{
    QList<Case> cases;
    cases.append(testsupport::referenceCase());
    CaseGenerator generator(20260302);
    // One in ten is the reference case: exemptions, harm and public interest tests to weigh.
    for (int i = 1; i < count; ++i)
        cases.append(i % 10 == 0 ? cases.constFirst() : generator.next(i));
    return cases;
}

void measureChecks(int count, int rounds)
{
    const CaseChecker checker{ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                              EnvironmentalTerms::builtIn()};
    const QList<Case> cases = casesToCheck(count);
    const CheckContext context{QDate(2026, 11, 26), {}};
    qsizetype findings = 0;
    for (const Case &theCase : cases) // warm-up
        findings += checker.check(theCase, context).size();
    QList<double> perCase;
    QElapsedTimer total;
    total.start();
    for (int round = 0; round < rounds; ++round) {
        for (const Case &theCase : cases) {
            QElapsedTimer timer;
            timer.start();
            findings += checker.check(theCase, context).size();
            perCase.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    const double perSecond = double(perCase.size()) / (double(total.nsecsElapsed()) / 1e9);
    const double median = quantile(perCase, 0.5);
    const double p95 = quantile(perCase, 0.95);
    out << QStringLiteral("Case check: median %1 ms  p95 %2 ms per case, %3 checks/s  (target < 1 "
                          "ms a case)\n")
               .arg(median, 0, 'f', 4)
               .arg(p95, 0, 'f', 4)
               .arg(qint64(perSecond));
    publish({{QStringLiteral("id"), QStringLiteral("case_check")},
             {QStringLiteral("median_ms"), median},
             {QStringLiteral("p95_ms"), p95},
             {QStringLiteral("per_second"), perSecond},
             {QStringLiteral("runs"), int(perCase.size())},
             {QStringLiteral("findings"), double(findings)}});
}

QList<DeadlineRequest> deadlineRequests(int count)
{
    QRandomGenerator random(20260303);
    QList<DeadlineRequest> requests;
    requests.reserve(count);
    for (int i = 0; i < count; ++i) {
        DeadlineRequest request;
        request.regime = random.bounded(5u) == 0 ? Regime::Eir : Regime::Foia;
        request.received = QDate(2012, 1, 1).addDays(random.bounded(365u * 15));
        const quint32 kind = random.bounded(10u);
        if (kind == 0)
            request.clarified = request.received.addDays(1 + random.bounded(20u));
        if (kind == 1 && request.regime == Regime::Foia) {
            request.feeNoticeGiven = request.received.addDays(3 + random.bounded(10u));
            request.feeReceived = request.feeNoticeGiven->addDays(1 + random.bounded(30u));
        }
        if (kind == 2)
            request.extensionDays = 1 + int(random.bounded(20u));
        requests.append(request);
    }
    return requests;
}

void measureDeadlines(int count, int rounds)
{
    const DeadlineCalculator calculator(WorkingDayCalendar::builtIn());
    const QList<DeadlineRequest> requests = deadlineRequests(count);
    qint64 checksum = 0;
    QList<double> perSecond;
    QList<double> perCpuSecond;
    for (int round = 0; round < rounds + 1; ++round) { // round 0 warms up
        const double cpuStart = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        for (const DeadlineRequest &request : requests) {
            if (auto deadline = calculator.calculate(request))
                checksum += deadline->due.toJulianDay();
        }
        if (round > 0) {
            perSecond.append(double(count) / (double(timer.nsecsElapsed()) / 1e9));
            perCpuSecond.append(double(count) / qMax(1e-9, cpuSeconds() - cpuStart));
        }
    }
    const double median = quantile(perSecond, 0.5);
    // The slow tail of a throughput is its low end.
    const double worst = quantile(perSecond, 0.05);
    out << QStringLiteral("Deadlines: median %1/s, slowest round %2/s  (target >= 1,000,000/s)"
                          "  [checksum %3]\n")
               .arg(qint64(median))
               .arg(qint64(worst))
               .arg(checksum);
    publish({{QStringLiteral("id"), QStringLiteral("deadlines")},
             {QStringLiteral("per_second"), median},
             {QStringLiteral("per_second_p5"), worst},
             {QStringLiteral("per_cpu_second"), quantile(perCpuSecond, 0.5)},
             {QStringLiteral("median_ms"), 1000.0 / median},
             {QStringLiteral("runs"), rounds}});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases checked."),
                                         QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption deadlinesOption(QStringLiteral("deadlines"),
                                             QStringLiteral("Deadlines per round."),
                                             QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds."),
                                          QStringLiteral("R"), QStringLiteral("7"));
    parser.addOptions({casesOption, deadlinesOption, roundsOption});
    parser.process(application);
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    measureChecks(qMax(1, parser.value(casesOption).toInt()), rounds);
    measureDeadlines(qMax(1, parser.value(deadlinesOption).toInt()), rounds);
    return 0;
}
