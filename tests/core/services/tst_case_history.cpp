#include "tests/support/ReferenceCase.h"

#include "core/law/WorkingDayCalendar.h"
#include "core/model/CaseFile.h"
#include "core/services/CaseChangeDescriber.h"
#include "core/services/CaseEditingService.h"
#include "core/services/CaseHistory.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"
#include "tests/support/TestStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

// A case's history in plain words: who changed what, read from the audit trail.
class TestCaseHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::TestStore> m_store;
    QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(14, 5), Qt::UTC);

    // A case as the store keeps it, A-1, logged straight into the store.
    static CaseRecord storeRecord()
    {
        CaseRecord record;
        record.reference = QStringLiteral("A-1");
        record.regime = QStringLiteral("FOIA");
        record.dateReceived = QDate(2026, 11, 20);
        record.status = QStringLiteral("open");
        record.outcome = QStringLiteral("in-progress");
        record.document = CaseFile::write(testsupport::referenceCase());
        return record;
    }

    static QJsonObject json(const Case &theCase)
    {
        return QJsonDocument::fromJson(CaseFile::write(theCase)).object();
    }

private slots:
    void init()
    {
        CaseStore::Options options = testsupport::storeOptions();
        options.clock = [this] {
            return m_now;
        };
        m_store = testsupport::TestStore::create(m_dir.path(), options.clock);
        QVERIFY(m_store);
    }

    void describerNamesEachChangedPart()
    {
        const Case before = testsupport::referenceCase();
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
        const Case before = testsupport::referenceCase();
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
        const Case before = testsupport::referenceCase();
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

    // Issue 20 point 3: a manager's allocation, reallocation and taking back are in the case's
    // history in words, with who did it.
    void historyNamesWhoAllocatedTheCaseToWhom()
    {
        QVERIFY(m_store->cases().save(storeRecord(), QStringLiteral("jo")));
        for (const QString &to : {QStringLiteral("sam"), QStringLiteral("alex"), QString()}) {
            m_now = m_now.addSecs(60);
            QVERIFY(m_store->cases().allocate(QStringLiteral("A-1"), to, QStringLiteral("jo")));
        }
        auto history = CaseHistory(m_store->audit()).of(QStringLiteral("A-1"));
        QVERIFY2(history, history ? "" : qPrintable(history.error().message));
        QCOMPARE(history->size(), 4); // newest first
        QCOMPARE(history->at(3).change, QStringLiteral("Logged the request"));
        QCOMPARE(history->at(2).change, QStringLiteral("Allocated the case to sam"));
        QCOMPARE(history->at(2).officer, QStringLiteral("jo"));
        QCOMPARE(history->at(1).change, QStringLiteral("Reallocated the case from sam to alex"));
        QCOMPARE(history->at(0).change,
                 QStringLiteral("Took the case back from alex: it is unallocated"));
    }

    // Issue 24, point 11: each value changed is shown as it was and as it is now, in plain
    // words, long text cut around the change.
    void historyShowsEachValueBeforeAndAfter()
    {
        const Case before = testsupport::referenceCase();
        Case after = before;
        after.requester.email = QStringLiteral("jo.bloggs@example.org");
        after.questions[0].determination.holding = Holding::Held; // it was not held
        after.claims[0].reason.replace(QStringLiteral("hostile actors"),
                                       QStringLiteral("criminals"));
        const QStringList lines = CaseHistory::details(json(before), json(after));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("The requester's email: was \u201Crequester@example."
                                             "org\u201D, now \u201Cjo.bloggs@example.org\u201D"));
        QCOMPARE(lines.at(1), QStringLiteral("Whether %1 is held: was \u201Cnot held\u201D, now "
                                             "\u201Cheld\u201D")
                                  .arg(before.questions[0].id));
        // The reason is long: each side is the words around the change, not the paragraph.
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("The reason for s24(2): was \u201C\u2026")),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).contains(QStringLiteral("tell hostile actors where")),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).contains(QStringLiteral("tell criminals where")),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).size() < 260, qPrintable(lines.at(2)));
        QVERIFY(!lines.at(2).contains(QStringLiteral("Whether the force holds")));
        // A value emptied reads "blank".
        Case emptied = before;
        emptied.ncndHarm.clear();
        QVERIFY2(CaseHistory::details(json(before), json(emptied))
                     .value(0)
                     .endsWith(QStringLiteral(", now blank")),
                 qPrintable(CaseHistory::details(json(before), json(emptied)).value(0)));
    }

    void excerptsKeepTheWordsAroundTheDifference()
    {
        const QString start = QStringLiteral("Please tell me how many drones the force owns, ");
        const QString end = QStringLiteral(" and what each cost to buy and to run in 2024 and in "
                                           "2025, with the make and model of each one.");
        const auto [was, now] =
            CaseChangeDescriber::excerpts(start + QStringLiteral("flies over the city") + end,
                                          start + QStringLiteral("flies over the town") + end, 60);
        QVERIFY2(was.startsWith(QStringLiteral("\u2026")) && was.endsWith(QStringLiteral("\u2026")),
                 qPrintable(was));
        QVERIFY2(was.contains(QStringLiteral("over the city and")), qPrintable(was));
        QVERIFY2(now.contains(QStringLiteral("over the town and")), qPrintable(now));
        QVERIFY(was.size() < 90 && now.size() < 90);
        const auto [shortWas, shortNow] =
            CaseChangeDescriber::excerpts(QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(shortWas, QStringLiteral("a"));
        QCOMPARE(shortNow, QStringLiteral("b"));
    }

    // Issue 24, point 11: the autosave keeps each pause in typing, so one edit of one field is
    // several saves a few seconds apart; the history shows them as one line, from the value
    // before the first to the value after the last. Another officer, a longer pause or another
    // field starts a new line; the audit trail keeps every save.
    void aQuickRunOfSavesToOneFieldIsOneLine()
    {
        CaseEditingService cases(*m_store,
                                 *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
                                 WorkingDayCalendar::builtIn());
        cases.setOfficer(QStringLiteral("Jo Officer"));
        auto logged = cases.logNewRequest(QDate(2026, 11, 20), Authority{});
        QVERIFY(logged);
        Case theCase = *logged;
        const QDateTime start = m_now;
        for (const char *typed : {"Drones", "Drones owned", "Drones owned by",
                                  "Drones owned by the", "Drones owned by the force"}) {
            m_now = m_now.addSecs(2);
            theCase.requestText = QString::fromLatin1(typed);
            QVERIFY(cases.save(theCase));
        }
        m_now = m_now.addSecs(3); // another field, straight after
        theCase.requester.name = QStringLiteral("Jo Bloggs");
        QVERIFY(cases.save(theCase));
        m_now = m_now.addSecs(2);
        cases.setOfficer(QStringLiteral("Sam Senior")); // another officer
        theCase.requester.name = QStringLiteral("Jo Bloggs QC");
        QVERIFY(cases.save(theCase));
        m_now = m_now.addSecs(600); // a longer pause
        theCase.requester.name = QStringLiteral("Joanna Bloggs QC");
        QVERIFY(cases.save(theCase));

        auto history = CaseHistory(m_store->audit()).of(theCase.reference);
        QVERIFY(history);
        QCOMPARE(history->size(), 5);
        QCOMPARE(history->at(0).change, QStringLiteral("Changed the requester's details"));
        QCOMPARE(history->at(0).details,
                 QStringList{QStringLiteral("The requester's name: was \u201CJo Bloggs QC\u201D, "
                                            "now \u201CJoanna Bloggs QC\u201D")});
        QCOMPARE(history->at(1).officer, QStringLiteral("Sam Senior"));
        QCOMPARE(history->at(1).saves, 1);
        QCOMPARE(history->at(2).officer, QStringLiteral("Jo Officer"));
        QCOMPARE(history->at(2).details,
                 QStringList{QStringLiteral("The requester's name: was blank, now \u201CJo "
                                            "Bloggs\u201D")});
        const CaseHistoryEntry &typing = history->at(3);
        QCOMPARE(typing.change, QStringLiteral("Changed the request text"));
        QCOMPARE(typing.saves, 5);
        QCOMPARE(typing.details, QStringList{QStringLiteral("The request text: was blank, now "
                                                            "\u201CDrones owned by the "
                                                            "force\u201D")});
        QCOMPARE(typing.recordedAt, start.addSecs(10)); // the last save's
        QCOMPARE(history->at(4).change, QStringLiteral("Logged the request"));
        // Merged for reading only: one audit row per save.
        QCOMPARE(m_store->audit().head()->seq, 9);
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
#include "tst_case_history.moc"
