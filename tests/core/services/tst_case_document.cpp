#include "core/services/CaseDocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace foi::core;

namespace {

void setRequester(CaseDocument &document, const QString &name)
{
    document.edit(
        QStringLiteral("Edit requester's name"), [name](Case &c) { c.requester.name = name; },
        QStringLiteral("requester.name"));
}

} // namespace

class TestCaseDocument : public QObject
{
    Q_OBJECT
private slots:
    // Issue 24: a reply sent is a fact, so the undo history ends at the send.
    void sealingEndsTheUndoHistory()
    {
        CaseDocument document;
        setRequester(document, QStringLiteral("A"));
        document.endMerge();
        document.edit(QStringLiteral("Record the reply as sent"),
                      [](Case &c) { c.reply.sentOn = QDate(2026, 12, 7); });
        document.undo();
        document.redo();
        QSignalSpy history(&document, &CaseDocument::historyChanged);
        document.seal();
        QCOMPARE(history.count(), 1);
        QVERIFY(!document.canUndo());
        QVERIFY(!document.canRedo());
        document.undo();
        QCOMPARE(document.current().reply.sentOn, QDate(2026, 12, 7));
        QCOMPARE(document.current().requester.name, QStringLiteral("A"));
        // Later edits are undoable again, but only back to the seal.
        setRequester(document, QStringLiteral("B"));
        document.undo();
        QCOMPARE(document.current().requester.name, QStringLiteral("A"));
        QVERIFY(!document.canUndo());
    }

    // Issue 24: once a letter is sent the decision is locked; an edit that changes it is
    // refused and says why, while an amendment unlocks it.
    void aLockedDecisionRefusesEditsUntilAmended()
    {
        CaseDocument document;
        Case sent;
        sent.reference = QStringLiteral("R-1");
        sent.requestText = QStringLiteral("1. Drones?");
        sent.reply.sent = {SentLetter{1, QDate(2026, 12, 1), QStringLiteral("ab"), false, {}}};
        document.reset(sent);
        int refused = 0;
        QString message;
        connect(&document, &CaseDocument::editRefused, this, [&](const Error &error) {
            ++refused;
            message = error.message;
        });
        QSignalSpy changed(&document, &CaseDocument::changed);
        document.edit(QStringLiteral("Edit request text"),
                      [](Case &c) { c.requestText = QStringLiteral("Changed"); });
        QCOMPARE(refused, 1);
        QVERIFY2(message.contains(QStringLiteral("Amend after sending")), qPrintable(message));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(document.current().requestText, QStringLiteral("1. Drones?"));
        QVERIFY(!document.canUndo());

        document.edit(QStringLiteral("Amend after sending"), [](Case &c) {
            c.reply.amendments.append(Amendment{
                QDate(2026, 12, 2), QStringLiteral("O"), QStringLiteral("Why"), 1, 0, {}});
        });
        document.edit(QStringLiteral("Edit request text"),
                      [](Case &c) { c.requestText = QStringLiteral("Changed"); });
        QCOMPARE(refused, 1);
        QCOMPARE(document.current().requestText, QStringLiteral("Changed"));
    }

    void anEditChangesTheCaseAndCanBeUndoneAndRedone()
    {
        CaseDocument document;
        QSignalSpy changed(&document, &CaseDocument::changed);
        document.edit(QStringLiteral("Edit request text"),
                      [](Case &c) { c.requestText = QStringLiteral("1. Drones?"); });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(document.current().requestText, QStringLiteral("1. Drones?"));
        QCOMPARE(document.undoText(), QStringLiteral("Edit request text"));
        document.undo();
        QVERIFY(document.current().requestText.isEmpty());
        QVERIFY(document.canRedo());
        document.redo();
        QCOMPARE(document.current().requestText, QStringLiteral("1. Drones?"));
        QCOMPARE(changed.count(), 3);
    }

    void typingIntoOneFieldIsOneUndoStep()
    {
        CaseDocument document;
        setRequester(document, QStringLiteral("A"));
        setRequester(document, QStringLiteral("A."));
        setRequester(document, QStringLiteral("A. R"));
        document.undo();
        QVERIFY(document.current().requester.name.isEmpty());
        QVERIFY(!document.canUndo());
    }

    void endMergeStartsANewStep()
    {
        CaseDocument document;
        setRequester(document, QStringLiteral("A"));
        document.endMerge();
        setRequester(document, QStringLiteral("A. R"));
        document.undo();
        QCOMPARE(document.current().requester.name, QStringLiteral("A"));
    }

    void anEditThatChangesNothingIsNotAStep()
    {
        CaseDocument document;
        QSignalSpy changed(&document, &CaseDocument::changed);
        document.edit(QStringLiteral("Nothing"), [](Case &) {});
        QCOMPARE(changed.count(), 0);
        QVERIFY(!document.canUndo());
        QCOMPARE(document.revision(), quint64(0));
    }

    void aNewEditClearsRedoAndResetForgetsHistory()
    {
        CaseDocument document;
        setRequester(document, QStringLiteral("A"));
        document.undo();
        document.edit(QStringLiteral("Edit request text"),
                      [](Case &c) { c.requestText = QStringLiteral("x"); });
        QVERIFY(!document.canRedo());
        QSignalSpy replaced(&document, &CaseDocument::replaced);
        Case other;
        other.reference = QStringLiteral("1_26");
        document.reset(other);
        QCOMPARE(replaced.count(), 1);
        QVERIFY(!document.canUndo());
        QCOMPARE(document.current().reference, QStringLiteral("1_26"));
    }

    void theHistoryIsBounded()
    {
        CaseDocument document;
        for (int i = 0; i < CaseDocument::undoLimit + 10; ++i)
            document.edit(QStringLiteral("Edit"),
                          [i](Case &c) { c.requestText = QString::number(i); });
        int steps = 0;
        while (document.canUndo()) {
            document.undo();
            ++steps;
        }
        QCOMPARE(steps, CaseDocument::undoLimit);
    }
};

QTEST_GUILESS_MAIN(TestCaseDocument)
#include "tst_case_document.moc"
