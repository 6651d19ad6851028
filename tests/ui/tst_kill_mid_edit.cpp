// Killing the workbench while the officer types loses at most the last second of typing: the
// autosave writes each burst of edits to the store within half a second, in a transaction that
// survives the process being killed (SIGKILL, no chance to flush).

#include "core/services/CaseEditingService.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace foi;

class TestKillMidEdit : public QObject
{
    Q_OBJECT
private:
    static QString storedRequestText(const QString &storePath, const QString &reference)
    {
        auto store = core::CaseStore::open(storePath, core::CaseStore::OpenMode::ReadOnly,
                                           testsupport::storeOptions());
        if (!store)
            return QString();
        auto stored = (*store)->cases().load(reference);
        return stored ? QString::fromUtf8(stored->record.document) : QString();
    }

private slots:
    void typedTextSurvivesAKill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString typed = QStringLiteral("Please send me the drone policy");
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(FOI_KILL_HELPER_PATH), {dir.path(), typed});
        QVERIFY(helper.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(helper.canReadLine(), 60000);
        const QString line = QString::fromUtf8(helper.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("typed ")), qPrintable(line));
        const QString reference = line.mid(6);
        const QString storePath = dir.filePath(QStringLiteral("cases.foistore"));

        // Within a second of the last keystroke the text is in the store ...
        QTRY_VERIFY_WITH_TIMEOUT(storedRequestText(storePath, reference).contains(typed), 1000);
        helper.kill();
        QVERIFY(helper.waitForFinished());
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        // ... and still there after the kill.
        QVERIFY(storedRequestText(storePath, reference).contains(typed));
    }
};

QTEST_GUILESS_MAIN(TestKillMidEdit)
#include "tst_kill_mid_edit.moc"
