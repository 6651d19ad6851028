#include "tests/core/review/ReviewTestSupport.h"

#include "core/review/CaseDifference.h"
#include "core/review/ReviewErrorCode.h"
#include "core/review/ReviewResponseFormat.h"
#include "core/review/SignedContainer.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace foi::core;

// The signed bundle and response formats (docs/review-bundle.md): a round trip, and each kind of
// bad input refused with its own code; every single-byte change and every truncation of a small
// bundle and response is refused, never crashes.
class TestReviewFormats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<KeyRing> m_ring;
    std::optional<KeyPair> m_exporter;

    QByteArray bundleBytes()
    {
        return ReviewBundleFormat::encode(reviewtest::tinyBundle(), *m_exporter);
    }

    QByteArray responseBytes()
    {
        ReviewResponse response;
        response.caseReference = QStringLiteral("RV-1");
        response.bundleSha256 = QString(64, QLatin1Char('d'));
        response.caseDocumentSha256 = QString(64, QLatin1Char('a'));
        response.decision = ReviewResponse::Decision::Approve;
        response.comment = QStringLiteral("Fine.");
        response.questionComments.append({QStringLiteral("Q1"), QStringLiteral("Clear.")});
        response.respondedAt = QStringLiteral("2026-03-03T10:00:00Z");
        return ReviewResponseFormat::encode(response, *m_exporter);
    }

    static QList<SignedContainer::Section> sectionsOf(const QByteArray &bytes)
    {
        // Re-read the sections of a good bundle without the signature check's help: decode it.
        auto container = SignedContainer::decode(bytes, ReviewBundleFormat::magic,
                                                 {{QStringLiteral("manifest.json"), 1 << 20},
                                                  {QStringLiteral("case.json"), 1 << 22},
                                                  {QStringLiteral("findings.json"), 1 << 20},
                                                  {QStringLiteral("audit.json"), 1 << 20},
                                                  {QStringLiteral("draft.pdf"), 1 << 25}});
        if (!container)
            qFatal("good bundle does not decode");
        return container->sections;
    }

    static void expectCode(const QByteArray &bytes, QLatin1String code)
    {
        auto decoded = ReviewBundleFormat::decode(bytes);
        QVERIFY2(!decoded, qPrintable(QString::fromLatin1(code)));
        QCOMPARE(decoded.error().code, QString(code));
        QVERIFY(!decoded.error().message.isEmpty());
    }

private slots:
    void initTestCase()
    {
        m_ring.emplace(reviewtest::keyRing(m_dir.filePath(QStringLiteral("keys"))));
        auto pair = m_ring->ownKey(QStringLiteral("Jo Officer"));
        QVERIFY(pair);
        m_exporter = *pair;
    }

    void bundleRoundTrips()
    {
        const QByteArray bytes = bundleBytes();
        QVERIFY(bytes.startsWith("FOIRVBND"));
        auto bundle = ReviewBundleFormat::decode(bytes);
        QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().message));
        QCOMPARE(bundle->manifest.caseReference, QStringLiteral("RV-1"));
        QCOMPARE(bundle->theCase.requester.name, QStringLiteral("[Requester]"));
        QVERIFY(bundle->theCase.requester.email.isEmpty());
        QCOMPARE(bundle->findings.size(), 1);
        QCOMPARE(bundle->auditExcerpt, reviewtest::tinyBundle().auditExcerpt);
        QCOMPARE(bundle->signer.bytes, m_exporter->publicKey().bytes);
        QCOMPARE(bundle->manifest.exporterFingerprint, m_exporter->publicKey().fingerprint());
        QCOMPARE(bundle->manifest.files.size(), 3);
        QCOMPARE(bundle->bundleSha256.size(), 64);
    }

    // The bundle carries the case file as it is, so the personal data fields of a case (s40:
    // whose data a question asks for, the legitimate interests test of a claim) reach the
    // reviewer unchanged.
    void bundleCarriesThePersonalDataFields()
    {
        ReviewBundle bundle = reviewtest::tinyBundle();
        Case theCase = reviewtest::tinyCase(QStringLiteral("RV-1"));
        theCase.requester = Requester{QStringLiteral("[Requester]"), {}, {}};
        theCase.questions[0].personalData = DataSubject::ThirdParties;
        ExemptionClaim claim;
        claim.provision = QStringLiteral("s40(2)-first-condition");
        claim.questions = {QStringLiteral("Q1")};
        claim.legitimateInterests = LegitimateInterestsTest{
            QStringLiteral("Openness"), QStringLiteral("Nothing less would do"),
            QStringLiteral("The pilots expect privacy")};
        theCase.claims = {claim};
        bundle.caseFile = CaseFile::write(theCase);
        const auto decoded =
            ReviewBundleFormat::decode(ReviewBundleFormat::encode(bundle, *m_exporter));
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->theCase.questions.at(0).personalData, DataSubject::ThirdParties);
        QCOMPARE(decoded->theCase.claims.at(0).legitimateInterests, claim.legitimateInterests);
    }

    void wrongMagicIsNotABundle() { expectCode("%PDF-1.4 something", ReviewErrorCode::NotABundle); }

    void newerVersionIsRefusedByName()
    {
        QByteArray bytes = bundleBytes();
        bytes[9] = 2;
        expectCode(bytes, ReviewErrorCode::UnsupportedVersion);
    }

    void truncatedFileIsRefused()
    {
        const QByteArray bytes = bundleBytes();
        expectCode(bytes.left(bytes.size() - 10), ReviewErrorCode::Truncated);
        expectCode(bytes.left(40), ReviewErrorCode::Truncated);
    }

    void changedContentFailsTheSignature()
    {
        QByteArray bytes = bundleBytes();
        const qsizetype at = bytes.indexOf("How many drones");
        bytes[at] = 'W';
        expectCode(bytes, ReviewErrorCode::Tampered);
    }

    void unsignedBundleIsRefused()
    {
        const QByteArray bytes =
            SignedContainer::encode(ReviewBundleFormat::magic, sectionsOf(bundleBytes()), nullptr);
        expectCode(bytes, ReviewErrorCode::Unsigned);
    }

    void resignedBundleWithAlteredSectionFailsTheManifest()
    {
        QList<SignedContainer::Section> sections = sectionsOf(bundleBytes());
        for (auto &section : sections) {
            if (section.name == QLatin1String("findings.json"))
                section.data = "[]";
        }
        expectCode(SignedContainer::encode(ReviewBundleFormat::magic, sections, &*m_exporter),
                   ReviewErrorCode::Tampered);
    }

    void bundleSignedByAnotherKeyThanItsExporterIsRefused()
    {
        auto other = m_ring->ownKey(QStringLiteral("Impostor"));
        const QByteArray bytes =
            SignedContainer::encode(ReviewBundleFormat::magic, sectionsOf(bundleBytes()), &*other);
        expectCode(bytes, ReviewErrorCode::Tampered);
    }

    void oversizedSectionLengthIsRefusedBeforeAllocation()
    {
        QByteArray bytes = bundleBytes();
        // The first section's length field follows magic(8) version(2) flags(2) count(1)
        // nameLength(1) "manifest.json"(13).
        const qsizetype lengthAt = 8 + 2 + 2 + 1 + 1 + 13;
        bytes[lengthAt] = char(0x7f);
        expectCode(bytes, ReviewErrorCode::Malformed);
    }

    void trailingBytesAreRefused() { expectCode(bundleBytes() + "x", ReviewErrorCode::Malformed); }

    void responseRoundTripsAndBindsItsSigner()
    {
        auto response = ReviewResponseFormat::decode(responseBytes());
        QVERIFY2(response, qPrintable(response ? QString() : response.error().message));
        QCOMPARE(response->decision, ReviewResponse::Decision::Approve);
        QCOMPARE(response->questionComments.size(), 1);
        QCOMPARE(response->reviewerFingerprint, m_exporter->publicKey().fingerprint());
        QCOMPARE(response->signer.bytes, m_exporter->publicKey().bytes);
    }

    void responseIsNotABundleAndBundleIsNotAResponse()
    {
        QCOMPARE(ReviewBundleFormat::decode(responseBytes()).error().code,
                 QString(ReviewErrorCode::NotABundle));
        QCOMPARE(ReviewResponseFormat::decode(bundleBytes()).error().code,
                 QString(ReviewErrorCode::NotABundle));
    }

    // Every single-byte change (each bit pattern 0xFF-xor) and every truncation is refused.
    void everyFlippedByteOrTruncationOfABundleIsRefused()
    {
        const QByteArray good = bundleBytes();
        QVERIFY(good.size() < 4000);
        for (qsizetype i = 0; i < good.size(); ++i) {
            QByteArray bad = good;
            bad[i] = char(bad.at(i) ^ 0xFF);
            auto decoded = ReviewBundleFormat::decode(bad);
            QVERIFY2(!decoded,
                     qPrintable(QStringLiteral("flipping byte %1 went unnoticed").arg(i)));
            QVERIFY(!decoded.error().code.isEmpty());
            QVERIFY(!ReviewBundleFormat::decode(good.left(i)));
        }
    }

    void everyFlippedByteOrTruncationOfAResponseIsRefused()
    {
        const QByteArray good = responseBytes();
        for (qsizetype i = 0; i < good.size(); ++i) {
            QByteArray bad = good;
            bad[i] = char(bad.at(i) ^ 0x01);
            QVERIFY2(!ReviewResponseFormat::decode(bad),
                     qPrintable(QStringLiteral("flipping byte %1 went unnoticed").arg(i)));
            QVERIFY(!ReviewResponseFormat::decode(good.left(i)));
        }
    }

    void sealedEnvelopeIsBoundedAndChecked()
    {
        auto sealed = SealedEnvelope::seal(bundleBytes(), m_exporter->publicKey());
        QVERIFY(sealed);
        auto envelope = SealedEnvelope::decode(*sealed);
        QVERIFY(envelope);
        QCOMPARE(envelope->recipient.bytes, m_exporter->publicKey().bytes);
        QCOMPARE(*m_exporter->open(envelope->box), bundleBytes()); // Ed25519 is deterministic
        QCOMPARE(SealedEnvelope::decode(sealed->left(sealed->size() - 1)).error().code,
                 QString(ReviewErrorCode::Truncated));
    }

    void caseDifferenceListsChangedAddedAndRemovedFields()
    {
        const QByteArray before =
            R"({"reference":"A","questions":[{"id":"Q1","text":"x"}],"gone":1})";
        const QByteArray after =
            R"({"reference":"A","questions":[{"id":"Q1","text":"y"}],"new":true})";
        const QList<FieldDifference> differences = CaseDifference::between(before, after);
        QCOMPARE(differences.size(), 3);
        QCOMPARE(differences.at(0),
                 (FieldDifference{QStringLiteral("gone"), QStringLiteral("1"), {}}));
        QCOMPARE(differences.at(1),
                 (FieldDifference{QStringLiteral("new"), {}, QStringLiteral("true")}));
        QCOMPARE(differences.at(2), (FieldDifference{QStringLiteral("questions[0].text"),
                                                     QStringLiteral("x"), QStringLiteral("y")}));
        QVERIFY(CaseDifference::between(before, before).isEmpty());
    }

    // Issue 25 point 5: what changed since the review is said in plain words, not JSON paths.
    void fieldsAreNamedInPlainWords_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("request") << QStringLiteral("requestText")
                                 << QStringLiteral("The request text");
        QTest::newRow("an answer") << QStringLiteral("questions[1].determination.answer")
                                   << QStringLiteral("Question 2: the answer");
        QTest::newRow("held") << QStringLiteral("questions[0].determination.holding")
                              << QStringLiteral("Question 1: whether it is held");
        QTest::newRow("a factor")
            << QStringLiteral("claims[0].publicInterest.favouringDisclosure[2]")
            << QStringLiteral("Claim 1: a public-interest factor for disclosure");
        QTest::newRow("harm") << QStringLiteral("claims[1].prejudice.harm")
                              << QStringLiteral("Claim 2: how the harm would follow");
        QTest::newRow("rights") << QStringLiteral("reply.complaintRights")
                                << QStringLiteral("The right to complain to the Commissioner");
        QTest::newRow("a whole question")
            << QStringLiteral("questions[3]") << QStringLiteral("Question 4: the whole entry");
        QTest::newRow("whose personal data")
            << QStringLiteral("questions[0].personalData")
            << QStringLiteral("Question 1: whose personal data it asks for");
        QTest::newRow("the necessity of disclosure (UK GDPR Art 6(1)(f))")
            << QStringLiteral("claims[2].legitimateInterests.necessity")
            << QStringLiteral("Claim 3: whether disclosure is necessary");
        QTest::newRow("unknown kept")
            << QStringLiteral("somethingNew") << QStringLiteral("SomethingNew");
        QTest::newRow("not JSON") << QStringLiteral("$") << QStringLiteral("$");
    }

    void fieldsAreNamedInPlainWords()
    {
        QFETCH(QString, path);
        QFETCH(QString, words);
        QCOMPARE(CaseDifference::describe(path), words);
    }
};

QTEST_GUILESS_MAIN(TestReviewFormats)
#include "tst_review_formats.moc"
