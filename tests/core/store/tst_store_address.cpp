// Issue 20 point 1: --store names either a file on this computer or a team store on a
// PostgreSQL server, postgresql://[user@]host[:port]/database; a password never travels in the
// address (libpq reads it from ~/.pgpass or PGPASSFILE); sslmode comes from the address.

#include "core/store/StoreAddress.h"

#include <QTest>

using foi::core::StoreAddress;

class TestStoreAddress : public QObject
{
    Q_OBJECT

private slots:
    void aPathIsALocalStore_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("absolute") << QStringLiteral("/home/officer/cases.foistore");
        QTest::newRow("relative") << QStringLiteral("cases.foistore");
        QTest::newRow("colon in a name") << QStringLiteral("/srv/foi/2026:q4.foistore");
        QTest::newRow("spaces kept") << QStringLiteral("/home/officer/FOI cases.foistore");
    }
    void aPathIsALocalStore()
    {
        QFETCH(QString, text);
        const auto address = StoreAddress::parse(text);
        QVERIFY2(address.ok(), qPrintable(address.ok() ? QString() : address.error().message));
        QCOMPARE(address->kind(), StoreAddress::Kind::LocalFile);
        QCOMPARE(address->filePath(), text);
        QCOMPARE(address->display(), text);
        QVERIFY(address->connectOptions().isEmpty());
    }

    void aServerAddressIsReadWithItsDefaults()
    {
        const auto address =
            StoreAddress::parse(QStringLiteral("postgresql://foi-db.example.police.uk/foi"));
        QVERIFY(address.ok());
        QVERIFY(address->isTeamServer());
        QCOMPARE(address->host(), QStringLiteral("foi-db.example.police.uk"));
        QCOMPARE(address->port(), 5432);
        QVERIFY(address->user().isEmpty()); // libpq then takes PGUSER or the login name
        QCOMPARE(address->database(), QStringLiteral("foi"));
        // TLS when the server offers it: libpq's own default, kept explicit.
        QCOMPARE(address->sslMode(), QStringLiteral("prefer"));
        QCOMPARE(address->display(), QStringLiteral("postgresql://foi-db.example.police.uk/foi"));
    }

    void everyPartOfTheAddressIsKept()
    {
        const auto address = StoreAddress::parse(
            QStringLiteral("postgres://j.evans@10.1.2.3:6543/foi_unit?sslmode=verify-full"));
        QVERIFY(address.ok());
        QCOMPARE(address->host(), QStringLiteral("10.1.2.3"));
        QCOMPARE(address->port(), 6543);
        QCOMPARE(address->user(), QStringLiteral("j.evans"));
        QCOMPARE(address->database(), QStringLiteral("foi_unit"));
        QCOMPARE(address->sslMode(), QStringLiteral("verify-full"));
        QVERIFY(address->connectOptions().contains(QStringLiteral("sslmode=verify-full")));
        QCOMPARE(address->display(),
                 QStringLiteral("postgresql://j.evans@10.1.2.3:6543/foi_unit?sslmode=verify-full"));
    }

    void percentEncodedNamesAreDecoded()
    {
        const auto address =
            StoreAddress::parse(QStringLiteral("postgresql://foi%20user@db/cases%2D2026"));
        QVERIFY(address.ok());
        QCOMPARE(address->user(), QStringLiteral("foi user"));
        QCOMPARE(address->database(), QStringLiteral("cases-2026"));
    }

    // pg_dump and pg_restore get the address as libpq's keyword/value string: each value quoted,
    // so a space or a quote in a name cannot add a keyword of its own; never a password.
    void theToolsGetTheAddressAsQuotedKeywords()
    {
        const auto address = StoreAddress::parse(QStringLiteral(
            "postgresql://o%27brien%20sslmode%3Ddisable@db:6543/foi?sslmode=require"));
        QVERIFY(address.ok());
        QCOMPARE(address->libpqConnectionString(),
                 QStringLiteral("host='db' port=6543 dbname='foi' sslmode='require' "
                                "user='o\\'brien sslmode=disable'"));
        QVERIFY(!address->libpqConnectionString().contains(QStringLiteral("password")));
    }

    void aBadAddressSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("hint");
        QTest::newRow("nothing") << QStringLiteral("  ") << QStringLiteral("store.address.empty")
                                 << QStringLiteral("postgresql://");
        QTest::newRow("another database")
            << QStringLiteral("mysql://db/foi") << QStringLiteral("store.address.scheme")
            << QStringLiteral("\"mysql\"");
        QTest::newRow("a password")
            << QStringLiteral("postgresql://j.evans:Secret123@db/foi")
            << QStringLiteral("store.address.password") << QStringLiteral("~/.pgpass");
        QTest::newRow("no server")
            << QStringLiteral("postgresql:///foi") << QStringLiteral("store.address.host")
            << QStringLiteral("names no server");
        QTest::newRow("no database")
            << QStringLiteral("postgresql://db") << QStringLiteral("store.address.database")
            << QStringLiteral("name of one database");
        QTest::newRow("two databases")
            << QStringLiteral("postgresql://db/foi/extra")
            << QStringLiteral("store.address.database") << QStringLiteral("name of one database");
        QTest::newRow("a port that is not a number")
            << QStringLiteral("postgresql://db:54x2/foi") << QStringLiteral("store.address.invalid")
            << QStringLiteral("cannot be read");
        QTest::newRow("an option it does not take")
            << QStringLiteral("postgresql://db/foi?password=x")
            << QStringLiteral("store.address.parameter") << QStringLiteral("\"password\"");
        QTest::newRow("an sslmode libpq does not know")
            << QStringLiteral("postgresql://db/foi?sslmode=always")
            << QStringLiteral("store.address.sslmode") << QStringLiteral("verify-full");
    }
    void aBadAddressSaysWhatIsWrong()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, hint);
        const auto address = StoreAddress::parse(text);
        QVERIFY(!address.ok());
        QCOMPARE(address.error().code, code);
        QVERIFY2(address.error().message.contains(hint), qPrintable(address.error().message));
    }

    void aRefusedPasswordIsNeverRepeated()
    {
        const auto address =
            StoreAddress::parse(QStringLiteral("postgresql://j.evans:Secret123@db/foi"));
        QVERIFY(!address.ok());
        QVERIFY(!address.error().message.contains(QStringLiteral("Secret123")));
        QVERIFY(!address.error().detail.contains(QStringLiteral("Secret123")));
    }
};

QTEST_GUILESS_MAIN(TestStoreAddress)
#include "tst_store_address.moc"
