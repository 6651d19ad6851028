// Issue 22 point 3: one clock, made by the composition root and passed to every view. With the
// workbench's clock fixed on a day, each "today" the officer sees or saves is that day, not the
// system's.

#include "tests/ui/WorkbenchFixture.h"

#include "core/services/CaseDocument.h"
#include "ui/workspace/CaseWorkspace.h"

#include <QDateEdit>

using namespace foi;

class TestOneClock : public QObject
{
    Q_OBJECT
private:
    // A Monday long past, so that no test passes by the system's day matching it.
    static QDate fixedDay() { return QDate(2023, 6, 12); }

private slots:
    void aNewRequestIsReceivedOnTheClocksDay()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path(), core::Clock::fixedOn(fixedDay()));
        fixture.workbench->newRequest();
        const core::Case &theCase = fixture.workbench->document().current();
        QCOMPARE(theCase.dateOfReceipt, fixedDay());
        // The reference pattern {seq}_{yy} takes the year from the same day.
        QCOMPARE(theCase.reference, QStringLiteral("1_23"));
        // The audit row is stamped by the store, over the same clock.
        const auto rows =
            fixture.store->audit().rowsFor(theCase.reference, {QStringLiteral("case")});
        QVERIFY(rows && !rows->isEmpty());
        QVERIFY2(rows->constFirst().recordedAt.startsWith(
                     fixture.clock.now().date().toString(Qt::ISODate)),
                 qPrintable(rows->constFirst().recordedAt));
    }

    void theStepsOfferTheClocksDay()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path(), core::Clock::fixedOn(fixedDay()));
        ui::CaseWorkspace &workspace = fixture.workbench->workspace();
        auto *clockDate = workspace.findChild<QDateEdit *>(QStringLiteral("clockDateEdit"));
        auto *estimate = workspace.findChild<QDateEdit *>(QStringLiteral("clockEstimateDateEdit"));
        auto *searched = workspace.findChild<QDateEdit *>(QStringLiteral("searchDateEdit"));
        QVERIFY(clockDate && estimate && searched);
        QCOMPARE(clockDate->date(), fixedDay());
        QCOMPARE(estimate->date(), fixedDay());
        QCOMPARE(searched->date(), fixedDay());
    }
};

QTEST_MAIN(TestOneClock)
#include "tst_one_clock.moc"
