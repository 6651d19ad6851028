#include "core/law/WorkingDayCalendar.h"
#include "core/model/RequesterKeys.h"
#include "core/services/AggregationFinder.h"
#include "core/services/CaseEditingService.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"

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
        auto store =
            CaseStore::open(m_dir.filePath(QStringLiteral("a.foistore")),
                            CaseStore::OpenMode::CreateIfMissing, testsupport::storeOptions());
        QVERIFY(store);
        CaseEditingService cases(**store, *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
                                 WorkingDayCalendar::builtIn());
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

        QVERIFY(found->at(0).hasGround(AggregationGround::SameName));
        QVERIFY2(found->at(0).why().contains(QStringLiteral("the same requester's name")),
                 qPrintable(found->at(0).why()));

        Case unnamed = open;
        unnamed.requester.name.clear();
        QVERIFY(finder.candidatesFor(unnamed)->isEmpty());
    }

    // Reg 5(1): the same person under another name, or people acting together, show in shared
    // contact details: the same email (case ignored) or postal address (however it is laid
    // out). A shared postcode alone is a street, not a person, and is not enough.
    void proposesRequestsWithTheSameContactDetailsUnderAnotherName()
    {
        auto store =
            CaseStore::open(m_dir.filePath(QStringLiteral("b.foistore")),
                            CaseStore::OpenMode::CreateIfMissing, testsupport::storeOptions());
        QVERIFY(store);
        CaseEditingService cases(**store, *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
                                 WorkingDayCalendar::builtIn());
        cases.setOfficer(QStringLiteral("Jo Officer"));
        const auto withContact = [&cases](const QDate &received, const QString &name,
                                          const QString &email, const QString &address,
                                          const QString &text) {
            Case c = logged(cases, received, name, text);
            c.requester.email = email;
            c.requester.addressForCorrespondence = address;
            if (!cases.save(c))
                qFatal("cannot save a request");
            return c;
        };
        const Case open = withContact(
            QDate(2026, 3, 2), QStringLiteral("J. Bloggs"), QStringLiteral("jo@example.org"),
            QStringLiteral("12 High Street, Leeds LS1 4AB"), QStringLiteral("Speed camera income"));
        const Case byEmail = withContact(QDate(2026, 2, 20), QStringLiteral("Joanne Bloggs"),
                                         QStringLiteral(" Jo@Example.ORG "), {},
                                         QStringLiteral("Speed camera locations"));
        const Case byAddress = withContact(QDate(2026, 3, 4), QStringLiteral("Sam Bloggs"), {},
                                           QStringLiteral("12 high street\nLEEDS\nls14ab"),
                                           QStringLiteral("Parking fines"));
        withContact(QDate(2026, 3, 5), QStringLiteral("A Neighbour"), {},
                    QStringLiteral("14 High Street, Leeds LS1 4AB"),
                    QStringLiteral("Street lighting"));
        QCOMPARE(RequesterKeys::postcodeIn(QStringLiteral("12 high street\nLEEDS\nls14ab")),
                 QStringLiteral("LS1 4AB"));

        AggregationFinder finder(**store, WorkingDayCalendar::builtIn());
        auto found = finder.candidatesFor(open);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).reference, byEmail.reference);
        QCOMPARE(found->at(0).grounds, QList{AggregationGround::SameEmail});
        QVERIFY2(found->at(0).why().contains(QStringLiteral("the same email address")) &&
                     found->at(0).why().contains(QStringLiteral("reg 5(1)(a) or (b)")),
                 qPrintable(found->at(0).why()));
        QCOMPARE(found->at(1).reference, byAddress.reference);
        QCOMPARE(found->at(1).grounds, QList{AggregationGround::SameAddress});
    }

    // The store finds a requester by the same normalised keys the finder confirms with: a name
    // in other capitals (beyond ASCII too) and an address without a postcode laid out
    // differently are the same person's.
    void findsTheSameNameAndAddressHoweverTheyAreTyped()
    {
        auto store =
            CaseStore::open(m_dir.filePath(QStringLiteral("d.foistore")),
                            CaseStore::OpenMode::CreateIfMissing, testsupport::storeOptions());
        QVERIFY(store);
        CaseEditingService cases(**store, *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
                                 WorkingDayCalendar::builtIn());
        cases.setOfficer(QStringLiteral("Jo Officer"));
        Case earlier = logged(cases, QDate(2026, 2, 9), QStringLiteral("ZO\u00cb  \u00c1NGEL"),
                              QStringLiteral("Helicopter hours"));
        earlier.requester.addressForCorrespondence =
            QStringLiteral("Flat 3\nThe Old Mill\nHebden Bridge");
        QVERIFY(cases.save(earlier));
        Case open = logged(cases, QDate(2026, 3, 2), QStringLiteral("Zo\u00eb \u00c1ngel"),
                           QStringLiteral("Drone purchases"));
        open.requester.addressForCorrespondence =
            QStringLiteral("flat 3, the old mill, hebden bridge");

        AggregationFinder finder(**store, WorkingDayCalendar::builtIn());
        auto found = finder.candidatesFor(open);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->at(0).reference, earlier.reference);
        QCOMPARE(found->at(0).grounds,
                 (QList{AggregationGround::SameName, AggregationGround::SameAddress}));
    }

    // Reg 5(1)(b): different requesters sending the same template within the window may be
    // a campaign. Proposed when most of the request's distinctive words recur (found by the
    // store's similar-request search), with the words shown; unrelated wording is not.
    void proposesRequestsWordedAlikeByOthersAsAPossibleCampaign()
    {
        auto store =
            CaseStore::open(m_dir.filePath(QStringLiteral("c.foistore")),
                            CaseStore::OpenMode::CreateIfMissing, testsupport::storeOptions());
        QVERIFY(store);
        CaseEditingService cases(**store, *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
                                 WorkingDayCalendar::builtIn());
        cases.setOfficer(QStringLiteral("Jo Officer"));
        const QString letter = QStringLiteral(
            "Under the Freedom of Information Act please disclose the contracts, invoices and "
            "evaluation reports for automated facial recognition deployments at football "
            "stadiums since 2024.");
        const Case campaign =
            logged(cases, QDate(2026, 2, 16), QStringLiteral("First Activist"), letter);
        logged(cases, QDate(2026, 2, 17), QStringLiteral("Unrelated Person"),
               QStringLiteral("Please disclose the number of stolen bicycles reported in 2025."));
        logged(cases, QDate(2025, 6, 2), QStringLiteral("Long Ago"), letter); // outside 60 days
        const Case open = logged(cases, QDate(2026, 3, 2), QStringLiteral("Second Activist"),
                                 letter + QStringLiteral(" Thank you."));

        AggregationFinder finder(**store, WorkingDayCalendar::builtIn());
        auto found = finder.candidatesFor(open);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QCOMPARE(found->size(), 1);
        const AggregationCandidate &alike = found->at(0);
        QCOMPARE(alike.reference, campaign.reference);
        QCOMPARE(alike.grounds, QList{AggregationGround::SimilarWording});
        QCOMPARE(alike.distinctiveWords, AggregationFinder::wordsCompared);
        QCOMPARE(alike.sharedWords.size(), AggregationFinder::wordsCompared);
        QVERIFY(alike.sharedWords.contains(QStringLiteral("recognition")));
        QVERIFY2(alike.why().contains(QStringLiteral("from a different requester")) &&
                     alike.why().contains(QStringLiteral("reg 5(1)(b)")),
                 qPrintable(alike.why()));

        // The Fees Regulations govern FOIA s12 only: an EIR request is never aggregated.
        Case environmental = open;
        environmental.regime = Regime::Eir;
        QVERIFY(finder.candidatesFor(environmental)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAggregationFinder)
#include "tst_aggregation_finder.moc"
