#include "tests/cli/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// `foi-workbench-cli law`: the catalogue as an officer or a script sees it.
class TestCliLaw : public QObject
{
    Q_OBJECT

private slots:
    void jsonIsAnArrayWithTheDocumentedFields()
    {
        const CliRun run = runCli({QStringLiteral("law"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
        QVERIFY(document.isArray());
        QVERIFY(document.array().size() > 100);
        for (const QJsonValue &value : document.array()) {
            const QJsonObject o = value.toObject();
            QVERIFY(o.value(QStringLiteral("regime")).isString());
            QVERIFY(o.value(QStringLiteral("provision")).isString());
            QVERIFY(o.value(QStringLiteral("title")).isString());
            QVERIFY(o.value(QStringLiteral("absolute")).isBool());
            QVERIFY(o.value(QStringLiteral("prejudice_based")).isBool());
            QVERIFY(o.value(QStringLiteral("requires_qualified_person")).isBool());
            const QJsonValue ncnd = o.value(QStringLiteral("ncnd_provision"));
            QVERIFY(ncnd.isString() || ncnd.isNull());
        }
    }

    void jsonCarriesTheLegalProperties_data()
    {
        QTest::addColumn<QString>("provision");
        QTest::addColumn<bool>("absolute");
        QTest::addColumn<bool>("prejudiceBased");
        QTest::addColumn<QJsonValue>("ncnd");
        // s31 is qualified and prejudice-based, NCND under s31(3).
        QTest::newRow("s31(1)(a)")
            << "s31(1)(a)" << false << true << QJsonValue(QStringLiteral("s31(3)"));
        // s21 is absolute (s2(3)(a)) and has no NCND provision.
        QTest::newRow("s21(1)") << "s21(1)" << true << false << QJsonValue(QJsonValue::Null);
        // s24(2) is itself the NCND limb of national security.
        QTest::newRow("s24(2)") << "s24(2)" << false << false << QJsonValue(QJsonValue::Null);
    }

    void jsonCarriesTheLegalProperties()
    {
        QFETCH(QString, provision);
        const CliRun run = runCli({QStringLiteral("law"), QStringLiteral("--json")});
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            const QJsonObject o = value.toObject();
            if (o.value(QStringLiteral("provision")).toString() != provision)
                continue;
            QTEST(o.value(QStringLiteral("absolute")).toBool(), "absolute");
            QTEST(o.value(QStringLiteral("prejudice_based")).toBool(), "prejudiceBased");
            QTEST(o.value(QStringLiteral("ncnd_provision")), "ncnd");
            return;
        }
        QFAIL(qPrintable(QStringLiteral("%1 missing from law --json").arg(provision)));
    }

    void regimeFilterShowsOnlyThatRegime()
    {
        const CliRun run = runCli({QStringLiteral("law"), QStringLiteral("--regime"),
                                   QStringLiteral("EIR"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(array.size(), 18);
        for (const QJsonValue &value : array)
            QCOMPARE(value.toObject().value(QStringLiteral("regime")).toString(),
                     QStringLiteral("EIR"));
    }

    void tableNamesEachProvision()
    {
        const CliRun run =
            runCli({QStringLiteral("law"), QStringLiteral("--regime"), QStringLiteral("foia")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("s43(2)")));
        QVERIFY(!run.out.contains(QStringLiteral("reg12(5)(a)")));
    }

    void unknownRegimeIsAUsageError()
    {
        const CliRun run =
            runCli({QStringLiteral("law"), QStringLiteral("--regime"), QStringLiteral("FOISA")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("FOIA or EIR")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLaw)
#include "tst_cli_law.moc"
