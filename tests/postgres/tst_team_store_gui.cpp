// The workbench window on a team store (issue 20 points 1 and 3), built by the program's own
// composition root over a postgresql:// address on the throwaway server: the officer works a case
// as on a file, and a case another officer logs appears in the open case list because the server
// announces it (LISTEN/NOTIFY, PostgreSQL version 6), with no polling of the server.

#include "tests/postgres/ThrowawayPostgres.h"
#include "tests/ui/WorkbenchFixture.h"

#include "core/intake/ReferenceAllocator.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseEditingService.h"
#include "core/store/OpenedStore.h"
#include "core/store/OutsideChangeWatch.h"
#include "core/store/ServerStore.h"
#include "ui/models/CaseListModel.h"
#include "ui/notify/NotificationBar.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace foi;
using foi::test::ThrowawayPostgres;

class TestTeamStoreGui : public QObject
{
    Q_OBJECT

    ThrowawayPostgres m_server;
    QString m_database;

    // Another officer, on their own connection to the same team store.
    struct OtherOfficer
    {
        std::unique_ptr<core::ServerStore> store;
        std::unique_ptr<core::CaseEditingService> cases;
    };
    OtherOfficer otherOfficer(const QString &name) const
    {
        auto store = core::ServerStore::open(m_server.address(m_database),
                                             core::StoreConnection::Access::ReadWrite,
                                             core::Clock::system());
        if (!store)
            qFatal("the other officer cannot open the store: %s",
                   qPrintable(store.error().message));
        OtherOfficer other{std::move(store).value(), nullptr};
        other.cases = std::make_unique<core::CaseEditingService>(
            other.store->repositories(),
            *core::ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
            core::WorkingDayCalendar::builtIn());
        other.cases->setOfficer(name);
        return other;
    }

private slots:
    void initTestCase()
    {
        QString problem;
        m_server = ThrowawayPostgres::find(&problem);
        QVERIFY2(m_server.isRunning(), qPrintable(problem));
    }

    void init()
    {
        QString problem;
        m_database = m_server.createDatabase(&problem);
        QVERIFY2(!m_database.isEmpty(), qPrintable(problem));
        const core::Status made = core::ServerStore::initialise(m_server.address(m_database));
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    }

    void cleanup() { m_server.dropDatabase(m_database); }

    // --store postgresql://…: the window names the team store, and a request logged and typed in
    // it is on the server for the next officer to read.
    void theWorkbenchWorksACaseOnATeamStore()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path(), core::Clock::system(),
                                 WorkbenchFixture::Notices::Recorded, m_server.url(m_database));
        QVERIFY(!fixture.store); // no file
        const QString shown = fixture.find<QLabel>(QStringLiteral("storePathLabel"))->text();
        QVERIFY2(shown.startsWith(QStringLiteral("Team store: ")) && shown.contains(m_database),
                 qPrintable(shown));

        fixture.workbench->newRequest();
        const QString reference = fixture.workbench->document().current().reference;
        QVERIFY(!reference.isEmpty());
        const QString question = QStringLiteral("How many speed cameras were working on 1 May?");
        fixture.workbench->document().edit(QStringLiteral("Request text"),
                                           [&](core::Case &c) { c.requestText = question; });
        fixture.workbench->autosaver().flush();
        QVERIFY2(fixture.notifier.errors.isEmpty(),
                 qPrintable(fixture.notifier.errors.join(u'\n')));

        OtherOfficer other = otherOfficer(QStringLiteral("Sam Officer"));
        auto read = other.cases->open(reference);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(read->requestText, question);
    }

    // Issue 20 point 3: "Changes made by others appear in an open case list within 2 seconds
    // (LISTEN/NOTIFY, no polling loop)". The list is read again when the server announces the
    // change; the time it took is printed for the closing figures (not asserted: a shared
    // machine is noisy), and the assertion waits generously.
    void anotherOfficersCaseAppearsInTheOpenList()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path(), core::Clock::system(),
                                 WorkbenchFixture::Notices::Recorded, m_server.url(m_database));
        OtherOfficer first = otherOfficer(QStringLiteral("Sam Officer"));
        QVERIFY(first.cases->logNewRequest(QDate::currentDate(), {}));
        fixture.workbench->showCaseList();
        ui::CaseListModel &list = fixture.workbench->caseListModel();
        QTRY_COMPARE(list.count().value_or(-1), qint64(1));

        OtherOfficer other = otherOfficer(QStringLiteral("Alex Officer"));
        QElapsedTimer sinceSaved;
        auto logged = other.cases->logNewRequest(QDate::currentDate(), {});
        QVERIFY(logged);
        sinceSaved.start();
        QTRY_COMPARE_WITH_TIMEOUT(list.count().value_or(-1), qint64(2), 10000);
        qInfo("another officer's case appeared in the open list after %lld ms",
              sinceSaved.elapsed());
    }

    // The watch under the list: one announcement for a burst of changes by others, none for the
    // window's own saves (it reads those back as it makes them).
    void theServerAnnouncesOthersChangesOnceABurst()
    {
        auto mine = core::OpenedStore::open(
            m_server.address(m_database), core::CaseStore::OpenMode::ReadWrite,
            core::CaseStore::Options{.clock = core::Clock::system()});
        QVERIFY(mine);
        core::OutsideChangeWatch watch((*mine)->repositories().connection(), 60000, 100);
        QVERIFY(watch.start());
        QSignalSpy changed(&watch, &core::OutsideChangeWatch::changed);

        core::CaseEditingService own(
            (*mine)->repositories(),
            *core::ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
            core::WorkingDayCalendar::builtIn());
        own.setOfficer(QStringLiteral("Jo Officer"));
        QVERIFY(own.logNewRequest(QDate::currentDate(), {}));
        QTest::qWait(500);
        QCOMPARE(changed.size(), 0);

        OtherOfficer other = otherOfficer(QStringLiteral("Sam Officer"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(other.cases->logNewRequest(QDate::currentDate(), {}));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QTest::qWait(500);
        QVERIFY2(changed.size() <= 2, qPrintable(QString::number(changed.size())));
    }

    // Issue 20 point 3: "an officer opening a case another officer is editing sees who and
    // since when". The other officer's session says so while it has the case open; once it
    // leaves the case, or its session ends (a workbench closed or killed), nobody is shown.
    void openingACaseAnotherOfficerHasOpenSaysWhoAndSinceWhen()
    {
        OtherOfficer other = otherOfficer(QStringLiteral("Sam Officer"));
        auto logged = other.cases->logNewRequest(QDate::currentDate(), {});
        QVERIFY(logged);
        const QString reference = logged->reference;
        QVERIFY(other.cases->announceOpen(reference));

        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path(), core::Clock::system(),
                                 WorkbenchFixture::Notices::Recorded, m_server.url(m_database));
        fixture.workbench->openCase(reference);
        const QString told =
            fixture.find<ui::NotificationBar>(QStringLiteral("notificationBar"))->message();
        QVERIFY2(told.contains(m_server.superuser()) && told.contains(QStringLiteral("since")),
                 qPrintable(told));
        auto editors = fixture.cases->othersEditing(reference);
        QVERIFY(editors);
        QCOMPARE(editors->size(), 1);
        QCOMPARE(editors->constFirst().officer, m_server.superuser());
        QVERIFY(qAbs(editors->constFirst().since.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        // The other officer's workbench does not see itself, but sees this one.
        auto mine = other.cases->othersEditing(reference);
        QVERIFY(mine);
        QCOMPARE(mine->size(), 1);

        QVERIFY(other.cases->announceClosed());
        QCOMPARE(fixture.cases->othersEditing(reference)->size(), 0);
        QVERIFY(other.cases->announceOpen(reference));
        QCOMPARE(fixture.cases->othersEditing(reference)->size(), 1);
        other.cases.reset();
        other.store.reset(); // the session ends, as when a workbench is closed or killed
        QTRY_COMPARE(fixture.cases->othersEditing(reference)->size(), 0);
    }
};

QTEST_MAIN(TestTeamStoreGui)
#include "tst_team_store_gui.moc"
