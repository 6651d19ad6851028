// Measures the case store at scale (issue #5, item 8): generates N realistic cases into a store,
// then times opening it plus the first page of the case list, full-text searches as typed (and
// the same SQL through the sqlite3 shell on the same file), similar-request lookups, and the
// import of M case files into a fresh store. Prints median and p95 of each. Not a test: run it
// from the release build, e.g.  foi-store-bench --cases 1000000 --import-files 100000 --dir /tmp/b

#include "CaseGenerator.h"

#include "model/CaseFile.h"
#include "services/CaseImportService.h"
#include "services/CaseRecordMapper.h"
#include "store/CaseStore.h"
#include "store/SqliteDialect.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

using namespace foi::core;

namespace {

QTextStream out(stdout);

struct Figures
{
    double median = 0;
    double p95 = 0;
};

Figures summarise(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms.at(qMin(ms.size() - 1, qsizetype(q * double(ms.size() - 1) + 0.5)));
    };
    return {at(0.5), at(0.95)};
}

void report(const QString &what, const Figures &figures, const QString &target)
{
    out << QStringLiteral("%1 median %2 ms  p95 %3 ms   (target %4)\n")
               .arg(what, -44)
               .arg(figures.median, 8, 'f', 2)
               .arg(figures.p95, 8, 'f', 2)
               .arg(target);
    out.flush();
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

std::unique_ptr<CaseStore> openOrDie(const QString &path, CaseStore::OpenMode mode)
{
    auto store = CaseStore::open(path, mode);
    if (!store) {
        out << "cannot open " << path << ": " << store.error().message << " "
            << store.error().detail << '\n';
        out.flush();
        std::exit(2);
    }
    return std::move(store).value();
}

void generate(const QString &path, int cases, quint32 seed)
{
    auto store = openOrDie(path, CaseStore::OpenMode::CreateIfMissing);
    CaseGenerator generator(seed);
    QElapsedTimer timer;
    timer.start();
    const int batch = 5000;
    for (int start = 0; start < cases; start += batch) {
        QList<CaseRecord> records;
        for (int i = start; i < qMin(cases, start + batch); ++i)
            records.append(CaseRecordMapper::toRecord(generator.next(i)));
        auto saved = store->cases().saveAll(records, QStringLiteral("Bench Officer"));
        if (!saved) {
            out << "generation failed: " << saved.error().message << saved.error().detail << '\n';
            std::exit(2);
        }
        if ((start / batch) % 20 == 19) {
            out << "  generated " << start + batch << " cases in " << timer.elapsed() / 1000
                << " s\n";
            out.flush();
        }
    }
    out << "Generated " << cases << " cases in " << timer.elapsed() / 1000.0 << " s ("
        << QFileInfo(path).size() / (1024 * 1024) << " MiB + WAL)\n";
}

Figures openAndFirstPage(const QString &path, int rounds, bool quickCheck)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        CaseStore::Options options;
        options.integrityCheck = quickCheck ? CaseStore::IntegrityCheck::Always
                                            : CaseStore::IntegrityCheck::SmallFilesOnly;
        auto store = CaseStore::open(path, CaseStore::OpenMode::ReadWrite, options);
        if (!store)
            std::exit(2);
        auto page = (*store)->cases().list(CaseListQuery{});
        if (!page || page->cases.isEmpty())
            std::exit(2);
        times.append(elapsedMs(timer));
    }
    return summarise(times);
}

// The same ranked query through the sqlite3 shell, timed by its own .timer.
QList<double> shellTimes(const QString &path, const QStringList &queries, int limit)
{
    QString script = QStringLiteral(".output /dev/null\n");
    QString sql = SqliteDialect::rankedCaseMatchSql();
    const auto statementFor = [&](const QString &typed) {
        QString expression = SqliteDialect::matchExpression(typed, true);
        expression.replace(QLatin1Char('\''), QStringLiteral("''"));
        QString statement = sql;
        statement.replace(statement.indexOf(QLatin1Char('?')), 1,
                          QLatin1Char('\'') + expression + QLatin1Char('\''));
        statement.replace(statement.indexOf(QLatin1Char('?')), 1, QString::number(limit));
        return statement + QStringLiteral(";\n");
    };
    for (const QString &query : queries) // warm-up, as the workbench's own run had
        script += statementFor(query);
    script += QStringLiteral(".timer on\n");
    for (const QString &query : queries)
        script += statementFor(query);
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    QList<double> times;
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    auto matches = runTime.globalMatch(QString::fromUtf8(shell.readAllStandardOutput()));
    while (matches.hasNext())
        times.append(matches.next().captured(1).toDouble() * 1000.0);
    return times;
}

void measureSearch(const QString &path, int queryCount, quint32 seed, int cases)
{
    auto store = openOrDie(path, CaseStore::OpenMode::ReadWrite);
    CaseGenerator generator(seed + 1);
    QStringList queries;
    for (int i = 0; i < queryCount; ++i)
        queries.append(generator.typedQuery());
    for (const QString &query : queries) // warm-up
        (void)store->search().search(query, 20);
    QList<double> ours;
    for (const QString &query : queries) {
        QElapsedTimer timer;
        timer.start();
        auto found = store->search().search(query, 20);
        ours.append(elapsedMs(timer));
        if (!found)
            std::exit(2);
    }
    const Figures workbench = summarise(ours);
    report(QStringLiteral("FTS search (as typed, top 20)"), workbench,
           QStringLiteral("p95 < 30 ms"));
    const QList<double> shell = shellTimes(path, queries, 20);
    if (shell.size() == queries.size()) {
        const Figures sqlite = summarise(shell);
        report(QStringLiteral("  same SQL in the sqlite3 shell (1 ms steps)"), sqlite,
               QStringLiteral("reference"));
        out << QStringLiteral("  ratio of p95 (workbench / shell): %1  (target <= 1.5)\n")
                   .arg(sqlite.p95 > 0 ? QString::number(workbench.p95 / sqlite.p95, 'f', 2)
                                       : QStringLiteral("shell p95 below its 1 ms resolution"));
    } else {
        out << "  sqlite3 shell comparison unavailable (" << shell.size() << " timings)\n";
    }

    QList<double> similar;
    QRandomGenerator random(seed + 2);
    CaseGenerator references(seed);
    for (int i = 0; i < queryCount; ++i) {
        const int serial = int(random.bounded(quint32(cases)));
        const QString reference = QStringLiteral("%1-%2")
                                      .arg(QDate(2010, 1, 4).addDays(serial / 250).year())
                                      .arg(serial, 7, 10, QLatin1Char('0'));
        QElapsedTimer timer;
        timer.start();
        auto found = store->search().similarTo(reference, 10);
        const double ms = elapsedMs(timer);
        if (found)
            similar.append(ms);
    }
    report(QStringLiteral("Similar requests (top 10)"), summarise(similar),
           QStringLiteral("< 100 ms"));
    out << "  (" << similar.size() << " of " << queryCount << " lookups found their case)\n";
}

void measureImport(const QString &folder, int files, quint32 seed)
{
    const QString inbox = QDir(folder).filePath(QStringLiteral("import-files"));
    QDir(inbox).removeRecursively();
    QDir().mkpath(inbox);
    CaseGenerator generator(seed + 3);
    QStringList paths;
    for (int i = 0; i < files; ++i) {
        const QString path = QDir(inbox).filePath(QStringLiteral("case-%1.json").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            std::exit(2);
        file.write(CaseFile::write(generator.next(i)));
        paths.append(path);
    }
    const QString target = QDir(folder).filePath(QStringLiteral("import.foistore"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    auto store = openOrDie(target, CaseStore::OpenMode::CreateIfMissing);
    QElapsedTimer timer;
    timer.start();
    auto imported = CaseImportService(*store).importFiles(paths, QStringLiteral("Bench Officer"));
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (!imported || !imported->ok() || imported->created != files) {
        out << "import failed\n";
        std::exit(2);
    }
    out << QStringLiteral("%1 %2 s for %3 files (%4 files/s)   (target 100,000 in < 60 s)\n")
               .arg(QStringLiteral("Import of case files"), -44)
               .arg(seconds, 0, 'f', 2)
               .arg(files)
               .arg(int(files / qMax(0.001, seconds)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of the FOI Workbench case store."));
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"),
                                         QStringLiteral("Cases to generate."), QStringLiteral("N"),
                                         QStringLiteral("1000"));
    const QCommandLineOption importOption(QStringLiteral("import-files"),
                                          QStringLiteral("Case files to import."),
                                          QStringLiteral("M"), QStringLiteral("200"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
                                           QStringLiteral("Searches and lookups to time."),
                                           QStringLiteral("Q"), QStringLiteral("200"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Working folder (default: a new temporary one)."),
        QStringLiteral("DIR"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"),
                                         QStringLiteral("Reuse DIR/bench.foistore if it exists."));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("S"), QStringLiteral("20260301"));
    parser.addOptions(
        {casesOption, importOption, queriesOption, dirOption, reuseOption, seedOption});
    parser.process(application);
    const int cases = parser.value(casesOption).toInt();
    const int files = parser.value(importOption).toInt();
    const int queries = parser.value(queriesOption).toInt();
    const quint32 seed = parser.value(seedOption).toUInt();
    QString folder = parser.value(dirOption);
    if (folder.isEmpty())
        folder = QDir::temp().filePath(
            QStringLiteral("foi-store-bench-%1").arg(QCoreApplication::applicationPid()));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("bench.foistore"));
    if (!(parser.isSet(reuseOption) && QFileInfo::exists(path))) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        generate(path, cases, seed);
    }
    out << "Store " << path << ": " << cases << " cases, " << QFileInfo(path).size() / (1024 * 1024)
        << " MiB\n";
    report(QStringLiteral("Open + first page of 50 (checks as shipped)"),
           openAndFirstPage(path, 21, false), QStringLiteral("< 200 ms"));
    report(QStringLiteral("Open + first page, forcing quick_check"),
           openAndFirstPage(path, 3, true), QStringLiteral("information"));
    measureSearch(path, queries, seed, cases);
    if (files > 0)
        measureImport(folder, files, seed);
    if (!parser.isSet(dirOption))
        QDir(folder).removeRecursively();
    return 0;
}
