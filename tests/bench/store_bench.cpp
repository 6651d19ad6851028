// Measures the case store at scale (issue #5, item 8): generates N realistic cases into a store,
// then times opening it plus the first page of the case list, full-text searches as typed (and
// the same SQL through the sqlite3 shell on the same file), similar-request lookups, the
// aggregation lookup of the Cost step, and the import of M case files into a fresh store. Prints
// median and p95 of each. Not a test: run it from the release build, e.g.
//   foi-store-bench --cases 1000000 --import-files 100000 --dir /tmp/b
// `--server postgresql://user@host:port/db` adds the PostgreSQL column (issue 20 point 8): the
// store is copied into that (empty) team store, and open + first page, search as typed and
// similar requests are measured there too, with the same queries.
// `--aggregation-only` measures the aggregation lookup alone, over a connection that cannot write
// (the file opened immutable: no lock, no -wal or -shm), so a shared store is left as it was.

#include "tests/bench/BenchStoreWriter.h"
#include "tests/bench/CaseGenerator.h"

#include "core/law/WorkingDayCalendar.h"
#include "core/model/CaseFile.h"
#include "core/model/RequesterKeys.h"
#include "core/services/AggregationFinder.h"
#include "core/services/CaseImportService.h"
#include "core/services/CaseRecordMapper.h"
#include "core/store/CaseStore.h"
#include "core/store/Migrations.h"
#include "core/store/ServerStore.h"
#include "core/store/SqliteDialect.h"
#include "core/store/StoreAddress.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreCopy.h"
#include "tests/support/StoreOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QUrl>

#include <algorithm>

#include <sys/resource.h>
#include <time.h>

#include <sqlite3.h>

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

// One machine-readable line per figure, for scripts/bench: "RESULT {json}".
void publish(const QString &id, const Figures &figures, int runs, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("id"), id);
    extra.insert(QStringLiteral("median_ms"), figures.median);
    extra.insert(QStringLiteral("p95_ms"), figures.p95);
    extra.insert(QStringLiteral("runs"), runs);
    out << "RESULT " << QJsonDocument(extra).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

// CPU time of this process: unlike the wall clock, not stretched by other programs on a busy
// machine, so it tells the work from the waiting.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QJsonObject cpuFigures(const QList<double> &cpu)
{
    const Figures figures = summarise(cpu);
    return {{QStringLiteral("cpu_median_ms"), figures.median},
            {QStringLiteral("cpu_p95_ms"), figures.p95}};
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The generator's reference of case `serial` (the year of receipt is serial / 250 days after 4
// Jan 2010, plus up to two days): the caller tries the next year when it is not found.
QString generatedReference(int serial, int extraYears = 0)
{
    return QStringLiteral("%1-%2")
        .arg(QDate(2010, 1, 4).addDays(serial / 250).year() + extraYears)
        .arg(serial, 7, 10, QLatin1Char('0'));
}

std::unique_ptr<CaseStore> openOrDie(const QString &path, CaseStore::OpenMode mode)
{
    auto store = CaseStore::open(path, mode, testsupport::storeOptions());
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
    QElapsedTimer timer;
    timer.start();
    if (const QString problem = BenchStoreWriter::write(path, cases, seed); !problem.isEmpty()) {
        out << "generation failed: " << problem << '\n';
        out.flush();
        std::exit(2);
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    out << "Generated " << cases << " cases in " << seconds << " s ("
        << QFileInfo(path).size() / (1024 * 1024) << " MiB)\n";
    publish(QStringLiteral("generate"), {seconds * 1000, seconds * 1000}, 1,
            {{QStringLiteral("cases"), cases}});
}

Figures openAndFirstPage(const QString &path, int rounds, CaseStore::IntegrityCheck check,
                         QList<double> &cpu)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        const double cpuStart = cpuMs();
        QElapsedTimer timer;
        timer.start();
        CaseStore::Options options = testsupport::storeOptions();
        options.integrityCheck = check;
        auto store = CaseStore::open(path, CaseStore::OpenMode::ReadWrite, options);
        if (!store) {
            out << "cannot open " << path << ": " << store.error().message << '\n';
            std::exit(2);
        }
        // The page the case list opens on: the open cases, newest first.
        CaseListQuery query;
        query.status = QStringLiteral("open");
        auto page = (*store)->caseList().page(query);
        if (!page || page->cases.isEmpty())
            std::exit(2);
        times.append(elapsedMs(timer));
        cpu.append(cpuMs() - cpuStart);
    }
    return summarise(times);
}

// The full quick_check that a large store gets in the background after opening.
Figures fullQuickCheck(const QString &path, int rounds)
{
    auto store = openOrDie(path, CaseStore::OpenMode::ReadWrite);
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (Status sound = store->checkIntegrity(false); !sound) {
            out << "quick_check failed: " << sound.error().message << '\n';
            std::exit(2);
        }
        times.append(elapsedMs(timer));
    }
    return summarise(times);
}

// The statement CaseSearch runs for `typed`, with its values written in, for the shell.
QString statementFor(const QString &typed, int limit)
{
    const SqliteDialect::Statement search = SqliteDialect().caseSearch(typed, limit);
    QString statement = search.sql;
    qsizetype at = 0;
    for (const QVariant &value : search.values) {
        at = statement.indexOf(QLatin1Char('?'), at);
        QString literal = value.toString();
        if (value.typeId() == QMetaType::QString)
            literal = QLatin1Char('\'') + literal.replace(QLatin1Char('\''), QStringLiteral("''")) +
                      QLatin1Char('\'');
        statement.replace(at, 1, literal);
        at += literal.size();
    }
    return statement;
}

// The same ranked query through the sqlite3 shell, timed by its own .timer (1 ms steps).
QList<double> shellTimes(const QString &path, const QStringList &queries, int limit,
                         QList<double> &cpu)
{
    QString script = QStringLiteral(".output /dev/null\n");
    for (const QString &query : queries) // warm-up, as the workbench's own run had
        script += statementFor(query, limit) + QStringLiteral(";\n");
    script += QStringLiteral(".timer on\n");
    for (const QString &query : queries)
        script += statementFor(query, limit) + QStringLiteral(";\n");
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    QList<double> times;
    static const QRegularExpression runTime(
        QStringLiteral("Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"));
    auto matches = runTime.globalMatch(QString::fromUtf8(shell.readAllStandardOutput()));
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        times.append(match.captured(1).toDouble() * 1000.0);
        cpu.append((match.captured(2).toDouble() + match.captured(3).toDouble()) * 1000.0);
    }
    return times;
}

// The floor: the same statement through the raw SQLite C API, prepared each time as the shell
// does, every row stepped and its columns read.
QList<double> rawApiTimes(const QString &path, const QStringList &queries, int limit,
                          QList<double> &cpu)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return {};
    }
    sqlite3_exec(db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    QList<double> times;
    for (int round = 0; round < 2; ++round) { // the first round warms the cache
        for (const QString &query : queries) {
            const QByteArray sql = statementFor(query, limit).toUtf8();
            const double cpuStart = cpuMs();
            QElapsedTimer timer;
            timer.start();
            sqlite3_stmt *statement = nullptr;
            sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
            while (sqlite3_step(statement) == SQLITE_ROW) {
                for (int column = 0; column < sqlite3_column_count(statement); ++column)
                    (void)sqlite3_column_text(statement, column);
            }
            sqlite3_finalize(statement);
            if (round == 1) {
                times.append(elapsedMs(timer));
                cpu.append(cpuMs() - cpuStart);
            }
        }
    }
    sqlite3_close(db);
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
    QList<double> oursCpu;
    for (const QString &query : queries) {
        const double cpuStart = cpuMs();
        QElapsedTimer timer;
        timer.start();
        auto found = store->search().search(query, 20);
        ours.append(elapsedMs(timer));
        oursCpu.append(cpuMs() - cpuStart);
        if (!found)
            std::exit(2);
    }
    const Figures workbench = summarise(ours);
    report(QStringLiteral("FTS search (as typed, top 20)"), workbench,
           QStringLiteral("p95 < 30 ms"));
    publish(QStringLiteral("search"), workbench, int(ours.size()), cpuFigures(oursCpu));
    QList<double> shellCpu;
    const QList<double> shell = shellTimes(path, queries, 20, shellCpu);
    if (shell.size() == queries.size()) {
        const Figures sqlite = summarise(shell);
        report(QStringLiteral("  same SQL in the sqlite3 shell (1 ms steps)"), sqlite,
               QStringLiteral("reference"));
        publish(QStringLiteral("search_sqlite3_shell"), sqlite, int(shell.size()),
                cpuFigures(shellCpu));
    } else {
        out << "  sqlite3 shell comparison unavailable (" << shell.size() << " timings)\n";
    }
    QList<double> rawCpu;
    const QList<double> raw = rawApiTimes(path, queries, 20, rawCpu);
    if (raw.size() == queries.size()) {
        const Figures floor = summarise(raw);
        report(QStringLiteral("  same SQL through the raw C API"), floor,
               QStringLiteral("reference"));
        publish(QStringLiteral("search_sqlite3_c_api"), floor, int(raw.size()), cpuFigures(rawCpu));
    }

    QList<double> similar;
    QList<double> similarCpu;
    QRandomGenerator random(seed + 2);
    for (int i = 0; i < queryCount; ++i) {
        const int serial = int(random.bounded(quint32(cases)));
        const QString reference = generatedReference(serial);
        const double cpuStart = cpuMs();
        QElapsedTimer timer;
        timer.start();
        auto found = store->search().similarTo(reference, 10);
        const double ms = elapsedMs(timer);
        if (found) {
            similar.append(ms);
            similarCpu.append(cpuMs() - cpuStart);
        }
    }
    const Figures similarFigures = summarise(similar);
    report(QStringLiteral("Similar requests (top 10)"), similarFigures, QStringLiteral("< 100 ms"));
    publish(QStringLiteral("similar"), similarFigures, int(similar.size()), cpuFigures(similarCpu));
    out << "  (" << similar.size() << " of " << queryCount << " lookups found their case)\n";
}

// The Cost step's aggregation lookup (AggregationFinder: the same requester by name, email or
// postal address, and wording alike, within 60 working days), run as the GUI runs it: on a
// reader's own read-only connection. Each lookup is for a stored case with a postal address
// as the officer would have it open; a case the generator wrote without one (stores made
// before requesters had addresses) is given one, so that every contact key is looked up.
// Each case is looked up once untimed (the officer's store is read from the page cache, as
// the other figures assume) and then timed; the untimed first lookups are reported too.
// A SQLite URI for `path`, read-only and immutable: not even a lock or a -shm file is written.
QString immutableUri(const QString &path)
{
    return QStringLiteral("file:%1?mode=ro&immutable=1")
        .arg(QString::fromUtf8(
            QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), QByteArrayLiteral("/"))));
}

// The requester keys of every case of a store older than migration 9, written as migration 9
// writes them but into a file of their own (`keysFile`), so that the aggregation lookup can be
// measured on a shared store that must not be upgraded: attached, its requester_keys table
// stands in for the store's own. The store is read through an immutable connection.
void writeRequesterKeysBeside(const QString &path, const QString &keysFile)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMs();
    sqlite3 *store = nullptr;
    sqlite3 *keys = nullptr;
    const QByteArray uri = immutableUri(path).toUtf8();
    if (sqlite3_open_v2(uri.constData(), &store, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) !=
            SQLITE_OK ||
        sqlite3_open(QFile::encodeName(keysFile).constData(), &keys) != SQLITE_OK) {
        out << "cannot open " << path << " or " << keysFile << '\n';
        std::exit(2);
    }
    sqlite3_exec(keys,
                 "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN; "
                 "CREATE TABLE requester_keys (key BLOB NOT NULL, date_received TEXT NOT NULL, "
                 "case_id INTEGER NOT NULL, PRIMARY KEY (key, date_received, case_id)) "
                 "WITHOUT ROWID",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *read = nullptr;
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(store,
                       "SELECT id, date_received, CASE WHEN json_valid(CAST(document AS TEXT)) "
                       "THEN json_extract(CAST(document AS TEXT), '$.requester') END FROM cases",
                       -1, &read, nullptr);
    sqlite3_prepare_v2(keys, "INSERT INTO requester_keys VALUES (?, ?, ?)", -1, &insert, nullptr);
    qint64 rows = 0;
    while (sqlite3_step(read) == SQLITE_ROW) {
        const QJsonObject stored =
            QJsonDocument::fromJson(
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(read, 2))))
                .object();
        const Requester requester{
            stored.value(QStringLiteral("name")).toString(),
            stored.value(QStringLiteral("addressForCorrespondence")).toString(),
            stored.value(QStringLiteral("email")).toString()};
        for (const QString &key : RequesterKeys(requester).lookupKeys()) {
            const QByteArray digest = CaseRepository::requesterKeyDigest(key);
            sqlite3_bind_blob(insert, 1, digest.constData(), int(digest.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2,
                              reinterpret_cast<const char *>(sqlite3_column_text(read, 1)), -1,
                              SQLITE_TRANSIENT);
            sqlite3_bind_int64(insert, 3, sqlite3_column_int64(read, 0));
            sqlite3_step(insert);
            sqlite3_reset(insert);
            ++rows;
        }
    }
    sqlite3_finalize(read);
    sqlite3_finalize(insert);
    sqlite3_exec(keys, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(keys);
    sqlite3_close(store);
    out << "Requester keys written beside the store: " << rows << " keys in "
        << timer.elapsed() / 1000.0 << " s (CPU " << (cpuMs() - cpuStart) / 1000.0 << " s)\n";
    out.flush();
}

void measureAggregation(const QString &path, bool untouched, int lookups, quint32 seed, int cases,
                        const QString &keysFile = {})
{
    const QString target = untouched ? immutableUri(path) : path;
    auto connection = StoreConnection::open(target, StoreConnection::Access::ReadOnly, 5000);
    if (!connection) {
        out << "cannot open " << target << ": " << connection.error().message << " "
            << connection.error().detail << '\n';
        std::exit(2);
    }
    if (!keysFile.isEmpty()) {
        if (!QFileInfo::exists(keysFile))
            writeRequesterKeysBeside(path, keysFile);
        if (Status attached =
                (*connection)
                    ->run(QStringLiteral("ATTACH DATABASE ? AS side"), {immutableUri(keysFile)});
            !attached) {
            out << "cannot attach " << keysFile << ": " << attached.error().detail << '\n';
            std::exit(2);
        }
    }
    const Clock clock = Clock::system();
    AuditTrail audit(**connection, clock);
    CaseRepository repository(**connection, audit, clock);
    CaseSearch search(**connection);
    AggregationFinder finder(repository, search, WorkingDayCalendar::builtIn());
    QRandomGenerator random(seed + 4);
    QList<double> times;
    QList<double> cpu;
    QList<double> firstTimes;
    QList<double> candidateCounts;
    int byName = 0;
    int byEmail = 0;
    int byAddress = 0;
    int byWording = 0;
    int given = 0;
    for (int attempt = 0; times.size() < lookups && attempt < lookups * 10; ++attempt) {
        const int serial = int(random.bounded(quint32(cases)));
        auto stored = repository.load(generatedReference(serial));
        if (!stored)
            stored = repository.load(generatedReference(serial, 1));
        if (!stored)
            continue;
        auto theCase = CaseFile::read(stored->record.document);
        if (!theCase || theCase->regime != Regime::Foia)
            continue;
        if (theCase->requester.addressForCorrespondence.isEmpty()) {
            theCase->requester.addressForCorrespondence =
                QStringLiteral("%1 Station Road, Coventry CV%2 %3AB")
                    .arg(serial % 200 + 1)
                    .arg(serial % 40 + 1)
                    .arg(serial % 10);
            ++given;
        }
        QElapsedTimer first;
        first.start();
        if (!finder.candidatesFor(*theCase)) {
            out << "aggregation lookup failed\n";
            std::exit(2);
        }
        firstTimes.append(elapsedMs(first));
        const double cpuStart = cpuMs();
        QElapsedTimer timer;
        timer.start();
        auto found = finder.candidatesFor(*theCase);
        times.append(elapsedMs(timer));
        cpu.append(cpuMs() - cpuStart);
        if (!found) {
            out << "aggregation lookup failed: " << found.error().message << '\n';
            std::exit(2);
        }
        candidateCounts.append(double(found->size()));
        for (const AggregationCandidate &candidate : std::as_const(*found)) {
            byName += candidate.hasGround(AggregationGround::SameName) ? 1 : 0;
            byEmail += candidate.hasGround(AggregationGround::SameEmail) ? 1 : 0;
            byAddress += candidate.hasGround(AggregationGround::SameAddress) ? 1 : 0;
            byWording += candidate.hasGround(AggregationGround::SimilarWording) ? 1 : 0;
        }
    }
    const Figures figures = summarise(times);
    const Figures firstFigures = summarise(firstTimes);
    report(QStringLiteral("Aggregation candidates (Cost step)"), figures,
           QStringLiteral("p95 < 100 ms"));
    report(QStringLiteral("  first lookup of each case (page cache cold)"), firstFigures,
           QStringLiteral("information"));
    out << "  (" << times.size() << " lookups; candidates median "
        << summarise(candidateCounts).median << ", max "
        << (candidateCounts.isEmpty()
                ? 0.0
                : *std::max_element(candidateCounts.cbegin(), candidateCounts.cend()))
        << "; grounds: " << byName << " name, " << byEmail << " email, " << byAddress
        << " address, " << byWording << " wording; " << given
        << " cases given a postal address they did not have)\n";
    out.flush();
    QJsonObject extra = cpuFigures(cpu);
    extra.insert(QStringLiteral("first_lookup_median_ms"), firstFigures.median);
    extra.insert(QStringLiteral("first_lookup_p95_ms"), firstFigures.p95);
    extra.insert(QStringLiteral("candidates_median"), summarise(candidateCounts).median);
    extra.insert(QStringLiteral("grounds"), QJsonObject{{QStringLiteral("name"), byName},
                                                        {QStringLiteral("email"), byEmail},
                                                        {QStringLiteral("address"), byAddress},
                                                        {QStringLiteral("wording"), byWording}});
    publish(QStringLiteral("aggregation"), figures, int(times.size()), extra);
}

// Each run imports the same files into a new, empty store. One run of about a minute varies by
// 10 to 20 % on a shared machine (48 to 61 s measured for the same build), so several are
// timed and the median is the figure; the slowest is reported as the p95.
void measureImport(const QString &folder, int files, quint32 seed, int runs)
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
    const auto removeTarget = [&target] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(target + suffix);
    };
    QList<double> wallMs;
    QList<double> cpuMsPerRun;
    for (int run = 0; run < runs; ++run) {
        removeTarget();
        auto store = openOrDie(target, CaseStore::OpenMode::CreateIfMissing);
        const double cpuStart = cpuMs();
        QElapsedTimer timer;
        timer.start();
        auto imported = CaseImportService(*store, WorkingDayCalendar::builtIn())
                            .importFiles(paths, QStringLiteral("Bench Officer"));
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (!imported || !imported->ok() || imported->created != files) {
            out << "import failed\n";
            std::exit(2);
        }
        wallMs.append(seconds * 1000);
        cpuMsPerRun.append(cpuMs() - cpuStart);
        out << QStringLiteral("%1 %2 s for %3 files (%4 files/s), CPU %5 s\n")
                   .arg(QStringLiteral("Import of case files, run %1").arg(run + 1), -44)
                   .arg(seconds, 0, 'f', 2)
                   .arg(files)
                   .arg(int(files / qMax(0.001, seconds)))
                   .arg(cpuMsPerRun.constLast() / 1000.0, 0, 'f', 2);
    }
    const Figures wall = summarise(wallMs);
    const Figures cpu = summarise(cpuMsPerRun);
    // The process's high-water mark so far: an upper bound on the import's own peak.
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double peakMib = double(usage.ru_maxrss) / 1024.0;
    out << QStringLiteral("%1 median %2 s, slowest %3 s (target 100,000 in < 60 s); CPU median "
                          "%4 s; peak RSS of the process %5 MiB\n")
               .arg(QStringLiteral("Import of case files"), -44)
               .arg(wall.median / 1000, 0, 'f', 2)
               .arg(wall.p95 / 1000, 0, 'f', 2)
               .arg(cpu.median / 1000, 0, 'f', 2)
               .arg(peakMib, 0, 'f', 0);
    publish(QStringLiteral("import"), wall, int(wallMs.size()),
            {{QStringLiteral("files"), files},
             {QStringLiteral("cpu_median_ms"), cpu.median},
             {QStringLiteral("cpu_p95_ms"), cpu.p95},
             {QStringLiteral("peak_rss_mib"), peakMib}});
    removeTarget();
    QDir(inbox).removeRecursively();
}

} // namespace

std::unique_ptr<ServerStore> openServerOrDie(const StoreAddress &address)
{
    auto store = ServerStore::open(address, StoreConnection::Access::ReadWrite, Clock::system());
    if (!store) {
        out << "cannot open " << address.display() << ": " << store.error().message << " "
            << store.error().detail << '\n';
        out.flush();
        std::exit(2);
    }
    return std::move(store).value();
}

// The store at `path` copied into the empty team store at `address` (StoreCopy, as `store copy`
// does; skipped when it holds cases already) and ANALYZEd, as autovacuum soon would.
void copyToServer(const QString &path, const StoreAddress &address)
{
    if (Status made = ServerStore::initialise(address); !made) {
        out << "cannot prepare " << address.display() << ": " << made.error().message << '\n';
        std::exit(2);
    }
    auto target = openServerOrDie(address);
    Result<qint64> held = target->repositories().cases().count();
    if (held && *held > 0) {
        out << "Team store " << address.display() << " holds " << *held
            << " cases already: not copied again\n";
        return;
    }
    auto source = openOrDie(path, CaseStore::OpenMode::ReadWrite);
    QElapsedTimer timer;
    timer.start();
    auto copied = StoreCopy::copy(*source, target->repositories());
    if (!copied) {
        out << "copy failed: " << copied.error().message << " " << copied.error().detail << '\n';
        std::exit(2);
    }
    const double copyMs = elapsedMs(timer);
    timer.restart();
    if (Status analysed = target->repositories().connection().run(QStringLiteral("ANALYZE"));
        !analysed)
        std::exit(2);
    out << "Copied the store into PostgreSQL in " << qRound(copyMs / 1000) << " s (ANALYZE "
        << qRound(elapsedMs(timer)) << " ms), both chains verified\n";
    publish(QStringLiteral("pg_copy"), {copyMs, copyMs}, 1);
}

// The PostgreSQL column: open + first page, search as typed and similar requests, as for the
// file, over a fresh connection to the team store for each open.
void measureServer(const QString &path, const QString &url, int queryCount, quint32 seed, int cases)
{
    const Result<StoreAddress> address = StoreAddress::parse(url);
    if (!address || !address->isTeamServer()) {
        out << "--server needs a postgresql:// address\n";
        std::exit(2);
    }
    copyToServer(path, *address);
    QList<double> opens;
    QList<double> openCpu;
    for (int i = 0; i < 21; ++i) {
        const double cpuStart = cpuMs();
        QElapsedTimer timer;
        timer.start();
        auto store = openServerOrDie(*address);
        CaseListQuery query;
        query.status = QStringLiteral("open");
        auto page = store->repositories().caseList().page(query);
        if (!page || page->cases.isEmpty())
            std::exit(2);
        opens.append(elapsedMs(timer));
        openCpu.append(cpuMs() - cpuStart);
    }
    const Figures open = summarise(opens);
    report(QStringLiteral("PostgreSQL: open + first page of 50"), open, QStringLiteral("< 200 ms"));
    publish(QStringLiteral("pg_open_first_page"), open, 21, cpuFigures(openCpu));

    auto store = openServerOrDie(*address);
    CaseGenerator generator(seed + 1); // the same queries as the file's search
    QStringList queries;
    for (int i = 0; i < queryCount; ++i)
        queries.append(generator.typedQuery());
    for (const QString &query : queries) // warm-up
        (void)store->repositories().search().search(query, 20);
    QList<double> searches;
    for (const QString &query : queries) {
        QElapsedTimer timer;
        timer.start();
        if (!store->repositories().search().search(query, 20))
            std::exit(2);
        searches.append(elapsedMs(timer));
    }
    const Figures search = summarise(searches);
    report(QStringLiteral("PostgreSQL: search (as typed, top 20)"), search,
           QStringLiteral("p95 < 30 ms"));
    publish(QStringLiteral("pg_search"), search, int(searches.size()));

    QList<double> similar;
    QRandomGenerator random(seed + 2);
    for (int i = 0; i < queryCount; ++i) {
        const QString reference = generatedReference(int(random.bounded(quint32(cases))));
        QElapsedTimer timer;
        timer.start();
        if (store->repositories().search().similarTo(reference, 10))
            similar.append(elapsedMs(timer));
    }
    const Figures similarFigures = summarise(similar);
    report(QStringLiteral("PostgreSQL: similar requests (top 10)"), similarFigures,
           QStringLiteral("< 100 ms"));
    publish(QStringLiteral("pg_similar"), similarFigures, int(similar.size()));
}

int main(int argc, char *argv[])
{
    // URI file names (for --aggregation-only's immutable connection), before SQLite starts.
    sqlite3_config(SQLITE_CONFIG_URI, 1);
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of the FOI Workbench case store."));
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"),
                                         QStringLiteral("Cases to generate."), QStringLiteral("N"),
                                         QStringLiteral("1000"));
    const QCommandLineOption importOption(QStringLiteral("import-files"),
                                          QStringLiteral("Case files to import (0: none)."),
                                          QStringLiteral("M"), QStringLiteral("200"));
    const QCommandLineOption importRunsOption(QStringLiteral("import-runs"),
                                              QStringLiteral("Times to run the import (median)."),
                                              QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
                                           QStringLiteral("Searches and lookups to time."),
                                           QStringLiteral("Q"), QStringLiteral("100"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Working folder (default: a new temporary one)."),
        QStringLiteral("DIR"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QStringLiteral("The store to measure; generated there if missing (default: "
                       "DIR/bench.foistore, always generated afresh)."),
        QStringLiteral("FILE"));
    const QCommandLineOption generateOnlyOption(QStringLiteral("generate-only"),
                                                QStringLiteral("Generate the store and stop."));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("S"), QStringLiteral("20260301"));
    const QCommandLineOption lookupsOption(QStringLiteral("lookups"),
                                           QStringLiteral("Aggregation lookups to time."),
                                           QStringLiteral("L"), QStringLiteral("21"));
    const QCommandLineOption aggregationOnlyOption(
        QStringLiteral("aggregation-only"),
        QStringLiteral("Measure only the aggregation lookup, on an existing store opened "
                       "immutable (nothing is written to it or beside it)."));
    const QCommandLineOption keysBesideOption(
        QStringLiteral("keys-beside"),
        QStringLiteral("With --aggregation-only on a store older than schema 9: its requester "
                       "keys, computed into FILE (once) and attached in place of its own."),
        QStringLiteral("FILE"));
    const QCommandLineOption upgradeOnlyOption(
        QStringLiteral("upgrade-only"),
        QStringLiteral("Open the store once, upgrading it to the latest schema, report the time "
                       "and stop (to measure a migration; the store is changed)."));
    const QCommandLineOption formatOption(
        QStringLiteral("format-version"),
        QStringLiteral("Print the generator's format version and the schema version and stop."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("Also measure a team store: the store copied into the empty PostgreSQL "
                       "database ADDRESS names (postgresql://user@host:port/db)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption serverOnlyOption(
        QStringLiteral("server-only"),
        QStringLiteral("With --server: measure only the team store (the file is generated if "
                       "missing, and copied)."));
    parser.addOptions({casesOption, importOption, importRunsOption, queriesOption, dirOption,
                       storeOption, generateOnlyOption, seedOption, lookupsOption,
                       aggregationOnlyOption, upgradeOnlyOption, keysBesideOption, formatOption,
                       serverOption, serverOnlyOption});
    parser.process(application);
    if (parser.isSet(formatOption)) {
        out << "g" << BenchStoreWriter::formatVersion << "-s" << Migrations::latestVersion()
            << '\n';
        return 0;
    }
    const int cases = parser.value(casesOption).toInt();
    const int files = parser.value(importOption).toInt();
    const int importRuns = qMax(1, parser.value(importRunsOption).toInt());
    const int queries = parser.value(queriesOption).toInt();
    const quint32 seed = parser.value(seedOption).toUInt();
    const int lookups = parser.value(lookupsOption).toInt();
    if (parser.isSet(aggregationOnlyOption)) {
        const QString store = parser.value(storeOption);
        if (store.isEmpty() || !QFileInfo::exists(store)) {
            out << "--aggregation-only needs --store FILE, an existing store\n";
            return 2;
        }
        out << "Store " << store << ": " << cases << " cases (aggregation only, read-only)\n";
        measureAggregation(store, true, lookups, seed, cases, parser.value(keysBesideOption));
        return 0;
    }
    QString folder = parser.value(dirOption);
    const bool temporary = folder.isEmpty();
    if (temporary)
        folder = QDir::temp().filePath(
            QStringLiteral("foi-store-bench-%1").arg(QCoreApplication::applicationPid()));
    QDir().mkpath(folder);
    QString path = parser.value(storeOption);
    if (path.isEmpty()) {
        path = QDir(folder).filePath(QStringLiteral("bench.foistore"));
        QFile::remove(path);
    }
    if (!QFileInfo::exists(path))
        generate(path, cases, seed);
    if (parser.isSet(generateOnlyOption))
        return 0;
    out << "Store " << path << ": " << cases << " cases, " << QFileInfo(path).size() / (1024 * 1024)
        << " MiB\n";
    if (parser.isSet(serverOption) && parser.isSet(serverOnlyOption)) {
        measureServer(path, parser.value(serverOption), queries, seed, cases);
        return 0;
    }
    {
        // Once before the timed opens: upgrades a store of an older schema (its migrations are
        // not what is timed) and reads the file as the officer's last session left it cached.
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        openOrDie(path, CaseStore::OpenMode::ReadWrite);
        out << "First open (upgrading if needed): " << timer.elapsed() << " ms, CPU "
            << qRound(cpuMs() - cpuStart) << " ms\n";
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        out << "  peak RSS " << usage.ru_maxrss / 1024 << " MiB\n";
        if (parser.isSet(upgradeOnlyOption))
            return 0;
    }
    QList<double> openCpu;
    const Figures open =
        openAndFirstPage(path, 21, CaseStore::IntegrityCheck::SmallFilesOnly, openCpu);
    report(QStringLiteral("Open + first page of 50 (checks as shipped)"), open,
           QStringLiteral("< 200 ms"));
    QJsonObject openExtra = cpuFigures(openCpu);
    openExtra.insert(QStringLiteral("store_mib"), double(QFileInfo(path).size()) / (1024 * 1024));
    publish(QStringLiteral("open_first_page"), open, 21, openExtra);
    // Each run reads the whole file: one is enough for a large store.
    const int checks = QFileInfo(path).size() > qint64(1) << 30 ? 1 : 3;
    const Figures quick = fullQuickCheck(path, checks);
    report(QStringLiteral("Full quick_check (background after open)"), quick,
           QStringLiteral("information"));
    publish(QStringLiteral("full_quick_check"), quick, checks);
    measureSearch(path, queries, seed, cases);
    measureAggregation(path, false, lookups, seed, cases);
    if (parser.isSet(serverOption))
        measureServer(path, parser.value(serverOption), queries, seed, cases);
    if (files > 0)
        measureImport(folder, files, seed, importRuns);
    if (temporary)
        QDir(folder).removeRecursively();
    return 0;
}
