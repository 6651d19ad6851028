#include "core/model/CaseFile.h"
#include "tests/support/ReferenceCase.h"

#include "core/services/AttachmentService.h"
#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseEditingService.h"
#include "core/services/CaseHistory.h"
#include "core/services/SearchEvidence.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"
#include "tests/support/TestStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

// Evidence cited by a question's searches: cited and withdrawn as undoable edits of the open
// case, saved and told in the case's history, and never left citing a file the case lost.
class TestSearchEvidence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::TestStore> m_store;
    std::unique_ptr<CaseEditingService> m_cases;
    std::unique_ptr<AttachmentService> m_attachments;
    Case m_case;

    Attachment attach(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        file.write(bytes);
        file.close();
        auto added = m_attachments->add(m_case.reference, file.fileName(),
                                        AttachmentKind::SearchEvidence, QStringLiteral("Jo"));
        if (!added)
            qFatal("cannot attach: %s", qPrintable(added.error().message));
        return *added;
    }

private slots:
    void init()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("e%1.foistore").arg(++n));
        m_store = testsupport::TestStore::create(m_dir.path(), foi::core::Clock::system());
        QVERIFY(m_store);
        m_cases = std::make_unique<CaseEditingService>(
            *m_store, *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
            WorkingDayCalendar::builtIn());
        m_cases->setOfficer(QStringLiteral("Jo Officer"));
        m_attachments = std::make_unique<AttachmentService>(
            *m_store, AttachmentService::contentFolderFor(path));
        m_case = testsupport::referenceCase();
        // Q3 not held too, searched in two places.
        Determination &q3 = m_case.questions[2].determination;
        q3.holding = Holding::NotHeld;
        q3.searches = {SearchRecord{QStringLiteral("ANPR system"), {}, {}, {}, {}},
                       SearchRecord{QStringLiteral("Procurement files"), {}, {}, {}, {}}};
        QVERIFY(m_cases->save(m_case));
    }

    void citingIsAnEditThatUndoesAndRedoes()
    {
        const Attachment screenshot = attach(QStringLiteral("anpr-search.png"), "png bytes");
        CaseDocument document;
        document.reset(m_case);
        QVERIFY(SearchEvidence::cite(document, 2, 0, screenshot));
        QCOMPARE(document.undoText(),
                 QStringLiteral("Cite search evidence \u2018anpr-search.png\u2019 for Q3"));
        const SearchRecord &search =
            document.current().questions.at(2).determination.searches.at(0);
        QCOMPARE(search.evidence,
                 (QList<EvidenceCitation>{{screenshot.sha256, QStringLiteral("anpr-search.png")}}));
        QCOMPARE(document.current().questionsCitingEvidence(screenshot.sha256),
                 QStringList{QStringLiteral("Q3")});
        // The same file again for the same search changes nothing; for another search it cites.
        QVERIFY(!SearchEvidence::cite(document, 2, 0, screenshot));
        QVERIFY(!SearchEvidence::cite(document, 2, 5, screenshot)); // no such search
        QVERIFY(SearchEvidence::cite(document, 2, 1, screenshot));

        document.undo();
        document.undo();
        QVERIFY(document.current() == m_case);
        document.redo();
        QCOMPARE(document.current().questions.at(2).determination.searches.at(0).evidence.size(),
                 1);

        SearchEvidence::withdraw(document, 2, 0, screenshot.sha256);
        QCOMPARE(document.undoText(),
                 QStringLiteral("Withdraw search evidence \u2018anpr-search.png\u2019 from Q3"));
        QVERIFY(document.current() == m_case);
        // Withdrawing leaves the attachment where it was.
        QCOMPARE(m_attachments->attachmentsOf(m_case.reference)->size(), 1);
        document.undo();
        QCOMPARE(document.current().questions.at(2).determination.searches.at(0).evidence.size(),
                 1);
    }

    void historyTellsWhatWasCitedAndWithdrawn()
    {
        const Attachment screenshot = attach(QStringLiteral("anpr-search.png"), "png bytes");
        CaseDocument document;
        document.reset(m_case);
        CaseAutosaver autosaver(document, *m_cases, 60000);
        autosaver.markSaved();
        QVERIFY(SearchEvidence::cite(document, 2, 0, screenshot));
        autosaver.flush();
        QVERIFY(autosaver.isSaved());
        SearchEvidence::withdraw(document, 2, 0, screenshot.sha256);
        document.edit(QStringLiteral("Edit"), [](Case &c) {
            c.questions[2].determination.answer = QStringLiteral("No record found.");
        });
        autosaver.flush();

        auto history = CaseHistory(m_store->audit()).of(m_case.reference);
        QVERIFY(history);
        QCOMPARE(history->at(0).change,
                 QStringLiteral("Changed the answer to Q3; withdrew search evidence "
                                "\u2018anpr-search.png\u2019 from Q3"));
        QCOMPARE(history->at(1).change,
                 QStringLiteral("Cited search evidence \u2018anpr-search.png\u2019 for Q3"));
        QCOMPARE(history->at(1).officer, QStringLiteral("Jo Officer"));
        // The stored case reads back with its citation, as format version 2.
        auto reopened = m_cases->open(m_case.reference);
        QVERIFY(reopened);
        QVERIFY(reopened->questions.at(2).determination.searches.at(0).evidence.isEmpty());
    }

    void aCitedFileIsNotRemovedAndTheQuestionsAreNamed()
    {
        const Attachment screenshot = attach(QStringLiteral("anpr-search.png"), "png bytes");
        const Attachment other = attach(QStringLiteral("unrelated.txt"), "other bytes");
        Case cited = m_case;
        cited.questions[0].determination.searches[0].evidence.append(
            {screenshot.sha256, screenshot.fileName});
        cited.questions[2].determination.searches[1].evidence.append(
            {screenshot.sha256, screenshot.fileName});
        QVERIFY(m_cases->save(cited));

        const Status refused = m_attachments->remove(screenshot, QStringLiteral("Jo"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("attachment.cited"));
        QCOMPARE(refused.error().message,
                 QStringLiteral("\u2018anpr-search.png\u2019 was not removed: the searches for Q1 "
                                "and Q3 cite it as evidence. Withdraw it from each of those "
                                "questions on the Held? step first (a \u201cnot held\u201d answer "
                                "may rest on it), then remove the file."));
        QCOMPARE(m_attachments->attachmentsOf(m_case.reference)->size(), 2);
        QVERIFY(m_attachments->contentPath(screenshot)); // the copy is kept too
        // A file nobody cites goes as before.
        QVERIFY(m_attachments->remove(other, QStringLiteral("Jo")));

        // The same content attached twice: one copy may go, the citation still finds the other.
        QFile::copy(m_dir.filePath(QStringLiteral("anpr-search.png")),
                    m_dir.filePath(QStringLiteral("anpr-copy.png")));
        QFile copyFile(m_dir.filePath(QStringLiteral("anpr-copy.png")));
        auto copy = m_attachments->add(m_case.reference, copyFile.fileName(),
                                       AttachmentKind::SearchEvidence, QStringLiteral("Jo"));
        QVERIFY(copy);
        QVERIFY(m_attachments->remove(screenshot, QStringLiteral("Jo")));
        auto left = m_attachments->attachmentsOf(m_case.reference);
        QVERIFY(left);
        const auto found = SearchEvidence::find(
            cited.questions[0].determination.searches[0].evidence.at(0), *left);
        QVERIFY(found);
        QCOMPARE(found->fileName, QStringLiteral("anpr-copy.png"));
        QVERIFY(!m_attachments->remove(*copy, QStringLiteral("Jo")));

        // Once withdrawn everywhere, the file may go.
        cited.questions[0].determination.searches[0].evidence.clear();
        cited.questions[2].determination.searches[1].evidence.clear();
        QVERIFY(m_cases->save(cited));
        QVERIFY(m_attachments->remove(*copy, QStringLiteral("Jo")));
    }

    void aCitationWhoseFileIsNotInTheStoreStillReads()
    {
        Case imported = m_case;
        const EvidenceCitation elsewhere{QString(64, u'e'), QStringLiteral("anpr-search.png")};
        imported.questions[2].determination.searches[0].evidence.append(elsewhere);
        auto read = CaseFile::read(CaseFile::write(imported));
        QVERIFY(read);
        QVERIFY(*read == imported);
        QVERIFY(!SearchEvidence::find(elsewhere, *m_attachments->attachmentsOf(m_case.reference)));
        QCOMPARE(SearchEvidence::notInThisStore(elsewhere),
                 QStringLiteral("\u2018anpr-search.png\u2019 is not in this store (SHA-256 "
                                "eeeeeeeeeeee\u2026). Attach the file to this case again as search "
                                "evidence: it is recognised by its content and the citation is "
                                "whole again."));
    }
};

QTEST_GUILESS_MAIN(TestSearchEvidence)
#include "tst_search_evidence.moc"
