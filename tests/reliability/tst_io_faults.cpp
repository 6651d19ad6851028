// I/O faults on every write path: the k-th file operation (write, pwrite, fsync, fdatasync,
// ftruncate, rename, open for writing, copy_file_range) under the store's folder fails, once or
// for ever, for k = 1 … the number of operations the path makes. Whatever fails: no crash, the
// store still passes integrity_check and the audit check, it holds the old state or the new one
// (the new one whenever the call reported success), and a failure says what went wrong.
#include "tests/reliability/FaultInjection.h"

#include "core/model/Case.h"
#include "core/model/CaseFile.h"
#include "core/reply/AtomicFile.h"
#include "core/services/CaseImportService.h"
#include "core/services/RetentionService.h"
#include "core/store/CaseStore.h"
#include "tests/support/ReferenceCase.h"
#include "tests/support/StoreOptions.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <functional>

using namespace foi::core;
using faultinjection::Mode;

namespace {

using testsupport::referenceCase;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(absent)");
}

// One write path: `act` changes something in the store (or beside it) and reports how it went;
// `state` describes what is there afterwards, read with no faults armed.
struct WritePath
{
    std::function<QString(CaseStore &, const QString &folder)> act; // empty when it succeeded
    std::function<QByteArray(CaseStore &, const QString &folder)> state;
};

} // namespace

class TestIoFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_template; // a store holding case FOI-1, closed, and its backup folder
    int m_runs = 0;

    QString freshFolder()
    {
        const QString folder = m_root.filePath(QStringLiteral("run-%1").arg(++m_runs));
        QDir().mkpath(folder);
        QFile::copy(m_template, QDir(folder).filePath(QStringLiteral("cases.foistore")));
        QFile(QDir(folder).filePath(QStringLiteral("cases.foistore")))
            .setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return folder;
    }

    static QString storeIn(const QString &folder)
    {
        return QDir(folder).filePath(QStringLiteral("cases.foistore"));
    }

    static std::unique_ptr<CaseStore> openStore(const QString &folder)
    {
        CaseStore::Options options = testsupport::storeOptions();
        options.integrityCheck = CaseStore::IntegrityCheck::Always;
        auto store = CaseStore::open(storeIn(folder), CaseStore::OpenMode::ReadWrite, options);
        if (!store)
            qFatal("the store does not open: %s", qPrintable(store.error().message));
        return std::move(store).value();
    }

    // Runs `path` with no fault, then with the k-th operation failing once and for ever, for
    // every k, checking the store after each.
    void exercise(const WritePath &path, int errorNumber = EIO)
    {
        QByteArray before;
        QByteArray after;
        int operations = 0;
        {
            const QString folder = freshFolder();
            auto store = openStore(folder);
            before = path.state(*store, folder);
            faultinjection::arm(folder, 0, Mode::Once, errorNumber);
            const QString problem = path.act(*store, folder);
            operations = faultinjection::disarm();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            after = path.state(*store, folder);
        }
        QVERIFY2(operations > 0, "the path made no file operation under the folder");
        QVERIFY(before != after);
        int failedCalls = 0;
        for (const Mode mode : {Mode::Once, Mode::Forever}) {
            for (int k = 1; k <= operations; ++k) {
                const QString folder = freshFolder();
                QString problem;
                {
                    auto store = openStore(folder);
                    faultinjection::arm(folder, k, mode, errorNumber);
                    problem = path.act(*store, folder);
                    faultinjection::disarm();
                }
                const QString where = QStringLiteral("operation %1 of %2 failing %3")
                                          .arg(k)
                                          .arg(operations)
                                          .arg(mode == Mode::Once ? QStringLiteral("once")
                                                                  : QStringLiteral("for ever"));
                CaseStore::Options options = testsupport::storeOptions();
                options.integrityCheck = CaseStore::IntegrityCheck::Always;
                auto reopened =
                    CaseStore::open(storeIn(folder), CaseStore::OpenMode::ReadWrite, options);
                QVERIFY2(reopened, qPrintable(where +
                                              QStringLiteral(": the store does not "
                                                             "open: ") +
                                              (reopened ? QString() : reopened.error().message)));
                QVERIFY2((*reopened)->checkIntegrity(true).ok(), qPrintable(where));
                auto report = (*reopened)->verify();
                QVERIFY2(report && report->intact, qPrintable(where));
                const QByteArray found = path.state(**reopened, folder);
                if (problem.isEmpty()) {
                    QVERIFY2(found == after,
                             qPrintable(where + QStringLiteral(": reported done but not there")));
                } else {
                    ++failedCalls;
                    QVERIFY2(found == before || found == after,
                             qPrintable(where +
                                        QStringLiteral(": neither the old state nor the new one")));
                }
            }
        }
        QVERIFY2(failedCalls > 0, "no fault was ever reported");
        qInfo("%d file operations; %d of %d faulted runs reported a failure", operations,
              failedCalls, 2 * operations);
        m_faultedRuns += 2 * operations;
    }

public:
    int m_faultedRuns = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_template = m_root.filePath(QStringLiteral("template.foistore"));
        auto store = CaseStore::open(m_template, CaseStore::OpenMode::CreateIfMissing,
                                     testsupport::storeOptions());
        QVERIFY(store);
        const QString file = m_root.filePath(QStringLiteral("FOI-1.json"));
        Case theCase = referenceCase();
        theCase.reference = QStringLiteral("FOI-1");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(CaseFile::write(theCase));
        out.close();
        auto imported = CaseImportService(**store, WorkingDayCalendar::builtIn())
                            .importFiles({file}, QStringLiteral("Jo"));
        QVERIFY(imported && imported->created == 1);
    }

    void cleanupTestCase() { qInfo("%d faulted runs in all", m_faultedRuns); }

    void storeWriteTransaction()
    {
        exercise({[this](CaseStore &store, const QString &folder) {
                      Case changed = referenceCase();
                      changed.reference = QStringLiteral("FOI-1");
                      changed.requestText =
                          QStringLiteral("A changed request.\n") + QString(20000, QLatin1Char('y'));
                      const QString file = QDir(folder).filePath(QStringLiteral("in.json"));
                      QFile out(file);
                      if (out.open(QIODevice::WriteOnly))
                          out.write(CaseFile::write(changed));
                      out.close();
                      auto report = CaseImportService(store, WorkingDayCalendar::builtIn())
                                        .importFiles({file}, QStringLiteral("Jo"));
                      if (!report)
                          return report.error().message;
                      return report->ok() ? QString() : report->problems.join(QLatin1Char(' '));
                  },
                  [](CaseStore &store, const QString &) {
                      auto document = CaseImportService(store, WorkingDayCalendar::builtIn())
                                          .exportCase(QStringLiteral("FOI-1"));
                      return document ? QJsonDocument::fromJson(*document).toJson()
                                      : QByteArray("(none)");
                  }});
    }

    void backup()
    {
        exercise({[](CaseStore &store, const QString &folder) {
                      auto made = store.backups().backupTo(
                          QDir(folder).filePath(QStringLiteral("backup.foistore")));
                      return made ? QString() : made.error().message;
                  },
                  [](CaseStore &, const QString &folder) {
                      // A backup under its name must be whole: it opens and passes the checks.
                      const QString path = QDir(folder).filePath(QStringLiteral("backup.foistore"));
                      if (!QFile::exists(path))
                          return QByteArray("no backup");
                      auto backup = CaseStore::open(path, CaseStore::OpenMode::ReadOnly,
                                                    testsupport::storeOptions());
                      if (!backup || !(*backup)->checkIntegrity(true).ok())
                          return QByteArray("a damaged backup");
                      auto report = (*backup)->verify();
                      return report && report->intact ? QByteArray("a sound backup")
                                                      : QByteArray("a backup with a broken trail");
                  }});
    }

    void replyAndCaseFileExport()
    {
        // AtomicFile writes sent replies' PDFs and exported case files.
        exercise({[](CaseStore &store, const QString &folder) {
                      const QString path =
                          QDir(folder).filePath(QStringLiteral("FOI-1-reply.json"));
                      auto document = CaseImportService(store, WorkingDayCalendar::builtIn())
                                          .exportCase(QStringLiteral("FOI-1"));
                      const Status written = AtomicFile::write(path, *document);
                      return written ? QString() : written.error().message;
                  },
                  [](CaseStore &, const QString &folder) {
                      return readAll(QDir(folder).filePath(QStringLiteral("FOI-1-reply.json")));
                  }});
    }

    void erasure()
    {
        exercise({[](CaseStore &store, const QString &) {
                      const Status erased =
                          RetentionService(store, WorkingDayCalendar::builtIn())
                              .eraseCase(QStringLiteral("FOI-1"), QStringLiteral("Jo"));
                      return erased ? QString() : erased.error().message;
                  },
                  [](CaseStore &store, const QString &) {
                      auto stored = store.cases().load(QStringLiteral("FOI-1"));
                      if (!stored)
                          return QByteArray("(none)");
                      return QByteArray(stored->requesterErased ? "erased\n" : "kept\n") +
                             QJsonDocument::fromJson(stored->record.document).toJson();
                  }});
    }

    void fullDiskGivesAClearMessage()
    {
        const QString folder = freshFolder();
        auto store = openStore(folder);
        faultinjection::arm(folder, 1, Mode::Forever, ENOSPC);
        const Status written = AtomicFile::write(QDir(folder).filePath(QStringLiteral("reply.pdf")),
                                                 QByteArray(1000, 'x'));
        faultinjection::disarm();
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QLatin1String("space")),
                 qPrintable(written.error().message));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("reply.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestIoFaults)
#include "tst_io_faults.moc"
