// Issue 20 points 1, 4 and 6: the store's connection to a team store on PostgreSQL, against a
// real server. It reaches the database the address names, with the password left to libpq; it
// runs statements as it does on SQLite; and each way the server can say no (no server, a login
// refused, no such database, a read-only session, a role without the right) reaches the officer
// as its own store error with a message saying what to check; a lost session is made again
// (point 6).

#include "core/store/StoreConnection.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"
#include "tests/postgres/ThrowawayPostgres.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>
#include <QUuid>

using foi::core::StoreAddress;
using foi::core::StoreConnection;
using foi::core::WriteTransaction;
namespace StoreErrorCode = foi::core::StoreErrorCode;

class TestStoreServerConnection : public QObject
{
    Q_OBJECT
private:
    foi::test::ThrowawayPostgres m_server;
    QString m_database;

    std::unique_ptr<StoreConnection> connect(StoreConnection::Access access,
                                             const QString &user = {})
    {
        auto connection = StoreConnection::openServer(m_server.address(m_database, user), access);
        if (!connection.ok()) {
            qWarning("%s",
                     qPrintable(connection.error().message + u' ' + connection.error().detail));
            return {};
        }
        return std::move(connection).value();
    }

    // Ends this test's sessions from the server's side, as a restart or a dropped network would.
    void dropSessions()
    {
        QCOMPARE(m_server.runAsSuperuser(
                     QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE datname = '%1' AND application_name = 'foi-workbench'")
                         .arg(m_database)),
                 QString());
    }

private slots:
    void initTestCase()
    {
        QString problem;
        m_server = foi::test::ThrowawayPostgres::find(&problem);
        QVERIFY2(m_server.isRunning(), qPrintable(problem));
    }

    void init()
    {
        QString problem;
        m_database = m_server.createDatabase(&problem);
        QVERIFY2(!m_database.isEmpty(), qPrintable(problem));
    }

    void cleanup() { m_server.dropDatabase(m_database); }

    void statementsRunAsOnALocalStore()
    {
        auto connection = connect(StoreConnection::Access::ReadWrite);
        QVERIFY(connection);
        QVERIFY(connection->run(
            QStringLiteral("CREATE TABLE notes (id BIGINT PRIMARY KEY, body TEXT)")));
        // Bound values, the Welsh alphabet's accents included, arrive as sent.
        const QString body = QStringLiteral("Cais rhyddid gwybodaeth: ŵ ŷ â ê î ô û ẁ ẃ ẅ ỳ");
        for (int round = 0; round < 3; ++round) // the prepared statement is reused
            QVERIFY(connection->run(QStringLiteral("INSERT INTO notes (id, body) VALUES (?, ?)"),
                                    {round, body}));
        const auto row =
            connection->selectRow(QStringLiteral("SELECT count(*), max(body) FROM notes"));
        QVERIFY(row.ok());
        QVERIFY(row->has_value());
        QCOMPARE((**row).at(0).toInt(), 3);
        QCOMPARE((**row).at(1).toString(), body);
        // The address, never a password, is what the connection shows as its place.
        QCOMPARE(connection->path(), m_server.url(m_database));
    }

    void theSessionCountsTimeInUtc()
    {
        auto connection = connect(StoreConnection::Access::ReadWrite);
        QVERIFY(connection);
        const auto row = connection->selectRow(QStringLiteral("SHOW TIME ZONE"));
        QVERIFY(row.ok() && row->has_value());
        QCOMPARE((**row).at(0).toString(), QStringLiteral("UTC"));
    }

    void noServerAtTheAddressIsUnreachable()
    {
        // Port 1 on this machine: nothing listens there.
        const auto address = StoreAddress::parse(
            QStringLiteral("postgresql://%1@localhost:1/%2").arg(m_server.superuser(), m_database));
        QVERIFY(address.ok());
        const auto connection =
            StoreConnection::openServer(*address, StoreConnection::Access::ReadWrite);
        QVERIFY(!connection.ok());
        QCOMPARE(connection.error().code, QString(StoreErrorCode::Unreachable));
        QVERIFY2(connection.error().message.contains(QStringLiteral("cannot be reached")),
                 qPrintable(connection.error().message));
    }

    void aDatabaseThatDoesNotExistIsNamedAsMissing()
    {
        const auto connection =
            StoreConnection::openServer(m_server.address(QStringLiteral("no_such_foi_store")),
                                        StoreConnection::Access::ReadWrite);
        QVERIFY(!connection.ok());
        QCOMPARE(connection.error().code, QString(StoreErrorCode::Missing));
        QVERIFY2(connection.error().message.contains(QStringLiteral("no such database")),
                 qPrintable(connection.error().message));
    }

    void aLoginTheServerRefusesIsAccessDenied()
    {
        const auto connection = StoreConnection::openServer(
            m_server.address(m_database, QStringLiteral("nobody_in_this_team")),
            StoreConnection::Access::ReadWrite);
        QVERIFY(!connection.ok());
        QCOMPARE(connection.error().code, QString(StoreErrorCode::AccessDenied));
        QVERIFY(connection.error().message.contains(QStringLiteral("~/.pgpass")));
    }

    void aReadOnlyConnectionCannotWrite()
    {
        auto writer = connect(StoreConnection::Access::ReadWrite);
        QVERIFY(writer);
        QVERIFY(writer->run(QStringLiteral("CREATE TABLE notes (id BIGINT PRIMARY KEY)")));
        auto reader = connect(StoreConnection::Access::ReadOnly);
        QVERIFY(reader);
        const auto refused = reader->run(QStringLiteral("INSERT INTO notes (id) VALUES (1)"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString(StoreErrorCode::ReadOnly));
        QVERIFY(reader->selectRow(QStringLiteral("SELECT count(*) FROM notes")).ok());
    }

    void theServerRefusesWhatARoleMayNotDo()
    {
        // The seed of point 4: the server, not the program, says no to a role without the right.
        const QString role =
            QStringLiteral("foi_clerk_") + QUuid::createUuid().toString(QUuid::Id128);
        QCOMPARE(m_server.runAsSuperuser(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)),
                 QString());
        QCOMPARE(m_server.runAsSuperuser(
                     QStringLiteral("CREATE TABLE audit (id BIGINT PRIMARY KEY, what TEXT);"
                                    "INSERT INTO audit VALUES (1, 'sent');"
                                    "GRANT CONNECT ON DATABASE %1 TO %2;"
                                    "GRANT SELECT ON audit TO %2")
                         .arg(m_database, role),
                     m_database),
                 QString());
        auto clerk = connect(StoreConnection::Access::ReadWrite, role);
        QVERIFY(clerk);
        QVERIFY(clerk->selectRow(QStringLiteral("SELECT what FROM audit")).ok());
        const auto refused = clerk->run(QStringLiteral("UPDATE audit SET what = 'never sent'"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString(StoreErrorCode::Forbidden));
        QVERIFY(refused.error().detail.contains(QStringLiteral("42501")));
        clerk.reset();
        m_server.dropDatabase(m_database);
        m_database.clear();
        QCOMPARE(m_server.runAsSuperuser(QStringLiteral("DROP ROLE %1").arg(role)), QString());
    }

    // Issue 20 point 6: a lost session (a restart, a dropped network) is made again by the next
    // statement outside a change, with its session settings and no statement prepared in the
    // old session; the statement runs once more only when it changes nothing.
    void aLostConnectionIsMadeAgainByTheNextStatement()
    {
        auto connection = connect(StoreConnection::Access::ReadWrite);
        QVERIFY(connection);
        QVERIFY(connection->run(QStringLiteral("CREATE TABLE notes (id BIGINT PRIMARY KEY)")));
        // Prepared in the session about to be lost.
        QVERIFY(connection->run(QStringLiteral("INSERT INTO notes (id) VALUES (?)"), {1}));
        dropSessions();
        const auto row = connection->selectRow(QStringLiteral("SELECT count(*) FROM notes"));
        QVERIFY2(row.ok(), qPrintable(row.ok() ? QString() : row.error().detail));
        QCOMPARE((**row).at(0).toInt(), 1);
        QCOMPARE(connection->reconnections(), 1);
        QVERIFY(connection->run(QStringLiteral("INSERT INTO notes (id) VALUES (?)"), {2}));
        const auto zone = connection->selectRow(QStringLiteral("SHOW TIME ZONE"));
        QVERIFY(zone.ok() && zone->has_value());
        QCOMPARE((**zone).at(0).toString(), QStringLiteral("UTC"));
    }

    void aWriteWhoseConnectionWasLostIsNotMadeTwice()
    {
        auto connection = connect(StoreConnection::Access::ReadWrite);
        QVERIFY(connection);
        QVERIFY(connection->run(QStringLiteral("CREATE TABLE notes (id BIGINT PRIMARY KEY)")));
        dropSessions();
        const auto lost = connection->run(QStringLiteral("INSERT INTO notes (id) VALUES (?)"), {1});
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, QString(StoreErrorCode::Unreachable));
        QVERIFY2(
            lost.error().message.contains(QStringLiteral("at localhost:%1").arg(m_server.port())),
            qPrintable(lost.error().message));
        // Connected again for the next statement, which the caller makes.
        QCOMPARE(connection->reconnections(), 1);
        QVERIFY(connection->run(QStringLiteral("INSERT INTO notes (id) VALUES (?)"), {1}));
        const auto row = connection->selectRow(QStringLiteral("SELECT count(*) FROM notes"));
        QVERIFY(row.ok());
        QCOMPARE((**row).at(0).toInt(), 1);
    }

    void aChangeWhoseConnectionIsLostFailsAsAWhole()
    {
        auto connection = connect(StoreConnection::Access::ReadWrite);
        QVERIFY(connection);
        QVERIFY(connection->run(QStringLiteral("CREATE TABLE notes (id BIGINT PRIMARY KEY)")));
        {
            WriteTransaction change(*connection);
            QVERIFY(change.begin());
            QVERIFY(connection->run(QStringLiteral("INSERT INTO notes (id) VALUES (?)"), {1}));
            dropSessions();
            const auto lost =
                connection->run(QStringLiteral("INSERT INTO notes (id) VALUES (?)"), {2});
            QVERIFY(!lost.ok());
            QCOMPARE(lost.error().code, QString(StoreErrorCode::Unreachable));
            QCOMPARE(connection->reconnections(), 0);
        }
        const auto row = connection->selectRow(QStringLiteral("SELECT count(*) FROM notes"));
        QVERIFY(row.ok());
        QCOMPARE((**row).at(0).toInt(), 0);
        QCOMPARE(connection->reconnections(), 1);
    }

    void aReconnectedSessionListensOnItsChannelsAgain()
    {
        auto connection = connect(StoreConnection::Access::ReadWrite);
        QVERIFY(connection);
        QSqlDriver *driver = connection->database().driver();
        QVERIFY(driver->subscribeToNotification(QStringLiteral("foi_test_channel")));
        QSignalSpy heard(driver, &QSqlDriver::notification);
        dropSessions();
        QVERIFY(connection->selectRow(QStringLiteral("SELECT 1")).ok());
        QCOMPARE(connection->reconnections(), 1);
        QCOMPARE(m_server.runAsSuperuser(QStringLiteral("NOTIFY foi_test_channel"), m_database),
                 QString());
        QTRY_COMPARE(heard.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreServerConnection)
#include "tst_store_server_connection.moc"
