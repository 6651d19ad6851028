#include "core/services/PublicInterestLibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

// The paragraph library of the Public interest step: shipped factors by provision and duty,
// and the officer's own saved in a JSON file that a damaged copy never gets overwritten.
class TestPublicInterestLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool contains(const QList<PublicInterestFactor> &factors, const QString &words)
    {
        return std::any_of(factors.cbegin(), factors.cend(),
                           [&words](const auto &f) { return f.text.contains(words); });
    }

private slots:
    void shippedFactorsSuitTheirProvisionAndDuty()
    {
        auto library = PublicInterestLibrary::load(m_dir.filePath(QStringLiteral("none.json")));
        QVERIFY2(library, qPrintable(library ? QString() : library.error().message));
        QVERIFY(library->ownProblem().isEmpty());
        // s31(3) NCND: the "whichever way the answer went" factor, which s31(1)(a) does not get.
        const auto ncnd = library->factorsFor(QStringLiteral("s31(3)"), Duty::ConfirmOrDeny,
                                              FactorSide::Exemption);
        QVERIFY(contains(ncnd, QStringLiteral("Whichever way the answer went")));
        const auto withhold = library->factorsFor(QStringLiteral("s31(1)(a)"), Duty::Communicate,
                                                  FactorSide::Exemption);
        QVERIFY(contains(withhold, QStringLiteral("change their behaviour")));
        QVERIFY(!contains(withhold, QStringLiteral("Whichever way the answer went")));
        QVERIFY(!contains(withhold, QStringLiteral("commercial position")));
        // Every factor notes the provision it rests on.
        for (const PublicInterestFactor &factor : library->factors())
            QVERIFY2(!factor.relatesTo.isEmpty(), qPrintable(factor.text));
        // General FOIA factors are offered for any FOIA claim, not for an EIR exception, which
        // has the presumption of reg 12(2) instead.
        const auto general = library->factorsFor(QStringLiteral("s43(2)"), Duty::Communicate,
                                                 FactorSide::Disclosure);
        QVERIFY(contains(general, QStringLiteral("hold it to account")));
        const auto eir = library->factorsFor(QStringLiteral("reg12(5)(a)"), Duty::Communicate,
                                             FactorSide::Disclosure);
        QVERIFY(contains(eir, QStringLiteral("presumption in favour of disclosure")));
        QVERIFY(!contains(eir, QStringLiteral("hold it to account")));
    }

    void ownFactorsAreSavedAndComeFirst()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/own.json"));
        {
            auto library = PublicInterestLibrary::load(path);
            QVERIFY(library);
            PublicInterestFactor mine{QStringLiteral("Our force's own point."),
                                      FactorSide::Exemption,
                                      {QStringLiteral("s31")},
                                      std::nullopt,
                                      QStringLiteral("FOIA s31(1)(a)"),
                                      false};
            QVERIFY(library->addOwn(mine));
            QVERIFY(!library->addOwn(mine)); // already there
            QVERIFY(!library->addOwn({}));   // no words
        }
        auto again = PublicInterestLibrary::load(path);
        QVERIFY(again);
        const auto factors = again->factorsFor(QStringLiteral("s31(1)(a)"), Duty::Communicate,
                                               FactorSide::Exemption);
        QCOMPARE(factors.constFirst().text, QStringLiteral("Our force's own point."));
        QVERIFY(factors.constFirst().own);
    }

    void aDamagedOwnFileIsReportedAndNeverOverwritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray damaged =
            R"({"format": "foi-workbench-public-interest-factors", "version": 1,
                "factors": [{"favours": "both", "text": "x"}]})";
        file.write(damaged);
        file.close();
        auto library = PublicInterestLibrary::load(path);
        QVERIFY(library); // the shipped factors still load
        QVERIFY2(library->ownProblem().contains(QStringLiteral("$.factors[0].favours")),
                 qPrintable(library->ownProblem()));
        QVERIFY(!library->factors().isEmpty());
        QVERIFY(
            !library->addOwn({QStringLiteral("New"), FactorSide::Disclosure, {}, {}, {}, true}));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), damaged);
    }
};

QTEST_GUILESS_MAIN(TestPublicInterestLibrary)
#include "tst_public_interest_library.moc"
