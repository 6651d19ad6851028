// Every file the workbench creates is readable by its owner only (0600; folders 0700), even
// under the usual umask 022: the store and its -wal/-shm, daily and named backups with their
// records, the copy kept before a restore, quarantined copies of a damaged store, exported case
// files and letters. And an erased requester is in none of the files left behind.
#include "core/model/Case.h"
#include "core/model/CaseFile.h"
#include "core/reply/AtomicFile.h"
#include "core/services/CaseImportService.h"
#include "core/services/RetentionService.h"
#include "core/store/BackupMetadata.h"
#include "core/store/CaseStore.h"
#include "tests/support/ReferenceCase.h"
#include "tests/support/StoreOptions.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace foi::core;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return mode_t(-1);
    return status.st_mode & 07777;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFileModes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    mode_t m_umaskBefore = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void verifyOwnerOnly(const QString &file)
    {
        QVERIFY2(QFileInfo::exists(file), qPrintable(file + QStringLiteral(" is missing")));
        const mode_t expected = QFileInfo(file).isDir() ? 0700 : 0600;
        QVERIFY2(modeOf(file) == expected, qPrintable(QStringLiteral("%1 has mode %2, not %3")
                                                          .arg(file)
                                                          .arg(modeOf(file), 0, 8)
                                                          .arg(expected, 0, 8)));
    }

    QString writeCase(const QString &reference, const QString &requester)
    {
        Case theCase = testsupport::referenceCase();
        theCase.reference = reference;
        theCase.requester.name = requester;
        const QString file = path(reference + QStringLiteral(".json"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        out.write(CaseFile::write(theCase));
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_umaskBefore = ::umask(022);
    }

    void cleanupTestCase() { ::umask(m_umaskBefore); }

    void everyFileTheWorkbenchMakesIsOwnerOnly()
    {
        const QString storePath = path(QStringLiteral("cases.foistore"));
        auto store = CaseStore::open(storePath, CaseStore::OpenMode::CreateIfMissing,
                                     testsupport::storeOptions());
        QVERIFY(store);
        auto imported = CaseImportService(**store, WorkingDayCalendar::builtIn())
                            .importFiles({writeCase(QStringLiteral("MODE-1"),
                                                    QStringLiteral("Perpetua Zanzibar"))},
                                         QStringLiteral("Jo"));
        QVERIFY(imported && imported->ok());
        verifyOwnerOnly(storePath);
        verifyOwnerOnly(storePath + QStringLiteral("-wal"));
        verifyOwnerOnly(storePath + QStringLiteral("-shm"));

        const QString folder = BackupService::defaultFolder(storePath);
        auto daily = (*store)->backups().dailyBackup(folder, 14);
        QVERIFY(daily && *daily);
        verifyOwnerOnly(folder);
        verifyOwnerOnly((*daily)->backupPath);
        verifyOwnerOnly(BackupMetadata::metadataPathFor((*daily)->backupPath));

        const QString named = path(QStringLiteral("named.foistore"));
        QVERIFY((*store)->backups().backupTo(named));
        verifyOwnerOnly(named);
        verifyOwnerOnly(BackupMetadata::metadataPathFor(named));

        auto restored = (*store)->restoreFrom(named, QStringLiteral("Jo"));
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        verifyOwnerOnly(*restored); // the store as it was before the restore
        verifyOwnerOnly(storePath);

        auto exported = CaseImportService(**store, WorkingDayCalendar::builtIn())
                            .exportCase(QStringLiteral("MODE-1"));
        QVERIFY(exported);
        const QString caseFile = path(QStringLiteral("MODE-1-export.json"));
        QVERIFY(AtomicFile::write(caseFile, *exported));
        verifyOwnerOnly(caseFile);
        const QString letter = path(QStringLiteral("MODE-1-reply.pdf"));
        QVERIFY(AtomicFile::write(letter, QByteArray("%PDF-1.4 stand-in bytes")));
        verifyOwnerOnly(letter);
    }

    void quarantinedCopyIsOwnerOnly()
    {
        const QString damaged = path(QStringLiteral("damaged.foistore"));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3").append('\0').append(QByteArray(200, 'x')));
        file.close();
        auto copy = CaseStore::quarantine(damaged, Clock::system());
        QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message));
        verifyOwnerOnly(*copy);
    }

    void erasedRequesterIsInNoFileLeftBehind()
    {
        const QString storePath = path(QStringLiteral("erase.foistore"));
        const QString name = QStringLiteral("Perpetua Zanzibar");
        {
            auto store = CaseStore::open(storePath, CaseStore::OpenMode::CreateIfMissing,
                                         testsupport::storeOptions());
            QVERIFY(store);
            auto imported = CaseImportService(**store, WorkingDayCalendar::builtIn())
                                .importFiles({writeCase(QStringLiteral("ERASE-1"), name),
                                              writeCase(QStringLiteral("KEEP-1"),
                                                        QStringLiteral("Kept Person"))},
                                             QStringLiteral("Jo"));
            QVERIFY(imported && imported->ok());
            QVERIFY(RetentionService(**store, WorkingDayCalendar::builtIn())
                        .eraseCase(QStringLiteral("ERASE-1"), QStringLiteral("Jo")));
            // While the store is still open: the file, its WAL, and the next daily backup.
            for (const QString &file : {storePath, storePath + QStringLiteral("-wal")})
                QVERIFY2(!bytesOf(file).contains(name.toUtf8()), qPrintable(file));
            const QString folder = path(QStringLiteral("erase-backups"));
            auto daily = (*store)->backups().dailyBackup(folder, 14);
            QVERIFY(daily && *daily);
            const QByteArray backup = bytesOf((*daily)->backupPath);
            QVERIFY(backup.contains("Kept Person"));
            QVERIFY(!backup.contains(name.toUtf8()));
            QVERIFY(!backup.contains("Zanzibar"));
        }
        QVERIFY(!bytesOf(storePath).contains("Zanzibar"));
    }
};

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_file_modes.moc"
