#include "services/CaseDocument.h"

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
