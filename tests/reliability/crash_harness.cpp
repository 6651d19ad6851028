// Crash harness: starts foi-workbench-cli again and again, importing and changing cases, and
// kills it with SIGKILL at a random moment. A journal records every command and whether it
// reported success. After each kill the store must pass PRAGMA integrity_check and the audit
// check, every change a command reported as done must be there whole, and the command that was
// killed must have left either none of its changes or all of them.
//
//   crash_harness --cli PATH --work DIR [--kills N] [--seed S]
//
// Exit 0 when every kill left a sound store; 1 (naming the kill and what was wrong) otherwise.
#include "core/model/Case.h"
#include "core/model/CaseFile.h"
#include "core/services/CaseImportService.h"
#include "core/store/BackupService.h"
#include "core/store/CaseStore.h"
#include "core/support/StoreErrorCode.h"
#include "tests/support/ReferenceCase.h"
#include "tests/support/StoreOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <optional>

using namespace foi::core;

namespace {

// What the store should hold: each case's case file and hold, by reference.
struct StoreState
{
    QMap<QString, QByteArray> documents;
    QMap<QString, CaseHold> holds;

    bool operator==(const StoreState &) const = default;
};

struct Command
{
    QStringList arguments; // after --store FILE
    QString description;
    StoreState after; // the state once the command has done all it does
};

// The store keeps a case file compact; its content, not its layout, is compared.
QByteArray canonical(const QByteArray &document)
{
    return QJsonDocument::fromJson(document).toJson(QJsonDocument::Compact);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

class CrashHarness
{
public:
    CrashHarness(QString cli, const QString &work, quint32 seed)
        : m_cli(std::move(cli))
        , m_work(work)
        , m_random(seed)
        , m_journal(QDir(work).filePath(QStringLiteral("journal.log")))
    {
        m_template = testsupport::referenceCase();
        m_storePath = m_work.filePath(QStringLiteral("cases.foistore"));
        if (!m_journal.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            qFatal("cannot write the journal");
    }

    int run(int kills)
    {
        QElapsedTimer clock;
        clock.start();
        int commands = 0;
        int killedBeforeTouching = 0;
        int killedAfterCommit = 0;
        while (m_kills < kills) {
            const Command command = nextCommand();
            ++commands;
            // Most of a command's time is starting up; three kills in four land in the last
            // half of a typical run, where the store is being opened, backed up and written.
            const int delay =
                m_random.bounded(4u) == 0
                    ? int(m_random.bounded(quint32(m_typicalMs) + 1))
                    : m_typicalMs / 2 + int(m_random.bounded(quint32(m_typicalMs * 0.65) + 1));
            QProcess process;
            process.setProcessChannelMode(QProcess::SeparateChannels);
            QStringList arguments{QStringLiteral("--store"), m_storePath};
            arguments += command.arguments;
            QElapsedTimer elapsed;
            elapsed.start();
            process.start(m_cli, arguments);
            if (!process.waitForStarted())
                return fail(QStringLiteral("could not start %1").arg(m_cli));
            // The first commands, and every fifth after, run to the end: they measure how long
            // a command takes (which differs tenfold between builds) and build up cases.
            const bool letFinish = commands <= 3 || commands % 5 == 0;
            const bool finished = process.waitForFinished(letFinish ? 120000 : delay);
            if (finished) {
                m_typicalMs = commands == 1 ? int(elapsed.elapsed())
                                            : (m_typicalMs * 7 + int(elapsed.elapsed())) / 8;
                const bool reported =
                    process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
                journal(command, reported ? QStringLiteral("reported success")
                                          : QStringLiteral("FAILED (exit %1): %2")
                                                .arg(process.exitCode())
                                                .arg(QString::fromUtf8(
                                                    process.readAllStandardError().trimmed())));
                if (!reported)
                    return fail(QStringLiteral("'%1' failed though nothing interfered")
                                    .arg(command.description));
                m_confirmed = command.after;
                continue;
            }
            process.kill(); // SIGKILL
            process.waitForFinished(-1);
            ++m_kills;
            journal(command, QStringLiteral("killed after %1 ms").arg(delay));
            std::optional<StoreState> found = check();
            if (!found)
                return 1;
            if (*found == command.after && !(command.after == m_confirmed)) {
                ++killedAfterCommit;
                m_confirmed = command.after;
            } else if (*found == m_confirmed) {
                ++killedBeforeTouching;
            } else {
                return fail(
                    QStringLiteral("kill %1 during '%2' left a state that is neither the one "
                                   "before the command nor the one after it")
                        .arg(m_kills)
                        .arg(command.description));
            }
        }
        out() << "crash_harness: " << m_kills << " kills in " << commands << " commands ("
              << killedAfterCommit << " after the change was committed, " << killedBeforeTouching
              << " before), " << m_confirmed.documents.size() << " cases, "
              << clock.elapsed() / 1000 << " s; after every kill integrity_check ok, audit "
              << "verified, every reported change present\n";
        out().flush();
        return 0;
    }

private:
    Command nextCommand()
    {
        const quint32 dice = m_random.bounded(10u);
        if (m_confirmed.documents.isEmpty() || dice < 6)
            return importCommand();
        return holdCommand();
    }

    // Imports one to three case files: new cases, or new versions of cases already stored
    // with a request text of up to 64 KiB, so that a transaction takes a while to write.
    Command importCommand()
    {
        Command command{{QStringLiteral("import"), QStringLiteral("--officer"),
                         QStringLiteral("crash-harness")},
                        {},
                        m_confirmed};
        const int files = 1 + int(m_random.bounded(3u));
        QStringList references;
        for (int i = 0; i < files; ++i) {
            QString reference;
            if (m_confirmed.documents.isEmpty() || m_random.bounded(2u) == 0)
                reference = QStringLiteral("CRASH-%1").arg(++m_nextCase);
            else
                reference = m_confirmed.documents.keys().at(
                    int(m_random.bounded(quint32(m_confirmed.documents.size()))));
            if (references.contains(reference))
                continue;
            references.append(reference);
            Case theCase = m_template;
            theCase.reference = reference;
            theCase.requestText =
                QStringLiteral("Revision %1 of %2.\n").arg(++m_revision).arg(reference) +
                QString(int(m_random.bounded(65536u)), QLatin1Char('x')) + QStringLiteral("\n") +
                m_template.requestText;
            const QByteArray document = CaseFile::write(theCase);
            const QString path = m_work.filePath(QStringLiteral("in-%1.json").arg(m_revision));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size())
                qFatal("cannot write %s", qPrintable(path));
            command.arguments.append(path);
            command.after.documents.insert(reference, canonical(document));
            if (!command.after.holds.contains(reference))
                command.after.holds.insert(reference, CaseHold::None);
        }
        command.description = QStringLiteral("import %1").arg(references.join(QLatin1Char(' ')));
        return command;
    }

    Command holdCommand()
    {
        const QString reference = m_confirmed.documents.keys().at(
            int(m_random.bounded(quint32(m_confirmed.documents.size()))));
        static const QList<CaseHold> kinds{CaseHold::None, CaseHold::InternalReview,
                                           CaseHold::CommissionerInvestigation,
                                           CaseHold::TribunalAppeal};
        const CaseHold hold = kinds.at(int(m_random.bounded(quint32(kinds.size()))));
        const QString code = hold == CaseHold::None ? QStringLiteral("none") : caseHoldCode(hold);
        Command command{{QStringLiteral("hold"), QStringLiteral("--officer"),
                         QStringLiteral("crash-harness"), reference, code},
                        QStringLiteral("hold %1 %2").arg(reference, code),
                        m_confirmed};
        command.after.holds[reference] = hold;
        return command;
    }

    // The checks after a kill. Returns what the store holds, or nothing (having said why) when
    // the store is damaged.
    std::optional<StoreState> check()
    {
        if (const QString problem = integrityProblem(m_storePath); !problem.isEmpty()) {
            fail(QStringLiteral("kill %1: integrity_check on the store: %2")
                     .arg(m_kills)
                     .arg(problem));
            return std::nullopt;
        }
        const QDir backups(BackupService::defaultFolder(m_storePath));
        // A finished backup has its final name; a '.partial' copy is never taken for one.
        for (const QString &name : backups.entryList({QStringLiteral("*.foistore")}, QDir::Files)) {
            if (const QString problem = integrityProblem(backups.filePath(name));
                !problem.isEmpty()) {
                fail(QStringLiteral("kill %1: backup %2 is damaged: %3")
                         .arg(m_kills)
                         .arg(name, problem));
                return std::nullopt;
            }
        }
        CaseStore::Options options = testsupport::storeOptions();
        options.integrityCheck = CaseStore::IntegrityCheck::Always;
        Result<std::unique_ptr<CaseStore>> store =
            CaseStore::open(m_storePath, CaseStore::OpenMode::ReadWrite, options);
        if (!store) {
            // Killed before the store was first made: there must be nothing yet.
            if (store.error().code == StoreErrorCode::Missing && m_confirmed.documents.isEmpty())
                return StoreState{};
            fail(QStringLiteral("kill %1: the store does not open: %2")
                     .arg(m_kills)
                     .arg(store.error().message));
            return std::nullopt;
        }
        Result<AuditReport> audit = (*store)->verify();
        if (!audit || !audit->intact) {
            fail(QStringLiteral("kill %1: audit verify fails: %2")
                     .arg(m_kills)
                     .arg(audit ? audit->problem : audit.error().message));
            return std::nullopt;
        }
        StoreState found;
        CaseImportService service(**store, WorkingDayCalendar::builtIn());
        for (int n = 1; n <= m_nextCase; ++n) {
            const QString reference = QStringLiteral("CRASH-%1").arg(n);
            Result<StoredCase> stored = (*store)->cases().load(reference);
            if (!stored) {
                if (stored.error().code == StoreErrorCode::NotFound)
                    continue;
                fail(QStringLiteral("kill %1: case %2 does not load: %3")
                         .arg(m_kills)
                         .arg(reference, stored.error().message));
                return std::nullopt;
            }
            Result<QByteArray> document = service.exportCase(reference);
            if (!document) {
                fail(QStringLiteral("kill %1: case %2 does not export: %3")
                         .arg(m_kills)
                         .arg(reference, document.error().message));
                return std::nullopt;
            }
            found.documents.insert(reference, canonical(*document));
            found.holds.insert(reference, stored->hold);
        }
        return found;
    }

    static QString integrityProblem(const QString &path)
    {
        if (!QFile::exists(path))
            return {};
        const QString name = QStringLiteral("crash-harness-check");
        QString problem;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            database.setDatabaseName(path);
            if (!database.open()) {
                problem = database.lastError().text();
            } else {
                QSqlQuery query(database);
                if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
                    problem = query.lastError().text();
                else if (query.value(0).toString() != QLatin1String("ok"))
                    problem = query.value(0).toString();
            }
            database.close();
        }
        QSqlDatabase::removeDatabase(name);
        return problem;
    }

    void journal(const Command &command, const QString &outcome)
    {
        QTextStream(&m_journal) << command.description << ": " << outcome << '\n';
        m_journal.flush();
    }

    int fail(const QString &why)
    {
        QTextStream(stderr) << "crash_harness: " << why << "\n  (journal: " << m_journal.fileName()
                            << ")\n";
        return 1;
    }

    QString m_cli;
    QDir m_work;
    QString m_storePath;
    QRandomGenerator m_random;
    QFile m_journal;
    Case m_template;
    StoreState m_confirmed;
    int m_typicalMs = 0; // a running mean of commands that finished
    int m_kills = 0;
    int m_nextCase = 0;
    int m_revision = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("foi-workbench-cli"),
                                 QStringLiteral("PATH"));
    const QCommandLineOption work(QStringLiteral("work"),
                                  QStringLiteral("An empty folder for the store and journal."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption kills(QStringLiteral("kills"), QStringLiteral("How many kills."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("S"));
    parser.addOptions({cli, work, kills, seed});
    parser.addHelpOption();
    parser.process(application);
    if (!parser.isSet(cli) || !parser.isSet(work))
        parser.showHelp(2);
    QDir folder(parser.value(work));
    folder.removeRecursively();
    if (!folder.mkpath(QStringLiteral(".")))
        qFatal("cannot make the work folder");
    const quint32 chosenSeed =
        parser.isSet(seed) ? parser.value(seed).toUInt() : QRandomGenerator::global()->generate();
    out() << "crash_harness: seed " << chosenSeed << '\n';
    out().flush();
    CrashHarness harness(parser.value(cli), folder.path(), chosenSeed);
    return harness.run(parser.value(kills).toInt());
}
