#include "tests/support/ReferenceCase.h"

#include "core/model/CaseOutcome.h"
#include "core/model/Codes.h"
#include "core/services/CaseRecordMapper.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

// A case's outcome says what the reply did, every part of it (issue 24, point 5): the reference
// case answered Q1 "not held" and neither confirmed nor denied any other information (s1(1)(a),
// s24(2), s31(3)), so its outcome is "not held and NCND", and a later officer looking up similar
// requests sees that.
class TestReplyOutcome : public QObject
{
    Q_OBJECT
private slots:
    void theReferenceCaseWasNotHeldAndNcnd()
    {
        const Case reference = testsupport::referenceCase();
        QCOMPARE(CaseOutcome::partsOf(reference),
                 (QList<Outcome>{Outcome::NotHeld, Outcome::NeitherConfirmNorDeny}));
        QCOMPARE(CaseOutcome::codeOf(reference), u"not-held+neither-confirm-nor-deny"_qs);
        QCOMPARE(CaseRecordMapper::toRecord(reference, WorkingDayCalendar::builtIn()).outcome,
                 u"not-held+neither-confirm-nor-deny"_qs);
    }

    void oneThingDoneIsOnePart_data()
    {
        QTest::addColumn<Holding>("holding");
        QTest::addColumn<Communication>("communication");
        QTest::addColumn<QString>("code");
        QTest::newRow("s1(1)(b) granted in full")
            << Holding::Held << Communication::InFull << u"granted-in-full"_qs;
        QTest::newRow("s1(1)(a) not held")
            << Holding::NotHeld << Communication::NotApplicable << u"not-held"_qs;
    }

    void oneThingDoneIsOnePart()
    {
        QFETCH(Holding, holding);
        QFETCH(Communication, communication);
        QFETCH(QString, code);
        Case c = testsupport::referenceCase();
        c.claims.clear();
        c.questions[0].determination.holding = holding;
        c.questions[0].determination.communication = communication;
        QCOMPARE(CaseOutcome::codeOf(c), code);
    }

    void aWithdrawnRequestIsWithdrawnOnly()
    {
        Case c = testsupport::referenceCase();
        c.outcomeOverride = Outcome::Withdrawn;
        QCOMPARE(CaseOutcome::codeOf(c), u"withdrawn"_qs);
    }

    void similarRequestsShowWhatTheReplyDid()
    {
        QTemporaryDir dir;
        auto store =
            CaseStore::open(dir.filePath(QStringLiteral("outcome.foistore")),
                            CaseStore::OpenMode::CreateIfMissing, testsupport::storeOptions());
        QVERIFY(store);
        Case earlier = testsupport::referenceCase();
        earlier.reference = QStringLiteral("100_17");
        earlier.dateOfReceipt = QDate(2017, 3, 1);
        QVERIFY((*store)->cases().save(
            CaseRecordMapper::toRecord(earlier, WorkingDayCalendar::builtIn()), u"Jo Officer"_qs));
        QVERIFY((*store)->cases().save(
            CaseRecordMapper::toRecord(testsupport::referenceCase(), WorkingDayCalendar::builtIn()),
            u"Jo Officer"_qs));
        auto similar = (*store)->search().similarTo(QStringLiteral("13457_18"), 5);
        QVERIFY(similar);
        QVERIFY(!similar->isEmpty());
        QCOMPARE(similar->constFirst().reference, u"100_17"_qs);
        QCOMPARE(similar->constFirst().outcome, u"not-held+neither-confirm-nor-deny"_qs);
    }
};

QTEST_GUILESS_MAIN(TestReplyOutcome)
#include "tst_reply_outcome.moc"
