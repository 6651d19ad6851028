#include "ServiceTestSupport.h"

#include "model/CaseFile.h"
#include "services/CaseChangeDescriber.h"
#include "services/CaseEditingService.h"
#include "services/CaseHistory.h"
#include "store/CaseStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace foi::core;

// A case's history in plain words: who changed what, read from the audit trail.
class TestCaseHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(14, 5), Qt::UTC);

    static QJsonObject json(const Case &theCase)
    {
        return QJsonDocument::fromJson(CaseFile::write(theCase)).object();
    }

private slots:
    void init()
    {
        static int n = 0;
        CaseStore::Options options;
        options.clock = [this] {
            return m_now;
        };
        auto store = CaseStore::open(m_dir.filePath(QStringLiteral("h%1.foistore").arg(++n)),
                                     CaseStore::OpenMode::CreateIfMissing, options);
        QVERIFY(store);
        m_store = std::move(store).value();
    }

    void describerNamesEachChangedPart()
    {
        const Case before = servicetest::referenceCase();
        Case after = before;
        after.requestText += QStringLiteral(" More.");
        after.questions[1].determination.holding = Holding::NotHeld;
        after.questions[2].text = QStringLiteral("Reworded");
        const QStringList phrases = CaseChangeDescriber::describe(json(before), json(after));
        QCOMPARE(phrases,
                 (QStringList{QStringLiteral("the request text"),
                              QStringLiteral("whether %1 is held").arg(before.questions[1].id),
                              QStringLiteral("the wording of %1").arg(before.questions[2].id)}));
        QCOMPARE(CaseChangeDescriber::joinPhrases(phrases),
                 QStringLiteral("the request text, whether %1 is held and the wording of %2")
                     .arg(before.questions[1].id, before.questions[2].id));
    }

    void describerSeesAddedRemovedAndReorderedQuestions()
    {
        const Case before = servicetest::referenceCase();
        Case after = before;
        after.questions.swapItemsAt(0, 1);
        QCOMPARE(CaseChangeDescriber::describe(json(before), json(after)),
                 QStringList{QStringLiteral("the order of the questions")});
        after = before;
        const QString removed = after.questions.takeLast().id;
        Question added;
        added.id = QStringLiteral("Q99");
        added.text = QStringLiteral("New");
        after.questions.append(added);
        QCOMPARE(CaseChangeDescriber::describe(json(before), json(after)),
                 (QStringList{QStringLiteral("added question Q99"),
                              QStringLiteral("removed question %1").arg(removed)}));
    }

    void describerNamesClaimsByProvision()
    {
        const Case before = servicetest::referenceCase();
        QVERIFY(!before.claims.isEmpty());
        Case after = before;
        after.claims.removeLast();
        const QString provision = before.claims.constLast().provision;
        QCOMPARE(CaseChangeDescriber::describe(json(before), json(after)),
                 QStringList{QStringLiteral("removed the claim under %1").arg(provision)});
    }

    void historyTellsWhoChangedWhatAndWhen()
    {
        CaseEditingService cases(*m_store,
                                 *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
                                 WorkingDayCalendar::builtIn());
        cases.setOfficer(QStringLiteral("Jo Officer"));
        auto logged = cases.logNewRequest(QDate(2026, 11, 20), Authority{});
        QVERIFY(logged);
        Case theCase = *logged;
        theCase.requestText = QStringLiteral("Please send the policy.");
        m_now = m_now.addSecs(60);
        cases.setOfficer(QStringLiteral("Sam Reviewer"));
        QVERIFY(cases.save(theCase));
        m_now = m_now.addSecs(60);
        QVERIFY(m_store->attachments().add(
            theCase.reference, QStringLiteral("request.eml"), QStringLiteral("message/rfc822"),
            "body", AttachmentKind::RequestAsReceived, QStringLiteral("Sam Reviewer")));

        auto history = CaseHistory(m_store->audit()).of(theCase.reference);
        QVERIFY2(history, history ? "" : qPrintable(history.error().message));
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).change,
                 QStringLiteral("Attached \u201crequest.eml\u201d as the request as received"));
        QCOMPARE(history->at(1).change, QStringLiteral("Changed the request text"));
        QCOMPARE(history->at(1).officer, QStringLiteral("Sam Reviewer"));
        QCOMPARE(history->at(1).recordedAt, QDateTime(QDate(2026, 11, 26), QTime(14, 6), Qt::UTC));
        QCOMPARE(history->at(2).change, QStringLiteral("Logged the request"));
        QCOMPARE(history->at(2).officer, QStringLiteral("Jo Officer"));
    }

    void historyOfAnotherCaseIsSeparate()
    {
        CaseEditingService cases(*m_store,
                                 *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
                                 WorkingDayCalendar::builtIn());
        cases.setOfficer(QStringLiteral("Jo Officer"));
        auto first = cases.logNewRequest(QDate(2026, 11, 20), Authority{});
        auto second = cases.logNewRequest(QDate(2026, 11, 20), Authority{});
        QVERIFY(first && second);
        auto history = CaseHistory(m_store->audit()).of(first->reference);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QVERIFY(CaseHistory(m_store->audit()).of(QStringLiteral("no-such-case"))->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseHistory)
#include "tst_casehistory.moc"
