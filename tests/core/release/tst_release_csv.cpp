#include "core/release/ReleaseScanner.h"

#include <QTest>

using namespace foi::core;

namespace {

ReleaseFindings scanCsv(const QByteArray &csv, const ScanLimits &limits = ScanLimits::standard())
{
    return ReleaseScanner(limits).scanData(csv, QStringLiteral("figures.csv"));
}

QString describe(const ReleaseFindings &findings)
{
    QStringList lines;
    for (const ReleaseFinding &finding : findings)
        lines.append(finding.code + QStringLiteral(" @ ") + finding.location +
                     QStringLiteral(": ") + finding.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// UK GDPR Art. 4(1): information relating to an identifiable person. The scan cannot know what
// the reply releases, so it names each column that looks personal and the officer decides.
class TestReleaseCsv : public QObject
{
    Q_OBJECT
private slots:
    void figuresAreClean()
    {
        const ReleaseFindings findings = scanCsv("Grade,Headcount,Team name\r\n"
                                                 "Constable,5200,Response\r\n"
                                                 "Sergeant,1100,\"Roads, North\"\r\n"
                                                 "Inspector,300,CID\r\n");
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    void personalColumnsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("reason");

        QTest::newRow("surname header")
            << QByteArray("Grade,Surname\nPC,Smith\nPS,Jones\n")
            << u"column 2 \u2018Surname\u2019"_qs << u"its header names personal data"_qs;
        QTest::newRow("email values")
            << QByteArray(
                   "Grade;Contact\nPC;j.smith@police.example.uk\nPS;a.jones@police.example.uk\n"
                   "PS;\n")
            << u"column 2 \u2018Contact\u2019, rows 2\u20133"_qs
            << u"2 of 2 values are email addresses"_qs;
        QTest::newRow("phone values")
            << QByteArray("Case\tCallback\n1\t07700 900123\n2\t+44 20 7946 0018\n3\t01632 960001\n"
                          "4\tnone\n")
            << u"column 2 \u2018Callback\u2019, rows 2\u20134"_qs
            << u"3 of 4 values are UK phone numbers"_qs;
        QTest::newRow("postcode values")
            << QByteArray("Incident,Where\n1,SW1A 1AA\n2,M1 1AE\n3,\"B33 8TH\"\n")
            << u"column 2 \u2018Where\u2019, rows 2\u20134"_qs
            << u"3 of 3 values are UK postcodes"_qs;
    }

    void personalColumnsAreNamed()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, location);
        QFETCH(QString, reason);
        const ReleaseFindings findings = scanCsv(csv);
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().code, u"CSV-PERSONAL-DATA"_qs);
        QCOMPARE(findings.constFirst().location, location);
        QVERIFY2(findings.constFirst().message.contains(reason),
                 qPrintable(findings.constFirst().message));
    }

    void quotedFieldsKeepTheirSeparatorsAndNewlines()
    {
        const ReleaseFindings findings = scanCsv(
            "Note,Email\n\"one, two\nthree\",x@example.org\n\"say \"\"hi\"\"\",y@example.org\n");
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().location, u"column 2 \u2018Email\u2019, rows 2\u20133"_qs);
    }

    void tooManyRowsIsALimit()
    {
        ScanLimits limits = ScanLimits::standard();
        limits.maxCsvRows = 3;
        QCOMPARE(scanCsv("a\n1\n2\n3\n4\n", limits).constFirst().code, u"FILE-LIMIT-EXCEEDED"_qs);
        QVERIFY(scanCsv("a\n1\n2\n", limits).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReleaseCsv)
#include "tst_release_csv.moc"
