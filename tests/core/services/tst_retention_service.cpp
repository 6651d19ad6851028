#include "tests/support/ReferenceCase.h"

#include "core/services/AttachmentService.h"
#include "core/services/CaseHistory.h"
#include "core/services/CaseImportService.h"
#include "core/services/RetentionService.h"
#include "core/store/CaseStore.h"
#include "core/support/StoreErrorCode.h"
#include "tests/support/StoreOptions.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

// The retention policy: requesters of cases closed long enough ago are erased from the case,
// its history, its sent replies, the search index, the file and the next backup, while the
// decision stays and the audit trail stays intact; never while a case is on hold.
class TestRetentionService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<CaseStore> m_store;
    const QString name = QStringLiteral("Zebedee Quixley");
    const QString email = QStringLiteral("zebedee.quixley@example.net");

    void importCase(const QString &reference, const QDate &sentOn, const QString &requester)
    {
        Case theCase = testsupport::referenceCase();
        theCase.reference = reference;
        theCase.reply.sentOn = sentOn;
        theCase.requester.name = requester;
        theCase.requester.email = requester == name ? email : QStringLiteral("other@example.org");
        const QString path = testsupport::writeCaseFile(
            m_dir.filePath(reference + QStringLiteral(".json")), theCase);
        auto report = CaseImportService(*m_store, WorkingDayCalendar::builtIn())
                          .importFiles({path}, QStringLiteral("Jo Officer"));
        QVERIFY(report && report->ok());
    }

    QByteArray storeBytes() const
    {
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_file + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

    // A file to attach, written in its own folder so that names never clash.
    QString writeFile(const QString &folder, const QString &fileName, const QByteArray &bytes) const
    {
        QDir(m_dir.path()).mkpath(folder);
        const QString path = QDir(m_dir.filePath(folder)).filePath(fileName);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void init()
    {
        static int n = 0;
        m_file = m_dir.filePath(QStringLiteral("retention-%1.foistore").arg(++n));
        auto store = CaseStore::open(m_file, CaseStore::OpenMode::CreateIfMissing,
                                     testsupport::storeOptions());
        QVERIFY(store);
        m_store = std::move(store).value();
        importCase(QStringLiteral("OLD-1"), QDate(2018, 6, 8), name);
        importCase(QStringLiteral("NEW-1"), QDate(2025, 6, 8), QStringLiteral("Recent Person"));
        // A second version of the old case, so its history holds the name twice.
        Case changed = testsupport::referenceCase();
        changed.reference = QStringLiteral("OLD-1");
        changed.reply.sentOn = QDate(2018, 6, 8);
        changed.requester.name = name;
        changed.requester.email = email;
        changed.ncndHarm = QStringLiteral("Revised harm statement.");
        const QString path =
            testsupport::writeCaseFile(m_dir.filePath(QStringLiteral("old-v2.json")), changed);
        QVERIFY(CaseImportService(*m_store, WorkingDayCalendar::builtIn())
                    .importFiles({path}, QStringLiteral("Jo Officer")));
        QVERIFY(m_store->replies().record(QStringLiteral("OLD-1"),
                                          QStringLiteral("Dear %1, ...").arg(name).toUtf8(),
                                          QStringLiteral("reply.txt"), QStringLiteral("text/plain"),
                                          QStringLiteral("Jo Officer")));
    }

    void cleanup() { m_store.reset(); }

    void requesterOfAnOldClosedCaseIsErasedEverywhereAndTheDecisionKept()
    {
        QCOMPARE(m_store->cases().load(QStringLiteral("OLD-1"))->record.requesterName, name);
        // The keys the aggregation lookup finds the requester by go with the rest.
        const auto findByEmail = [this] {
            return m_store->cases()
                .receivedWithRequesterKey(QStringLiteral("email:") + email, QDate(2000, 1, 1),
                                          QDate(2099, 12, 31), 10)
                ->size();
        };
        QCOMPARE(findByEmail(), 1);
        auto outcome = RetentionService(*m_store, WorkingDayCalendar::builtIn())
                           .eraseExpired(QDate(2026, 3, 1), 6, QStringLiteral("Jo Officer"));
        QVERIFY2(outcome, qPrintable(outcome ? QString()
                                             : outcome.error().message + outcome.error().detail));
        QCOMPARE(outcome->erased, QStringList{QStringLiteral("OLD-1")});
        auto old = m_store->cases().load(QStringLiteral("OLD-1"));
        QVERIFY(old->requesterErased);
        QCOMPARE(old->record.requesterName, QString());
        QVERIFY(!old->record.document.contains(name.toUtf8()));
        QVERIFY(old->record.document.contains("not-held")); // the decision stays
        QCOMPARE(findByEmail(), 0);
        QCOMPARE(m_store->cases()
                     .receivedWithRequesterKey(QStringLiteral("name:recent person"),
                                               QDate(2000, 1, 1), QDate(2099, 12, 31), 10)
                     ->size(),
                 1);
        QCOMPARE(m_store->cases().load(QStringLiteral("NEW-1"))->record.requesterName,
                 QStringLiteral("Recent Person"));
        QCOMPARE(m_store->search().search(QStringLiteral("Quixley"), 5)->size(), 0);
        auto replies = m_store->replies().repliesTo(QStringLiteral("OLD-1"));
        QVERIFY(replies->constFirst().erased);
        QCOMPARE(replies->constFirst().sha256.size(), 64);

        auto report = m_store->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
        const QByteArray bytes = storeBytes();
        QVERIFY(!bytes.contains(name.toUtf8()));
        QVERIFY(!bytes.contains("Quixley"));
        QVERIFY(!bytes.contains(email.toUtf8()));
        QVERIFY(!bytes.contains("quixl")); // nor the search index's (lower-cased, stemmed) tokens
        const QString backup = m_dir.filePath(QStringLiteral("after-erasure.foistore"));
        QVERIFY(m_store->backups().backupTo(backup));
        QFile copy(backup);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const QByteArray backupBytes = copy.readAll();
        QVERIFY(!backupBytes.contains("Quixley"));
        QVERIFY(backupBytes.contains("Recent Person"));
    }

    void erasureIsAuditedWithoutTheErasedData()
    {
        QVERIFY(RetentionService(*m_store, WorkingDayCalendar::builtIn())
                    .eraseCase(QStringLiteral("OLD-1"), QStringLiteral("Jo Officer")));
        const AuditAnchor head = *m_store->audit().head();
        QCOMPARE(head.seq, 5); // three imports, a reply, the erasure
        auto report = m_store->verify({head});
        QVERIFY2(report->intact, qPrintable(report->problem));
        QVERIFY(!storeBytes().contains("Quixley"));
    }

    // The requester's own letters (the request as received, correspondence) go with their
    // details: the register's entries, the names in the trail, and the kept copies, unless another
    // case kept under the policy has the same file. Search evidence stays with the decision.
    void lettersAttachedToAnErasedCaseGoWithTheRequester()
    {
        AttachmentService attachments(*m_store, AttachmentService::contentFolderFor(m_file));
        const auto attach = [&](const QString &reference, const QString &fileName,
                                const QByteArray &bytes, AttachmentKind kind) {
            const QString path = writeFile(reference, fileName, bytes);
            auto added = attachments.add(reference, path, kind, QStringLiteral("Jo Officer"));
            if (!added)
                qFatal("cannot attach %s: %s", qPrintable(fileName),
                       qPrintable(added.error().message));
            return *added;
        };
        const Attachment request =
            attach(QStringLiteral("OLD-1"), QStringLiteral("Email from Zebedee Quixley.eml"),
                   "From: zebedee.quixley@example.net\nPlease tell me...", AttachmentKind::Other);
        // Marked as the request afterwards: its earlier record ("other") names it too.
        QVERIFY(attachments.setKind(request, AttachmentKind::RequestAsReceived,
                                    QStringLiteral("Jo Officer")));
        const Attachment chaser =
            attach(QStringLiteral("OLD-1"), QStringLiteral("Chaser from Z Quixley.txt"),
                   "Any news? Z", AttachmentKind::Correspondence);
        const Attachment evidence = attach(
            QStringLiteral("OLD-1"), QStringLiteral("finance-system-search.csv"),
            "system,terms,hits\nfinance,facial recognition,0\n", AttachmentKind::SearchEvidence);
        // The same chaser, kept by a recent case: its copy must stay.
        attach(QStringLiteral("NEW-1"), QStringLiteral("forwarded chaser.txt"), "Any news? Z",
               AttachmentKind::Correspondence);
        const QString folder = AttachmentService::contentFolderFor(m_file);
        const auto keptCopy = [&folder](const Attachment &a) {
            return QFile::exists(
                QDir(folder).filePath(a.sha256.left(2) + QLatin1Char('/') + a.sha256));
        };
        QVERIFY(keptCopy(request) && keptCopy(chaser) && keptCopy(evidence));

        auto outcome = RetentionService(*m_store, WorkingDayCalendar::builtIn())
                           .eraseExpired(QDate(2026, 3, 1), 6, QStringLiteral("Jo Officer"));
        QVERIFY(outcome);
        QCOMPARE(outcome->erased, QStringList{QStringLiteral("OLD-1")});
        QVERIFY(outcome->copiesLeft.isEmpty());

        auto left = attachments.attachmentsOf(QStringLiteral("OLD-1"));
        QVERIFY(left);
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->constFirst().fileName, QStringLiteral("finance-system-search.csv"));
        QVERIFY(!keptCopy(request));
        QVERIFY(keptCopy(chaser)); // NEW-1 still has it
        QVERIFY(keptCopy(evidence));
        QCOMPARE(attachments.attachmentsOf(QStringLiteral("NEW-1"))->size(), 1);

        // Nothing of the letters' names in the store, its WAL or the next backup; the trail is
        // intact and says, in plain words, that names were erased.
        auto report = m_store->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
        const QByteArray bytes = storeBytes();
        QVERIFY(!bytes.contains("Quixley"));
        QVERIFY(!bytes.contains("Email from"));
        QVERIFY(!bytes.contains("Chaser from"));
        QVERIFY(bytes.contains("finance-system-search.csv"));
        auto history = CaseHistory(m_store->audit()).of(QStringLiteral("OLD-1"));
        QVERIFY(history);
        QStringList told;
        for (const auto &entry : *history)
            told.append(entry.change);
        const QString erased = QStringLiteral("a file whose name was erased with the requester's "
                                              "details");
        QVERIFY2(told.contains(QStringLiteral("Attached %1 as another document").arg(erased)),
                 qPrintable(told.join(u'\n')));
        QVERIFY2(told.contains(QStringLiteral("Marked the attachment %1 as the request as received "
                                              "(it was another document)")
                                   .arg(erased)),
                 qPrintable(told.join(u'\n')));
        QVERIFY2(told.contains(QStringLiteral(
                     "Attached \u201cfinance-system-search.csv\u201d as search evidence")),
                 qPrintable(told.join(u'\n')));
    }

    // A kept copy that cannot be deleted (here a folder stands where the file was) is named for
    // the officer to delete by hand; the store's erasure stands.
    void aCopyThatCannotBeDeletedIsNamed()
    {
        AttachmentService attachments(*m_store, AttachmentService::contentFolderFor(m_file));
        const QString path =
            writeFile(QStringLiteral("letters"), QStringLiteral("stuck-request.eml"),
                      "From: Zebedee Quixley, a letter whose copy is stuck");
        auto added =
            attachments.add(QStringLiteral("OLD-1"), path, AttachmentKind::RequestAsReceived,
                            QStringLiteral("Jo Officer"));
        QVERIFY(added);
        const QString copy =
            QDir(AttachmentService::contentFolderFor(m_file))
                .filePath(added->sha256.left(2) + QLatin1Char('/') + added->sha256);
        QVERIFY(QFile::remove(copy));
        QVERIFY(QDir().mkpath(copy + QStringLiteral("/inside")));

        Status erased = RetentionService(*m_store, WorkingDayCalendar::builtIn())
                            .eraseCase(QStringLiteral("OLD-1"), QStringLiteral("Jo Officer"));
        QVERIFY(!erased);
        QVERIFY2(erased.error().message.contains(QDir::toNativeSeparators(copy)) &&
                     erased.error().message.contains(QStringLiteral("Delete them by hand")),
                 qPrintable(erased.error().message));
        QVERIFY(m_store->cases().load(QStringLiteral("OLD-1"))->requesterErased);
        QVERIFY(attachments.attachmentsOf(QStringLiteral("OLD-1"))->isEmpty());
        QDir(copy).removeRecursively();
    }

    // A case whose requester was erased before letters went with them (an older store) has its
    // letters erased at the next run, audited on their own.
    void lettersLeftOnACaseErasedBeforeGoAtTheNextRun()
    {
        QVERIFY(RetentionService(*m_store, WorkingDayCalendar::builtIn())
                    .eraseCase(QStringLiteral("OLD-1"), QStringLiteral("Jo Officer")));
        AttachmentService attachments(*m_store, AttachmentService::contentFolderFor(m_file));
        const QString path =
            writeFile(QStringLiteral("letters"), QStringLiteral("Letter from Z Quixley.pdf"),
                      "%PDF- a letter left behind");
        QVERIFY(attachments.add(QStringLiteral("OLD-1"), path, AttachmentKind::Correspondence,
                                QStringLiteral("Jo Officer")));

        auto outcome = RetentionService(*m_store, WorkingDayCalendar::builtIn())
                           .eraseExpired(QDate(2026, 3, 1), 6, QStringLiteral("Jo Officer"));
        QVERIFY2(outcome, qPrintable(outcome ? QString()
                                             : outcome.error().message + outcome.error().detail));
        QCOMPARE(outcome->erased, QStringList{QStringLiteral("OLD-1")});
        QVERIFY(attachments.attachmentsOf(QStringLiteral("OLD-1"))->isEmpty());
        QVERIFY(!storeBytes().contains("Letter from Z"));
        auto report = m_store->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
        auto history = CaseHistory(m_store->audit()).of(QStringLiteral("OLD-1"));
        QVERIFY(history);
        QCOMPARE(history->constFirst().change, // newest first
                 QStringLiteral("Erased the requester's letters under the retention policy"));
        // Nothing left to do: the next run finds nothing.
        auto again = RetentionService(*m_store, WorkingDayCalendar::builtIn())
                         .eraseExpired(QDate(2026, 3, 1), 6, QStringLiteral("Jo Officer"));
        QVERIFY(again && again->erased.isEmpty());
    }

    // A case on hold keeps its letters too.
    void lettersOfACaseOnHoldAreKept()
    {
        AttachmentService attachments(*m_store, AttachmentService::contentFolderFor(m_file));
        const QString path = writeFile(QStringLiteral("letters"),
                                       QStringLiteral("held-request.eml"), "From: Zebedee");
        QVERIFY(attachments.add(QStringLiteral("OLD-1"), path, AttachmentKind::RequestAsReceived,
                                QStringLiteral("Jo Officer")));
        QVERIFY(m_store->cases().setHold(QStringLiteral("OLD-1"), CaseHold::InternalReview,
                                         QStringLiteral("Jo Officer")));
        auto outcome = RetentionService(*m_store, WorkingDayCalendar::builtIn())
                           .eraseExpired(QDate(2026, 3, 1), 6, QStringLiteral("Jo Officer"));
        QVERIFY(outcome && outcome->erased.isEmpty());
        QCOMPARE(attachments.attachmentsOf(QStringLiteral("OLD-1"))->size(), 1);
    }

    void caseOnHoldIsNotErased()
    {
        QVERIFY(m_store->cases().setHold(QStringLiteral("OLD-1"), CaseHold::TribunalAppeal,
                                         QStringLiteral("Jo Officer")));
        auto outcome = RetentionService(*m_store, WorkingDayCalendar::builtIn())
                           .eraseExpired(QDate(2026, 3, 1), 6, QStringLiteral("Jo Officer"));
        QVERIFY(outcome);
        QVERIFY(outcome->erased.isEmpty());
        QCOMPARE(outcome->onHold.size(), 1);
        QVERIFY(outcome->onHold.constFirst().startsWith(QStringLiteral("OLD-1")));
        QCOMPARE(m_store->cases().load(QStringLiteral("OLD-1"))->record.requesterName, name);
        Status direct = RetentionService(*m_store, WorkingDayCalendar::builtIn())
                            .eraseCase(QStringLiteral("OLD-1"), QStringLiteral("Jo Officer"));
        QCOMPARE(direct.error().code, QString(StoreErrorCode::OnHold));
    }

    // A case whose complaint to the Commissioner closed less than two years ago is kept whole,
    // however old the request; two years after closure it is erased like any other.
    void aRecentlyClosedCommissionerMatterKeepsTheCase()
    {
        Case theCase = testsupport::referenceCase();
        theCase.reference = QStringLiteral("OLD-1");
        theCase.reply.sentOn = QDate(2018, 6, 8);
        theCase.requester.name = name;
        theCase.requester.email = email;
        CommissionerMatter matter;
        matter.id = QStringLiteral("ICO1");
        matter.received = QDate(2018, 9, 3);
        matter.closed = QDate(2025, 6, 1);
        theCase.commissionerMatters = {matter};
        const QString path =
            testsupport::writeCaseFile(m_dir.filePath(QStringLiteral("old-ico.json")), theCase);
        QVERIFY(CaseImportService(*m_store, WorkingDayCalendar::builtIn())
                    .importFiles({path}, QStringLiteral("Jo Officer")));

        auto outcome = RetentionService(*m_store, WorkingDayCalendar::builtIn())
                           .eraseExpired(QDate(2026, 3, 1), 6, QStringLiteral("Jo Officer"));
        QVERIFY(outcome);
        QVERIFY(outcome->erased.isEmpty());
        QCOMPARE(outcome->onHold.size(), 1);
        QVERIFY2(outcome->onHold.constFirst().contains(QStringLiteral("kept until 2027-06-01")),
                 qPrintable(outcome->onHold.constFirst()));
        QCOMPARE(m_store->cases().load(QStringLiteral("OLD-1"))->record.requesterName, name);

        outcome = RetentionService(*m_store, WorkingDayCalendar::builtIn())
                      .eraseExpired(QDate(2027, 6, 1), 6, QStringLiteral("Jo Officer"));
        QVERIFY(outcome);
        QCOMPARE(outcome->erased, QStringList{QStringLiteral("OLD-1")});
    }

    void recentlyClosedCasesAreKept()
    {
        auto outcome = RetentionService(*m_store, WorkingDayCalendar::builtIn())
                           .eraseExpired(QDate(2026, 3, 1), 10, QStringLiteral("Jo Officer"));
        QVERIFY(outcome);
        QVERIFY(outcome->erased.isEmpty());
        QCOMPARE(m_store->cases().load(QStringLiteral("OLD-1"))->record.requesterName, name);
    }
};

QTEST_GUILESS_MAIN(TestRetentionService)
#include "tst_retention_service.moc"
