#include "tests/core/review/ReviewTestSupport.h"

#include "core/review/PublicKeyFile.h"
#include "core/review/ReviewErrorCode.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace foi::core;

// Officers' keys: a pair made on first use and kept owner-only, public keys exchanged as small
// text files, a trust list by fingerprint, and revocation that wins over trust.
class TestReviewKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString folder() { return m_dir.filePath(QStringLiteral("keys-%1").arg(++m_n)); }

private slots:
    void keyPairIsMadeOnFirstUseAndKeptOwnerOnly()
    {
        const QString path = folder();
        KeyRing ring = reviewtest::keyRing(path);
        auto first = ring.ownKey(QStringLiteral("Jo Officer"));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        auto again = ring.ownKey(QStringLiteral("Jo Officer"));
        QVERIFY(again);
        QCOMPARE(again->publicKey().bytes, first->publicKey().bytes);
        const QFileInfo keyFile(path + QStringLiteral("/jo-officer.key"));
        QVERIFY(keyFile.exists());
        QVERIFY(keyFile.permissions().testFlag(QFileDevice::ReadOwner));
        QCOMPARE(keyFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                          QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QCOMPARE(QFileInfo(path).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        auto other = ring.ownKey(QStringLiteral("Sam Senior"));
        QVERIFY(other);
        QVERIFY(other->publicKey().bytes != first->publicKey().bytes);
    }

    void signatureVerifiesOnlyTheSignedBytes()
    {
        KeyRing ring = reviewtest::keyRing(folder());
        auto pair = ring.ownKey(QStringLiteral("Jo Officer"));
        QVERIFY(pair);
        const QByteArray signature = pair->sign("decision");
        QVERIFY(pair->publicKey().verifies("decision", signature));
        QVERIFY(!pair->publicKey().verifies("decisioN", signature));
    }

    void fingerprintIsGroupedHexOfTheKeysSha256()
    {
        const QString fingerprint = PublicKey::fingerprintOf(QByteArray(32, '\0'));
        QCOMPARE(fingerprint.size(), 64 + 15);
        QCOMPARE(fingerprint.left(10), QStringLiteral("6668 7AAD "));
        QCOMPARE(PublicKey::normalisedFingerprint(QStringLiteral("66 68 7a ad")),
                 QStringLiteral("66687AAD"));
    }

    void publicKeyFileRoundTripsAndRefusesAlteredFiles()
    {
        KeyRing ring = reviewtest::keyRing(folder());
        auto pair = ring.ownKey(QStringLiteral("Jo Officer"));
        QVERIFY(pair);
        const QByteArray text = PublicKeyFile::write(pair->publicKey());
        auto read = PublicKeyFile::read(text);
        QVERIFY(read);
        QCOMPARE(read->bytes, pair->publicKey().bytes);
        QCOMPARE(read->name, QStringLiteral("Jo Officer"));

        QByteArray wrongFingerprint = text;
        wrongFingerprint.replace("fingerprint: ", "fingerprint: 0000 ");
        QCOMPARE(PublicKeyFile::read(wrongFingerprint).error().code,
                 QString(ReviewErrorCode::Keys));
        QVERIFY(!PublicKeyFile::read("FOI Workbench public key 1\nname: X\ned25519: AAAA\n"));
        QVERIFY(!PublicKeyFile::read("not a key"));
        QVERIFY(!PublicKeyFile::read(QByteArray(5000, 'x')));
    }

    void trustListShowsFingerprintsAndRevocationWins()
    {
        KeyRing mine = reviewtest::keyRing(folder());
        KeyRing theirs = reviewtest::keyRing(folder());
        auto reviewer = theirs.ownKey(QStringLiteral("Sam Senior"));
        QVERIFY(reviewer);
        QCOMPARE(*mine.standing(reviewer->publicKey().bytes), KeyRing::Standing::Unknown);

        auto trusted = mine.trust(reviewer->publicKey());
        QVERIFY(trusted);
        QCOMPARE(trusted->fingerprint, reviewer->publicKey().fingerprint());
        QCOMPARE(*mine.standing(reviewer->publicKey().bytes), KeyRing::Standing::Trusted);
        QCOMPARE(mine.trustedKey(QStringLiteral("sam senior"))->bytes, reviewer->publicKey().bytes);
        QCOMPARE(QFileInfo(mine.folder() + QStringLiteral("/trust.json")).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        auto revoked = mine.revoke(reviewer->publicKey().fingerprint().toLower());
        QVERIFY(revoked);
        QVERIFY(revoked->revoked);
        QCOMPARE(*mine.standing(reviewer->publicKey().bytes), KeyRing::Standing::Revoked);
        QVERIFY(!mine.trustedKey(QStringLiteral("Sam Senior")));
        auto again = mine.trust(reviewer->publicKey());
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("revoked")));
        QCOMPARE(mine.entries()->size(), 1);
    }

    void revokingAnUnknownFingerprintRefusesThatKeyLater()
    {
        KeyRing mine = reviewtest::keyRing(folder());
        KeyRing theirs = reviewtest::keyRing(folder());
        auto stranger = theirs.ownKey(QStringLiteral("Stranger"));
        QVERIFY(mine.revoke(stranger->publicKey().fingerprint()));
        QCOMPARE(*mine.standing(stranger->publicKey().bytes), KeyRing::Standing::Revoked);
        QVERIFY(!mine.revoke(QStringLiteral("not a fingerprint")));
    }

    void revokingOnesOwnKeyRetiresIt()
    {
        KeyRing ring = reviewtest::keyRing(folder());
        auto old = ring.ownKey(QStringLiteral("Jo Officer"));
        QVERIFY(ring.revoke(old->publicKey().fingerprint()));
        auto fresh = ring.ownKey(QStringLiteral("Jo Officer"));
        QVERIFY(fresh);
        QVERIFY(fresh->publicKey().bytes != old->publicKey().bytes);
        QCOMPARE(*ring.standing(old->publicKey().bytes), KeyRing::Standing::Revoked);
        QCOMPARE(*ring.standing(fresh->publicKey().bytes), KeyRing::Standing::Own);
    }

    void damagedTrustListIsReportedNotIgnored()
    {
        KeyRing ring = reviewtest::keyRing(folder());
        QVERIFY(ring.ownKey(QStringLiteral("Jo Officer")));
        QFile file(ring.folder() + QStringLiteral("/trust.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        auto entries = ring.entries();
        QVERIFY(!entries);
        QCOMPARE(entries.error().code, QString(ReviewErrorCode::Keys));
    }

    void sealedBoxOpensOnlyForItsRecipient()
    {
        KeyRing ring = reviewtest::keyRing(folder());
        auto reviewer = ring.ownKey(QStringLiteral("Sam Senior"));
        auto other = ring.ownKey(QStringLiteral("Other Officer"));
        auto sealed = reviewer->publicKey().seal("the case");
        QVERIFY(sealed);
        QCOMPARE(*reviewer->open(*sealed), QByteArray("the case"));
        auto refused = other->open(*sealed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(ReviewErrorCode::NotForYou));
        QByteArray flipped = *sealed;
        flipped[flipped.size() - 1] = char(flipped.at(flipped.size() - 1) ^ 1);
        QVERIFY(!reviewer->open(flipped));
    }
};

QTEST_GUILESS_MAIN(TestReviewKeys)
#include "tst_review_keys.moc"
