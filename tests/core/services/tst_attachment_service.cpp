#include "core/services/AttachmentService.h"
#include "core/services/CaseEditingService.h"
#include "core/services/CaseHistory.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"
#include "tests/support/TestStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

// Files attached to a case: copied beside the store under their SHA-256, registered and audited;
// handed out only while the copy still matches its hash; removed with the audit trail.
class TestAttachmentService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void addOpenAndRemoveAreAudited()
    {
        const QString storePath = m_dir.filePath(QStringLiteral("cases.foistore"));
        auto store = testsupport::TestStore::create(m_dir.path(), foi::core::Clock::system());
        QVERIFY(store);
        CaseEditingService cases(*store, *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
                                 WorkingDayCalendar::builtIn());
        cases.setOfficer(QStringLiteral("Jo Officer"));
        auto theCase = cases.logNewRequest(QDate(2026, 11, 20), Authority{});
        QVERIFY(theCase);
        const QString folder = AttachmentService::contentFolderFor(storePath);
        QCOMPARE(folder, m_dir.filePath(QStringLiteral("cases-attachments")));
        AttachmentService attachments(*store, folder);

        const QString letter = writeFile(QStringLiteral("request.txt"), "Please send the policy.");
        auto added = attachments.add(theCase->reference, letter, AttachmentKind::RequestAsReceived,
                                     QStringLiteral("Jo Officer"));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added->fileName, QStringLiteral("request.txt"));
        QCOMPARE(added->kind, AttachmentKind::RequestAsReceived);
        QCOMPARE(added->mediaType, QStringLiteral("text/plain"));
        // The officer's own file may move or change later: the case keeps its own copy.
        QFile::remove(letter);
        auto listed = attachments.attachmentsOf(theCase->reference);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        auto path = attachments.contentPath(listed->at(0));
        QVERIFY2(path, qPrintable(path ? QString() : path.error().message));
        QFile kept(*path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("Please send the policy."));
        kept.close();
        QCOMPARE(listed->at(0).kind, AttachmentKind::RequestAsReceived);

        // The officer corrects what the file is: audited, once; the same kind again is no change.
        QVERIFY(attachments.setKind(listed->at(0), AttachmentKind::Correspondence,
                                    QStringLiteral("Sam Officer")));
        const qint64 headAfterKind = store->audit().head()->seq;
        QVERIFY(attachments.setKind(listed->at(0), AttachmentKind::Correspondence,
                                    QStringLiteral("Sam Officer")));
        QCOMPARE(store->audit().head()->seq, headAfterKind);
        listed = attachments.attachmentsOf(theCase->reference);
        QCOMPARE(listed->at(0).kind, AttachmentKind::Correspondence);

        QVERIFY(attachments.remove(listed->at(0), QStringLiteral("Jo Officer")));
        QVERIFY(attachments.attachmentsOf(theCase->reference)->isEmpty());
        QVERIFY(!QFile::exists(*path));
        QVERIFY(!attachments.remove(listed->at(0), QStringLiteral("Jo Officer"))); // gone already
        auto history = CaseHistory(store->audit()).of(theCase->reference);
        QVERIFY(history);
        QCOMPARE(history->at(0).change,
                 QStringLiteral("Removed the attachment \u201crequest.txt\u201d"));
        QCOMPARE(history->at(1).change,
                 QStringLiteral("Marked the attachment \u201crequest.txt\u201d as correspondence "
                                "(it was the request as received)"));
        QCOMPARE(history->at(1).officer, QStringLiteral("Sam Officer"));
        QCOMPARE(history->at(2).change,
                 QStringLiteral("Attached \u201crequest.txt\u201d as the request as received"));
        QVERIFY(store->verify()->intact);
    }

    void anAlteredOrMissingCopyIsRefusedWithAWayOut()
    {
        const QString storePath = m_dir.filePath(QStringLiteral("altered.foistore"));
        auto store = testsupport::TestStore::create(m_dir.path(), foi::core::Clock::system());
        QVERIFY(store);
        CaseEditingService cases(*store, *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
                                 WorkingDayCalendar::builtIn());
        cases.setOfficer(QStringLiteral("Jo Officer"));
        auto theCase = cases.logNewRequest(QDate(2026, 11, 20), Authority{});
        AttachmentService attachments(*store, AttachmentService::contentFolderFor(storePath));
        auto added = attachments.add(theCase->reference,
                                     writeFile(QStringLiteral("evidence.csv"), "a,b\n1,2\n"),
                                     AttachmentKind::SearchEvidence, QStringLiteral("Jo Officer"));
        QVERIFY(added);
        const QString path = *attachments.contentPath(*added);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("tampered");
        file.close();
        auto refused = attachments.contentPath(*added);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("altered")));
        QFile::remove(path);
        QVERIFY(
            attachments.contentPath(*added).error().message.contains(QStringLiteral("missing")));

        auto unreadable =
            attachments.add(theCase->reference, m_dir.filePath(QStringLiteral("nope")),
                            AttachmentKind::Other, QStringLiteral("Jo Officer"));
        QVERIFY(!unreadable);
        QVERIFY(unreadable.error().message.contains(QStringLiteral("cannot be read")));
        auto noCase =
            attachments.add(QStringLiteral("no-such-case"), writeFile(QStringLiteral("x.txt"), "x"),
                            AttachmentKind::Other, QStringLiteral("Jo Officer"));
        QVERIFY(!noCase);
        // A kind for an attachment that is no longer there is refused with a way out.
        Attachment gone = *added;
        gone.id = 999;
        const Status refusedKind =
            attachments.setKind(gone, AttachmentKind::Correspondence, QStringLiteral("Jo Officer"));
        QVERIFY(!refusedKind);
        QVERIFY(refusedKind.error().message.contains(QStringLiteral("no such attachment")));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentService)
#include "tst_attachment_service.moc"
