#include "../store/StoreTestSupport.h"
#include "law/ExemptionCatalogue.h"
#include "law/WorkingDayCalendar.h"
#include "services/CaseImportService.h"
#include "services/StatisticsService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;
using namespace Qt::StringLiterals;

namespace {

const QString fixture = QStringLiteral(FOI_TEST_DATA_DIR "/statistics");

QByteArray expected(const QString &name)
{
    QFile file(fixture + u"/expected/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing golden file %s", qPrintable(name));
    return file.readAll();
}

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

StatisticsQuery quarterOne(StatisticsReportKind kind)
{
    return {kind, d("2026-01-01"), d("2026-03-31"), d("2026-04-30"), std::nullopt};
}

} // namespace

// Issue 18's "done when" for statistics: the hand-made cases of tests/data/statistics, imported
// into a store whose due date of FX-16 was then changed by hand, give CSV reports equal byte for
// byte to the hand-computed files beside them (tests/data/statistics/README.md explains each
// count).
class StatisticsServiceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CaseStore> m_store;

    QByteArray csvOf(const StatisticsQuery &query)
    {
        StatisticsService service(*m_store, WorkingDayCalendar::builtIn(),
                                  ExemptionCatalogue::builtIn());
        const Result<StatisticsReport> report = service.run(query);
        if (!report)
            qFatal("%s", qPrintable(report.error().message));
        return StatisticsReportWriter::csv(report->table);
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"statistics.foistore"_s);
        m_store = storetest::create(m_path);
        QVERIFY(m_store);
        QStringList files;
        const QDir cases(fixture + u"/cases"_s);
        for (const QString &name : cases.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            files.append(cases.filePath(name));
        QCOMPARE(files.size(), 30);
        CaseImportService import(*m_store, WorkingDayCalendar::builtIn());
        const auto imported = import.importFiles(files, u"Jo Officer"_s);
        QVERIFY(imported);
        QVERIFY2(imported->ok(), qPrintable(imported->problems.join(u'\n')));
        QCOMPARE(imported->created, 30);
        // Someone with the sqlite3 shell moves FX-16's due date to a day after its late reply.
        m_store.reset();
        QCOMPARE(storetest::rawExec(m_path, u"UPDATE cases SET due_date = '2026-03-31' WHERE "
                                            "reference = 'FX-16'"_s),
                 QString());
        m_store = storetest::create(m_path);
        QVERIFY(m_store);
    }

    void codeOfPracticeMatchesTheHandCount()
    {
        QCOMPARE(csvOf(quarterOne(StatisticsReportKind::CodeOfPractice)),
                 expected(u"code-of-practice.csv"_s));
    }

    void codeOfPracticeForTheEirAloneMatchesTheHandCount()
    {
        StatisticsQuery query = quarterOne(StatisticsReportKind::CodeOfPractice);
        query.regime = Regime::Eir;
        QCOMPARE(csvOf(query), expected(u"code-of-practice-eir.csv"_s));
    }

    void cabinetOfficeMatchesTheHandCount()
    {
        QCOMPARE(csvOf(quarterOne(StatisticsReportKind::CabinetOffice)),
                 expected(u"cabinet-office.csv"_s));
    }

    void timelinessMatchesTheHandCount()
    {
        QCOMPARE(csvOf(quarterOne(StatisticsReportKind::Timeliness)),
                 expected(u"timeliness.csv"_s));
    }

    void handEditedDueDateIsNamedInAWarning()
    {
        StatisticsService service(*m_store, WorkingDayCalendar::builtIn(),
                                  ExemptionCatalogue::builtIn());
        const auto report = service.run(quarterOne(StatisticsReportKind::CodeOfPractice));
        QVERIFY(report);
        QCOMPARE(report->table.warnings.size(), 1);
        QVERIFY(report->table.warnings.constFirst().startsWith(u"Case FX-16: "_s));
    }

    void sameInputsGiveTheSameBytesAndHash()
    {
        StatisticsService service(*m_store, WorkingDayCalendar::builtIn(),
                                  ExemptionCatalogue::builtIn());
        const auto first = service.run(quarterOne(StatisticsReportKind::CabinetOffice));
        const auto second = service.run(quarterOne(StatisticsReportKind::CabinetOffice));
        QVERIFY(first && second);
        QCOMPARE(first->inputsSha256.size(), 64);
        QCOMPARE(StatisticsReportWriter::json(*first), StatisticsReportWriter::json(*second));
        QVERIFY(StatisticsReportWriter::json(*first).contains("\"asAt\": \"2026-04-30\""));
        StatisticsQuery later = quarterOne(StatisticsReportKind::CabinetOffice);
        later.asAt = d("2026-05-31");
        const auto other = service.run(later);
        QVERIFY(other);
        QVERIFY(other->inputsSha256 != first->inputsSha256);
    }

    void badPeriodIsRefusedBeforeTheStoreIsRead()
    {
        StatisticsService service(*m_store, WorkingDayCalendar::builtIn(),
                                  ExemptionCatalogue::builtIn());
        StatisticsQuery backwards = quarterOne(StatisticsReportKind::Timeliness);
        backwards.from = d("2026-04-01");
        const auto report = service.run(backwards);
        QVERIFY(!report);
        QCOMPARE(report.error().code, u"statistics.bad-period"_s);
    }

    // A case file damaged around the workbench stops the report, naming the case, rather than
    // leave it out of the figures.
    void unreadableCaseIsNamedNotDropped()
    {
        const QString copy = m_dir.filePath(u"damaged.foistore"_s);
        m_store.reset();
        QVERIFY(QFile::copy(m_path, copy));
        m_store = storetest::create(m_path);
        QVERIFY(m_store);
        QCOMPARE(storetest::rawExec(copy, u"UPDATE cases SET document = '{\"formatVersion\": 1' "
                                          "WHERE reference = 'FX-07'"_s),
                 QString());
        auto damaged = storetest::create(copy);
        QVERIFY(damaged);
        StatisticsService service(*damaged, WorkingDayCalendar::builtIn(),
                                  ExemptionCatalogue::builtIn());
        const auto report = service.run(quarterOne(StatisticsReportKind::CodeOfPractice));
        QVERIFY(!report);
        QCOMPARE(report.error().code, u"statistics.unreadable-case"_s);
        QVERIFY2(report.error().message.contains(u"FX-07"_s), qPrintable(report.error().message));
    }

    void cleanupTestCase() { m_store.reset(); }
};

QTEST_GUILESS_MAIN(StatisticsServiceTest)
#include "tst_statistics_service.moc"
