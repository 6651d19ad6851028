// Issue 20 point 7: `store copy` moves a store file into an empty team store on PostgreSQL and
// back. Cases, their attachments' records, sent replies (the bytes and the audit head recorded
// when sent) and the audit trail arrive row for row, so the chain verifies on both sides through
// the same head; a copy never goes into a store that holds anything, never carries a broken
// chain on, and writes nothing to its source. Every table of both back ends is either copied or
// named as the store's own housekeeping, so a table added later cannot be forgotten silently.

#include "core/store/AttachmentRegister.h"
#include "core/store/AuditTrail.h"
#include "core/store/CaseRepository.h"
#include "core/store/CaseStore.h"
#include "core/store/ReplyArchive.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreCopy.h"
#include "core/support/StoreErrorCode.h"
#include "tests/cli/CliRunner.h"
#include "tests/core/store/StoreTestSupport.h"
#include "tests/postgres/ThrowawayPostgres.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using foi::core::CaseStore;
using foi::core::ServerStore;
using foi::core::StoreConnection;
using foi::core::StoreCopy;
namespace StoreErrorCode = foi::core::StoreErrorCode;

class TestStoreCopy : public QObject
{
    Q_OBJECT
private:
    foi::test::ThrowawayPostgres m_server;
    QString m_database;
    QTemporaryDir m_folder;

    // A store file with three cases (one updated), an attachment's record and a sent reply.
    std::unique_ptr<CaseStore> makeFile(const QString &path)
    {
        auto store = storetest::create(path);
        if (!store)
            return nullptr;
        for (int i = 1; i <= 3; ++i) {
            auto record = storetest::record(QStringLiteral("FOI-%1").arg(i),
                                            QStringLiteral("speed cameras on road %1").arg(i));
            if (!store->cases().save(record, QStringLiteral("officer")).ok())
                return nullptr;
        }
        auto updated = storetest::record(QStringLiteral("FOI-2"), QStringLiteral("speed vans"));
        if (!store->cases().save(updated, QStringLiteral("officer")).ok())
            return nullptr;
        if (!store->attachments()
                 .add(QStringLiteral("FOI-1"), QStringLiteral("request.eml"),
                      QStringLiteral("message/rfc822"), QByteArray("From: a requester\r\n\r\nHi"),
                      foi::core::AttachmentKind::RequestAsReceived, QStringLiteral("officer"))
                 .ok())
            return nullptr;
        if (!store->replies()
                 .record(QStringLiteral("FOI-1"), QByteArray("%PDF-1.4 the reply"),
                         QStringLiteral("FOI-1.pdf"), QStringLiteral("application/pdf"),
                         QStringLiteral("officer"))
                 .ok())
            return nullptr;
        return store;
    }

    std::unique_ptr<ServerStore> makeServer(const QString &database)
    {
        if (!ServerStore::initialise(m_server.address(database)).ok())
            return nullptr;
        auto store = ServerStore::open(m_server.address(database),
                                       StoreConnection::Access::ReadWrite, storetest::fakeClock());
        return store.ok() ? std::move(store).value() : nullptr;
    }

    static QSet<QString> tablesOf(StoreConnection &connection, const QString &sql)
    {
        QSet<QString> names;
        auto rows = connection.select(sql);
        while (rows.ok() && rows->next())
            names.insert(rows->value(0).toString());
        return names;
    }

private slots:
    void initTestCase()
    {
        QString problem;
        m_server = foi::test::ThrowawayPostgres::find(&problem);
        QVERIFY2(m_server.isRunning(), qPrintable(problem));
        QVERIFY(m_folder.isValid());
    }

    void init()
    {
        QString problem;
        m_database = m_server.createDatabase(&problem);
        QVERIFY2(!m_database.isEmpty(), qPrintable(problem));
    }

    void cleanup() { m_server.dropDatabase(m_database); }

    void everyTableIsCopiedOrNamedAsHousekeeping()
    {
        const QSet<QString> copied(StoreCopy::tables().cbegin(), StoreCopy::tables().cend());
        const QSet<QString> housekeeping{QStringLiteral("store_meta")};
        auto server = makeServer(m_database);
        QVERIFY(server);
        QCOMPARE(tablesOf(server->repositories().connection(),
                          QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE "
                                         "schemaname = current_schema()")),
                 copied + housekeeping);
        auto file = storetest::create(m_folder.filePath(QStringLiteral("tables.foistore")));
        QVERIFY(file);
        // SQLite's own tables and the full-text index's (kept by triggers on cases) aside.
        QCOMPARE(tablesOf(file->repositories().connection(),
                          QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                         "name NOT LIKE 'sqlite_%' AND name NOT LIKE "
                                         "'case_index%'")),
                 copied + housekeeping);
    }

    void aFileGoesToATeamStoreAndBackWithItsChain()
    {
        const QString path = m_folder.filePath(QStringLiteral("officer.foistore"));
        auto file = makeFile(path);
        QVERIFY(file);
        const auto head = file->audit().head().value();
        QCOMPARE(head.seq, 6); // 4 saves, the attachment, the sent reply

        auto server = makeServer(m_database);
        QVERIFY(server);
        auto toServer = StoreCopy::copy(file->repositories(), server->repositories());
        QVERIFY2(toServer.ok(), qPrintable(toServer.ok() ? QString()
                                                         : toServer.error().message + u' ' +
                                                               toServer.error().detail));
        QVERIFY(toServer->target.intact);
        QVERIFY(toServer->target.anchorChecked);
        QCOMPARE(toServer->target.head.toString(), head.toString());
        QCOMPARE(
            toServer->rowsPerTable.at(StoreCopy::tables().indexOf(QStringLiteral("cases"))).second,
            3);
        // The server's own numbering carries on after the copied ids.
        auto fourth = storetest::record(QStringLiteral("FOI-4"), QStringLiteral("parking"));
        QVERIFY(server->repositories().cases().save(fourth, QStringLiteral("officer")).ok());
        const auto loaded = server->repositories().cases().load(QStringLiteral("FOI-2"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->record.requestText, QStringLiteral("speed vans"));
        const auto replies = server->repositories().replies().repliesTo(QStringLiteral("FOI-1"));
        QVERIFY(replies.ok());
        QCOMPARE(replies->size(), 1);
        QCOMPARE(server->repositories().replies().content(replies->at(0).id).value(),
                 QByteArray("%PDF-1.4 the reply"));
        const auto serverHead = server->repositories().audit().head().value();
        QCOMPARE(serverHead.seq, 7);

        // And back, into a new file: the chain through both heads, the search index rebuilt.
        const QString back = m_folder.filePath(QStringLiteral("back.foistore"));
        auto returned = storetest::create(back);
        QVERIFY(returned);
        auto toFile = StoreCopy::copy(server->repositories(), returned->repositories());
        QVERIFY2(toFile.ok(),
                 qPrintable(toFile.ok() ? QString()
                                        : toFile.error().message + u' ' + toFile.error().detail));
        QCOMPARE(toFile->target.head.toString(), serverHead.toString());
        const auto report = returned->repositories().verify({head, serverHead});
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->problem));
        QCOMPARE(returned->search().search(QStringLiteral("parking"), 10).value().size(), 1);
        QCOMPARE(returned->attachments().attachmentsOf(QStringLiteral("FOI-1")).value().size(), 1);
        // A case saved after the copy gets the next id, not one of the copied ones.
        auto fifth = storetest::record(QStringLiteral("FOI-5"), QStringLiteral("drones"));
        QVERIFY(returned->cases().save(fifth, QStringLiteral("officer")).ok());
    }

    void aCopyGoesOnlyIntoAnEmptyStore()
    {
        auto file = makeFile(m_folder.filePath(QStringLiteral("twice.foistore")));
        QVERIFY(file);
        auto server = makeServer(m_database);
        QVERIFY(server);
        QVERIFY(StoreCopy::copy(file->repositories(), server->repositories()).ok());
        const auto again = StoreCopy::copy(file->repositories(), server->repositories());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, StoreErrorCode::NotEmpty);
        QCOMPARE(server->repositories().audit().head().value().seq, 6);
    }

    void aBrokenChainIsNeverCarriedOn()
    {
        const QString path = m_folder.filePath(QStringLiteral("broken.foistore"));
        {
            auto file = makeFile(path);
            QVERIFY(file);
        }
        // Someone edits a row of the chain behind the workbench's back (triggers dropped first).
        QCOMPARE(storetest::rawExec(path, QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                                         "UPDATE audit_log SET officer = 'x' "
                                                         "WHERE seq = 3")),
                 QString());
        auto file = CaseStore::open(path, CaseStore::OpenMode::ReadOnly, storetest::options());
        QVERIFY(file.ok());
        auto server = makeServer(m_database);
        QVERIFY(server);
        const auto copied = StoreCopy::copy((*file)->repositories(), server->repositories());
        QVERIFY(!copied.ok());
        QCOMPARE(copied.error().code, StoreErrorCode::Corrupt);
        QVERIFY2(copied.error().message.contains(QStringLiteral("breaks at row 3")),
                 qPrintable(copied.error().message));
        QCOMPARE(server->repositories().audit().head().value().seq, 0);
    }

    void theCommandCopiesBothWaysAndRefusesWhatItShouldNot()
    {
        const QString path = m_folder.filePath(QStringLiteral("cli.foistore"));
        QString head;
        {
            auto file = makeFile(path);
            QVERIFY(file);
            head = file->audit().head().value().toString();
        }
        const QString server = m_server.url(m_database);
        CliRun copied = runCli({QStringLiteral("store"), QStringLiteral("copy"),
                                QStringLiteral("--from"), path, QStringLiteral("--to"), server},
                               m_folder.path());
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QVERIFY2(copied.out.contains(QStringLiteral("cases: 3 rows")), qPrintable(copied.out));
        QVERIFY(copied.out.contains(QStringLiteral("head ") + head));
        QVERIFY(copied.out.contains(QStringLiteral("Not copied: the attachments' files")));

        const QString back = m_folder.filePath(QStringLiteral("cli-back.foistore"));
        copied = runCli({QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"),
                         server, QStringLiteral("--to"), back},
                        m_folder.path());
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QVERIFY(copied.out.contains(QStringLiteral("head ") + head));

        // Into an existing file, between two files, into a team store already holding cases.
        CliRun refused = runCli({QStringLiteral("store"), QStringLiteral("copy"),
                                 QStringLiteral("--from"), server, QStringLiteral("--to"), back},
                                m_folder.path());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("already exists")), qPrintable(refused.err));
        refused = runCli({QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"),
                          path, QStringLiteral("--to"), m_folder.filePath(QStringLiteral("x"))},
                         m_folder.path());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("name one of each")), qPrintable(refused.err));
        refused = runCli({QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"),
                          path, QStringLiteral("--to"), server},
                         m_folder.path());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("only into a new, empty store")),
                 qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "tst_store_copy.moc"
