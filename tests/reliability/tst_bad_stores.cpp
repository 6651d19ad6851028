// Bad stores, filling the gaps of tests/core/store/tst_store_open: each kind of bad file gets its
// own error code and a message, and its bytes are the same after the attempt as before (in every
// open mode); a damaged one is copied aside. Here also a single flipped bit in a b-tree page, and
// read-only media (EROFS from the fault injection, which holds even when the tests run as root,
// where file permissions do not stop writes).
#include "tests/core/store/StoreTestSupport.h"
#include "tests/reliability/FaultInjection.h"

#include "core/store/CaseStore.h"
#include "core/support/StoreErrorCode.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace foi::core;

class TestBadStores : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A sound store of a few cases, checkpointed so that the file alone holds everything.
    QString soundStore()
    {
        const QString file = m_dir.filePath(QStringLiteral("store-%1.foistore").arg(++m_files));
        {
            auto store = storetest::create(file);
            for (int i = 0; i < 40; ++i) {
                if (!store->cases().save(storetest::record(QStringLiteral("FOI-%1").arg(i),
                                                           QString(300, QLatin1Char('q'))),
                                         QStringLiteral("officer")))
                    qFatal("cannot fill the test store");
            }
        }
        storetest::rawExec(file, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return file;
    }

    static void overwrite(const QString &file, qint64 offset, const QByteArray &bytes)
    {
        QFile damaged(file);
        if (!damaged.open(QIODevice::ReadWrite) || !damaged.seek(offset) ||
            damaged.write(bytes) != bytes.size())
            qFatal("cannot damage %s", qPrintable(file));
    }

    // Opens `file` in every mode: each refuses with `code` and a message, and leaves the bytes.
    static void verifyRefusedAndUntouched(const QString &file, QLatin1String code)
    {
        const QByteArray before = storetest::readAll(file);
        for (const CaseStore::OpenMode mode :
             {CaseStore::OpenMode::ReadWrite, CaseStore::OpenMode::CreateIfMissing,
              CaseStore::OpenMode::ReadOnly}) {
            CaseStore::Options options = storetest::options();
            options.integrityCheck = CaseStore::IntegrityCheck::Always;
            auto store = CaseStore::open(file, mode, options);
            QVERIFY2(!store, "a bad store opened");
            QCOMPARE(store.error().code, QString(code));
            QVERIFY(store.error().message.size() > 20);
            QVERIFY2(storetest::readAll(file) == before, "the bad store was changed");
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void oneFlippedBitInAPageIsCorruptAndQuarantined()
    {
        const QString file = soundStore();
        QByteArray bytes = storetest::readAll(file);
        // The second page's b-tree header: the lowest bit of its cell count.
        const qint64 offset = 4096 + 4;
        bytes[offset] = char(bytes.at(offset) ^ 0x01);
        overwrite(file, offset, bytes.mid(offset, 1));
        verifyRefusedAndUntouched(file, StoreErrorCode::Corrupt);
        QVERIFY(!QDir(m_dir.path())
                     .entryList({QFileInfo(file).fileName() + QStringLiteral(".quarantine-*")})
                     .isEmpty());
    }

    void truncatedToHalfIsCorrupt()
    {
        const QString file = soundStore();
        QVERIFY(QFile::resize(file, QFileInfo(file).size() / 2));
        verifyRefusedAndUntouched(file, StoreErrorCode::Corrupt);
    }

    void zeroLengthIsNotAStore()
    {
        const QString file = m_dir.filePath(QStringLiteral("empty.foistore"));
        QFile empty(file);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        verifyRefusedAndUntouched(file, StoreErrorCode::NotSqlite);
    }

    void aDocumentIsNotAStore()
    {
        const QString file = m_dir.filePath(QStringLiteral("letter.foistore"));
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("%PDF-1.4\nThis is a letter saved under the wrong name.\n");
        text.close();
        verifyRefusedAndUntouched(file, StoreErrorCode::NotSqlite);
    }

    void newerSchemaIsLeftAsItIs()
    {
        const QString file = soundStore();
        QCOMPARE(storetest::rawExec(file, QStringLiteral("PRAGMA user_version = 99")), QString());
        const QByteArray before = storetest::readAll(file);
        for (const CaseStore::OpenMode mode :
             {CaseStore::OpenMode::ReadWrite, CaseStore::OpenMode::CreateIfMissing}) {
            auto store = CaseStore::open(file, mode, storetest::options());
            QVERIFY(!store);
            QCOMPARE(store.error().code, QString(StoreErrorCode::NewerSchema));
        }
        QVERIFY(storetest::readAll(file) == before);
    }

    void readOnlyMediaRefusesWritesAndLosesNothing()
    {
        const QString file = soundStore();
        const QByteArray before = storetest::readAll(file);
        faultinjection::arm(m_dir.path(), 1, faultinjection::Mode::Forever, EROFS);
        QString message;
        {
            auto store =
                CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options());
            if (!store) {
                message = store.error().message;
            } else {
                const auto saved = (*store)->cases().save(
                    storetest::record(QStringLiteral("FOI-NEW"), QStringLiteral("x")),
                    QStringLiteral("officer"));
                QVERIFY(!saved);
                message = saved.error().message;
            }
        }
        const int failed = faultinjection::failures();
        faultinjection::disarm();
        QVERIFY(failed > 0);
        QVERIFY2(!message.isEmpty(), "no message for read-only media");
        QVERIFY2(storetest::readAll(file) == before, "the store changed on read-only media");
        auto reopened = CaseStore::open(file, CaseStore::OpenMode::ReadOnly, storetest::options());
        QVERIFY(reopened);
        QVERIFY((*reopened)->cases().load(QStringLiteral("FOI-39")));
        QVERIFY(!(*reopened)->cases().load(QStringLiteral("FOI-NEW")));
    }
};

QTEST_GUILESS_MAIN(TestBadStores)
#include "tst_bad_stores.moc"
