#include "tests/core/store/StoreTestSupport.h"

#include "core/store/StoreFile.h"
#include "core/support/StoreErrorCode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace foi::core;

// Opening a store: durability settings, owner-only files, and every kind of bad file getting
// its own error and a way out, with the file left as it was.
class TestStoreOpen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static int mode(const QString &file)
    {
        struct stat info
        {
        };
        return ::stat(QFile::encodeName(file).constData(), &info) == 0 ? int(info.st_mode & 0777)
                                                                       : -1;
    }

    static QString pragma(const QString &file, const QString &name)
    {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *statement = nullptr;
        QString value;
        if (sqlite3_prepare_v2(db, QStringLiteral("PRAGMA %1").arg(name).toUtf8().constData(), -1,
                               &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return value;
    }

    static Error openError(const QString &file, CaseStore::OpenMode openMode)
    {
        auto store = CaseStore::open(file, openMode, storetest::options(300));
        return store ? Error{} : store.error();
    }

private slots:
    void newStoreAndItsWalAndShmAreReadableByTheOwnerOnly()
    {
        const QString file = path(QStringLiteral("owner.foistore"));
        auto store = storetest::create(file);
        QVERIFY(store);
        QVERIFY(store->cases().save(
            storetest::record(QStringLiteral("FOI-1"), QStringLiteral("speed cameras")),
            QStringLiteral("officer")));
        QVERIFY(QFileInfo::exists(file + QStringLiteral("-wal")));
        QVERIFY(QFileInfo::exists(file + QStringLiteral("-shm")));
        QCOMPARE(mode(file), 0600);
        QCOMPARE(mode(file + QStringLiteral("-wal")), 0600);
        QCOMPARE(mode(file + QStringLiteral("-shm")), 0600);
    }

    void existingStoreMadeByOthersIsTightenedToOwnerOnly()
    {
        const QString file = path(QStringLiteral("loose.foistore"));
        storetest::create(file).reset();
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(mode(file), 0644);
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY(store);
        QCOMPARE(mode(file), 0600);
    }

    void storeIsInWalModeWithItsApplicationId()
    {
        const QString file = path(QStringLiteral("wal.foistore"));
        auto store = storetest::create(file);
        QVERIFY(store);
        QCOMPARE(pragma(file, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(file, QStringLiteral("application_id")).toInt(), 0x464F4957);
    }

    void missingFileIsReportedAndNotCreated()
    {
        const QString file = path(QStringLiteral("absent.foistore"));
        const Error error = openError(file, CaseStore::OpenMode::ReadWrite);
        QCOMPARE(error.code, QString(StoreErrorCode::Missing));
        QVERIFY2(error.message.contains(QStringLiteral("backup")), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(file));
    }

    void fileThatIsNotSqliteIsRefusedAndLeftAlone()
    {
        const QString file = path(QStringLiteral("letter.foistore"));
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Dear Sir or Madam, this is not a database.\n");
        text.close();
        const QByteArray before = storetest::readAll(file);
        QCOMPARE(openError(file, CaseStore::OpenMode::ReadWrite).code,
                 QString(StoreErrorCode::NotSqlite));
        QCOMPARE(storetest::readAll(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    }

    void emptyFileIsNotTakenForANewStore()
    {
        const QString file = path(QStringLiteral("empty.foistore"));
        QFile empty(file);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(openError(file, CaseStore::OpenMode::CreateIfMissing).code,
                 QString(StoreErrorCode::NotSqlite));
        QCOMPARE(QFileInfo(file).size(), 0);
    }

    void otherSqliteDatabaseIsNotACaseStore()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        QFile::remove(file);
        QFile(file).open(QIODevice::WriteOnly);
        QCOMPARE(storetest::rawExec(file, QStringLiteral("CREATE TABLE photos (id INTEGER)")),
                 QString());
        QCOMPARE(openError(file, CaseStore::OpenMode::ReadWrite).code,
                 QString(StoreErrorCode::NotSqlite));
        QCOMPARE(pragma(file, QStringLiteral("user_version")).toInt(), 0);
    }

    void truncatedStoreIsCorruptAndQuarantinedNotOverwritten()
    {
        const QString file = path(QStringLiteral("truncated.foistore"));
        {
            auto store = storetest::create(file);
            QVERIFY(store);
            for (int i = 0; i < 40; ++i)
                QVERIFY(store->cases().save(storetest::record(QStringLiteral("FOI-%1").arg(i),
                                                              QString(400, QLatin1Char('x'))),
                                            QStringLiteral("officer")));
        }
        QCOMPARE(storetest::rawExec(file, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")),
                 QString());
        QFile cut(file);
        QVERIFY(cut.resize(cut.size() / 2));
        const QByteArray before = storetest::readAll(file);
        const Error error = openError(file, CaseStore::OpenMode::ReadWrite);
        QCOMPARE(error.code, QString(StoreErrorCode::Corrupt));
        QVERIFY2(error.message.contains(QStringLiteral("quarantine")), qPrintable(error.message));
        QCOMPARE(storetest::readAll(file), before);
        const QStringList copies =
            QDir(m_dir.path()).entryList({QStringLiteral("truncated.foistore.quarantine-*")});
        QVERIFY(!copies.isEmpty());
        QCOMPARE(storetest::readAll(m_dir.filePath(copies.constFirst())), before);
        QCOMPARE(mode(m_dir.filePath(copies.constFirst())), 0600);

        // Issue 25 point 7: opened again (each start of the GUI, each command), the same damaged
        // file is kept once, and the message names that one copy.
        const Error again = openError(file, CaseStore::OpenMode::ReadWrite);
        QCOMPARE(again.code, QString(StoreErrorCode::Corrupt));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("truncated.foistore.quarantine-*")}),
                 copies);
        QVERIFY2(again.message.contains(copies.constFirst()), qPrintable(again.message));
    }

    void damagedPagesAreCorruptAndQuarantined()
    {
        const QString file = path(QStringLiteral("damaged.foistore"));
        {
            auto store = storetest::create(file);
            QVERIFY(store);
            for (int i = 0; i < 60; ++i)
                QVERIFY(store->cases().save(storetest::record(QStringLiteral("FOI-%1").arg(i),
                                                              QString(300, QLatin1Char('y'))),
                                            QStringLiteral("officer")));
        }
        QCOMPARE(storetest::rawExec(file, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")),
                 QString());
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        // Scribble over the b-tree pages after the first: the header stays plausible.
        for (qint64 offset = 4096 + 8; offset + 64 < damaged.size(); offset += 4096) {
            damaged.seek(offset);
            damaged.write(QByteArray(64, '\x5a'));
        }
        damaged.close();
        const Error error = openError(file, CaseStore::OpenMode::ReadWrite);
        QCOMPARE(error.code, QString(StoreErrorCode::Corrupt));
        QVERIFY(!QDir(m_dir.path())
                     .entryList({QStringLiteral("damaged.foistore.quarantine-*")})
                     .isEmpty());
    }

    void largeStoreOpensWithoutReadingEveryPageButTheCheckFindsTheDamage()
    {
        const QString file = path(QStringLiteral("large.foistore"));
        {
            auto store = storetest::create(file);
            QVERIFY(store);
            for (int i = 0; i < 60; ++i)
                QVERIFY(store->cases().save(storetest::record(QStringLiteral("FOI-%1").arg(i),
                                                              QString(300, QLatin1Char('y'))),
                                            QStringLiteral("officer")));
        }
        QCOMPARE(storetest::rawExec(file, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")),
                 QString());
        // Damage a page of the cases' b-tree that opening does not need to read.
        const QString page =
            storetest::rawSelect(
                file, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'cases'"))
                .value(0)
                .value(0);
        QVERIFY(page.toInt() > 1);
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.seek(qint64(page.toInt() - 1) * 4096);
        damaged.write(QByteArray(4096, '\x5a'));
        damaged.close();
        CaseStore::Options large = storetest::options();
        large.largeFileBytes = 0; // every file counts as large
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadWrite, large);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        const Status check = (*store)->checkIntegrity(false);
        QVERIFY(!check);
        QCOMPARE(check.error().code, QString(StoreErrorCode::Corrupt));
    }

    void passedIntegrityCheckIsNoted()
    {
        const QString file = path(QStringLiteral("checked.foistore"));
        auto store = storetest::create(file);
        QVERIFY(store);
        QVERIFY(store->checkIntegrity(true));
        const auto noted = storetest::rawSelect(
            file,
            QStringLiteral("SELECT value FROM store_meta WHERE key = 'last_integrity_check'"));
        QCOMPARE(noted.size(), 1);
        QVERIFY(noted.at(0).at(0).startsWith(QStringLiteral("2026-03-02T09:00:")));
    }

    void storeLockedByAnotherProgramIsReportedLocked()
    {
        const QString file = path(QStringLiteral("locked.foistore"));
        storetest::create(file).reset();
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open_v2(file.toUtf8().constData(), &other, SQLITE_OPEN_READWRITE, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(other,
                              "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                              "INSERT INTO store_meta VALUES ('k', 'v');",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        const Error error = openError(file, CaseStore::OpenMode::ReadWrite);
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        QCOMPARE(error.code, QString(StoreErrorCode::Locked));
        QVERIFY2(error.message.contains(QStringLiteral("another program")),
                 qPrintable(error.message));
    }

    void writeWaitsForTheLockAndFailsCleanlyWhenItNeverComes()
    {
        const QString file = path(QStringLiteral("busy.foistore"));
        auto store =
            CaseStore::open(file, CaseStore::OpenMode::CreateIfMissing, storetest::options(200));
        QVERIFY(store);
        sqlite3 *other = nullptr;
        sqlite3_open_v2(file.toUtf8().constData(), &other, SQLITE_OPEN_READWRITE, nullptr);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        auto saved = (*store)->cases().save(
            storetest::record(QStringLiteral("FOI-9"), QStringLiteral("dogs")),
            QStringLiteral("officer"));
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, QString(StoreErrorCode::Locked));
        QCOMPARE(*(*store)->cases().count(), 0);
        QVERIFY((*store)->cases().save(
            storetest::record(QStringLiteral("FOI-9"), QStringLiteral("dogs")),
            QStringLiteral("officer")));
    }

    void readOnlyFileIsRefusedForWritingButOpensReadOnly()
    {
        const QString file = path(QStringLiteral("readonly.foistore"));
        {
            auto store = storetest::create(file);
            QVERIFY(store);
            QVERIFY(store->cases().save(
                storetest::record(QStringLiteral("FOI-7"), QStringLiteral("drones")),
                QStringLiteral("officer")));
        }
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
        if (::access(QFile::encodeName(file).constData(), W_OK) == 0)
            QSKIP("running as root: file permissions do not stop writes");
        const Error error = openError(file, CaseStore::OpenMode::ReadWrite);
        QCOMPARE(error.code, QString(StoreErrorCode::ReadOnly));
        QVERIFY(error.message.contains(QStringLiteral("read-only")));
        auto store = CaseStore::open(file, CaseStore::OpenMode::ReadOnly, storetest::options());
        QVERIFY2(store,
                 qPrintable(store ? QString() : store.error().message + store.error().detail));
        QCOMPARE((*store)->cases().load(QStringLiteral("FOI-7"))->record.requestText,
                 QStringLiteral("drones"));
        QVERIFY(
            !(*store)->cases().save(storetest::record(QStringLiteral("FOI-8"), QStringLiteral("x")),
                                    QStringLiteral("officer")));
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void storeFromANewerWorkbenchIsRefusedAndLeftAtItsVersion()
    {
        const QString file = path(QStringLiteral("newer.foistore"));
        storetest::create(file).reset();
        QCOMPARE(storetest::rawExec(file, QStringLiteral("PRAGMA user_version = 99")), QString());
        const Error error = openError(file, CaseStore::OpenMode::ReadWrite);
        QCOMPARE(error.code, QString(StoreErrorCode::NewerSchema));
        QVERIFY(error.message.contains(QStringLiteral("read-only")));
        QCOMPARE(pragma(file, QStringLiteral("user_version")).toInt(), 99);
    }

    void networkFileSystemsAreRecognisedFromTheirStatfsType()
    {
        QCOMPARE(StoreFile::classifyFileSystem(0x6969), StoreFile::FileSystemKind::Network); // NFS
        QCOMPARE(StoreFile::classifyFileSystem(0xFF534D42),
                 StoreFile::FileSystemKind::Network); // CIFS
        QCOMPARE(StoreFile::classifyFileSystem(0xFE534D42),
                 StoreFile::FileSystemKind::Network);                                        // SMB2
        QCOMPARE(StoreFile::classifyFileSystem(0x517B), StoreFile::FileSystemKind::Network); // SMB
        QCOMPARE(StoreFile::classifyFileSystem(0xEF53), StoreFile::FileSystemKind::Local);   // ext4
        QCOMPARE(StoreFile::classifyFileSystem(0x01021994),
                 StoreFile::FileSystemKind::Local); // tmpfs
        QVERIFY(StoreFile::refuseNetworkShare(path(QStringLiteral("local.foistore"))));
    }

    void aFailedSaveInABatchLeavesNothingBehind()
    {
        const QString file = path(QStringLiteral("batch.foistore"));
        auto store = storetest::create(file);
        QVERIFY(store);
        CaseRecord broken = storetest::record(QStringLiteral("FOI-3"), QStringLiteral("c"));
        broken.dateReceived = QDate();
        auto saved = store->cases().saveAll(
            {storetest::record(QStringLiteral("FOI-1"), QStringLiteral("a")),
             storetest::record(QStringLiteral("FOI-2"), QStringLiteral("b")), broken},
            QStringLiteral("officer"));
        QVERIFY(!saved);
        QVERIFY(saved.error().message.contains(QStringLiteral("date of receipt")));
        QCOMPARE(*store->cases().count(), 0);
        QCOMPARE(store->audit().head()->seq, 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_store_open.moc"
