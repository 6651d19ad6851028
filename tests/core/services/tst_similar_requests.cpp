#include "tests/support/ReferenceCase.h"

#include "core/services/CaseRecordMapper.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"
#include "tests/support/TestStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

// Similar-request lookup weighs a request's words by how many recent cases use them. The
// reference request (facial recognition spending) shares most of its wording with requests on
// other subjects ("how much has so far been spent", "breakdown according to financial year",
// "operations or tests carried out"); only its subject is rare, and that is what must count.
class TestSimilarRequests : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::TestStore> m_store;
    int m_day = 0;

    void save(const QString &reference, const QString &request)
    {
        Case theCase = testsupport::referenceCase();
        theCase.reference = reference;
        // Logged one a day before the reference case (14 May 2018), oldest first.
        theCase.dateOfReceipt = QDate(2018, 1, 2).addDays(m_day++);
        theCase.requestText = request;
        for (Question &question : theCase.questions)
            question.text = request;
        QVERIFY(m_store->cases().save(
            CaseRecordMapper::toRecord(theCase, WorkingDayCalendar::builtIn()),
            QStringLiteral("Jo Officer")));
    }

private slots:
    void initTestCase()
    {
        m_store = testsupport::TestStore::create(m_dir.path(), foi::core::Clock::system());
        QVERIFY(m_store);
        const QStringList others{
            QStringLiteral("body worn video cameras"),
            QStringLiteral("speed cameras"),
            QStringLiteral("drones"),
            QStringLiteral("police dogs"),
            QStringLiteral("helicopter flights"),
            QStringLiteral("Taser deployments"),
            QStringLiteral("mobile phone extraction"),
            QStringLiteral("spit hoods"),
        };
        for (int round = 0; round < 4; ++round) {
            for (qsizetype i = 0; i < others.size(); ++i) {
                const QString subject = others.at(i);
                save(QStringLiteral("OTHER-%1-%2").arg(round).arg(i),
                     QStringLiteral("How much has so far been spent on %1 software and hardware? "
                                    "Please provide the most up-to-date figure possible with a "
                                    "breakdown according to financial year. How many operations "
                                    "or tests of %1 have been carried out so far, and what were "
                                    "the associated costs?")
                         .arg(subject));
            }
            if (round == 1)
                save(QStringLiteral("FACES-1"),
                     QStringLiteral("Does the force use live facial recognition at football "
                                    "matches?"));
            if (round == 3)
                save(QStringLiteral("FACES-2"),
                     QStringLiteral("Please list every deployment of facial recognition vans."));
        }
        Case reference = testsupport::referenceCase();
        QVERIFY(m_store->cases().save(
            CaseRecordMapper::toRecord(reference, WorkingDayCalendar::builtIn()),
            QStringLiteral("Jo Officer")));
    }

    void cleanupTestCase() { m_store.reset(); }

    void referenceRequestFindsTheEarlierFacialRecognitionCasesFirst()
    {
        auto similar = m_store->search().similarTo(QStringLiteral("13457_18"), 5);
        QVERIFY(similar);
        QVERIFY(similar->size() >= 2);
        QStringList firstTwo{similar->at(0).reference, similar->at(1).reference};
        firstTwo.sort();
        QCOMPARE(firstTwo, (QStringList{QStringLiteral("FACES-1"), QStringLiteral("FACES-2")}));
    }

    void aRequestWhoseWordsNoEarlierCaseUsesHasNoSimilarCases()
    {
        auto similar = m_store->search().similarTo(QStringLiteral("OTHER-0-0"), 5);
        QVERIFY(similar);
        QVERIFY(similar->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimilarRequests)
#include "tst_similar_requests.moc"
