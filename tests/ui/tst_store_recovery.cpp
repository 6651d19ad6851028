// Issue 25 point 7: a store too damaged to open shows the ways out in a window of their own.
// The store is truncated; the window lists the backups newest first (a "Back up now" copy made
// after the empty daily backup of the first start), restores the newest from the GUI, keeps the
// damaged file as one quarantine copy, says when the backup was made, and offers to open it.

#include "core/services/StoreRecoveryService.h"
#include "core/store/BackupService.h"
#include "core/store/CaseRecord.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"
#include "tests/ui/ScriptedFileChooser.h"
#include "ui/recovery/StoreRecoveryWindow.h"
#include "ui/widgets/Labels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace foi;

namespace {

core::CaseRecord record(const QString &reference)
{
    core::CaseRecord r;
    r.reference = reference;
    r.regime = QStringLiteral("FOIA");
    r.dateReceived = QDate(2025, 1, 6);
    r.status = QStringLiteral("open");
    r.outcome = QStringLiteral("in-progress");
    r.requesterName = QStringLiteral("Alex Requester");
    r.requestText = QStringLiteral("Stop and search figures");
    r.questionsText = QStringLiteral("Q1 Stop and search figures");
    r.document = QStringLiteral("{\"reference\":\"%1\"}").arg(reference).toUtf8();
    return r;
}

} // namespace

class TestStoreRecovery : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void truncatedStoreIsRestoredFromTheNewestBackupInTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("cases.foistore"));
        const QString folder = core::BackupService::defaultFolder(path);
        QString copy;
        QDateTime copyMade;
        {
            auto opened = core::CaseStore::open(path, core::CaseStore::OpenMode::CreateIfMissing,
                                                testsupport::storeOptions());
            QVERIFY(opened);
            core::CaseStore &store = **opened;
            auto daily = store.backups().dailyBackup(folder, 14); // the first start: empty
            QVERIFY(daily && daily->has_value());
            QVERIFY(store.cases().save(record(QStringLiteral("1_25")), QStringLiteral("Jo")));
            QVERIFY(store.cases().save(record(QStringLiteral("2_25")), QStringLiteral("Jo")));
            copy = QDir(folder).filePath(QStringLiteral("cases-backup-now.foistore"));
            auto made = store.backups().backupTo(copy);
            QVERIFY(made);
            copyMade = QDateTime::fromString(made->createdAt, Qt::ISODateWithMs);
        }
        QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2));
        auto refused = core::CaseStore::open(path, core::CaseStore::OpenMode::CreateIfMissing,
                                             testsupport::storeOptions());
        QVERIFY(!refused);
        const QStringList quarantine{QStringLiteral("cases.foistore.quarantine-*")};
        QCOMPARE(QDir(m_dir.path()).entryList(quarantine).size(), 1);

        const core::StoreRecoveryService recovery(path, {folder}, QStringLiteral("Test Officer"),
                                                  testsupport::storeOptions());
        ScriptedFileChooser files; // not asked: a backup is restored
        ui::StoreRecoveryWindow window(refused.error(), recovery, files);
        window.resize(900, 480);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *problem = window.findChild<QLabel *>(QStringLiteral("recoveryProblemLabel"));
        QVERIFY(problem->text().contains(refused.error().message));
        auto *list = window.findChild<QTreeWidget *>(QStringLiteral("backupsList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(3), QDir::toNativeSeparators(copy));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("2"));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("0"));
        QCOMPARE(list->currentItem(), list->topLevelItem(0));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("openReadOnlyButton"))->isEnabled());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("chooseFileButton"))->isEnabled());
        if (qEnvironmentVariableIsSet("FOI_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("FOI_SCREENSHOT_DIR") +
                               QStringLiteral("/store-recovery.png"));

        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("restoreButton")),
                          Qt::LeftButton);
        auto *open = window.findChild<QPushButton *>(QStringLiteral("openRestoredButton"));
        QTRY_VERIFY_WITH_TIMEOUT(open->isVisible(), 30000);
        const QString said =
            window.findChild<QLabel *>(QStringLiteral("recoveryResultLabel"))->text();
        QVERIFY2(said.contains(ui::Labels::date(copyMade.toLocalTime().date())), qPrintable(said));
        QVERIFY2(said.contains(copyMade.toLocalTime().toString(QStringLiteral("HH:mm"))),
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("entered again")), qPrintable(said));
        QCOMPARE(QDir(m_dir.path()).entryList(quarantine).size(), 1);
        if (qEnvironmentVariableIsSet("FOI_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("FOI_SCREENSHOT_DIR") +
                               QStringLiteral("/store-recovery-restored.png"));

        QSignalSpy openRequested(&window, &ui::StoreRecoveryWindow::openRequested);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(openRequested.size(), 1);
        QCOMPARE(openRequested.first().at(0).toString(), path);
        QCOMPARE(openRequested.first().at(1).toBool(), false);
        auto restored = core::CaseStore::open(path, core::CaseStore::OpenMode::ReadWrite,
                                              testsupport::storeOptions());
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(*(*restored)->cases().count(), 2);
    }

    void withNoBackupTheWindowSaysWhereItLookedAndOffersAnotherFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("lonely.foistore"));
        const QString folder = m_dir.filePath(QStringLiteral("no-backups-here"));
        const core::StoreRecoveryService recovery(path, {folder}, QStringLiteral("Test Officer"),
                                                  testsupport::storeOptions());
        ScriptedFileChooser files;
        ui::StoreRecoveryWindow window(
            core::Error::make(QStringLiteral("store.corrupt"), QStringLiteral("Damaged.")),
            recovery, files);
        const QString other = m_dir.filePath(QStringLiteral("other.foistore"));
        files.answer(other);
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("recoveryBackupsLabel"))
                    ->text()
                    .contains(QDir::toNativeSeparators(folder)));
        QSignalSpy openRequested(&window, &ui::StoreRecoveryWindow::openRequested);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("chooseFileButton")),
                          Qt::LeftButton);
        QCOMPARE(openRequested.size(), 1);
        QCOMPARE(openRequested.first().at(0).toString(), other);
        QCOMPARE(files.asked.size(), 1);
        QCOMPARE(files.asked.at(0).start, QFileInfo(path).absolutePath());
    }
};

QTEST_MAIN(TestStoreRecovery)
#include "tst_store_recovery.moc"
