// Measures how long the reference case's reply takes to compose and render to PDF/A, warm
// (fonts loaded, templates parsed once), as median and p95 over repeated runs. A benchmark, not a
// test: it prints figures and never fails on speed.
// Usage: bench_reply_render [RUNS] [--json] [--odt FILE]
// --odt also saves the same letter as ODT, for scripts/bench to convert with LibreOffice.
#include "core/law/ExemptionCatalogue.h"
#include "core/model/CaseFile.h"
#include "core/reply/AuthorityProfile.h"
#include "core/services/ReplyService.h"
#include "tests/support/ReferenceCase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

#include <time.h>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const QStringList args = application.arguments();
    const int runs = std::max(5, args.value(1).toInt() > 0 ? args.value(1).toInt() : 50);
    const bool json = args.contains(QStringLiteral("--json"));
    const qsizetype odtAt = args.indexOf(QStringLiteral("--odt"));
    const QString odtPath = odtAt > 0 ? args.value(odtAt + 1) : QString();

    const foi::core::Case theCase = testsupport::referenceCase();
    foi::core::AuthorityProfile authority;
    authority.name = QStringLiteral("Example Constabulary");
    authority.kind = foi::core::AuthorityKind::Police;

    QList<double> millis;
    QList<double> cpuMillis; // CPU time, which a busy machine does not stretch
    const auto cpuMs = [] {
        timespec now{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    };
    qsizetype bytes = 0;
    for (int i = 0; i < runs + 3; ++i) { // the first three warm up fonts and caches
        const double cpuStart = cpuMs();
        QElapsedTimer timer;
        timer.start();
        const auto rendered = foi::core::ReplyService::render(
            theCase, authority,
            {foi::core::ExemptionCatalogue::builtIn(), foi::core::WorkingDayCalendar::builtIn(),
             foi::core::EnvironmentalTerms::builtIn()},
            QDate(2026, 11, 26), foi::core::ReplyService::Format::Pdf);
        const double elapsed = timer.nsecsElapsed() / 1e6;
        if (!rendered)
            return 1;
        bytes = rendered->bytes.size();
        if (i >= 3) {
            millis << elapsed;
            cpuMillis << cpuMs() - cpuStart;
        }
    }
    if (!odtPath.isEmpty()) {
        const auto odt = foi::core::ReplyService::render(
            theCase, authority,
            {foi::core::ExemptionCatalogue::builtIn(), foi::core::WorkingDayCalendar::builtIn(),
             foi::core::EnvironmentalTerms::builtIn()},
            QDate(2026, 11, 26), foi::core::ReplyService::Format::Odt);
        QFile saved(odtPath);
        if (!odt || !saved.open(QIODevice::WriteOnly) ||
            saved.write(odt->bytes) != odt->bytes.size())
            return 1;
    }
    std::sort(millis.begin(), millis.end());
    std::sort(cpuMillis.begin(), cpuMillis.end());
    const double median = millis.at(millis.size() / 2);
    const double p95 = millis.at(std::min<qsizetype>(millis.size() - 1, millis.size() * 95 / 100));
    QTextStream out(stdout);
    if (json) {
        out << "RESULT "
            << QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("reply_pdf")},
                                         {QStringLiteral("median_ms"), median},
                                         {QStringLiteral("p95_ms"), p95},
                                         {QStringLiteral("cpu_median_ms"),
                                          cpuMillis.at(cpuMillis.size() / 2)},
                                         {QStringLiteral("cpu_p95_ms"),
                                          cpuMillis.at(std::min<qsizetype>(
                                              cpuMillis.size() - 1, cpuMillis.size() * 95 / 100))},
                                         {QStringLiteral("runs"), runs},
                                         {QStringLiteral("pdf_bytes"), bytes}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        out << "reference reply to PDF/A: median " << median << " ms, p95 " << p95 << " ms over "
            << runs << " runs (" << bytes << " bytes)\n";
    }
    return 0;
}
