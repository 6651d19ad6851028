#include "law/WorkingDayCalendar.h"
#include "services/AggregationFinder.h"
#include "services/CaseEditingService.h"
#include "store/CaseStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

// Fees Regulations 2004 reg 5: requests by the same person received within 60 consecutive
// working days may have their costs aggregated; the finder lists them from the store.
class TestAggregationFinder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Case logged(CaseEditingService &cases, const QDate &received, const QString &name,
                       const QString &text)
    {
        auto created = cases.logNewRequest(received, Authority{});
        if (!created)
            qFatal("cannot log a request: %s",
                   qPrintable(created.error().message + created.error().detail));
        created->requester.name = name;
        created->requestText = text;
        if (!cases.save(*created))
            qFatal("cannot save a request");
        return *created;
    }

private slots:
    void listsTheSamePersonsRequestsWithinSixtyWorkingDays()
    {
        auto store = CaseStore::open(m_dir.filePath(QStringLiteral("a.foistore")),
                                     CaseStore::OpenMode::CreateIfMissing);
        QVERIFY(store);
        CaseEditingService cases(**store,
                                 *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")));
        cases.setOfficer(QStringLiteral("Jo Officer"));
        const Case open = logged(cases, QDate(2026, 3, 2), QStringLiteral("Jo Bloggs"),
                                 QStringLiteral("Drone purchases"));
        const Case near = logged(cases, QDate(2026, 2, 2), QStringLiteral("  jo bloggs "),
                                 QStringLiteral("Drone training costs"));
        // Counting both days and skipping Good Friday, Easter Monday and the two May bank
        // holidays, 26 May 2026 is the 58th working day from 2 March; 8 June the 67th.
        const Case edge = logged(cases, QDate(2026, 5, 26), QStringLiteral("Jo Bloggs"),
                                 QStringLiteral("Drone maintenance"));
        logged(cases, QDate(2026, 6, 8), QStringLiteral("Jo Bloggs"), QStringLiteral("Too late"));
        logged(cases, QDate(2026, 3, 3), QStringLiteral("Someone Else"), QStringLiteral("Drones"));

        AggregationFinder finder(**store, WorkingDayCalendar::builtIn());
        auto found = finder.candidatesFor(open);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).reference, near.reference);
        QCOMPARE(found->at(0).requestText, QStringLiteral("Drone training costs"));
        QCOMPARE(found->at(1).reference, edge.reference);
        QVERIFY(found->at(1).workingDaysApart <= AggregationFinder::windowWorkingDays);

        Case unnamed = open;
        unnamed.requester.name.clear();
        QVERIFY(finder.candidatesFor(unnamed)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAggregationFinder)
#include "tst_aggregation_finder.moc"
