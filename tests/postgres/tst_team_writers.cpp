// Issue 20 point 6: eight officers save at once, each in a process of their own with its own
// connection, 500 changes each to the same twenty cases. Every change the server acknowledged is
// in the audit trail, the chain has no fork (each of the 4,000 appends landed at the head, one
// after another), `verify` passes, and each case's stored document is the one its last audit row
// records. Each save is based on the version its writer loaded: one refused because another
// writer saved the case in between is made again on the newer version, and no acknowledged save
// overwrote a version its writer had not read (each case's audit rows form one line: a row's
// document before is the one the writer built on). The time taken and the number of refused
// saves are printed for the closing note, never asserted.

#include "core/store/AuditTrail.h"
#include "core/store/CaseRepository.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreConnection.h"
#include "tests/core/store/StoreTestSupport.h"
#include "tests/postgres/ThrowawayPostgres.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <memory>
#include <vector>

using foi::core::ServerStore;
using foi::core::StoreConnection;

namespace {
constexpr int writers = 8;
constexpr int changesEach = 500;
constexpr int cases = 20;
} // namespace

class TestTeamWriters : public QObject
{
    Q_OBJECT
private:
    foi::test::ThrowawayPostgres m_server;
    QString m_database;

private slots:
    void initTestCase()
    {
        QString problem;
        m_server = foi::test::ThrowawayPostgres::find(&problem);
        QVERIFY2(m_server.isRunning(), qPrintable(problem));
        m_database = m_server.createDatabase(&problem);
        QVERIFY2(!m_database.isEmpty(), qPrintable(problem));
        QVERIFY(ServerStore::initialise(m_server.address(m_database)).ok());
        auto store = ServerStore::open(m_server.address(m_database),
                                       StoreConnection::Access::ReadWrite, storetest::fakeClock());
        QVERIFY(store.ok());
        for (int i = 0; i < cases; ++i) {
            QVERIFY((*store)
                        ->repositories()
                        .cases()
                        .save(storetest::record(QStringLiteral("FOI-%1").arg(i),
                                                QStringLiteral("as logged")),
                              QStringLiteral("officer"))
                        .ok());
        }
    }

    void cleanupTestCase() { m_server.dropDatabase(m_database); }

    void eightOfficersSavingAtOnceLoseNothingAndNeverForkTheChain()
    {
        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int w = 0; w < writers; ++w) {
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(FOI_STORE_WRITER_PATH),
                           {m_server.url(m_database), QString::number(w),
                            QString::number(changesEach), QString::number(cases)});
            QVERIFY(process->waitForStarted());
            processes.push_back(std::move(process));
        }
        QSet<QString> acknowledged;
        QHash<QString, QString> basedOn; // each acknowledged document's sha256 -> the one it read
        int conflicts = 0;
        for (auto &process : processes) {
            QVERIFY(process->waitForFinished(600000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            const QList<QByteArray> lines = process->readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> words = line.split(' ');
                if (words.size() == 3 && words.at(0) == "ack") {
                    acknowledged.insert(QString::fromLatin1(words.at(1)));
                    basedOn.insert(QString::fromLatin1(words.at(1)),
                                   QString::fromLatin1(words.at(2)));
                } else if (words.size() == 2 && words.at(0) == "conflicts") {
                    conflicts += words.at(1).toInt();
                }
            }
        }
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(acknowledged.size(), writers * changesEach);

        auto store = ServerStore::open(m_server.address(m_database),
                                       StoreConnection::Access::ReadOnly, storetest::fakeClock());
        QVERIFY(store.ok());
        const auto report = (*store)->repositories().verify();
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->problem));
        QCOMPARE(report->rowsChecked, qint64(cases + writers * changesEach));

        auto rows = (*store)->repositories().connection().select(
            QStringLiteral("SELECT before_sha256, after_sha256 FROM audit_log WHERE entity = "
                           "'case'"));
        QVERIFY(rows.ok());
        QSet<QString> recorded;
        while (rows->next()) {
            const QString after = rows->value(1).toString();
            recorded.insert(after);
            // The version this save replaced is the one its writer read: no update lost.
            if (basedOn.contains(after))
                QCOMPARE(rows->value(0).toString(), basedOn.value(after));
        }
        QVERIFY(recorded.contains(acknowledged));
        qInfo("%d writers saved %d changes each to %d shared cases in %lld ms (%.0f saves/s); "
              "%d saves refused as based on an older version, and made again",
              writers, changesEach, cases, elapsed,
              writers * changesEach * 1000.0 / double(qMax<qint64>(elapsed, 1)), conflicts);
    }
};

QTEST_GUILESS_MAIN(TestTeamWriters)
#include "tst_team_writers.moc"
