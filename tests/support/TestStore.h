#pragma once

// A fresh, empty case store for a test of the store or the services, on the back end the
// environment names (issue 20 point 2: the same tests prove the same guarantees on both):
// FOI_TEST_BACKEND=postgresql gives a new database on ctest's throwaway PostgreSQL server (the
// "postgres" fixture; dropped when the store is), anything else a store file in the test's
// folder. foi_add_test_on_both_backends (cmake/FoiCompilerOptions.cmake) runs a test both ways.

#include "core/store/CaseStore.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreRepositories.h"
#include "core/support/Clock.h"

#ifdef FOI_POSTGRES_ENV_FILE
#include "tests/postgres/ThrowawayPostgres.h"
#endif

#include <QDir>
#include <QString>

#include <functional>
#include <memory>

namespace testsupport {

inline bool onPostgres()
{
    return qEnvironmentVariable("FOI_TEST_BACKEND") == QLatin1String("postgresql");
}

// The connection a TestStore's repositories work over, closed before what `afterClose` does
// (dropping the test's database) runs.
struct TestStoreConnection
{
    TestStoreConnection(std::unique_ptr<foi::core::StoreConnection> connection,
                        std::function<void()> then)
        : owned(std::move(connection))
        , afterClose(std::move(then))
    {}
    TestStoreConnection(const TestStoreConnection &) = delete;
    TestStoreConnection &operator=(const TestStoreConnection &) = delete;

    std::unique_ptr<foi::core::StoreConnection> owned;
    std::function<void()> afterClose;

    ~TestStoreConnection()
    {
        owned.reset();
        if (afterClose)
            afterClose();
    }
};

class TestStore : private TestStoreConnection, public foi::core::StoreRepositories
{
public:
    // A new store (its schema made, no case in it) for `clock`; a store file goes in `folder`.
    // Null, with the reason given as a test warning, when it cannot be made.
    static std::unique_ptr<TestStore> create(const QString &folder, foi::core::Clock clock)
    {
        return onPostgres() ? onServer(clock) : inFile(folder, clock);
    }

    // Where it is: the file's path, or the database's postgresql:// address.
    const QString &address() const { return m_address; }

private:
    TestStore(std::unique_ptr<foi::core::StoreConnection> connection,
              std::function<void()> afterClosing, const foi::core::Clock &clock, QString address)
        : TestStoreConnection(std::move(connection), std::move(afterClosing))
        , StoreRepositories(*owned, clock)
        , m_address(std::move(address))
    {}

    static std::unique_ptr<TestStore> inFile(const QString &folder, foi::core::Clock clock)
    {
        static int made = 0;
        const QString path =
            QDir(folder).filePath(QStringLiteral("test-store-%1.foistore").arg(++made));
        // Opening the file as the program does makes its schema; the repositories then work
        // over a connection of their own to it, as over a server's.
        auto file =
            foi::core::CaseStore::open(path, foi::core::CaseStore::OpenMode::CreateIfMissing,
                                       foi::core::CaseStore::Options{.clock = clock});
        if (!file) {
            qWarning("cannot make %s: %s", qPrintable(path), qPrintable(file.error().message));
            return nullptr;
        }
        file->reset();
        auto connection = foi::core::StoreConnection::open(
            path, foi::core::StoreConnection::Access::ReadWrite, 2000);
        if (!connection) {
            qWarning("cannot open %s: %s", qPrintable(path),
                     qPrintable(connection.error().message));
            return nullptr;
        }
        return std::unique_ptr<TestStore>(
            new TestStore(std::move(connection).value(), {}, clock, path));
    }

    static std::unique_ptr<TestStore> onServer(foi::core::Clock clock)
    {
#ifdef FOI_POSTGRES_ENV_FILE
        QString problem;
        const foi::test::ThrowawayPostgres server = foi::test::ThrowawayPostgres::find(&problem);
        if (!server.isRunning()) {
            qWarning("%s", qPrintable(problem));
            return nullptr;
        }
        const QString database = server.createDatabase(&problem);
        if (database.isEmpty()) {
            qWarning("cannot make a test database: %s", qPrintable(problem));
            return nullptr;
        }
        const auto drop = [server, database] {
            server.dropDatabase(database);
        };
        if (const foi::core::Status made =
                foi::core::ServerStore::initialise(server.address(database));
            !made) {
            qWarning("cannot make a team store: %s", qPrintable(made.error().message));
            drop();
            return nullptr;
        }
        auto connection = foi::core::StoreConnection::openServer(
            server.address(database), foi::core::StoreConnection::Access::ReadWrite);
        if (!connection) {
            qWarning("cannot connect: %s", qPrintable(connection.error().message));
            drop();
            return nullptr;
        }
        return std::unique_ptr<TestStore>(
            new TestStore(std::move(connection).value(), drop, clock, server.url(database)));
#else
        Q_UNUSED(clock);
        qWarning("FOI_TEST_BACKEND=postgresql, but this test was not built for the server: add "
                 "it with foi_add_test_on_both_backends.");
        return nullptr;
#endif
    }

    QString m_address;
};

} // namespace testsupport
