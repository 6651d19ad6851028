#include "tests/core/store/StoreTestSupport.h"

#include "core/services/BackupJob.h"
#include "core/store/BackupCatalogue.h"
#include "core/store/BackupService.h"
#include "core/support/StoreErrorCode.h"

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

using namespace foi::core;

// Backups made while the store is open, their metadata (with the audit anchor), daily
// rotation, and restoring only a backup that passes its checks.
class TestBackupService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<CaseStore> m_store;

    static int mode(const QString &file)
    {
        struct stat info
        {
        };
        return ::stat(QFile::encodeName(file).constData(), &info) == 0 ? int(info.st_mode & 0777)
                                                                       : -1;
    }

    void save(const QString &reference, const QString &text)
    {
        QVERIFY(m_store->cases().save(storetest::record(reference, text),
                                      QStringLiteral("Jo Officer")));
    }

private slots:
    void init()
    {
        static int n = 0;
        m_folder = m_dir.filePath(QStringLiteral("run-%1").arg(++n));
        QVERIFY(QDir().mkpath(m_folder));
        m_store = storetest::create(m_folder + QStringLiteral("/cases.foistore"));
        QVERIFY(m_store);
        save(QStringLiteral("FOI-1"), QStringLiteral("stop and search"));
        save(QStringLiteral("FOI-2"), QStringLiteral("body worn video"));
    }

    void cleanup() { m_store.reset(); }

    void backupOfAnOpenStoreHoldsItsCasesAndTheAuditHead()
    {
        const QString target = m_folder + QStringLiteral("/copy.foistore");
        auto backup = m_store->backups().backupTo(target);
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().detail));
        save(QStringLiteral("FOI-3"), QStringLiteral("after the backup"));
        QCOMPARE(backup->auditHead.seq, 2);
        QCOMPARE(mode(target), 0600);
        QCOMPARE(mode(BackupMetadata::metadataPathFor(target)), 0600);
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal")));
        auto metadata = BackupMetadata::read(target);
        QVERIFY(metadata);
        QCOMPARE(metadata->auditHead.toString(), backup->auditHead.toString());
        QCOMPARE(metadata->sha256, AuditTrail::sha256Hex(storetest::readAll(target)));
        auto copy = CaseStore::open(target, CaseStore::OpenMode::ReadOnly, storetest::options());
        QVERIFY(copy);
        QCOMPARE(*(*copy)->cases().count(), 2);
        // The live store still passes through the anchor the backup recorded.
        QVERIFY(m_store->verify({metadata->auditHead})->intact);
    }

    void backupNeverReplacesAFile()
    {
        const QString target = m_folder + QStringLiteral("/exists.foistore");
        QFile existing(target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        auto backup = m_store->backups().backupTo(target);
        QVERIFY(!backup);
        QCOMPARE(storetest::readAll(target), QByteArray("keep me"));
    }

    // A large store takes minutes to copy: the copy reports its progress step by step, ending
    // with every page copied.
    void backupReportsItsProgressPageByPage()
    {
        QList<QPair<qint64, qint64>> reports;
        BackupService::Progress progress{[&reports](qint64 copied, qint64 total) {
                                             reports.append({copied, total});
                                             return true;
                                         },
                                         1};
        auto backup =
            m_store->backups().backupTo(m_folder + QStringLiteral("/steps.foistore"), progress);
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message));
        QVERIFY2(reports.size() > 3, qPrintable(QString::number(reports.size())));
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports.at(i).first > reports.at(i - 1).first);
        QCOMPARE(reports.constLast().first, reports.constLast().second);
        QCOMPARE(reports.constLast().second * 4096, backup->size);
    }

    // Stopped half way, a backup leaves no file of its own (no copy, no partial copy, no record)
    // and the earlier backup beside it as it was.
    void aStoppedBackupLeavesNothingAndKeepsTheEarlierOne()
    {
        const QString earlier = m_folder + QStringLiteral("/earlier.foistore");
        QVERIFY(m_store->backups().backupTo(earlier));
        const QByteArray earlierBytes = storetest::readAll(earlier);
        const QString target = m_folder + QStringLiteral("/stopped.foistore");
        int steps = 0;
        BackupService::Progress stopAtThird{[&steps](qint64, qint64) { return ++steps < 3; }, 1};
        auto stopped = m_store->backups().backupTo(target, stopAtThird);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, QString(StoreErrorCode::Cancelled));
        QVERIFY(stopped.error().message.contains(QStringLiteral("No backup file was made")));
        QCOMPARE(steps, 3);
        QCOMPARE(QDir(m_folder).entryList({QStringLiteral("stopped*")}, QDir::Files),
                 QStringList());
        QCOMPARE(storetest::readAll(earlier), earlierBytes);
        QVERIFY(BackupMetadata::read(earlier));
        // The store carries on: a later backup to the same name succeeds.
        save(QStringLiteral("FOI-3"), QStringLiteral("after the stop"));
        QVERIFY(m_store->backups().backupTo(target));
    }

    // A folder that cannot be written: a message naming it and what to do; nothing made. (A
    // "folder" that is a file fails for every user, root included.)
    void anUnwritableFolderIsRefusedWithAClearMessage()
    {
        const QString notAFolder = m_folder + QStringLiteral("/notes.txt");
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto refused = m_store->backups().backupTo(notAFolder + QStringLiteral("/b.foistore"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(StoreErrorCode::FileSystem));
        QVERIFY2(refused.error().message.contains(notAFolder), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("Choose another folder")));
        QCOMPARE(QFileInfo(notAFolder).size(), 0);
        QCOMPARE(*m_store->cases().count(), 2);
    }

    void aReadOnlyFolderIsRefusedWithAClearMessage()
    {
        const QString folder = m_folder + QStringLiteral("/read-only");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (QFileInfo(folder).isWritable())
            QSKIP("running as root: a read-only folder is still writable");
        auto refused = m_store->backups().backupTo(folder + QStringLiteral("/b.foistore"));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(StoreErrorCode::FileSystem));
        QVERIFY2(refused.error().message.contains(folder), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("Choose another folder")));
        QVERIFY(QDir(folder).isEmpty());
        QCOMPARE(*m_store->cases().count(), 2);
    }

    // The GUI's "Back up now" runs on a worker with its own read-only connection: it makes the
    // folder, counts pages to the last, and a cancelled job leaves no file.
    void backupJobCountsPagesAndStopsWhenCancelled()
    {
        const QString folder = m_folder + QStringLiteral("/made-by-the-job");
        const QString target =
            BackupJob::targetIn(folder, m_folder + QStringLiteral("/cases.foistore"),
                                QDateTime(QDate(2026, 11, 26), QTime(16, 5, 9), Qt::UTC));
        QCOMPARE(QFileInfo(target).fileName(),
                 QStringLiteral("cases-backup-2026-11-26-160509.foistore"));
        JobControl cancelled;
        cancelled.cancelled = true;
        auto none = BackupJob::run(m_store->path(), target, storetest::fakeClock(), cancelled);
        QVERIFY(!none);
        QCOMPARE(none.error().code, QString(StoreErrorCode::Cancelled));
        QVERIFY(!QFileInfo::exists(target));
        JobControl control;
        auto made = BackupJob::run(m_store->path(), target, storetest::fakeClock(), control);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QVERIFY(control.total > 0);
        QCOMPARE(control.done.load(), control.total.load());
        QCOMPARE(mode(folder), 0700);
        auto copy = CaseStore::open(target, CaseStore::OpenMode::ReadOnly, storetest::options());
        QVERIFY(copy);
        QCOMPARE(*(*copy)->cases().count(), 2);
    }

    void dailyBackupIsMadeOncePerDayAndOldOnesRotateOut()
    {
        const QString folder = BackupService::defaultFolder(m_store->path());
        QVERIFY(QDir().mkpath(folder));
        for (int day = 1; day <= 4; ++day) {
            const QString name = QStringLiteral("cases-2026-02-0%1.foistore").arg(day);
            QVERIFY(m_store->backups().backupTo(QDir(folder).filePath(name)));
        }
        auto first = m_store->backups().dailyBackup(folder, 3);
        QVERIFY(first);
        QVERIFY(first->has_value());
        auto second = m_store->backups().dailyBackup(folder, 3);
        QVERIFY(second);
        QVERIFY(!second->has_value());
        const QStringList kept =
            QDir(folder).entryList({QStringLiteral("cases-*.foistore")}, QDir::Files, QDir::Name);
        QCOMPARE(kept, (QStringList{QStringLiteral("cases-2026-02-03.foistore"),
                                    QStringLiteral("cases-2026-02-04.foistore"),
                                    QStringLiteral("cases-2026-03-02.foistore")}));
        QVERIFY(!QFileInfo::exists(
            QDir(folder).filePath(QStringLiteral("cases-2026-02-01.foistore.json"))));
        QCOMPARE(BackupCatalogue::newest({folder})->path,
                 QDir(folder).filePath(QStringLiteral("cases-2026-03-02.foistore")));
    }

    // Issue 25 point 7: the backups to restore from, daily and "Back up now" copies alike, are
    // listed newest first by the time their record gives, never by file name, with their cases.
    void catalogueListsEveryBackupNewestFirstByRecordedTime()
    {
        const QString folder = BackupService::defaultFolder(m_store->path());
        auto daily = m_store->backups().dailyBackup(folder, 14);
        QVERIFY(daily && daily->has_value());
        save(QStringLiteral("FOI-3"), QStringLiteral("after the daily backup"));
        // A name that sorts before the daily one, made after it.
        const QString copy = QDir(folder).filePath(QStringLiteral("a-backup-now.foistore"));
        QVERIFY(m_store->backups().backupTo(copy));
        QFile stray(QDir(folder).filePath(QStringLiteral("no-record.foistore")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();

        const QList<BackupEntry> listed =
            BackupCatalogue::list({folder, folder}, storetest::fakeClock());
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).path, copy);
        QCOMPARE(listed.at(0).caseCount, std::optional<qint64>(3));
        QCOMPARE(listed.at(1).path, (*daily)->backupPath);
        QCOMPARE(listed.at(1).caseCount, std::optional<qint64>(2));
        QVERIFY(listed.at(0).createdAt > listed.at(1).createdAt);
        QCOMPARE(listed.at(0).size, QFileInfo(copy).size());
        QCOMPARE(BackupCatalogue::newest({folder})->path, copy);
    }

    // Issue 25 point 7: a store too damaged to open is restored from a backup; the damaged
    // file goes aside as one quarantine copy (the one opening made), the backup's time is told.
    void aDamagedStoreIsRestoredWithOneQuarantineCopy()
    {
        const QString backup = m_folder + QStringLiteral("/backups/before-damage.foistore");
        QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/backups")));
        auto made = m_store->backups().backupTo(backup);
        QVERIFY(made);
        save(QStringLiteral("FOI-3"), QStringLiteral("made after the backup"));
        const QString path = m_store->path();
        m_store.reset();
        QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2));
        QVERIFY(!CaseStore::open(path, CaseStore::OpenMode::ReadWrite, storetest::options()));
        QVERIFY(!CaseStore::open(path, CaseStore::OpenMode::ReadWrite, storetest::options()));
        const QStringList pattern{QStringLiteral("cases.foistore.quarantine-*")};
        QCOMPARE(QDir(m_folder).entryList(pattern).size(), 1);

        // A damaged backup is refused and the damaged store stays where it was.
        const QString badBackup = m_folder + QStringLiteral("/backups/bad.foistore");
        QVERIFY(QFile::copy(backup, badBackup));
        QVERIFY(QFile::resize(badBackup, QFileInfo(badBackup).size() / 2));
        const QByteArray damaged = storetest::readAll(path);
        QVERIFY(!CaseStore::restoreDamaged(path, badBackup, QStringLiteral("Jo Officer"),
                                           storetest::options()));
        QCOMPARE(storetest::readAll(path), damaged);

        auto restored = CaseStore::restoreDamaged(path, backup, QStringLiteral("Jo Officer"),
                                                  storetest::options());
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(restored->caseCount, 2);
        QCOMPARE(restored->backupMadeAt,
                 QDateTime::fromString(made->createdAt, Qt::ISODateWithMs).toUTC());
        const QStringList copies = QDir(m_folder).entryList(pattern);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(QFileInfo(restored->quarantineCopy).fileName(), copies.constFirst());
        QCOMPARE(storetest::readAll(restored->quarantineCopy), damaged);
        auto reopened = CaseStore::open(path, CaseStore::OpenMode::ReadWrite, storetest::options());
        QVERIFY(reopened);
        QCOMPARE(*(*reopened)->cases().count(), 2);
        QVERIFY((*reopened)->verify()->intact);
        m_store = std::move(reopened).value();
    }

    void restoreBringsBackTheBackupAndKeepsWhatItReplaced()
    {
        const QString target = m_folder + QStringLiteral("/good.foistore");
        QVERIFY(m_store->backups().backupTo(target));
        save(QStringLiteral("FOI-3"), QStringLiteral("made after the backup"));
        auto kept = m_store->restoreFrom(target, QStringLiteral("Jo Officer"));
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message + kept.error().detail));
        QCOMPARE(*m_store->cases().count(), 2);
        QCOMPARE(m_store->cases().load(QStringLiteral("FOI-3")).error().code,
                 QString(StoreErrorCode::NotFound));
        auto before = CaseStore::open(*kept, CaseStore::OpenMode::ReadOnly, storetest::options());
        QVERIFY(before);
        QCOMPARE(*(*before)->cases().count(), 3);
        auto report = m_store->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
        QCOMPARE(report->head.seq, 3); // the two saves, then the restore itself
        QVERIFY(m_store->search().search(QStringLiteral("body worn"), 5)->size() == 1);
    }

    void damagedBackupIsNotRestored()
    {
        const QString target = m_folder + QStringLiteral("/bad.foistore");
        QVERIFY(m_store->backups().backupTo(target));
        QFile damaged(target);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        for (qint64 offset = 4096 + 8; offset + 64 < damaged.size(); offset += 4096) {
            damaged.seek(offset);
            damaged.write(QByteArray(64, '\x33'));
        }
        damaged.close();
        auto restored = m_store->restoreFrom(target, QStringLiteral("Jo Officer"));
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, QString(StoreErrorCode::Corrupt));
        QCOMPARE(*m_store->cases().count(), 2);
    }

    void backupWithABrokenAuditTrailIsNotRestored()
    {
        const QString target = m_folder + QStringLiteral("/forged.foistore");
        QVERIFY(m_store->backups().backupTo(target));
        QCOMPARE(
            storetest::rawExec(target, QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                                      "UPDATE audit_log SET officer = 'Mallory'")),
            QString());
        auto restored = m_store->restoreFrom(target, QStringLiteral("Jo Officer"));
        QVERIFY(!restored);
        QVERIFY(restored.error().message.contains(QStringLiteral("audit trail")));
        QCOMPARE(m_store->audit().head()->seq, 2);
    }
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backup_service.moc"
